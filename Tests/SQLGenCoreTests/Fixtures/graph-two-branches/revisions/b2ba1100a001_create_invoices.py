"""create invoices

Revision ID: b2ba1100a001
Revises: a1c0ffee0001
Create Date: 2026-10-02 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b2ba1100a001'
down_revision = 'a1c0ffee0001'
branch_labels = None
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
