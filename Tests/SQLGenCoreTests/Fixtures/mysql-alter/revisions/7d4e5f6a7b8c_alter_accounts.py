"""alter accounts: MODIFY, CHANGE and ALTER COLUMN; constraints of every type

Revision ID: 7d4e5f6a7b8c
Revises: 6c3d4e5f6a7b
Create Date: 2026-10-09 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '7d4e5f6a7b8c'
down_revision = '6c3d4e5f6a7b'
branch_labels = None
depends_on = None

OLD_KIND = sa.Enum('basic', 'pro', name='account_kind')
NEW_KIND = sa.Enum('basic', 'pro', 'team', name='account_kind')


def upgrade():
    op.alter_column('accounts', 'email', existing_type=sa.String(100), type_=sa.String(200),
                    existing_nullable=False, comment='login address')
    op.alter_column('accounts', 'nickname', new_column_name='display_name', existing_type=sa.String(30),
                    nullable=False, server_default='anonymous')
    op.alter_column('accounts', 'balance', server_default=sa.text('100'))
    op.alter_column('accounts', 'created_at', existing_type=sa.DateTime(), nullable=False,
                    server_default=sa.func.now())
    op.alter_column('accounts', 'kind', existing_type=OLD_KIND, type_=NEW_KIND, existing_nullable=False,
                    existing_server_default='basic')
    op.create_unique_constraint('uq_accounts_email', 'accounts', ['email'])
    op.create_check_constraint('ck_accounts_balance', 'accounts', sa.text('balance >= 0'))
    op.drop_constraint('pk_memberships', 'memberships', type_='primary')
    op.create_primary_key('pk_memberships', 'memberships', ['account_id', 'team', 'role'])
    op.create_foreign_key('fk_memberships_account', 'memberships', 'accounts', ['account_id'], ['id'],
                          ondelete='CASCADE')
    op.create_table_comment('accounts', "who can log in; 'quoted' \\ escaped")


def downgrade():
    op.drop_table_comment('accounts', existing_comment="who can log in; 'quoted' \\ escaped")
    op.drop_constraint('fk_memberships_account', 'memberships', type_='foreignkey')
    op.drop_constraint('pk_memberships', 'memberships', type_='primary')
    op.create_primary_key('pk_memberships', 'memberships', ['account_id', 'team'])
    op.drop_constraint('ck_accounts_balance', 'accounts', type_='check')
    op.drop_constraint('uq_accounts_email', 'accounts', type_='unique')
    op.alter_column('accounts', 'kind', existing_type=NEW_KIND, type_=OLD_KIND, existing_nullable=False,
                    existing_server_default='basic')
    op.alter_column('accounts', 'created_at', existing_type=sa.DateTime(), nullable=True, server_default=None)
    op.alter_column('accounts', 'balance', server_default='0')
    op.alter_column('accounts', 'display_name', new_column_name='nickname', existing_type=sa.String(30),
                    nullable=True, server_default=None)
    op.alter_column('accounts', 'email', existing_type=sa.String(200), type_=sa.String(100),
                    existing_nullable=False, comment=None, existing_comment='login address')
