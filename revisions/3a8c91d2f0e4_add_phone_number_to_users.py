"""add phone number to users

Revision ID: 3a8c91d2f0e4
Revises: 1975ea83b712
Create Date: 2026-09-16 15:41:03.118204

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3a8c91d2f0e4'
down_revision = '1975ea83b712'
branch_labels = None
depends_on = None


def upgrade():
    # Written by hand: the column predates autogenerate in this project.
    op.execute("""ALTER TABLE users ADD COLUMN phone_number VARCHAR(20)""")


def downgrade():
    op.drop_column('users', 'phone_number')
