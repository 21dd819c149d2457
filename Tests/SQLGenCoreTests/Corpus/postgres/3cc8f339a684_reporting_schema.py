"""reporting schema

Revision ID: 3cc8f339a684
Revises: 04738ac03649
Create Date: 2023-09-18 10:26:37.893420

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = '3cc8f339a684'
down_revision: Union[str, None] = '04738ac03649'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute('CREATE SCHEMA IF NOT EXISTS reporting')
    op.create_table('daily_article_stats',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('article_id', sa.BigInteger(), nullable=False),
    sa.Column('views', sa.BigInteger(), server_default=sa.text('0'), nullable=False),
    sa.Column('read_ratio', sa.Numeric(precision=5, scale=4), nullable=True),
    sa.Column('referrers', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['public.articles.id'], name='fk_daily_article_stats_article_id', ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('day', 'article_id', name='pk_daily_article_stats'),
    schema='reporting',
    comment='rolled up nightly'
    )
    op.create_index('ix_daily_article_stats_article_id', 'daily_article_stats', ['article_id'], unique=False, schema='reporting')
    op.add_column('daily_article_stats', sa.Column('unique_visitors', sa.Integer(), nullable=True), schema='reporting')
    op.create_check_constraint('ck_daily_article_stats_ratio', 'daily_article_stats', 'read_ratio BETWEEN 0 AND 1', schema='reporting')


def downgrade() -> None:
    op.drop_constraint('ck_daily_article_stats_ratio', 'daily_article_stats', schema='reporting', type_='check')
    op.drop_column('daily_article_stats', 'unique_visitors', schema='reporting')
    op.drop_index('ix_daily_article_stats_article_id', table_name='daily_article_stats', schema='reporting')
    op.drop_table('daily_article_stats', schema='reporting')
    op.execute('DROP SCHEMA IF EXISTS reporting')
