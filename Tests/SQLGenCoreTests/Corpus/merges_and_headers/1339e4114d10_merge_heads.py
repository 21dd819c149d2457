"""merge heads

Revision ID: 1339e4114d10
Revises: ed20ea70df2d, 40babe38fcbb
Create Date: 2022-07-01 11:11:04.283190

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1339e4114d10'
down_revision: Union[str, Sequence[str], None] = (
    'ed20ea70df2d',
    '40babe38fcbb',
)
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
