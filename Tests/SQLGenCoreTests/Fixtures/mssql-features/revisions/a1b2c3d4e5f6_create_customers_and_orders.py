"""create customers and orders

Revision ID: a1b2c3d4e5f6
Revises:
Create Date: 2026-10-10 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import mssql

revision = 'a1b2c3d4e5f6'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("CREATE SCHEMA sales")
    op.create_table(
        'customers',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.Unicode(100), nullable=False, comment="customer's name"),
        sa.Column('email', sa.String(255), nullable=False, unique=True),
        sa.Column('notes', sa.UnicodeText()),
        sa.Column('bio', sa.Text()),
        sa.Column('code', sa.String()),
        sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column('vip', sa.Boolean(), server_default=sa.false()),
        sa.Column('joined', sa.Date()),
        sa.Column('wake', sa.Time()),
        sa.Column('created_at', sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('SYSDATETIMEOFFSET()')),
        sa.Column('balance', sa.Numeric(12, 2), server_default='0'),
        sa.Column('ratio', sa.Float()),
        sa.Column('score', sa.Double()),
        sa.Column('photo', sa.LargeBinary()),
        sa.Column('token', sa.Uuid()),
        sa.Column('prefs', sa.JSON()),
        sa.Column('tier', sa.Enum('bronze', 'silver', 'gold', name='ck_customers_tier', create_constraint=True)),
        sa.Column('kind', sa.Enum('person', 'company')),
        sa.Column('country', sa.CHAR(2)),
        schema='sales',
        comment='who buys',
    )
    op.create_table(
        'orders',
        sa.Column('id', sa.BigInteger(), sa.Identity(start=1000, increment=10), primary_key=True),
        sa.Column('customer_id', sa.Integer(), sa.ForeignKey('sales.customers.id', ondelete='CASCADE'), nullable=False),
        sa.Column('placed', mssql.DATETIME2(precision=3), nullable=False),
        sa.Column('placed_tz', mssql.DATETIMEOFFSET(precision=5)),
        sa.Column('ref', mssql.UNIQUEIDENTIFIER(), server_default=sa.text('NEWID()')),
        sa.Column('flags', mssql.TINYINT()),
        sa.Column('paid', mssql.BIT(), server_default=sa.text('0')),
        sa.Column('amount', mssql.MONEY()),
        sa.Column('small_amount', mssql.SMALLMONEY()),
        sa.Column('payload', mssql.XML()),
        sa.Column('scan', mssql.IMAGE()),
        sa.Column('memo', mssql.NTEXT()),
        sa.Column('label', mssql.NVARCHAR(40)),
        sa.Column('blob', mssql.VARBINARY('max')),
        sa.Column('ts', mssql.ROWVERSION()),
        sa.Column('due', mssql.SMALLDATETIME()),
        sa.Column('at', mssql.TIME(precision=2)),
        sa.Column('variant', mssql.SQL_VARIANT()),
        sa.Column('total', sa.Numeric(12, 2), sa.Computed('amount * 2', persisted=True)),
        sa.Column('half', sa.Numeric(12, 2), sa.Computed('amount / 2')),
        sa.Column('qty', sa.Integer(), nullable=False, server_default=sa.text('1')),
        sa.CheckConstraint('qty > 0', name='ck_orders_qty'),
        sa.UniqueConstraint('customer_id', 'ref', name='uq_orders_customer_ref'),
        schema='sales',
    )
    op.create_index('ix_orders_customer', 'orders', ['customer_id', 'placed'], schema='sales',
                    mssql_include=['amount', 'qty'], mssql_where=sa.text('qty > 1'))
    op.create_index('ix_orders_placed', 'orders', ['placed'], unique=True, schema='sales', mssql_clustered=False)
    op.create_table(
        'user',
        sa.Column('key', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('Display Name', sa.Unicode(50), server_default="it's"),
        sa.Column('select]', sa.Integer()),
    )


def downgrade():
    op.drop_table('user')
    op.drop_index('ix_orders_placed', table_name='orders', schema='sales')
    op.drop_index('ix_orders_customer', table_name='orders', schema='sales')
    op.drop_table('orders', schema='sales')
    op.drop_table('customers', schema='sales')
    op.execute("DROP SCHEMA sales")
