"""create invoices

Revision ID: b1b1b1b1b1b1
Revises: 
Create Date: 2026-10-04 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b1b1b1b1b1b1'
down_revision = None
branch_labels = 'billing'
depends_on = 'core'


def upgrade():
    op.create_table(
        'invoices',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('invoices')
