"""alter customers

Revision ID: b2c3d4e5f6a7
Revises: a1b2c3d4e5f6
Create Date: 2026-10-11 09:00:00.000000

"""
import datetime
import decimal

from alembic import op
import sqlalchemy as sa

revision = 'b2c3d4e5f6a7'
down_revision = 'a1b2c3d4e5f6'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('customers', sa.Column('phone', sa.String(30), nullable=True, server_default='n/a'), schema='sales')
    op.add_column('customers', sa.Column('level', sa.SmallInteger(), nullable=False, server_default=sa.text('1')), schema='sales')
    op.alter_column('customers', 'phone', existing_type=sa.String(30), nullable=False, schema='sales')
    op.alter_column('customers', 'email', type_=sa.Unicode(320), existing_nullable=False, schema='sales')
    op.alter_column('customers', 'code', type_=sa.String(20), nullable=True, schema='sales')
    op.alter_column('customers', 'bio', type_=sa.UnicodeText(), existing_nullable=True, schema='sales')
    op.alter_column('customers', 'level', server_default=sa.text('2'), existing_server_default=sa.text('1'),
                    existing_type=sa.SmallInteger(), schema='sales')
    op.alter_column('customers', 'vip', server_default=None, schema='sales')
    op.alter_column('customers', 'name', comment='full name', existing_comment="customer's name", schema='sales')
    op.alter_column('customers', 'joined', comment='first order', schema='sales')
    op.alter_column('customers', 'wake', comment=None, existing_comment='x', schema='sales')
    op.alter_column('customers', 'notes', new_column_name='remarks', schema='sales')
    op.create_table_comment('customers', 'our customers', existing_comment='who buys', schema='sales')
    op.rename_table('user', 'app_user')
    op.create_foreign_key('fk_user_customer', 'app_user', 'customers', ['key'], ['id'], referent_schema='sales',
                          onupdate='CASCADE')
    op.create_unique_constraint('uq_customers_phone', 'customers', ['phone'], schema='sales')
    op.create_check_constraint('ck_customers_level', 'customers', 'level BETWEEN 1 AND 5', schema='sales')
    op.add_column('app_user', sa.Column('status', sa.Enum('new', 'old', name='ck_app_user_status', create_constraint=True),
                                        server_default=sa.func.current_date()))
    op.create_table(
        'audit',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), server_default=sa.func.getutcdate(), nullable=False),
        sa.Column('who', sa.Unicode(50), server_default=sa.func.current_user()),
    )
    op.create_primary_key('pk_audit', 'audit', ['id'])
    with op.batch_alter_table('audit') as batch_op:
        batch_op.add_column(sa.Column('note', sa.Unicode(200)))
        batch_op.create_index('ix_audit_at', [sa.text('at DESC')], mssql_clustered=False)
    customers = sa.table('customers', sa.column('id', sa.Integer), sa.column('name', sa.Unicode), sa.column('email', sa.String),
                         sa.column('active', sa.Boolean), sa.column('joined', sa.Date), sa.column('wake', sa.Time),
                         sa.column('created_at', sa.DateTime), sa.column('balance', sa.Numeric), sa.column('ratio', sa.Float),
                         sa.column('remarks', sa.UnicodeText),
                         schema='sales')
    op.bulk_insert(customers, [
        {'id': 1, 'name': "O'Brien Ünal", 'email': 'ob@example.com', 'active': True, 'joined': datetime.date(2020, 1, 31),
         'wake': datetime.time(7, 30), 'created_at': datetime.datetime(2020, 1, 31, 12, 0, 1), 'balance': decimal.Decimal('10.50'),
         'ratio': 0.25, 'remarks': 'back\\slash'},
        {'id': 2, 'name': 'Ada', 'email': 'ada@example.com', 'active': False, 'joined': None, 'wake': None,
         'created_at': datetime.datetime(2021, 2, 3, 4, 5, 6, 789000), 'balance': None, 'ratio': 1e-7, 'remarks': None},
    ])


def downgrade():
    op.execute("DELETE FROM sales.customers")
    with op.batch_alter_table('audit') as batch_op:
        batch_op.drop_index('ix_audit_at')
        batch_op.drop_column('note')
    op.drop_constraint('pk_audit', 'audit', type_='primary')
    op.drop_table('audit', if_exists=True)
    op.drop_column('app_user', 'status', mssql_drop_check=True, mssql_drop_default=True)
    op.drop_constraint('ck_customers_level', 'customers', type_='check', schema='sales')
    op.drop_constraint('uq_customers_phone', 'customers', type_='unique', schema='sales')
    op.drop_constraint('fk_user_customer', 'app_user', type_='foreignkey')
    op.rename_table('app_user', 'user')
    op.drop_table_comment('customers', existing_comment='our customers', schema='sales')
    op.create_table_comment('customers', 'who buys', schema='sales')
    op.alter_column('customers', 'remarks', new_column_name='notes', schema='sales')
    op.alter_column('customers', 'name', comment="customer's name", existing_comment='full name', schema='sales')
    op.alter_column('customers', 'joined', comment=None, existing_comment='first order', schema='sales')
    op.alter_column('customers', 'vip', server_default=sa.false(), schema='sales')
    op.alter_column('customers', 'level', server_default=sa.text('1'), existing_server_default=sa.text('2'),
                    existing_type=sa.SmallInteger(), schema='sales')
    op.alter_column('customers', 'bio', type_=sa.Text(), existing_type=sa.UnicodeText(), existing_nullable=True, schema='sales')
    op.alter_column('customers', 'code', type_=sa.String(), nullable=True, schema='sales')
    op.alter_column('customers', 'email', type_=sa.String(255), existing_nullable=False, schema='sales')
    op.alter_column('customers', 'phone', existing_type=sa.String(30), nullable=True, schema='sales')
    op.drop_column('customers', 'level', schema='sales', mssql_drop_default=True, mssql_drop_check=True)
    op.drop_column('customers', 'phone', schema='sales', mssql_drop_default=True, mssql_drop_foreign_key=True)
