"""seed categories and extend product

Revision ID: 3c4d5e6f7081
Revises: 2b3c4d5e6f70
Create Date: 2026-10-09 16:45:00.000000

"""
import datetime

from alembic import op
import sqlalchemy as sa

revision = '3c4d5e6f7081'
down_revision = '2b3c4d5e6f70'
branch_labels = None
depends_on = None

category = sa.table(
    'category',
    sa.column('id', sa.Integer),
    sa.column('name', sa.String),
    sa.column('slug', sa.String),
    sa.column('position', sa.SmallInteger),
)


def upgrade():
    op.bulk_insert(category, [
        {'id': 1, 'name': "Books & 'Zines'", 'slug': 'books', 'position': 1},
        {'id': 2, 'name': 'Café', 'slug': 'cafe', 'position': 2},
    ])
    op.add_column('product', sa.Column('sku', sa.String(length=32), nullable=True))
    op.create_index('ix_product_sku', 'product', ['sku'], unique=True)
    op.rename_table('category', 'categories')
    op.execute("UPDATE product SET sku = NULL WHERE sku = ''")


def downgrade():
    op.rename_table('categories', 'category')
    op.drop_index('ix_product_sku', table_name='product')
    op.drop_column('product', 'sku')
    op.execute("DELETE FROM category WHERE id IN (1, 2)")
