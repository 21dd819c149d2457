"""second

Revision ID: bbbb00000002
Revises: 3a8c91d2f0e4
Create Date: CREATE-DATE

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'bbbb00000002'
down_revision: Union[str, Sequence[str], None] = '3a8c91d2f0e4'
branch_labels: Union[str, Sequence[str], None] = ('reports',)
depends_on: Union[str, Sequence[str], None] = '1975ea83b712'


def upgrade() -> None:
    """Upgrade schema."""
    pass


def downgrade() -> None:
    """Downgrade schema."""
    pass
