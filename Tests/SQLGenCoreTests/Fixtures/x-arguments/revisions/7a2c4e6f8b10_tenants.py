"""Tenants, named by the deployment's -x arguments

Revision ID: 7a2c4e6f8b10
Revises:
Create Date: 2026-03-12 11:00:00.000000

"""
from alembic import context, op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "7a2c4e6f8b10"
down_revision = None
branch_labels = None
depends_on = None



def settings():
    """alembic -x prefix=acme_ -x audit upgrade head"""
    x_args = context.get_x_argument(as_dictionary=True)
    return x_args.get("prefix", ""), "audit" in context.get_x_argument(), x_args


def upgrade():
    PREFIX, WITH_AUDIT, x_args = settings()
    op.create_table(
        f"{PREFIX}tenants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("region", sa.String(length=20), server_default=x_args.get("region", "default"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    if WITH_AUDIT:
        op.create_table(
            f"{PREFIX}tenant_audit",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("tenant_id", sa.Integer(), nullable=False),
            sa.Column("note", sa.String(length=200), nullable=True),
            sa.ForeignKeyConstraint(["tenant_id"], [f"{PREFIX}tenants.id"]),
            sa.PrimaryKeyConstraint("id"),
        )
    for number, (key, value) in enumerate(sorted(x_args.items()), start=1):
        op.execute(f"INSERT INTO {PREFIX}tenants (id, name, region) VALUES ({number}, '{key}', '{value or 'none'}')")


def downgrade():
    PREFIX, WITH_AUDIT, _ = settings()
    if WITH_AUDIT:
        op.drop_table(f"{PREFIX}tenant_audit")
    op.drop_table(f"{PREFIX}tenants")
