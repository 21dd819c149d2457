"""touch audit log

Revision ID: d2
Revises: d1
Create Date: 2026-10-07 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd2'
down_revision = 'd1'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SELECT 'd2 up'")


def downgrade():
    op.execute("SELECT 'd2 down'")
