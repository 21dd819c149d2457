"""room bookings

Revision ID: 857cf9a21be1
Revises: 355cb3c7b88e
Create Date: 2023-04-17 11:05:16.092384

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = '857cf9a21be1'
down_revision: Union[str, None] = '355cb3c7b88e'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute('CREATE EXTENSION IF NOT EXISTS btree_gist')
    op.create_table('rooms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('capacity', sa.SmallInteger(), nullable=False),
    sa.CheckConstraint('capacity > 0', name=op.f('ck_rooms_capacity_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms'))
    )
    op.create_table('bookings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('booked_by', postgresql.UUID(as_uuid=True), nullable=False),
    sa.Column('during', postgresql.TSTZRANGE(), nullable=False),
    sa.Column('attendees', sa.SmallInteger(), server_default=sa.text('1'), nullable=False),
    sa.ForeignKeyConstraint(['booked_by'], ['accounts.id'], name=op.f('fk_bookings_booked_by_accounts')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_bookings_room_id_rooms'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bookings'))
    )
    op.create_check_constraint('ck_bookings_attendees', 'bookings', 'attendees BETWEEN 1 AND 500')
    op.create_check_constraint(op.f('ck_bookings_not_empty'), 'bookings', sa.text('NOT isempty(during)'))
    op.create_exclude_constraint(
        'ex_bookings_no_overlap',
        'bookings',
        ('room_id', '='),
        ('during', '&&'),
        using='gist',
    )


def downgrade() -> None:
    op.drop_constraint('ex_bookings_no_overlap', 'bookings')
    op.drop_constraint(op.f('ck_bookings_not_empty'), 'bookings', type_='check')
    op.drop_constraint('ck_bookings_attendees', 'bookings', type_='check')
    op.drop_table('bookings')
    op.drop_table('rooms')
