"""article priority

Revision ID: d644559d7e79
Revises: 02c8e98c5884
Create Date: 2023-06-12 08:37:45.410028

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = 'd644559d7e79'
down_revision: Union[str, None] = '02c8e98c5884'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("CREATE TYPE article_priority AS ENUM ('low', 'normal', 'high')")
    op.add_column('articles', sa.Column('priority', postgresql.ENUM('low', 'normal', 'high', name='article_priority', create_type=False), server_default='normal', nullable=False))
    op.execute("ALTER TYPE visibility ADD VALUE IF NOT EXISTS 'unlisted' AFTER 'members'")
    op.add_column('accounts', sa.Column('locale', sa.String(length=10), server_default='en-US', nullable=False))
    op.add_column('accounts', sa.Column('login_count', sa.Integer(), server_default=sa.text('0'), nullable=False))


def downgrade() -> None:
    op.drop_column('accounts', 'login_count')
    op.drop_column('accounts', 'locale')
    op.drop_column('articles', 'priority')
    op.execute('DROP TYPE article_priority')
