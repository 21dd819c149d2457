"""create audit log (expand only)

Revision ID: d4f5e6a7b8c9
Revises: c3a4b5c6d7e8
Create Date: 2025-03-30 08:21:57.003118

"""
from alembic import op
import sqlalchemy as sa

revision = 'd4f5e6a7b8c9'
down_revision = 'c3a4b5c6d7e8'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'audit_log',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('action', sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['accounts.id']),
        sa.PrimaryKeyConstraint('id'),
    )
