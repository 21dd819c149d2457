"""depot opening hours

Revision ID: cc310ff191f0
Revises: fed5af1ac6da
Create Date: 2023-01-09 07:58:41.020733

"""
import datetime

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'cc310ff191f0'
down_revision = 'fed5af1ac6da'
branch_labels = None
depends_on = None

UTC = datetime.timezone.utc

OPENING_HOURS = [
    {'country_code': 'NL', 'weekday': 0, 'opens': datetime.time(8, 30), 'closes': datetime.time(17, 0),
     'valid_from': datetime.datetime(2023, 1, 9, 0, 0, tzinfo=UTC)},
    {'country_code': 'NL', 'weekday': 5, 'opens': datetime.time(10, 0), 'closes': datetime.time(14, 0),
     'valid_from': datetime.datetime(2023, 1, 9, 0, 0, tzinfo=UTC)},
    {'country_code': 'JP', 'weekday': 0, 'opens': datetime.time(9, 0), 'closes': datetime.time(18, 30, 15),
     'valid_from': datetime.datetime(2023, 1, 9, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=9)))},
    {'country_code': 'GB', 'weekday': 6, 'opens': None, 'closes': None, 'valid_from': None},
]


def upgrade():
    op.create_table(
        'opening_hours',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('country_code', sa.String(2), sa.ForeignKey('countries.code'), nullable=False),
        sa.Column('weekday', sa.SmallInteger, nullable=False),
        sa.Column('opens', sa.Time),
        sa.Column('closes', sa.Time),
        sa.Column('valid_from', sa.DateTime(timezone=True)),
    )
    hours = sa.table(
        'opening_hours',
        sa.column('country_code', sa.String),
        sa.column('weekday', sa.SmallInteger),
        sa.column('opens', sa.Time),
        sa.column('closes', sa.Time),
        sa.column('valid_from', sa.DateTime(timezone=True)),
    )
    op.bulk_insert(hours, OPENING_HOURS)


def downgrade():
    op.drop_table('opening_hours')
