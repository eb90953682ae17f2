"""Alembic from code: upgrade, downgrade, and the schema check the bot runs before it starts.

On PostgreSQL every upgrade or downgrade first takes an advisory lock, so replicas started together
(`tipline run --migrate` on each) migrate once: the first runs Alembic, the others wait for its
commit and then find the schema already current.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection

from bot.paths import data_root, migrations_dir
from bot.storage.db import Database

log = logging.getLogger(__name__)

MIGRATION_LOCK_ID = int.from_bytes(b"tipline", "big")
"""The advisory lock every Tipline process takes around a migration ("tipline" in ASCII, as a bigint)."""
LOCK_POLL_SECONDS = 0.5
"""How often a waiting process asks again. It asks (rather than blocks) so that no statement outlives the
driver's command timeout however long the other process's migration takes."""


class SchemaOutOfDate(Exception):
    pass


def alembic_config() -> Config:
    config = Config(str(data_root() / "alembic.ini"))
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["tipline_quiet"] = True
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def upgrade(db: Database, revision: str = "head") -> None:
    await _run(db, lambda config: command.upgrade(config, revision))


async def downgrade(db: Database, revision: str = "base") -> None:
    await _run(db, lambda config: command.downgrade(config, revision))


async def current_revision(db: Database) -> str | None:
    async with db.engine.connect() as connection:
        return await connection.run_sync(lambda sync: MigrationContext.configure(sync).get_current_revision())


async def ensure_current(db: Database) -> None:
    """Refuse to run against a schema the code does not match: it would fail later, mid-report."""
    current, head = await current_revision(db), head_revision()
    if current != head:
        raise SchemaOutOfDate(
            f"the database schema is at {current or 'nothing (empty database)'}, this version of Tipline "
            f"needs {head}. Run `tipline migrate` first."
        )


async def _run(db: Database, action: Callable[[Config], object]) -> None:
    def work(connection: Connection) -> None:
        if connection.dialect.name == "postgresql":
            _wait_for_migration_lock(connection)
        config = alembic_config()
        config.attributes["connection"] = connection
        action(config)

    async with db.engine.begin() as connection:
        await connection.run_sync(work)


def _wait_for_migration_lock(connection: Connection) -> None:
    """Take the migration lock for this transaction (its commit releases it), waiting for whoever holds it."""
    take = text("SELECT pg_try_advisory_xact_lock(:id)").bindparams(id=MIGRATION_LOCK_ID)
    if connection.execute(take).scalar_one():
        return
    log.warning("another Tipline process is migrating this database; waiting for it to finish")
    while not connection.execute(take).scalar_one():
        connection.execute(text("SELECT pg_sleep(:seconds)").bindparams(seconds=LOCK_POLL_SECONDS))
    log.warning("the other process's migration is done; checking the schema")
