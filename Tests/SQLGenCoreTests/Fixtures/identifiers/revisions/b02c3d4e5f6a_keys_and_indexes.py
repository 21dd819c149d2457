"""keys and indexes

Revision ID: b02c3d4e5f6a
Revises: a01b2c3d4e5f
Create Date: 2026-10-02 08:20:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'b02c3d4e5f6a'
down_revision = 'a01b2c3d4e5f'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('Order Items', sa.Column('select', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index('ix_select', 'Order Items', ['select', 'order'], unique=True)
    op.create_foreign_key(
        'fk_deferred', 'Order Items', 'user', ['user_id'], ['id'],
        referent_schema='app', deferrable=True, initially='DEFERRED', match='SIMPLE',
    )
    op.execute("""
	COMMENT ON TABLE "Order Items" IS 'it''s: tabs and\\backslashes'
    """)


def downgrade():
    op.drop_constraint('fk_deferred', 'Order Items', type_='foreignkey')
    op.drop_index('ix_select', table_name='Order Items')
    op.drop_column('Order Items', 'select')
