"""create authors and orders: MySQL types, table options, enums, inline comments, reserved names

Revision ID: 4a1b2c3d4e5f
Revises:
Create Date: 2026-10-08 10:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision: str = '4a1b2c3d4e5f'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'authors',
        sa.Column('id', sa.Integer(), primary_key=True, comment='surrogate key'),
        sa.Column('name', sa.String(100, collation='utf8mb4_bin'), nullable=False),
        sa.Column('bio', mysql.LONGTEXT(charset='utf8mb4', collation='utf8mb4_unicode_ci')),
        sa.Column('active', mysql.TINYINT(1), nullable=False, server_default=sa.text('1')),
        sa.Column('rank', mysql.TINYINT(display_width=3, unsigned=True)),
        sa.Column('status', sa.Enum('draft', 'live', "it's", 'back\\slash', name='author_status'),
                  nullable=False, server_default='draft'),
        sa.Column('settings', sa.JSON()),
        sa.Column('score', mysql.DECIMAL(8, 2, unsigned=True)),
        sa.Column('born', mysql.YEAR()),
        sa.Column('flags', mysql.BIT(8)),
        sa.Column('tags', mysql.SET('a', 'b', 'c')),
        sa.Column('token', sa.String(36), server_default=sa.text('(uuid())')),
        sa.Column('created_at', mysql.DATETIME(fsp=6), nullable=False, server_default=sa.text('CURRENT_TIMESTAMP(6)')),
        sa.Column('updated_at', sa.TIMESTAMP(),
                  server_default=sa.text('CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP')),
        sa.Column('seen_at', sa.DateTime(), server_default=sa.func.now()),
        sa.UniqueConstraint('name', name='uq_authors_name'),
        comment="people who write, 'quoted' and \\ escaped",
        mysql_charset='utf8mb4',
        mysql_collate='utf8mb4_unicode_ci',
        mysql_engine='InnoDB',
    )
    op.create_table(
        'order',
        sa.Column('key', sa.BigInteger(), primary_key=True),
        sa.Column('author_id', sa.Integer(), sa.ForeignKey('authors.id', ondelete='CASCADE', onupdate='RESTRICT'),
                  nullable=False),
        sa.Column('group', sa.String(50), index=True),
        sa.Column('select', sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column('title', sa.Unicode(200), nullable=False),
        sa.Column('body', sa.Text()),
        sa.Column('amount', sa.Numeric(10, 2), server_default=sa.text('0.00')),
        sa.Column('ratio', sa.Float(), server_default=sa.text('-1')),
        sa.Column('kind', sa.Enum('small', 'large', name='ck_order_kind', native_enum=False, create_constraint=True)),
        sa.Column('total', sa.Numeric(12, 2), sa.Computed('amount * 2', persisted=True)),
        sa.Column('doubled', sa.Integer(), sa.Computed('`key` * 2')),
        sa.CheckConstraint('amount >= 0', name='ck_order_amount'),
        sa.Index('ix_order_body', 'body', mysql_length=50),
        sa.Index('ix_order_title_group', 'title', 'group', mysql_length={'title': 20}, mysql_using='BTREE'),
        sa.Index('ix_order_fulltext', 'title', mysql_prefix='FULLTEXT'),
        mysql_engine='InnoDB',
        mysql_row_format='DYNAMIC',
    )


def downgrade() -> None:
    op.drop_table('order')
    op.drop_table('authors')
