"""Servers, changed in a batch block that keeps SQLite's AUTOINCREMENT

Revision ID: e1f2a3b4c5d6
Revises:
Create Date: 2026-03-15 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "e1f2a3b4c5d6"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "servers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    # On SQLite the table is rebuilt, and these would be given to the new table; elsewhere
    # the block is plain ALTERs and they are not used.
    with op.batch_alter_table(
        "servers",
        table_args=(sa.UniqueConstraint("host", name="uq_servers_host"),),
        table_kwargs={"sqlite_autoincrement": True},
    ) as batch_op:
        batch_op.add_column(sa.Column("port", sa.Integer(), nullable=True))
        batch_op.create_index("ix_servers_port", ["port"], unique=False)


def downgrade():
    with op.batch_alter_table("servers", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_index("ix_servers_port")
        batch_op.drop_column("port")
    op.drop_table("servers")
