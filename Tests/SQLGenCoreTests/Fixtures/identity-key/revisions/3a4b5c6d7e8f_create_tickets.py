"""create tickets: an identity column with the primary key declared apart, as autogenerate writes it

Revision ID: 3a4b5c6d7e8f
Revises:
Create Date: 2026-11-20 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '3a4b5c6d7e8f'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'tickets',
        sa.Column('id', sa.Integer(), sa.Identity(), nullable=False),
        sa.Column('title', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'ticket_notes',
        sa.Column('id', sa.Integer(), sa.Identity(start=10), nullable=False),
        sa.Column('ticket_id', sa.Integer(), nullable=False),
        sa.Column('body', sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id']),
        sa.PrimaryKeyConstraint('id', name='pk_ticket_notes'),
    )


def downgrade():
    op.drop_table('ticket_notes')
    op.drop_table('tickets')
