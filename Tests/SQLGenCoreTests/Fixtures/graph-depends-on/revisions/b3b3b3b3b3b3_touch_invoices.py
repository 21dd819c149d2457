"""touch invoices

Revision ID: b3b3b3b3b3b3
Revises: b2b2b2b2b2b2
Create Date: 2026-10-06 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b3b3b3b3b3b3'
down_revision = 'b2b2b2b2b2b2'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SELECT 'b3b3b3b3b3b3 up'")


def downgrade():
    op.execute("SELECT 'b3b3b3b3b3b3 down'")
