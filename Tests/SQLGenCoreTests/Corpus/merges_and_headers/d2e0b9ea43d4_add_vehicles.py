"""add vehicles

Revision ID: d2e0b9ea43d4
Revises: 86f4c599fac7
Create Date: 2022-04-11 08:31:47.006511

"""
import sqlalchemy as sa
from alembic import op

depends_on = None
down_revision = "86f4c599fac7"
revision = "d2e0b9ea43d4"


def upgrade():
    op.create_table(
        "vehicles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("depot_id", sa.Integer(), sa.ForeignKey("depots.id"), nullable=False),
        sa.Column("plate", sa.String(length=12), nullable=False, unique=True),
        sa.Column("capacity_kg", sa.Integer(), nullable=True),
    )


def downgrade():
    op.drop_table("vehicles")
