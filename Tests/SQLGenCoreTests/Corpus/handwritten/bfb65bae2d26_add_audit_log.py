"""add audit log

Revision ID: bfb65bae2d26
Revises: 68340cc8af11
Create Date: 2019-06-17 10:04:12.551032

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'bfb65bae2d26'
down_revision = '68340cc8af11'
branch_labels = None
depends_on = None

TABLE = 'audit_log'
INDEX = 'ix_' + TABLE + '_happened_at'


def upgrade():
    op.create_table(
        TABLE,
        sa.Column('id', sa.BigInteger, primary_key=True),
        sa.Column('account_id', sa.Integer, sa.ForeignKey('accounts.id', ondelete='CASCADE'), nullable=False),
        sa.Column('action', sa.String(32), nullable=False),
        sa.Column('detail', sa.Text, nullable=True),
        sa.Column('happened_at', sa.DateTime, nullable=False, server_default=sa.func.now()),
    )
    op.create_index(INDEX, TABLE, ['happened_at'])
    # partial index by hand: the ORM never queries old rows
    op.execute(
        "CREATE INDEX ix_" + TABLE + "_recent ON " + TABLE + " (account_id) "
        "WHERE happened_at > '2019-01-01'"
    )


def downgrade():
    op.execute("DROP INDEX ix_" + TABLE + "_recent")
    op.drop_index(INDEX, table_name=TABLE)
    op.drop_table(TABLE)
