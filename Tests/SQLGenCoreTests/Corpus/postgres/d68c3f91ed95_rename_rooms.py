"""tenant rename and uuid default

Revision ID: d68c3f91ed95
Revises: 3cc8f339a684
Create Date: 2023-11-06 17:12:09.265731

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision: str = 'd68c3f91ed95'
down_revision: Union[str, None] = '3cc8f339a684'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.rename_table('rooms', 'meeting_rooms')
    op.execute('ALTER SEQUENCE rooms_id_seq RENAME TO meeting_rooms_id_seq')
    op.alter_column('meeting_rooms', 'name', new_column_name='label',
               existing_type=sa.VARCHAR(length=50), existing_nullable=False)
    op.add_column('meeting_rooms', sa.Column('floor', sa.SmallInteger(), nullable=True, comment='0 = ground floor'))
    op.add_column('meeting_rooms', sa.Column('features', postgresql.ARRAY(sa.String(length=20), dimensions=1), server_default=sa.text("ARRAY[]::varchar[]"), nullable=False))
    op.add_column('meeting_rooms', sa.Column('external_id', sa.Uuid(), server_default=sa.text('gen_random_uuid()'), nullable=False))
    op.create_unique_constraint('uq_meeting_rooms_external_id', 'meeting_rooms', ['external_id'])
    op.create_unique_constraint('uq_meeting_rooms_label_floor', 'meeting_rooms', ['label', 'floor'], postgresql_nulls_not_distinct=True)


def downgrade() -> None:
    op.drop_constraint('uq_meeting_rooms_label_floor', 'meeting_rooms', type_='unique')
    op.drop_constraint('uq_meeting_rooms_external_id', 'meeting_rooms', type_='unique')
    op.drop_column('meeting_rooms', 'external_id')
    op.drop_column('meeting_rooms', 'features')
    op.drop_column('meeting_rooms', 'floor')
    op.alter_column('meeting_rooms', 'label', new_column_name='name',
               existing_type=sa.VARCHAR(length=50), existing_nullable=False)
    op.execute('ALTER SEQUENCE meeting_rooms_id_seq RENAME TO rooms_id_seq')
    op.rename_table('meeting_rooms', 'rooms')
