"""retire legacy plan

Revision ID: fed5af1ac6da
Revises: 2e019a72180d
Create Date: 2022-11-28 14:26:33.992143

"""
import decimal

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'fed5af1ac6da'
down_revision = '2e019a72180d'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("DELETE FROM plans WHERE slug = 'legacy-pro'")
    op.execute("UPDATE plans SET storage_gb = storage_gb * 2 WHERE active")


def downgrade():
    op.execute("UPDATE plans SET storage_gb = storage_gb / 2 WHERE active")
    plans = sa.table(
        'plans',
        sa.column('id', sa.Integer),
        sa.column('slug', sa.String),
        sa.column('monthly_price', sa.Numeric(10, 2)),
        sa.column('currency_code', sa.String),
        sa.column('seats', sa.Integer),
        sa.column('storage_gb', sa.Float),
        sa.column('trial_days', sa.SmallInteger),
        sa.column('active', sa.Boolean),
    )
    op.bulk_insert(plans, [
        {'id': 4, 'slug': 'legacy-pro', 'monthly_price': decimal.Decimal('19.99'), 'currency_code': 'GBP',
         'seats': 3, 'storage_gb': 25.0, 'trial_days': 0, 'active': False},
    ])
