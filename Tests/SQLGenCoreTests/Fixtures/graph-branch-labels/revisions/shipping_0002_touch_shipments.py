"""touch shipments

Revision ID: shipping_0002
Revises: shipping_0001
Create Date: 2026-10-06 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'shipping_0002'
down_revision = 'shipping_0001'
branch_labels = None
depends_on = None


def upgrade():
    op.execute("SELECT 'shipping_0002 up'")


def downgrade():
    op.execute("SELECT 'shipping_0002 down'")
