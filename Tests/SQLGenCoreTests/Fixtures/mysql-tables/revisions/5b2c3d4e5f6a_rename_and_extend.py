"""rename and extend: add columns with comments, indexes with options, rename a table

Revision ID: 5b2c3d4e5f6a
Revises: 4a1b2c3d4e5f
Create Date: 2026-10-08 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import mysql

revision = '5b2c3d4e5f6a'
down_revision = '4a1b2c3d4e5f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('authors', sa.Column('homepage', sa.String(255), comment="author's site"))
    op.add_column('authors', sa.Column('last_login', sa.TIMESTAMP()))
    op.add_column('authors', sa.Column('notes', mysql.MEDIUMTEXT(), nullable=False, server_default=sa.text("('')")))
    op.create_index('ix_authors_homepage', 'authors', ['homepage'], mysql_length=30, unique=True)
    op.create_index('ix_authors_status_created', 'authors', ['status', 'created_at'], mysql_using='HASH')
    op.rename_table('order', 'orders')
    op.create_table_comment('orders', 'what was ordered', existing_comment=None)


def downgrade():
    op.drop_table_comment('orders', existing_comment='what was ordered')
    op.rename_table('orders', 'order')
    op.drop_index('ix_authors_status_created', table_name='authors')
    op.drop_index('ix_authors_homepage', table_name='authors')
    op.drop_column('authors', 'notes')
    op.drop_column('authors', 'last_login')
    op.drop_column('authors', 'homepage')
