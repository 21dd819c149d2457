"""create shipments

Revision ID: c1
Revises: a1
Create Date: 2026-10-04 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c1'
down_revision = 'a1'
branch_labels = None
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
