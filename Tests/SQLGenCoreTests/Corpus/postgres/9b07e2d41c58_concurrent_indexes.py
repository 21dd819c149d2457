"""concurrent indexes, idempotent ddl

Revision ID: 9b07e2d41c58
Revises: 5f4e5c00d3d2
Create Date: 2024-03-04 11:40:22.517039

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = '9b07e2d41c58'
down_revision: Union[str, None] = '5f4e5c00d3d2'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('webhooks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('secret', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    if_not_exists=True
    )
    op.add_column('accounts', sa.Column('webhook_quota', sa.Integer(), server_default=sa.text('10'), nullable=False), if_not_exists=True)
    with op.get_context().autocommit_block():
        op.create_index('ix_articles_published_at', 'articles', ['published_at'], unique=False,
                        postgresql_concurrently=True, if_not_exists=True)
        op.create_index('ix_webhooks_account_id', 'webhooks', ['account_id'], unique=False,
                        postgresql_concurrently=True)


def downgrade() -> None:
    with op.get_context().autocommit_block():
        op.drop_index('ix_webhooks_account_id', table_name='webhooks', postgresql_concurrently=True)
        op.drop_index('ix_articles_published_at', table_name='articles', postgresql_concurrently=True, if_exists=True)
    op.drop_column('accounts', 'webhook_quota', if_exists=True)
    op.drop_table('webhooks', if_exists=True)
