"""reserved and mixed-case names

Revision ID: 6a7b8c9d0e1f
Revises:
Create Date: 2026-10-20 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '6a7b8c9d0e1f'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'order',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('select', sa.String(20), nullable=False),
        sa.Column('Group', sa.String(20)),
        sa.Column('user name', sa.String(40)),
    )
    op.create_index('ix_order_select', 'order', ['select'])
    op.create_table(
        'UserAccounts',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('order_id', sa.Integer(), sa.ForeignKey('order.id')),
        sa.Column('From', sa.String(10)),
    )


def downgrade():
    op.drop_table('UserAccounts')
    op.drop_index('ix_order_select', table_name='order')
    op.drop_table('order')
