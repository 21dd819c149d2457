"""Devices and their readings, with the application's column types

Revision ID: 3e1f0a7c2b9d
Revises:
Create Date: 2026-03-10 09:15:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

import app.db.types
from app.db import GUID
from app.db import types as app_types
from app.db.types import JSONEncoded, ShortCode

# revision identifiers, used by Alembic.
revision = "3e1f0a7c2b9d"
down_revision = None
branch_labels = None
depends_on = None


class UTCDateTime(TypeDecorator):
    """Timestamps with their time zone, as the application writes them."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True


def upgrade():
    op.create_table(
        "devices",
        sa.Column("id", GUID(), nullable=False),
        sa.Column("code", ShortCode, nullable=False),
        sa.Column("label", app.db.types.LowerCaseString(64), nullable=True),
        sa.Column("settings", JSONEncoded(), nullable=True),
        sa.Column("registered_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "readings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", GUID(), nullable=False),
        sa.Column("amount", app_types.Money(12, 2), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_readings_amount", "readings", ["amount"])


def downgrade():
    op.drop_index("ix_readings_amount", table_name="readings")
    op.drop_table("readings")
    op.drop_table("devices")
