"""add order lines

Revision ID: 00d953a2f2b6
Revises: 33f507f0cbd4
Create Date: 2020-02-03 11:17:24.905661

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '00d953a2f2b6'
down_revision = '33f507f0cbd4'
branch_labels = None
depends_on = None

LINES = 'order_lines'
FK_ORDER = 'fk_%s_order_id' % LINES
FK_PRODUCT = 'fk_{}_product_sku'.format(LINES)


def upgrade():
    op.create_table(
        'products',
        sa.Column('sku', sa.String(32), primary_key=True),
        sa.Column('title', sa.Unicode(200), nullable=False),
        sa.Column('unit_price', sa.Numeric(10, 2), nullable=False),
    )
    op.create_table(
        LINES,
        sa.Column('order_id', sa.Integer, nullable=False),
        sa.Column('line_no', sa.SmallInteger, nullable=False),
        sa.Column('product_sku', sa.String(32), nullable=False),
        sa.Column('quantity', sa.Integer, nullable=False, server_default='1'),
        sa.Column('unit_price', sa.Numeric(10, 2), nullable=False),
        sa.PrimaryKeyConstraint('order_id', 'line_no', name='pk_order_lines'),
    )
    op.create_foreign_key(FK_ORDER, LINES, 'orders', ['order_id'], ['id'], ondelete='CASCADE')
    op.create_foreign_key(FK_PRODUCT, LINES, 'products', ['product_sku'], ['sku'],
                          onupdate='CASCADE', deferrable=True, initially='DEFERRED')
    op.execute("ALTER TABLE " + LINES + " ADD CONSTRAINT ck_order_lines_quantity CHECK (quantity > 0)")


def downgrade():
    op.execute("ALTER TABLE " + LINES + " DROP CONSTRAINT ck_order_lines_quantity")
    op.drop_constraint(FK_PRODUCT, LINES, type_='foreignkey')
    op.drop_constraint(FK_ORDER, LINES, type_='foreignkey')
    op.drop_table(LINES)
    op.drop_table('products')
