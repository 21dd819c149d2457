"""create invoices

Revision ID: billing_0001
Revises: trunk_0002
Create Date: 2026-10-03 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'billing_0001'
down_revision = 'trunk_0002'
branch_labels = 'billing'
depends_on = None


def upgrade():
    op.create_table(
        'invoices',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('invoices')
