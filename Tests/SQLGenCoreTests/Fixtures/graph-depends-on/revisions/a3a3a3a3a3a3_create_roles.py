"""create roles

Revision ID: a3a3a3a3a3a3
Revises: a2a2a2a2a2a2
Create Date: 2026-10-03 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a3a3a3a3a3a3'
down_revision = 'a2a2a2a2a2a2'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'roles',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('roles')
