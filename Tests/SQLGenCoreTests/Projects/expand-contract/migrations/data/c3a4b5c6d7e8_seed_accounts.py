"""seed accounts

Revision ID: c3a4b5c6d7e8
Revises: b2e1d0c9f8a7
Create Date: 2025-02-11 11:47:05.991532

"""
from alembic import op
from sqlalchemy.orm import Session

from accounts.models import Account

revision = 'c3a4b5c6d7e8'
down_revision = 'b2e1d0c9f8a7'
branch_labels = None
depends_on = None


def upgrade():
    session = Session(bind=op.get_bind())
    session.add_all([Account(id=1, name='alpha', email='alpha@example.com'), Account(id=2, name="o'brien")])
    session.commit()


def downgrade():
    op.execute("DELETE FROM accounts WHERE id IN (1, 2)")
