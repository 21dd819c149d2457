"""create teams and bonuses

Revision ID: 8c9d0e1f2a3b
Revises:
Create Date: 2026-12-03 14:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '8c9d0e1f2a3b'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'team',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('name', sa.String(30), nullable=False),
        sa.Column('score', sa.Integer(), nullable=False),
    )
    op.create_table(
        'team_bonus',
        sa.Column('team_id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('bonus', sa.Integer(), nullable=False),
    )


def downgrade():
    op.drop_table('team_bonus')
    op.drop_table('team')
