"""schema and quoted names

Revision ID: a01b2c3d4e5f
Revises:
Create Date: 2026-10-02 08:15:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = 'a01b2c3d4e5f'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("CREATE SCHEMA app")
    op.create_table(
        'user',
        sa.Column('id', sa.BigInteger, primary_key=True),
        sa.Column('Email', sa.String(200), unique=True, nullable=False),
        sa.Column('group', sa.String(50), server_default="it's"),
        schema='app',
    )
    op.create_table(
        'Order Items',
        sa.Column('order', sa.Integer, primary_key=True, autoincrement=False),
        sa.Column('line', sa.SmallInteger, primary_key=True),
        sa.Column('user_id', sa.BigInteger, sa.ForeignKey('app.user.id', ondelete='SET NULL', onupdate='CASCADE')),
        sa.Column('qty', sa.Numeric(10, 2), server_default=sa.text('0')),
        sa.Column('note', sa.Text),
        sa.Column('created', sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.UniqueConstraint('order', 'user_id', name='uq "quoted"'),
    )


def downgrade():
    op.drop_table('Order Items')
    op.drop_table('user', schema='app')
    op.execute("DROP SCHEMA app")
