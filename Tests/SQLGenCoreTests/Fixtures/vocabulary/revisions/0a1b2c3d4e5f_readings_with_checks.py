"""Readings: column checks, MySQL's own integer and timestamp types, expression defaults

Revision ID: 0a1b2c3d4e5f
Revises:
Create Date: 2026-03-16 14:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import mysql

# revision identifiers, used by Alembic.
revision = "0a1b2c3d4e5f"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "readings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sensor", mysql.INTEGER(display_width=11, unsigned=True), nullable=False),
        sa.Column("value", sa.Integer(), sa.CheckConstraint("value >= 0"), nullable=False),
        sa.Column("unit", sa.String(length=8), sa.CheckConstraint("unit <> ''"), server_default="C", nullable=False),
        sa.Column("taken_at", mysql.TIMESTAMP(fsp=6), nullable=True),
        sa.Column("valid", sa.Boolean(), server_default=sa.sql.expression.true(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), server_default=sa.sql.functions.now(), nullable=True),
        sa.Column("raw", sa.PickleType(), nullable=True),
        sa.Column("extra", sa.JSON().with_variant(sa.Text(), "sqlite"), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.add_column("readings", sa.Column("quality", sa.Integer(), sa.CheckConstraint("quality BETWEEN 0 AND 5"), nullable=True))


def downgrade():
    op.drop_column("readings", "quality")
    op.drop_table("readings")
