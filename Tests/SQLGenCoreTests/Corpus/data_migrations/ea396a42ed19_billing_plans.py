"""billing plans

Revision ID: ea396a42ed19
Revises: aa5b18677db7
Create Date: 2022-02-07 09:22:48.119064

"""
import decimal

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ea396a42ed19'
down_revision = 'aa5b18677db7'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'plans',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('slug', sa.String(32), nullable=False, unique=True),
        sa.Column('monthly_price', sa.Numeric(10, 2), nullable=False),
        sa.Column('currency_code', sa.String(3), sa.ForeignKey('currencies.code'), nullable=False),
        sa.Column('seats', sa.Integer),
        sa.Column('storage_gb', sa.Float),
        sa.Column('trial_days', sa.SmallInteger, nullable=False, server_default='0'),
        sa.Column('active', sa.Boolean, nullable=False, server_default=sa.true()),
    )
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
        {'id': 1, 'slug': 'free', 'monthly_price': decimal.Decimal('0.00'), 'currency_code': 'EUR',
         'seats': 1, 'storage_gb': 0.5, 'trial_days': 0, 'active': True},
        {'id': 2, 'slug': 'team', 'monthly_price': decimal.Decimal('49.90'), 'currency_code': 'EUR',
         'seats': 10, 'storage_gb': 100.0, 'trial_days': 14, 'active': True},
        {'id': 3, 'slug': 'enterprise', 'monthly_price': decimal.Decimal('1249.00'), 'currency_code': 'EUR',
         'seats': None, 'storage_gb': 2048.75, 'trial_days': 30, 'active': True},
        {'id': 4, 'slug': 'legacy-pro', 'monthly_price': decimal.Decimal('19.99'), 'currency_code': 'GBP',
         'seats': 3, 'storage_gb': 25.0, 'trial_days': 0, 'active': False},
    ])


def downgrade():
    op.drop_table('plans')
