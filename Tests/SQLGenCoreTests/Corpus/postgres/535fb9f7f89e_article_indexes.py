"""article indexes

Revision ID: 535fb9f7f89e
Revises: c689b6b81ec6
Create Date: 2023-03-20 09:44:03.115297

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = '535fb9f7f89e'
down_revision: Union[str, None] = 'c689b6b81ec6'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index('ix_articles_search', 'articles', ['search'], unique=False, postgresql_using='gin')
    op.create_index('ix_articles_tags', 'articles', ['tags'], unique=False, postgresql_using='gin')
    op.create_index('ix_articles_metadata', 'articles', ['metadata'], unique=False,
                    postgresql_using='gin', postgresql_ops={'metadata': 'jsonb_path_ops'})
    op.create_index('ix_articles_published', 'articles', ['published_at'], unique=False,
                    postgresql_where=sa.text("status = 'published'"))
    op.create_index('ix_articles_author_id', 'articles', ['author_id'], unique=False,
                    postgresql_include=['status', 'published_at'])
    op.create_index('ix_accounts_email_live', 'accounts', ['email'], unique=True,
                    postgresql_where=sa.text('deleted_at IS NULL'))
    op.create_index('ix_articles_lower_title', 'articles', [sa.text('lower(title)')], unique=False)
    op.create_index('ix_articles_title_pattern', 'articles', ['title'], unique=False,
                    postgresql_ops={'title': 'text_pattern_ops'})


def downgrade() -> None:
    op.drop_index('ix_articles_title_pattern', table_name='articles')
    op.drop_index('ix_articles_lower_title', table_name='articles')
    op.drop_index('ix_accounts_email_live', table_name='accounts', postgresql_where=sa.text('deleted_at IS NULL'))
    op.drop_index('ix_articles_author_id', table_name='articles', postgresql_include=['status', 'published_at'])
    op.drop_index('ix_articles_published', table_name='articles', postgresql_where=sa.text("status = 'published'"))
    op.drop_index('ix_articles_metadata', table_name='articles', postgresql_using='gin')
    op.drop_index('ix_articles_tags', table_name='articles', postgresql_using='gin')
    op.drop_index('ix_articles_search', table_name='articles', postgresql_using='gin')
