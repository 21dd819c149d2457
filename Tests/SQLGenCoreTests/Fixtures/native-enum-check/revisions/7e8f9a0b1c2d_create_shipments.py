"""create shipments: enums that ask for a CHECK constraint, native and not

Revision ID: 7e8f9a0b1c2d
Revises:
Create Date: 2026-11-20 11:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = '7e8f9a0b1c2d'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'shipments',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('state', sa.Enum('packed', 'sent', 'lost', name='shipment_state', create_constraint=True), nullable=False),
        sa.Column('carrier', sa.Enum('post', 'courier', name='carrier', native_enum=False, create_constraint=True)),
    )
    shipments = sa.table('shipments', sa.column('id', sa.Integer), sa.column('state', sa.String), sa.column('carrier', sa.String))
    op.bulk_insert(shipments, [{'id': 1, 'state': 'sent', 'carrier': 'post'}, {'id': 2, 'state': 'packed'}])


def downgrade():
    op.drop_table('shipments')
