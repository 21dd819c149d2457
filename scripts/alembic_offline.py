"""Print what `alembic upgrade/downgrade --sql` writes for one revision folder.

Used only by scripts/regen-golden to regenerate the Alembic side of the golden
files; sqlgen and its tests never run Python.

usage: alembic_offline.py REVISIONS_DIR DIALECT upgrade|downgrade RANGE [--transaction-per-migration]
"""
import io
import os
import sys
import tempfile

from alembic import command
from alembic.config import Config

URLS = {
    "postgres": "postgresql://",
    "mysql": "mysql://",
    "sqlite": "sqlite://",
    "mssql": "mssql://",
    "oracle": "oracle://",
}

ENV_PY = """
from alembic import context

config = context.config
context.configure(
    url=config.get_main_option("sqlalchemy.url"),
    literal_binds=True,
    dialect_opts={"paramstyle": "named"},
    output_buffer=config.attributes["buffer"],
    transaction_per_migration=config.attributes["per_migration"],
)
with context.begin_transaction():
    context.run_migrations()
"""


def main(argv):
    revisions, dialect, direction, target = argv[1:5]
    per_migration = "--transaction-per-migration" in argv[5:]
    with tempfile.TemporaryDirectory() as env_dir:
        with open(os.path.join(env_dir, "env.py"), "w") as f:
            f.write(ENV_PY)
        config = Config()
        config.set_main_option("script_location", env_dir)
        config.set_main_option("version_locations", os.path.abspath(revisions))
        config.set_main_option("sqlalchemy.url", URLS[dialect])
        buffer = io.StringIO()
        config.attributes["buffer"] = buffer
        config.attributes["per_migration"] = per_migration
        getattr(command, direction)(config, target, sql=True)
        sys.stdout.write(buffer.getvalue())


if __name__ == "__main__":
    main(sys.argv)
