"""route planning

Revision ID: d31fdeef4351
Revises: 1339e4114d10
Create Date: 2022-08-08 14:05:59.612003

"""
from alembic import op
import sqlalchemy as sa

revision = 'd31fdeef4351'  # noqa: F841
down_revision = '1339e4114d10'
branch_labels = depends_on = None


def upgrade():
	op.create_table(
		'routes',
		sa.Column('id', sa.Integer, primary_key=True),
		sa.Column('vehicle_id', sa.Integer, sa.ForeignKey('vehicles.id', ondelete='CASCADE'), nullable=False),
		sa.Column('planned_for', sa.Date, nullable=False),
		sa.Column('stops', sa.SmallInteger, nullable=False, server_default='0'),
	)
	op.create_index('ix_routes_vehicle_day', 'routes', ['vehicle_id', 'planned_for'], unique=True)


def downgrade():
	op.drop_index('ix_routes_vehicle_day', table_name='routes')
	op.drop_table('routes')
