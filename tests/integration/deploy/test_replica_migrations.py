"""Replicas started together on a fresh PostgreSQL database migrate it once; the others wait, then carry on.

The test holds the migration lock itself while it starts two `tipline migrate` processes, so both
are certainly waiting at the same time (each says so); then it lets go and both must finish cleanly
on a schema at head, with Alembic's version table holding one row.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator

import asyncpg
import pytest

from bot.storage.migrate import MIGRATION_LOCK_ID, head_revision
from tests.conftest import drop_postgres, fresh_postgres, run_sync

WAITING = b"another Tipline process is migrating this database; waiting for it to finish"


@pytest.fixture
def fresh_database() -> Iterator[str]:
    url = run_sync(fresh_postgres(None))
    try:
        yield url
    finally:
        run_sync(drop_postgres(url))


def _dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


async def _migrate_process(url: str) -> asyncio.subprocess.Process:
    env = {key: value for key, value in os.environ.items() if not key.startswith("TIPLINE_")}
    env |= {"TIPLINE_DATABASE_URL": url, "PYTHONUNBUFFERED": "1"}
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "migrate",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _until_waiting(process: asyncio.subprocess.Process) -> None:
    assert process.stderr is not None
    line = await asyncio.wait_for(process.stderr.readline(), timeout=60)
    assert WAITING in line, line


async def test_two_replicas_migrate_a_fresh_database_once(fresh_database: str) -> None:
    holder = await asyncpg.connect(_dsn(fresh_database))
    try:
        await holder.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK_ID)
        replicas = [await _migrate_process(fresh_database) for _ in range(2)]
        await asyncio.gather(*(_until_waiting(replica) for replica in replicas))
        await holder.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK_ID)
        results = await asyncio.gather(*(asyncio.wait_for(replica.communicate(), 120) for replica in replicas))
        for replica, (out, err) in zip(replicas, results, strict=True):
            assert replica.returncode == 0, err.decode()
            assert out.decode().strip() == f"database schema at {head_revision()}"
        assert await holder.fetch("SELECT version_num FROM alembic_version") == [(head_revision(),)]
    finally:
        await holder.close()


async def test_replicas_one_after_another_pass_straight_through(fresh_database: str) -> None:
    """The lock is only a turnstile: with nobody holding it, each process passes straight through."""
    for _ in range(2):
        process = await _migrate_process(fresh_database)
        _out, err = await asyncio.wait_for(process.communicate(), 120)
        assert process.returncode == 0, err.decode()
        assert WAITING not in err
    holder = await asyncpg.connect(_dsn(fresh_database))
    try:
        assert await holder.fetch("SELECT version_num FROM alembic_version") == [(head_revision(),)]
    finally:
        await holder.close()
