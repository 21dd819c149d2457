"""roles and permissions

Revision ID: aa5b18677db7
Revises: 5c8067fd4c1e
Create Date: 2022-01-18 15:40:27.300915

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'aa5b18677db7'
down_revision = '5c8067fd4c1e'
branch_labels = None
depends_on = None

roles = sa.table(
    'roles',
    sa.column('id', sa.Integer),
    sa.column('name', sa.String),
    sa.column('description', sa.String),
    sa.column('is_default', sa.Boolean),
)

permissions = sa.table(
    'role_permissions',
    sa.column('role_id', sa.Integer),
    sa.column('permission', sa.String),
)


def upgrade():
    op.create_table(
        'roles',
        sa.Column('id', sa.Integer, primary_key=True, autoincrement=False),
        sa.Column('name', sa.String(50), nullable=False, unique=True),
        sa.Column('description', sa.String(255)),
        sa.Column('is_default', sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        'role_permissions',
        sa.Column('role_id', sa.Integer, sa.ForeignKey('roles.id', ondelete='CASCADE'), primary_key=True),
        sa.Column('permission', sa.String(64), primary_key=True),
    )
    op.bulk_insert(roles, [
        {'id': 1, 'name': 'admin', 'description': 'Full access', 'is_default': False},
        {'id': 2, 'name': 'editor', 'description': "Can edit others' content", 'is_default': False},
        {'id': 3, 'name': 'viewer', 'description': None, 'is_default': True},
    ])
    op.bulk_insert(permissions, [
        {'role_id': 1, 'permission': 'users:manage'},
        {'role_id': 1, 'permission': 'content:write'},
        {'role_id': 1, 'permission': 'content:read'},
        {'role_id': 2, 'permission': 'content:write'},
        {'role_id': 2, 'permission': 'content:read'},
        {'role_id': 3, 'permission': 'content:read'},
    ])


def downgrade():
    op.drop_table('role_permissions')
    op.drop_table('roles')
