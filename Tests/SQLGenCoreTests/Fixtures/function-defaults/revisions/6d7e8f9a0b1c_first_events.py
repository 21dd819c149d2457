"""first events: rows that take every default, then a column with a default for the rows already there

Revision ID: 6d7e8f9a0b1c
Revises: 5c6d7e8f9a0b
Create Date: 2026-11-20 10:05:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '6d7e8f9a0b1c'
down_revision = '5c6d7e8f9a0b'
branch_labels = None
depends_on = None


def upgrade():
    events = sa.table('events', sa.column('id', sa.Integer), sa.column('name', sa.String))
    op.bulk_insert(events, [{'id': 1, 'name': 'opened'}, {'id': 2, 'name': 'closed'}])
    op.add_column('events', sa.Column('seen_at', sa.DateTime(), server_default=sa.func.now()))


def downgrade():
    op.drop_column('events', 'seen_at')
    op.execute('DELETE FROM events')
