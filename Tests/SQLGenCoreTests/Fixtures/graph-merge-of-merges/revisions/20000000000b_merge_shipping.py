"""merge shipping

Revision ID: 20000000000b
Revises: d0000000000d, e0000000000e, f0000000000f
Create Date: 2026-10-08 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '20000000000b'
down_revision = ('d0000000000d', 'e0000000000e', 'f0000000000f')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
