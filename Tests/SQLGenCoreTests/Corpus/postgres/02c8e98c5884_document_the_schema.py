"""document the schema

Revision ID: 02c8e98c5884
Revises: 857cf9a21be1
Create Date: 2023-05-02 13:58:27.734660

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = '02c8e98c5884'
down_revision: Union[str, None] = '857cf9a21be1'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table_comment('articles', 'blog articles, one row per revision-free article')
    op.create_table_comment('rooms', "meeting rooms (see facilities' sheet)")
    op.drop_table_comment('audit_events', existing_comment='append-only; partitioned by month in production')
    op.alter_column('articles', 'status',
               existing_type=postgresql.ENUM('draft', 'review', 'published', name='article_status'),
               comment='workflow state',
               existing_nullable=False,
               existing_server_default=sa.text("'draft'::article_status"))
    op.alter_column('accounts', 'email',
               existing_type=postgresql.CITEXT(),
               comment='login e-mail; unique among live accounts',
               existing_comment='login; compared case-insensitively',
               existing_nullable=False)
    op.alter_column('bookings', 'during', comment='half-open [start, end) range',
               existing_type=postgresql.TSTZRANGE())


def downgrade() -> None:
    op.alter_column('bookings', 'during', comment=None,
               existing_comment='half-open [start, end) range',
               existing_type=postgresql.TSTZRANGE())
    op.alter_column('accounts', 'email',
               existing_type=postgresql.CITEXT(),
               comment='login; compared case-insensitively',
               existing_comment='login e-mail; unique among live accounts',
               existing_nullable=False)
    op.alter_column('articles', 'status',
               existing_type=postgresql.ENUM('draft', 'review', 'published', name='article_status'),
               comment=None,
               existing_comment='workflow state',
               existing_nullable=False,
               existing_server_default=sa.text("'draft'::article_status"))
    op.create_table_comment('audit_events', 'append-only; partitioned by month in production')
    op.drop_table_comment('rooms', existing_comment="meeting rooms (see facilities' sheet)")
    op.drop_table_comment('articles', existing_comment='blog articles, one row per revision-free article')
