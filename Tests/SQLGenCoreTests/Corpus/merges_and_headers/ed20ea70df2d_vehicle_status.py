"""vehicle status

Revision ID: ed20ea70df2d
Revises: 2560c444a62e
Create Date: 2022-06-14 13:22:51.360497

"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "ed20ea70df2d"
down_revision: str | None = "2560c444a62e"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = "b2a56d09cf94"  # needs daily_mileage


def upgrade() -> None:
    op.add_column("vehicles", sa.Column("status", sa.String(length=16), server_default="active", nullable=False))
    op.create_index("ix_vehicles_status", "vehicles", ["status"])


def downgrade() -> None:
    op.drop_index("ix_vehicles_status", table_name="vehicles")
    op.drop_column("vehicles", "status")
