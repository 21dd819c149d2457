"""pages with data: literals of every kind, backslashes and quotes, a name MariaDB lists but accepts

Revision ID: 9f6a7b8c9d0e
Revises:
Create Date: 2026-10-10 08:00:00.000000

"""
import datetime
import decimal

from alembic import op
import sqlalchemy as sa

revision = '9f6a7b8c9d0e'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'pages',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('path', sa.String(200), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False, server_default='0'),
        sa.Column('visible', sa.Boolean(), server_default='true'),
        sa.Column('body', sa.Text()),
        sa.Column('price', sa.Numeric(8, 2)),
        sa.Column('ratio', sa.Float()),
        sa.Column('published_on', sa.Date()),
        sa.Column('published_at', sa.DateTime()),
        sa.Column('alarm', sa.Time()),
        sa.Column('quote', sa.String(50), server_default="it's a \\ here", comment='a \\ in a comment'),
        sa.Column('status', sa.Enum('new', "o'k", 'c:\\temp', name='page_status'), server_default='new'),
    )
    pages = sa.table(
        'pages', sa.column('id', sa.Integer), sa.column('path', sa.String), sa.column('position', sa.Integer),
        sa.column('visible', sa.Boolean), sa.column('body', sa.Text), sa.column('price', sa.Numeric),
        sa.column('ratio', sa.Float), sa.column('published_on', sa.Date), sa.column('published_at', sa.DateTime),
        sa.column('alarm', sa.Time), sa.column('status', sa.String),
    )
    op.bulk_insert(pages, [
        {'id': 1, 'path': '/', 'position': 0, 'visible': True, 'body': "O'Brien \\ Ünal \\n is not a newline",
         'price': decimal.Decimal('10.50'), 'ratio': 0.25, 'published_on': datetime.date(2026, 1, 2),
         'published_at': datetime.datetime(2026, 1, 2, 3, 4, 5), 'alarm': datetime.time(6, 30),
         'status': "o'k"},
        {'id': 2, 'path': '/about', 'position': 10, 'visible': False, 'body': None, 'price': None,
         'ratio': 1e-05, 'status': 'c:\\temp'},
        {'id': 3, 'path': 'C:\\Windows\\', 'position': -1, 'body': 'line one\nline two'},
    ])
    op.execute("UPDATE pages SET body = 'a \\\\ b' WHERE id = 3")
    op.create_index('ix_pages_position', 'pages', ['position', 'visible'])


def downgrade():
    op.drop_index('ix_pages_position', table_name='pages')
    op.execute('DELETE FROM pages')
    op.drop_table('pages')
