"""articles with enums

Revision ID: c689b6b81ec6
Revises: 4a66ab8474cc
Create Date: 2023-03-08 14:12:30.550912

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = 'c689b6b81ec6'
down_revision: Union[str, None] = '4a66ab8474cc'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=True), nullable=False),
    sa.Column('author_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('status', postgresql.ENUM('draft', 'review', 'published', name='article_status'), server_default='draft', nullable=False),
    sa.Column('visibility', sa.Enum('public', 'members', 'private', name='visibility'), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('tags', postgresql.ARRAY(sa.Text()), nullable=True),
    sa.Column('metadata', postgresql.JSONB(astext_type=sa.Text()), nullable=True),
    sa.Column('word_count', sa.Integer(), sa.Computed("array_length(regexp_split_to_array(body, '\\s+'), 1)", persisted=True), nullable=True),
    sa.Column('search', postgresql.TSVECTOR(), sa.Computed("to_tsvector('english', coalesce(title, '') || ' ' || body)", persisted=True), nullable=True),
    sa.Column('published_at', postgresql.TIMESTAMP(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['author_id'], ['accounts.id'], name=op.f('fk_articles_author_id_accounts'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles'))
    )


def downgrade() -> None:
    op.drop_table('articles')
    op.execute('DROP TYPE visibility')
    op.execute('DROP TYPE article_status')
