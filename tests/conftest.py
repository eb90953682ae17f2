"""Shared fixtures: databases (SQLite and a real PostgreSQL), settings, and the network guard.

PostgreSQL tests FAIL, never skip, when the server cannot be reached: CI must not go green on
a suite that silently ran on one database. The server is TIPLINE_TEST_POSTGRES_URL (an admin
connection; default: the local server with trust auth). Every test gets its own database cloned
from a migrated template, so tests never share or wipe each other's data.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import pytest
from pydantic import SecretStr

from bot.drivers.select import DRIVERS
from bot.identity import Identity
from bot.settings import Settings
from bot.storage import migrate
from bot.storage.db import Database
from tests.fakes.no_network import NetworkGuard, no_network  # noqa: F401  (fixture re-exported)

TEST_SECRET = "test-secret-key-0123456789abcdef0123456789"
"""The secret key of `tipline_settings`, and the sealing key of the `db` fixture."""
POSTGRES_ADMIN_URL = os.environ.get("TIPLINE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
BACKENDS = ("sqlite", "postgres")
_RUN_ID = uuid.uuid4().hex[:8]
T = TypeVar("T")


@pytest.fixture(autouse=True)
def _no_network(no_network: NetworkGuard) -> None:  # noqa: F811
    """No test may reach beyond this machine."""


@pytest.fixture(autouse=True)
def _hermetic_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A developer's own TIPLINE_* variables or .env file must not steer the tests."""
    for name in list(os.environ):
        if name.startswith("TIPLINE_") and not name.startswith("TIPLINE_TEST_"):
            monkeypatch.delenv(name)
    # Every bot a test starts serves /healthz on a free port, never the default 8081 (tests run side by side).
    monkeypatch.setenv("TIPLINE_HEALTH_LISTEN", "127.0.0.1:0")
    monkeypatch.chdir(tmp_path)


def _asyncpg_dsn(url: str, database: str | None = None) -> str:
    dsn = url.replace("postgresql+asyncpg://", "postgresql://", 1)
    if database is not None:
        dsn = dsn.rsplit("/", 1)[0] + "/" + database
    return dsn


def _with_database(url: str, database: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + database


async def _admin(sql: str) -> None:
    try:
        connection = await asyncpg.connect(_asyncpg_dsn(POSTGRES_ADMIN_URL), timeout=10)
    except (OSError, asyncpg.PostgresError) as exc:
        raise RuntimeError(
            f"PostgreSQL is required for the test suite and is not reachable at {POSTGRES_ADMIN_URL}: {exc}. "
            "Start it (see README) or point TIPLINE_TEST_POSTGRES_URL at a server."
        ) from exc
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from a sync fixture, in a thread, so no test's loop is touched."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A database migrated to head once per test run, cloned for each test that needs PostgreSQL."""
    name = f"tipline_tpl_{_RUN_ID}"

    async def create() -> None:
        await _admin(f'CREATE DATABASE "{name}"')
        db = Database(_with_database(POSTGRES_ADMIN_URL, name))
        try:
            await migrate.upgrade(db)
        finally:
            await db.dispose()

    run_sync(create())
    try:
        yield name
    finally:
        run_sync(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def fresh_postgres(template: str | None) -> str:
    """A new empty (template None) or migrated database; returns its URL."""
    name = f"tipline_t_{_RUN_ID}_{uuid.uuid4().hex[:10]}"
    await _admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return _with_database(POSTGRES_ADMIN_URL, name)


async def drop_postgres(url: str) -> None:
    await _admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=DRIVERS)
def driver(request: pytest.FixtureRequest) -> str:
    """A Telegram driver (TIPLINE_DRIVER): a test that asks for it runs once with each, as one contract."""
    return str(request.param)


@pytest.fixture
def empty_database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A database with no schema at all, on each backend."""
    if backend == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
        return
    url = run_sync(fresh_postgres(None))
    try:
        yield url
    finally:
        run_sync(drop_postgres(url))


@pytest.fixture
def database_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A database migrated to head, private to this test, on each backend."""
    if backend == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'tipline.db'}"

        async def create() -> None:
            db = Database(url)
            try:
                await migrate.upgrade(db)
            finally:
                await db.dispose()

        run_sync(create())
        yield url
        return
    url = run_sync(fresh_postgres(request.getfixturevalue("postgres_template")))
    try:
        yield url
    finally:
        run_sync(drop_postgres(url))


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    database = Database(database_url, sealer=Identity(TEST_SECRET.encode()))
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
def tipline_settings(database_url: str, tmp_path: Path) -> Settings:
    """Settings as a deployment would have them, on this test's database and data folder."""
    return Settings(
        database_url=database_url,
        data_dir=tmp_path / "data",
        secret_key=SecretStr(TEST_SECRET),
        charity_name="Test Charity",
    )
