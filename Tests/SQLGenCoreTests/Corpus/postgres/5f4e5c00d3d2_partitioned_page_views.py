"""partitioned page views

Revision ID: 5f4e5c00d3d2
Revises: d68c3f91ed95
Create Date: 2024-01-22 09:03:55.184602

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = '5f4e5c00d3d2'
down_revision: Union[str, None] = 'd68c3f91ed95'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute('CREATE EXTENSION IF NOT EXISTS hstore')
    op.create_table('page_views',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False),
    sa.Column('viewed_at', postgresql.TIMESTAMP(timezone=True, precision=3), nullable=False),
    sa.Column('article_id', sa.BigInteger(), nullable=False),
    sa.Column('device', sa.Enum('desktop', 'mobile', 'tablet', name='device_kind', native_enum=False, create_constraint=True, length=10), nullable=False),
    sa.Column('channel', postgresql.ENUM('web', 'app', 'email', name='view_channel'), nullable=False),
    sa.Column('client_mac', postgresql.MACADDR(), nullable=True),
    sa.Column('attributes', postgresql.HSTORE(), nullable=True),
    sa.Column('scroll_depths', sa.ARRAY(sa.Integer()), nullable=True),
    sa.Column('raw', sa.JSON(), nullable=True),
    sa.Column('local_time', sa.Time(timezone=False), nullable=True),
    sa.Column('ratio', sa.Numeric(), nullable=True),
    sa.PrimaryKeyConstraint('id', 'viewed_at', name=op.f('pk_page_views')),
    postgresql_partition_by='RANGE (viewed_at)'
    )
    op.execute("""
        CREATE TABLE page_views_2024_01 PARTITION OF page_views
            FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')
    """)
    op.create_index('ix_page_views_article_id_viewed_at', 'page_views', ['article_id', 'viewed_at'],
                    unique=False, postgresql_with={'fillfactor': 90})
    op.create_index('ix_page_views_attributes', 'page_views', ['attributes'], unique=False,
                    postgresql_using='gist')


def downgrade() -> None:
    op.drop_index('ix_page_views_attributes', table_name='page_views')
    op.drop_index('ix_page_views_article_id_viewed_at', table_name='page_views')
    op.execute('DROP TABLE page_views_2024_01')
    op.drop_table('page_views')
    op.execute('DROP TYPE view_channel')
