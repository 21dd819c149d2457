"""countries and currencies

Revision ID: 5c8067fd4c1e
Revises: 
Create Date: 2022-01-10 10:11:12.640211

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5c8067fd4c1e'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'currencies',
        sa.Column('code', sa.String(3), primary_key=True),
        sa.Column('name', sa.String(64), nullable=False),
        sa.Column('minor_units', sa.SmallInteger, nullable=False, server_default='2'),
        sa.Column('symbol', sa.Unicode(8)),
    )
    op.create_table(
        'countries',
        sa.Column('code', sa.String(2), primary_key=True),
        sa.Column('name', sa.Unicode(100), nullable=False),
        sa.Column('currency_code', sa.String(3), sa.ForeignKey('currencies.code'), nullable=False),
        sa.Column('eu_member', sa.Boolean, nullable=False, server_default=sa.false()),
    )

    currencies = sa.table(
        'currencies',
        sa.column('code', sa.String),
        sa.column('name', sa.String),
        sa.column('minor_units', sa.SmallInteger),
        sa.column('symbol', sa.Unicode),
    )
    op.bulk_insert(currencies, [
        {'code': 'EUR', 'name': 'Euro', 'minor_units': 2, 'symbol': '€'},
        {'code': 'GBP', 'name': 'Pound sterling', 'minor_units': 2, 'symbol': '£'},
        {'code': 'JPY', 'name': 'Japanese yen', 'minor_units': 0, 'symbol': '¥'},
        {'code': 'CHF', 'name': 'Swiss franc', 'minor_units': 2, 'symbol': None},
        {'code': 'KWD', 'name': 'Kuwaiti dinar', 'minor_units': 3, 'symbol': 'د.ك'},
    ])

    countries = sa.table(
        'countries',
        sa.column('code', sa.String),
        sa.column('name', sa.Unicode),
        sa.column('currency_code', sa.String),
        sa.column('eu_member', sa.Boolean),
    )
    op.bulk_insert(countries, [
        {'code': 'NL', 'name': 'Netherlands', 'currency_code': 'EUR', 'eu_member': True},
        {'code': 'DE', 'name': 'Deutschland', 'currency_code': 'EUR', 'eu_member': True},
        {'code': 'CH', 'name': 'Schweiz / Suisse', 'currency_code': 'CHF', 'eu_member': False},
        {'code': 'GB', 'name': 'United Kingdom', 'currency_code': 'GBP', 'eu_member': False},
        {'code': 'JP', 'name': '日本', 'currency_code': 'JPY', 'eu_member': False},
        {'code': 'CI', 'name': "Côte d'Ivoire", 'currency_code': 'EUR', 'eu_member': False},
    ])


def downgrade():
    op.drop_table('countries')
    op.drop_table('currencies')
