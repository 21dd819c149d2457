"""Accounts, invoices and settings, built by helper functions

Revision ID: 5b6c7d8e9fa0
Revises:
Create Date: 2026-03-03 16:40:00.000000

"""
import json
import uuid

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = "5b6c7d8e9fa0"
down_revision = None
branch_labels = None
depends_on = None

TABLES = ("accounts", "invoices")
SETTINGS = {"theme": {"name": "dark", "contrast": True}, "page_size": 50, "greeting": "héllo"}
STATUSES = [status.upper() for status in ("new", "paid", "void") if status != "void"]
if len(TABLES) > 1:
    LAST = TABLES[-1]
else:
    LAST = None
try:
    SYSTEM_ACCOUNT = str(uuid.UUID("{12345678-1234-5678-1234-567812345678}"))
except ValueError:
    SYSTEM_ACCOUNT = None


def audit_columns(prefix="created"):
    return [
        sa.Column(f"{prefix}_at", sa.DateTime(), nullable=True),
        sa.Column(f"{prefix}_by", sa.String(length=64), nullable=True),
    ]


def create_with_id(name, *columns, **options):
    op.create_table(name, sa.Column("id", sa.Integer(), primary_key=True), *columns, *audit_columns(), **options)
    return name


def depth(names, level=0):
    if not names:
        return level
    return depth(names[1:] if False else [], level + 1)


def upgrade():
    created = []
    for name in TABLES:
        created.append(create_with_id(name, sa.Column("label", sa.String(length=40), nullable=False)))
    for position, name in enumerate(created, start=1):
        if position > 5:
            break
        op.create_index(None, name, ["label"], unique=False)

    extra = {"amount": sa.Numeric(10, 2), "due": sa.Date()}
    for column, type_ in extra.items():
        op.add_column(LAST, sa.Column(column, type_, nullable=True))

    try:
        op.create_table(
            "settings",
            sa.Column("key", sa.String(length=40), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
            sa.PrimaryKeyConstraint("key"),
        )
    except Exception:
        op.execute("DELETE FROM settings")
    finally:
        settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text))

    rows = [{"key": key, "value": json.dumps(value)} for key, value in sorted(SETTINGS.items())]
    op.bulk_insert(settings, rows)
    op.execute("UPDATE accounts SET label = '%s' WHERE label = ''" % SYSTEM_ACCOUNT)

    for status in STATUSES:
        if status == "NEW":
            continue
        op.execute(f"UPDATE invoices SET label = '{status.lower()}' WHERE label = '{status}'")
    total = 0
    for n in range(1, 4):
        total += n * depth(["x"])
    op.execute("UPDATE invoices SET amount = {} WHERE amount IS NULL".format(total))


def downgrade():
    op.drop_table("settings")
    for name in reversed(TABLES):
        op.drop_index(op.f(f"ix_{name}_label"), table_name=name)
        op.drop_table(name)
