"""merge billing and shipping

Revision ID: 30000000000c
Revises: 10000000000a, 20000000000b
Create Date: 2026-10-09 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '30000000000c'
down_revision = ('10000000000a', '20000000000b')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
