"""first tickets: rows inserted without ids, which the database must number

Revision ID: 4b5c6d7e8f9a
Revises: 3a4b5c6d7e8f
Create Date: 2026-11-20 09:05:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '4b5c6d7e8f9a'
down_revision = '3a4b5c6d7e8f'
branch_labels = None
depends_on = None


def upgrade():
    tickets = sa.table('tickets', sa.column('title', sa.String))
    op.bulk_insert(tickets, [{'title': 'printer on fire'}, {'title': 'coffee machine empty'}])
    op.execute("INSERT INTO ticket_notes (ticket_id, body) SELECT id, 'seen' FROM tickets")


def downgrade():
    op.execute('DELETE FROM ticket_notes')
    op.execute('DELETE FROM tickets')
