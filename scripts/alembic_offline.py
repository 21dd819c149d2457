"""Print what `alembic upgrade/downgrade --sql` writes for one revision folder.

Used only by scripts/regen-golden to regenerate the Alembic side of the golden
files; sqlgen and its tests never run Python.

usage: alembic_offline.py REVISIONS_DIR DIALECT upgrade|downgrade|stamp RANGE [--transaction-per-migration]

RANGE may start at several revisions (`a,b:head`, or `heads:base` with several heads), as
sqlgen allows for a database that sits at several heads.

The fixture folder (REVISIONS_DIR/..) is put on Python's import path, as `prepend_sys_path = .`
does for a project, so revisions can import the fixture's own application modules (`app/`).
Its `x-arguments` file, one KEY=VALUE a line, is passed as `alembic -x KEY=VALUE` would pass it.
"""
import argparse
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
        fixture = os.path.dirname(os.path.abspath(revisions))
        sys.path.insert(0, fixture)
        x_file = os.path.join(fixture, "x-arguments")
        if os.path.exists(x_file):
            with open(x_file) as f:
                config.cmd_opts = argparse.Namespace(x=[line.strip() for line in f if line.strip()])
        start, _, end = target.partition(":")
        if direction == "stamp":
            command.stamp(config, target, sql=True)
        elif ":" in target and ("," in start or start == "heads"):
            run_from_several(config, direction, start, end)
        else:
            getattr(command, direction)(config, target, sql=True)
        sys.stdout.write(buffer.getvalue())


def run_from_several(config, direction, start, end):
    """`alembic upgrade/downgrade --sql` for a database at several revisions (`a,b:TO`, or
    `heads:TO` with several heads), which Alembic's command line cannot express: the same
    EnvironmentContext run as alembic.command.upgrade/downgrade, with a list as starting_rev."""
    from alembic.runtime.environment import EnvironmentContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(config)
    if start == "heads":
        starting = [rev.revision for rev in script.get_revisions("heads")]
    else:
        starting = [script.get_revision(part).revision for part in start.split(",")]

    def upgrade(rev, context):
        return script._upgrade_revs(end, rev)

    def downgrade(rev, context):
        return script._downgrade_revs(end, rev)

    with EnvironmentContext(
        config,
        script,
        fn=upgrade if direction == "upgrade" else downgrade,
        as_sql=True,
        starting_rev=starting,
        destination_rev=end,
    ):
        script.run_env()


if __name__ == "__main__":
    main(sys.argv)
