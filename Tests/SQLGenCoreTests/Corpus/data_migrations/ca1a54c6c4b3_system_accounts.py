"""system accounts

Revision ID: ca1a54c6c4b3
Revises: 70fab78eda4f
Create Date: 2022-03-15 08:30:14.880426

"""
import datetime

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ca1a54c6c4b3'
down_revision = '70fab78eda4f'
branch_labels = None
depends_on = None

SYSTEM_EMAIL = 'system@example.invalid'


def upgrade():
    op.create_table(
        'accounts',
        sa.Column('id', sa.Integer, primary_key=True, autoincrement=False),
        sa.Column('email', sa.String(254), nullable=False, unique=True),
        sa.Column('display_name', sa.Unicode(120), nullable=False),
        sa.Column('role_id', sa.Integer, sa.ForeignKey('roles.id'), nullable=False),
        sa.Column('signature', sa.Text),
        sa.Column('created_at', sa.DateTime, nullable=False),
        sa.Column('last_seen', sa.DateTime(timezone=True)),
    )
    accounts = sa.table(
        'accounts',
        sa.column('id', sa.Integer),
        sa.column('email', sa.String),
        sa.column('display_name', sa.Unicode),
        sa.column('role_id', sa.Integer),
        sa.column('signature', sa.Text),
        sa.column('created_at', sa.DateTime),
    )
    op.bulk_insert(accounts, [
        {
            'id': 0,
            'email': SYSTEM_EMAIL,
            'display_name': 'System',
            'role_id': 1,
            'signature': '-- \nsent by the system; do not reply',
            'created_at': datetime.datetime(2022, 3, 15, 0, 0),
        },
        {
            'id': -1,
            'email': 'importer@example.invalid',
            'display_name': "O'Reilly \"Importer\"",
            'role_id': 2,
            'signature': 'C:\\imports\\incoming\\',
            'created_at': datetime.datetime(2022, 3, 15, 8, 30, 14),
        },
        {
            'id': -2,
            'email': 'tab\tseparated@example.invalid',
            'display_name': 'Zoë Ångström',
            'role_id': 3,
            'signature': None,
            'created_at': datetime.datetime(2022, 3, 15, 8, 30, 14, 880426),
        },
    ])


def downgrade():
    op.drop_table('accounts')
