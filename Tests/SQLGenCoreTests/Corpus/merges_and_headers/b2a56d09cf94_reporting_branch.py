"""reporting branch

Revision ID: b2a56d09cf94
Revises: d2e0b9ea43d4
Create Date: 2022-05-02 10:14:20.770136

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b2a56d09cf94'
down_revision = 'd2e0b9ea43d4'
branch_labels = ('reporting',)
depends_on = None


def upgrade():
    op.create_table(
        'daily_mileage',
        sa.Column('vehicle_id', sa.Integer, sa.ForeignKey('vehicles.id'), primary_key=True),
        sa.Column('day', sa.Date, primary_key=True),
        sa.Column('km', sa.Numeric(8, 1), nullable=False),
    )


def downgrade():
    op.drop_table('daily_mileage')
