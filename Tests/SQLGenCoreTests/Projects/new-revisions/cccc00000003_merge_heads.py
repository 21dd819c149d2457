"""merge heads

Revision ID: cccc00000003
Revises: aaaa00000001, bbbb00000002
Create Date: CREATE-DATE

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'cccc00000003'
down_revision: Union[str, Sequence[str], None] = ('aaaa00000001', 'bbbb00000002')
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
