"""driver notes

Written on a feature branch while reporting was in review; merged below.

Revision ID: 8d1e0bab1534
Revises: d2e0b9ea43d4
Create Date: 2022-05-03 16:47:09.551280

"""
from alembic import op
import sqlalchemy as sa

revision = '8d1e0bab1534'
down_revision = 'd2e0b9ea43d4'


def upgrade():
    """Notes live in the document store for now; nothing to do in SQL."""


def downgrade():
    """Nothing to undo."""
