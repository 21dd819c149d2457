"""Add audit log: table & index (v2)!

Revision ID: aaaa00000001
Revises: c47f05a1e8d2
Create Date: CREATE-DATE

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'aaaa00000001'
down_revision: Union[str, Sequence[str], None] = 'c47f05a1e8d2'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
