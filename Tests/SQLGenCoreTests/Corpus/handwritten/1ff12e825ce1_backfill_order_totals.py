"""backfill order totals

Revision ID: 1ff12e825ce1
Revises: 158d9a0b2361
Create Date: 2019-10-01 08:02:29.700125

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1ff12e825ce1'
down_revision = '158d9a0b2361'
branch_labels = None
depends_on = None

ORDERS = "orders"
DEFAULT_CURRENCY = "EUR"
LEGACY_PREFIX = "LEG-"


def upgrade():
    op.execute("UPDATE %s SET total = 0 WHERE total IS NULL" % ORDERS)
    op.execute(
        "UPDATE {table} SET currency = '{currency}' WHERE currency = ''".format(
            table=ORDERS, currency=DEFAULT_CURRENCY
        )
    )
    op.execute(f"UPDATE {ORDERS} SET status = 'legacy' WHERE reference LIKE '{LEGACY_PREFIX}%'")
    op.alter_column(ORDERS, 'total', nullable=False, server_default='0',
                    existing_type=sa.Numeric(10, 2))


def downgrade():
    op.alter_column(ORDERS, 'total', nullable=True, server_default=None,
                    existing_type=sa.Numeric(10, 2))
    op.execute(f"UPDATE {ORDERS} SET status = 'new' WHERE status = 'legacy'")
