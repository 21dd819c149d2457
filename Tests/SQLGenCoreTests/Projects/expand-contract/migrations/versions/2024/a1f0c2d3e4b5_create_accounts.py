"""create accounts

Revision ID: a1f0c2d3e4b5
Revises:
Create Date: 2024-11-02 09:12:44.120391

"""
from alembic import op
import sqlalchemy as sa

revision = 'a1f0c2d3e4b5'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'accounts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=80), nullable=False),
        sa.Column('status', sa.String(length=20), server_default='active', nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )


def downgrade():
    op.drop_table('accounts')
