"""Sensors created on the connection, a view by DDL, keys added later

Revision ID: c4d5e6f7a8b9
Revises:
Create Date: 2026-03-14 08:30:00.000000

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "c4d5e6f7a8b9"
down_revision = None
branch_labels = None
depends_on = None


def sensors_table():
    metadata = sa.MetaData()
    return sa.Table(
        "sensors",
        metadata,
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("site", sa.String(length=20), nullable=True),
        sa.UniqueConstraint("label", name="uq_sensors_label"),
    )


def upgrade():
    bind = op.get_bind()
    sensors = sensors_table()
    sensors.create(bind)
    sa.Index("ix_sensors_site", sensors.c.site).create(bind)

    # The two tables refer to each other; the keys are meant to be added by ALTER afterwards.
    op.create_table(
        "gateways",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("primary_sensor_id", sa.Integer(), sa.ForeignKey("sensors.id", use_alter=True, name="fk_gateways_primary_sensor"), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sensor_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gateway_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["gateway_id"], ["gateways.id"], name="fk_sensor_links_gateway", use_alter=True),
        sa.PrimaryKeyConstraint("id"),
    )

    op.execute(sa.DDL("CREATE VIEW labelled_sensors AS SELECT id, label FROM sensors WHERE label LIKE 'a:%%'"))
    bind.execute(sa.DDL("CREATE INDEX ix_sensor_links_gateway ON sensor_links (gateway_id)"))


def downgrade():
    bind = op.get_bind()
    op.execute(sa.DDL("DROP VIEW labelled_sensors"))
    op.drop_index("ix_sensor_links_gateway", table_name="sensor_links")
    op.drop_table("sensor_links")
    op.drop_table("gateways")
    sensors = sensors_table()
    sa.Index("ix_sensors_site", sensors.c.site).drop(bind)
    sensors.drop(bind)
