"""merge reporting and driver notes

Revision ID: 2560c444a62e
Revises: b2a56d09cf94, 8d1e0bab1534
Create Date: 2022-05-09 09:00:12.145873

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '2560c444a62e'
down_revision = ('b2a56d09cf94', '8d1e0bab1534')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
