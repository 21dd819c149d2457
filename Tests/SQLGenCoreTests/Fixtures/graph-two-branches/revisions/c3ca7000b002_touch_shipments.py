"""touch shipments

Revision ID: c3ca7000b002
Revises: c3ca7000b001
Create Date: 2026-10-05 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c3ca7000b002'
down_revision = 'c3ca7000b001'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SELECT 'c3ca7000b002 up'")


def downgrade():
    op.execute("SELECT 'c3ca7000b002 down'")
