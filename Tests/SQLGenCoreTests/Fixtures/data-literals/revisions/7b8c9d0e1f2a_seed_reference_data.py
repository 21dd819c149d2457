"""seed reference data

Revision ID: 7b8c9d0e1f2a
Revises:
Create Date: 2026-10-21 08:00:00.000000

"""
import datetime
import decimal

from alembic import op
import sqlalchemy as sa

revision = '7b8c9d0e1f2a'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    settings = op.create_table(
        'settings',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('label', sa.String(100), nullable=False),
        sa.Column('enabled', sa.Boolean(), nullable=True),
        sa.Column('ratio', sa.Float(), nullable=True),
        sa.Column('amount', sa.Numeric(10, 2), nullable=True),
        sa.Column('starts_on', sa.Date(), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=True),
    )
    op.bulk_insert(settings, [
        {'id': 1, 'label': "it's a 'quoted' value", 'enabled': True, 'ratio': 0.5, 'amount': decimal.Decimal('12.50'),
         'starts_on': datetime.date(2026, 1, 31), 'updated_at': datetime.datetime(2026, 2, 1, 13, 45, 0)},
        {'id': 2, 'label': 'Zürich – naïve café', 'enabled': False, 'ratio': 2.0, 'amount': None,
         'starts_on': None, 'updated_at': None},
        {'id': 3, 'label': 'plain', 'enabled': None, 'ratio': None, 'amount': decimal.Decimal('0'),
         'starts_on': datetime.date(1999, 12, 31), 'updated_at': datetime.datetime(2000, 1, 1, 0, 0, 0)},
    ])


def downgrade():
    op.drop_table('settings')
