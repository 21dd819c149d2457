"""touch invoices

Revision ID: billing_0002
Revises: billing_0001
Create Date: 2026-10-04 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'billing_0002'
down_revision = 'billing_0001'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SELECT 'billing_0002 up'")


def downgrade():
    op.execute("SELECT 'billing_0002 down'")
