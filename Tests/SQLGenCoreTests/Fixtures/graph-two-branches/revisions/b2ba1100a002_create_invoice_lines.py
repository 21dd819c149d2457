"""create invoice lines

Revision ID: b2ba1100a002
Revises: b2ba1100a001
Create Date: 2026-10-03 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b2ba1100a002'
down_revision = 'b2ba1100a001'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'invoice_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('invoice_lines')
