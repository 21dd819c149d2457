"""create accounts and entries

Revision ID: c1d2e3f4a5b6
Revises:
Create Date: 2026-10-12 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import oracle

revision = 'c1d2e3f4a5b6'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'accounts',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.Unicode(100), nullable=False, comment="account's name"),
        sa.Column('email', sa.String(255), nullable=False, unique=True),
        sa.Column('notes', sa.UnicodeText()),
        sa.Column('bio', sa.Text()),
        sa.Column('code', sa.String()),
        sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column('vip', sa.Boolean(), server_default=sa.false()),
        sa.Column('opened', sa.Date()),
        sa.Column('created_at', sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column('updated_at', sa.TIMESTAMP(timezone=True), server_default=sa.func.current_timestamp()),
        sa.Column('stamp', sa.TIMESTAMP()),
        sa.Column('balance', sa.Numeric(12, 2), server_default='0'),
        sa.Column('amount', sa.Numeric()),
        sa.Column('ratio', sa.Float()),
        sa.Column('score', sa.Double()),
        sa.Column('photo', sa.LargeBinary()),
        sa.Column('token', sa.Uuid()),
        sa.Column('prefs', sa.JSON()),
        sa.Column('period', sa.Interval()),
        sa.Column('big', sa.BigInteger()),
        sa.Column('small', sa.SmallInteger()),
        sa.Column('tier', sa.Enum('bronze', 'silver', 'gold', name='ck_accounts_tier', create_constraint=True)),
        sa.Column('kind', sa.Enum('person', 'company', name='ck_accounts_kind', create_constraint=True)),
        sa.Column('country', sa.CHAR(2)),
        sa.Column('level', sa.Integer(), sa.Computed('id * 2')),
        sa.Column('uid', sa.Integer(), sa.Identity(always=True, start=5, increment=2, minvalue=1, maxvalue=1000, cycle=False, cache=20, order=True), nullable=False),
        comment='ledger accounts',
    )
    op.create_table(
        'entries',
        sa.Column('id', sa.BigInteger(), primary_key=True),
        sa.Column('account_id', sa.Integer(), sa.ForeignKey('accounts.id', ondelete='CASCADE', onupdate='CASCADE'), nullable=False),
        sa.Column('amount', oracle.NUMBER(12, 2), nullable=False),
        sa.Column('precise', oracle.NUMBER(precision=38)),
        sa.Column('anynum', oracle.NUMBER()),
        sa.Column('label', oracle.VARCHAR2(40)),
        sa.Column('nlabel', oracle.NVARCHAR2(40)),
        sa.Column('body', oracle.CLOB()),
        sa.Column('nbody', oracle.NCLOB()),
        sa.Column('raw', oracle.RAW(16)),
        sa.Column('data', oracle.BLOB()),
        sa.Column('legacy', oracle.LONG()),
        sa.Column('f', oracle.BINARY_FLOAT()),
        sa.Column('d', oracle.BINARY_DOUBLE()),
        sa.Column('fl', oracle.FLOAT(binary_precision=53)),
        sa.Column('ts', oracle.TIMESTAMP(timezone=True)),
        sa.Column('lts', oracle.TIMESTAMP(local_timezone=True)),
        sa.Column('dt', oracle.DATE()),
        sa.Column('iv', oracle.INTERVAL(day_precision=2, second_precision=6)),
        sa.Column('rid', oracle.ROWID()),
        sa.Column('Mixed Case', sa.Integer()),
        sa.Column('_under', sa.Integer()),
        sa.Column('comment', sa.String(10)),
        sa.Column('qty', sa.Integer(), nullable=False, server_default=sa.text('1')),
        sa.CheckConstraint('qty > 0', name='ck_entries_qty'),
        sa.UniqueConstraint('account_id', 'label', name='uq_entries_account_label'),
    )
    op.create_index('ix_entries_account', 'entries', ['account_id', sa.text('amount DESC')], oracle_bitmap=True)
    op.create_index('ix_entries_label', 'entries', ['label'], unique=True, oracle_compress=1)
    op.create_table(
        'user',
        sa.Column('key', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('Display Name', sa.Unicode(50), server_default="it's"),
        sa.Column('size', sa.Integer(), nullable=True),
        sa.Column('seen', sa.Date(), server_default=sa.func.sysdate()),
        sa.Column('by_uid', sa.Integer(), server_default=sa.func.uid()),
        sa.Column('n', sa.Integer(), sa.Identity(on_null=True, start=3)),
        schema='app',
        oracle_tablespace='users',
        oracle_compress=True,
    )
    op.create_index('ix_user_size', 'user', ['size'], schema='app')


def downgrade():
    op.drop_index('ix_user_size', table_name='user', schema='app')
    op.drop_table('user', schema='app')
    op.drop_index('ix_entries_label', table_name='entries')
    op.drop_index('ix_entries_account', table_name='entries')
    op.drop_table('entries')
    op.drop_table('accounts')
