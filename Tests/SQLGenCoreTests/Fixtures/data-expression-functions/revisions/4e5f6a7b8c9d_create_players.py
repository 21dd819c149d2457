"""create players and their archive

Revision ID: 4e5f6a7b8c9d
Revises:
Create Date: 2026-12-03 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '4e5f6a7b8c9d'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'player',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('name', sa.String(40), nullable=False),
        sa.Column('status', sa.String(20), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=True),
        sa.Column('score', sa.Integer(), nullable=True),
        sa.Column('joined', sa.DateTime(), nullable=True),
        sa.Column('born', sa.Date(), nullable=True),
        sa.Column('note', sa.String(80), nullable=True),
    )
    op.create_table(
        'player_archive',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('name', sa.String(80), nullable=False),
        sa.Column('score', sa.Integer(), nullable=True),
        sa.Column('grade', sa.String(10), nullable=True),
    )


def downgrade():
    op.drop_table('player_archive')
    op.drop_table('player')
