"""audit events

Revision ID: 355cb3c7b88e
Revises: 535fb9f7f89e
Create Date: 2023-04-03 16:20:58.607133

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = '355cb3c7b88e'
down_revision: Union[str, None] = '535fb9f7f89e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('id', sa.BigInteger(), sa.Identity(always=False, start=1000, increment=1, cycle=False), nullable=False),
    sa.Column('account_id', postgresql.UUID(as_uuid=True), nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('payload', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('ip', postgresql.INET(), nullable=True),
    sa.Column('duration', postgresql.INTERVAL(), nullable=True),
    sa.Column('digest', postgresql.BYTEA(), nullable=True),
    sa.Column('score', postgresql.DOUBLE_PRECISION(precision=53), nullable=True),
    sa.Column('occurred_at', postgresql.TIMESTAMP(timezone=True), server_default=sa.text('clock_timestamp()'), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_audit_events_account_id_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', 'occurred_at', name=op.f('pk_audit_events')),
    comment='append-only; partitioned by month in production'
    )
    op.create_index(op.f('ix_audit_events_kind'), 'audit_events', ['kind'], unique=False)
    op.create_index('ix_audit_events_payload_type', 'audit_events', [sa.text("(payload ->> 'type')")], unique=False)


def downgrade() -> None:
    op.drop_index('ix_audit_events_payload_type', table_name='audit_events')
    op.drop_index(op.f('ix_audit_events_kind'), table_name='audit_events')
    op.drop_table('audit_events')
