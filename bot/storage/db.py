"""The database handle: one async engine per process, SQLite tuned for a single embedded writer.

SQLite runs with `synchronous=FULL`: an update is acknowledged to Telegram once its batch is
committed, so a commit must survive a power cut (the pipeline's batches amortise the fsync).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from bot.storage.sealed import Sealer, install_sealer

CONNECT_TIMEOUT_SECONDS = 10


class Database:
    def __init__(self, url: str, *, echo: bool = False, sealer: Sealer | None = None) -> None:
        """`sealer` opens and seals the encrypted columns (free text); without it they can be read
        only as tokens and written not at all (migrations and pipeline-only tools need no key)."""
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": 30}
            _private_file(url)
        else:
            kwargs["connect_args"] = {"timeout": CONNECT_TIMEOUT_SECONDS, "command_timeout": 60}
            kwargs["pool_pre_ping"] = True
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        if sealer is not None:
            install_sealer(self.engine.sync_engine.dialect, sealer)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        async with self.sessions() as session, session.begin():
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()


def _private_file(url: str) -> None:
    """The SQLite file readable by its owner only (0600): created so before SQLite would create it
    world-readable, and tightened if an older release left it open. Its -wal and -shm files take
    the same mode from it."""
    name = url.split("///", 1)[1].split("?", 1)[0] if "///" in url else ""
    if not name or name == ":memory:" or name.startswith("file:"):
        return
    path = Path(name)
    if not path.parent.exists():
        return  # SQLite will say the folder is missing
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)
    except OSError:
        return  # not ours to change (a read-only mount): SQLite reports what matters
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            with suppress(OSError):
                os.chmod(companion, 0o600)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA foreign_keys=ON")  # SQLite ignores foreign keys unless asked
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=FULL")  # a commit told to Telegram survives a power cut
    cursor.close()
