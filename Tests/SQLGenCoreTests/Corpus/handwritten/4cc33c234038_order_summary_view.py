"""order summary view

Revision ID: 4cc33c234038
Revises: 00d953a2f2b6
Create Date: 2020-05-22 13:05:41.662090

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4cc33c234038'
down_revision = '00d953a2f2b6'
branch_labels = None
depends_on = None

VIEW = 'order_summary'

CREATE_VIEW = '''
CREATE VIEW order_summary AS
SELECT o.id AS order_id,
       c.display_name AS customer,
       count(l.line_no) AS lines,
       coalesce(sum(l.quantity * l.unit_price), 0)::numeric(12, 2) AS amount
FROM orders o
JOIN customers c ON c.id = o.customer_id
LEFT JOIN order_lines l ON l.order_id = o.id
GROUP BY o.id, c.display_name
'''


def upgrade():
    op.execute(CREATE_VIEW)
    op.execute("COMMENT ON VIEW %s IS 'one row per order; amounts in order currency'" % VIEW)


def downgrade():
    op.execute('DROP VIEW IF EXISTS ' + VIEW)
