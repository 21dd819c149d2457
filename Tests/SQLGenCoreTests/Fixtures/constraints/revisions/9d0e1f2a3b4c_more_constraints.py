"""more constraints

Revision ID: 9d0e1f2a3b4c
Revises: 8c9d0e1f2a3b
Create Date: 2026-10-23 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '9d0e1f2a3b4c'
down_revision = '8c9d0e1f2a3b'
branch_labels = None
depends_on = None


def upgrade():
    op.create_unique_constraint('uq_children_name_parent', 'children', ['name', 'parent_id'])
    op.create_check_constraint('ck_children_name', 'children', "name <> ''")
    op.create_index('ix_children_name', 'children', ['name'])


def downgrade():
    op.drop_index('ix_children_name', table_name='children')
    op.drop_constraint('ck_children_name', 'children', type_='check')
    op.drop_constraint('uq_children_name_parent', 'children', type_='unique')
