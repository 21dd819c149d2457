"""create authors and posts

Revision ID: 0c1d2e3f4a5b
Revises:
Create Date: 2026-10-05 09:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision: str = '0c1d2e3f4a5b'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'authors',
        sa.Column('id', sa.BigInteger(), sa.Identity(always=False, start=100, increment=1), primary_key=True),
        sa.Column('name', sa.Unicode(100), nullable=False),
        sa.Column('born', sa.Date()),
    )
    status = sa.Enum('draft', 'published', name='post_status')
    op.create_table(
        'posts',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('author_id', sa.BigInteger(), sa.ForeignKey('authors.id', ondelete='CASCADE'), nullable=False),
        sa.Column('status', status, nullable=False, server_default='draft'),
        sa.Column('tags', postgresql.ARRAY(sa.String(20))),
        sa.Column('data', postgresql.JSONB(astext_type=sa.Text()), comment="it's json"),
        sa.Column('price', sa.Numeric(10, 2)),
        sa.Column('total', sa.Numeric(12, 2), sa.Computed('price * 2', persisted=True)),
        sa.Column('email', sa.String(100), index=True, unique=True),
        sa.Column('flag', sa.Boolean(), server_default=sa.true()),
        sa.Column('uid', postgresql.UUID(as_uuid=True), server_default=sa.text('gen_random_uuid()')),
        sa.Column('kind', sa.Enum('a', 'b', name='ck_posts_kind', native_enum=False, create_constraint=True)),
        sa.Column('during', postgresql.TSRANGE()),
        sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.CheckConstraint('price >= 0', name='ck_posts_price'),
        sa.Index('ix_posts_lower_email', sa.text('lower(email)')),
        comment='blog posts',
    )


def downgrade() -> None:
    op.drop_table('posts')
    op.execute('DROP TYPE post_status')
    op.drop_table('authors')
