"""public holidays 2022

Revision ID: 70fab78eda4f
Revises: ea396a42ed19
Create Date: 2022-03-01 11:57:05.451772

"""
import datetime

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '70fab78eda4f'
down_revision = 'ea396a42ed19'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'public_holidays',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('country_code', sa.String(2), sa.ForeignKey('countries.code'), nullable=False),
        sa.Column('day', sa.Date, nullable=False),
        sa.Column('name', sa.Unicode(100), nullable=False),
        sa.UniqueConstraint('country_code', 'day', name='uq_public_holidays_country_day'),
    )
    holidays = sa.table(
        'public_holidays',
        sa.column('country_code', sa.String),
        sa.column('day', sa.Date),
        sa.column('name', sa.Unicode),
    )
    op.bulk_insert(holidays, [
        {'country_code': 'NL', 'day': datetime.date(2022, 4, 27), 'name': 'Koningsdag'},
        {'country_code': 'NL', 'day': datetime.date(2022, 12, 25), 'name': 'Eerste Kerstdag'},
        {'country_code': 'DE', 'day': datetime.date(2022, 10, 3), 'name': 'Tag der Deutschen Einheit'},
        {'country_code': 'CH', 'day': datetime.date(2022, 8, 1), 'name': 'Bundesfeiertag / Fête nationale'},
        {'country_code': 'GB', 'day': datetime.date(2022, 6, 2), 'name': "Queen's Platinum Jubilee"},
        {'country_code': 'JP', 'day': datetime.date(2022, 1, 1), 'name': '元日'},
    ])


def downgrade():
    op.drop_table('public_holidays')
