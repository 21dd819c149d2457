"""reporting grants and shipments

Revision ID: 668d6a423cf9
Revises: d3304d14cf1a
Create Date: 2021-02-16 09:12:48.338270

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '668d6a423cf9'
down_revision = 'd3304d14cf1a'
branch_labels = None
depends_on = None

REPORTING_ROLE = 'reporting_ro'
REPORTED_TABLES = ['customers', 'orders', 'order_lines', 'products']


def upgrade():
    op.create_table(
        'shipments',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('order_id', sa.Integer, sa.ForeignKey('orders.id', name='fk_shipments_order_id'), nullable=False, index=True),
        sa.Column('carrier', sa.String(32), nullable=False),
        sa.Column('tracking_code', sa.String(64), unique=True, index=True),
        sa.Column('shipped_at', sa.DateTime(timezone=True)),
    )
    op.execute(sa.text("UPDATE orders SET status = 'shipped' WHERE status = 'sent'"))
    op.execute("GRANT USAGE ON SCHEMA public TO %(role)s" % {'role': REPORTING_ROLE})
    for table in REPORTED_TABLES:
        op.execute(f'GRANT SELECT ON {table} TO {REPORTING_ROLE}')


def downgrade():
    for table in reversed(REPORTED_TABLES):
        op.execute(f'REVOKE SELECT ON {table} FROM {REPORTING_ROLE}')
    op.execute("REVOKE USAGE ON SCHEMA public FROM %(role)s" % {'role': REPORTING_ROLE})
    op.execute(sa.text("UPDATE orders SET status = 'sent' WHERE status = 'shipped'"))
    op.drop_table('shipments')
