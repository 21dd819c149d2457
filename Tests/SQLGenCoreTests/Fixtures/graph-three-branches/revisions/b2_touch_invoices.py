"""touch invoices

Revision ID: b2
Revises: b1
Create Date: 2026-10-03 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b2'
down_revision = 'b1'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SELECT 'b2 up'")


def downgrade():
    op.execute("SELECT 'b2 down'")
