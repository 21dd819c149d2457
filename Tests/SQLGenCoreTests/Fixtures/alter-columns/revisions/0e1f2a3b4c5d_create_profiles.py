"""create profiles

Revision ID: 0e1f2a3b4c5d
Revises:
Create Date: 2026-10-24 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '0e1f2a3b4c5d'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'profiles',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('nickname', sa.String(20), nullable=True),
        sa.Column('bio', sa.String(100), nullable=True),
        sa.Column('score', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('profiles')
