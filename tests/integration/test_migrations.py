"""Migrations are tested code: up from empty, down to base, and no drift from the models."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from bot.storage import migrate
from bot.storage.db import Database
from bot.storage.models import Base

TABLES = {"reported_accounts", "cases", "tips", "tip_accounts", "case_events", "conversations"}


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names()) - {"alembic_version"}


async def test_upgrade_from_empty_then_downgrade_to_base(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    try:
        await migrate.upgrade(db)
        assert await migrate.current_revision(db) == migrate.head_revision()
        async with db.engine.connect() as connection:
            assert await connection.run_sync(_tables) >= TABLES
        await migrate.ensure_current(db)

        await migrate.downgrade(db, "base")
        assert await migrate.current_revision(db) is None
        async with db.engine.connect() as connection:
            assert await connection.run_sync(_tables) == set()

        await migrate.upgrade(db)  # and up again: downgrades leave nothing behind that blocks it
        assert await migrate.current_revision(db) == migrate.head_revision()
    finally:
        await db.dispose()


async def test_models_and_migrations_do_not_drift(database_url: str) -> None:
    db = Database(database_url)
    try:
        async with db.engine.connect() as connection:
            diff = await connection.run_sync(
                lambda sync: compare_metadata(
                    MigrationContext.configure(sync, opts={"compare_type": True}), Base.metadata
                )
            )
        assert diff == []
    finally:
        await db.dispose()


async def test_out_of_date_schema_is_refused_with_a_hint(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    try:
        with pytest.raises(migrate.SchemaOutOfDate, match="Run `tipline migrate` first"):
            await migrate.ensure_current(db)
    finally:
        await db.dispose()
