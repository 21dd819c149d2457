"""create shipments

Revision ID: shipping_0001
Revises: trunk_0002
Create Date: 2026-10-05 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'shipping_0001'
down_revision = 'trunk_0002'
branch_labels = 'shipping'
depends_on = None


def upgrade():
    op.create_table(
        'shipments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('shipments')
