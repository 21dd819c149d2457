"""create accounts

Revision ID: 2c3d4e5f6a7b
Revises:
Create Date: 2026-12-03 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '2c3d4e5f6a7b'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'account',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('name', sa.String(50), nullable=False),
        sa.Column('status', sa.String(20), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=True),
        sa.Column('score', sa.Integer(), nullable=True),
    )


def downgrade():
    op.drop_table('account')
