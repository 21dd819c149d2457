"""rename viewer role, add auditor

Revision ID: 908a1dd257d5
Revises: 0f4be1030fe1
Create Date: 2022-06-20 12:45:50.671830

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '908a1dd257d5'
down_revision = '0f4be1030fe1'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE roles SET name = 'reader' WHERE name = 'viewer'")
    op.execute(
        "UPDATE roles SET description = 'Read-only access (formerly ''viewer'')' WHERE id = 3"
    )
    roles = sa.table('roles', sa.column('id', sa.Integer), sa.column('name', sa.String),
                     sa.column('description', sa.String), sa.column('is_default', sa.Boolean))
    op.bulk_insert(roles, [{'id': 4, 'name': 'auditor', 'description': 'Reads the audit trail', 'is_default': False}])
    role_permissions = sa.table('role_permissions', sa.column('role_id', sa.Integer),
                                sa.column('permission', sa.String))
    op.bulk_insert(role_permissions, [
        {'role_id': 4, 'permission': 'audit:read'},
        {'role_id': 4, 'permission': 'content:read'},
    ])


def downgrade():
    op.execute("DELETE FROM role_permissions WHERE role_id = 4")
    op.execute("DELETE FROM roles WHERE id = 4")
    op.execute("UPDATE roles SET description = NULL WHERE id = 3")
    op.execute("UPDATE roles SET name = 'viewer' WHERE name = 'reader'")
