"""create invoice groups

Revision ID: b2b2b2b2b2b2
Revises: b1b1b1b1b1b1
Create Date: 2026-10-05 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b2b2b2b2b2b2'
down_revision = 'b1b1b1b1b1b1'
branch_labels = None
depends_on = 'a2a2a2a2a2a2'


def upgrade():
    op.create_table(
        'invoice_groups',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('invoice_groups')
