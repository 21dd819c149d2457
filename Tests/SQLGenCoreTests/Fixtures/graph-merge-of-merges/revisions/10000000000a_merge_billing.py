"""merge billing

Revision ID: 10000000000a
Revises: b0000000000b, c0000000000c
Create Date: 2026-10-07 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '10000000000a'
down_revision = ('b0000000000b', 'c0000000000c')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
