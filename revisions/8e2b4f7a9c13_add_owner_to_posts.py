"""add owner to posts

Revision ID: 8e2b4f7a9c13
Revises: 5c0d7e6b2a91
Create Date: 2026-09-21 11:30:52.264150

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '8e2b4f7a9c13'
down_revision: Union[str, None] = '5c0d7e6b2a91'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('posts', sa.Column('owner_id', sa.Integer(), nullable=False))
    op.create_index(op.f('ix_posts_owner_id'), 'posts', ['owner_id'], unique=False)
    op.create_foreign_key(
        'posts_users_fk',
        source_table='posts',
        referent_table='users',
        local_cols=['owner_id'],
        remote_cols=['id'],
        ondelete='CASCADE',
    )


def downgrade() -> None:
    op.drop_constraint('posts_users_fk', table_name='posts', type_='foreignkey')
    op.drop_index(op.f('ix_posts_owner_id'), table_name='posts')
    op.drop_column('posts', 'owner_id')
