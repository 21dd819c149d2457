"""alter accounts

Revision ID: d2e3f4a5b6c7
Revises: c1d2e3f4a5b6
Create Date: 2026-10-13 09:00:00.000000

"""
import datetime
import decimal

from alembic import op
import sqlalchemy as sa

revision = 'd2e3f4a5b6c7'
down_revision = 'c1d2e3f4a5b6'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('accounts', sa.Column('phone', sa.String(30), nullable=True, server_default='n/a'))
    op.add_column('accounts', sa.Column('rank', sa.SmallInteger(), nullable=False, server_default=sa.text('1'), comment='rank'))
    op.alter_column('accounts', 'phone', existing_type=sa.String(30), nullable=False)
    op.alter_column('accounts', 'email', type_=sa.Unicode(320), existing_nullable=False)
    op.alter_column('accounts', 'rank', server_default=sa.text('2'), existing_server_default=sa.text('1'))
    op.alter_column('accounts', 'vip', server_default=None)
    op.alter_column('accounts', 'name', comment='full name', existing_comment="account's name")
    op.alter_column('accounts', 'opened', comment=None)
    op.alter_column('accounts', 'notes', new_column_name='remarks')
    op.create_table_comment('accounts', 'all accounts', existing_comment='ledger accounts')
    op.rename_table('user', 'app_user', schema='app')
    op.create_foreign_key('fk_user_account', 'app_user', 'accounts', ['key'], ['id'], source_schema='app', ondelete='SET NULL')
    op.create_unique_constraint('uq_accounts_phone', 'accounts', ['phone'])
    op.create_check_constraint('ck_accounts_rank', 'accounts', 'rank BETWEEN 1 AND 5')
    op.drop_column('accounts', 'kind')
    accounts = sa.table('accounts', sa.column('id', sa.Integer), sa.column('name', sa.Unicode), sa.column('email', sa.String),
                        sa.column('active', sa.Boolean), sa.column('opened', sa.Date), sa.column('created_at', sa.DateTime),
                        sa.column('balance', sa.Numeric), sa.column('ratio', sa.Float), sa.column('remarks', sa.UnicodeText))
    op.bulk_insert(accounts, [
        {'id': 1, 'name': "O'Brien Ünal", 'email': 'ob@example.com', 'active': True, 'opened': datetime.date(2020, 1, 31),
         'created_at': datetime.datetime(2020, 1, 31, 12, 0, 1), 'balance': decimal.Decimal('10.50'), 'ratio': 0.25,
         'remarks': 'back\\slash'},
        {'id': 2, 'name': 'Ada', 'email': 'ada@example.com', 'active': False, 'opened': None,
         'created_at': datetime.datetime(2021, 2, 3, 4, 5, 6, 789000), 'balance': None, 'ratio': 1e-7, 'remarks': None},
    ])


def downgrade():
    op.execute("DELETE FROM accounts")
    op.add_column('accounts', sa.Column('kind', sa.Enum('person', 'company', name='ck_accounts_kind', create_constraint=True)))
    op.drop_constraint('ck_accounts_rank', 'accounts', type_='check')
    op.drop_constraint('uq_accounts_phone', 'accounts', type_='unique')
    op.drop_constraint('fk_user_account', 'app_user', type_='foreignkey', schema='app')
    op.rename_table('app_user', 'user', schema='app')
    op.drop_table_comment('accounts', existing_comment='all accounts')
    op.create_table_comment('accounts', 'ledger accounts')
    op.alter_column('accounts', 'remarks', new_column_name='notes')
    op.alter_column('accounts', 'name', comment="account's name", existing_comment='full name')
    op.alter_column('accounts', 'vip', server_default=sa.false())
    op.alter_column('accounts', 'rank', server_default=sa.text('1'), existing_server_default=sa.text('2'))
    op.alter_column('accounts', 'email', type_=sa.String(255), existing_nullable=False)
    op.alter_column('accounts', 'phone', existing_type=sa.String(30), nullable=True)
    op.drop_column('accounts', 'rank')
    op.drop_column('accounts', 'phone')
