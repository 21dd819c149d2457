"""create events: server defaults from SQLAlchemy's ANSI functions and now()

Revision ID: 5c6d7e8f9a0b
Revises:
Create Date: 2026-11-20 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '5c6d7e8f9a0b'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'events',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(50), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.func.now(), nullable=False),
        sa.Column('stamped_at', sa.DateTime(), server_default=sa.func.current_timestamp()),
        sa.Column('local_at', sa.DateTime(), server_default=sa.func.localtimestamp()),
        sa.Column('on_day', sa.Date(), server_default=sa.func.current_date()),
        sa.Column('at_time', sa.Time(), server_default=sa.func.current_time()),
    )


def downgrade():
    op.drop_table('events')
