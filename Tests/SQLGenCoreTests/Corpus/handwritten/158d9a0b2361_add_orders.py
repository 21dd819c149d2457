"""add orders

Revision ID: 158d9a0b2361
Revises: aed04ca87fc2
Create Date: 2019-09-12 14:48:06.329918

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '158d9a0b2361'
down_revision = 'aed04ca87fc2'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('orders',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('customer_id', sa.Integer, nullable=False),
        sa.Column('reference', sa.String(20), nullable=False),
        sa.Column('status', sa.String(16), nullable=False, server_default=sa.text("'new'")),
        sa.Column('total', sa.Numeric(10, 2)),
        sa.Column('currency', sa.CHAR(3), nullable=False, server_default='EUR'),
        sa.Column('placed_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP')),
        sa.UniqueConstraint('reference', name='uq_orders_reference'),
    )
    op.create_foreign_key('fk_orders_customer_id', 'orders', 'customers',
                          ['customer_id'], ['id'], ondelete='RESTRICT')
    op.create_index('ix_orders_customer_id', 'orders', ['customer_id'])


def downgrade():
    op.drop_index('ix_orders_customer_id', 'orders')
    op.drop_constraint('fk_orders_customer_id', 'orders', type_='foreignkey')
    op.drop_table('orders')
