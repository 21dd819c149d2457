"""drop audit log

The audit trail moved to the event store; this cannot be undone from here.

Revision ID: d3304d14cf1a
Revises: 4cc33c234038
Create Date: 2020-09-08 10:44:03.187515

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd3304d14cf1a'
down_revision = '4cc33c234038'
branch_labels = None
depends_on = None


def upgrade():
    op.drop_index('ix_audit_log_happened_at', table_name='audit_log')
    op.drop_table('audit_log')
    op.execute(r"COMMENT ON TABLE customers IS 'audit trail: see event store \ events'")


def downgrade():
    raise NotImplementedError("audit_log was archived to the event store; restore it from there")
