"""merge billing and shipping

Revision ID: d4d0e5000001
Revises: b2ba1100a002, c3ca7000b002
Create Date: 2026-10-06 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd4d0e5000001'
down_revision = ('b2ba1100a002', 'c3ca7000b002')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
