"""create documents

Revision ID: 6a7b8c9d0e1f
Revises:
Create Date: 2026-12-03 12:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '6a7b8c9d0e1f'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'document',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('body', sa.JSON(), nullable=True),
    )


def downgrade():
    op.drop_table('document')
