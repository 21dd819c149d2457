"""create accounts and memberships

Revision ID: 6c3d4e5f6a7b
Revises:
Create Date: 2026-10-09 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '6c3d4e5f6a7b'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'accounts',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('email', sa.String(100), nullable=False),
        sa.Column('nickname', sa.String(30)),
        sa.Column('balance', sa.Numeric(10, 2), nullable=False, server_default='0'),
        sa.Column('created_at', sa.DateTime(), nullable=True),
        sa.Column('kind', sa.Enum('basic', 'pro', name='account_kind'), nullable=False, server_default='basic'),
        mysql_engine='InnoDB',
    )
    op.create_table(
        'memberships',
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('team', sa.String(40), nullable=False),
        sa.Column('role', sa.String(20), nullable=False),
        sa.Column('since', sa.Date()),
        sa.PrimaryKeyConstraint('account_id', 'team', name='pk_memberships'),
        mysql_engine='InnoDB',
    )


def downgrade():
    op.drop_table('memberships')
    op.drop_table('accounts')
