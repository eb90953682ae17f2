"""The inbox and outbox tables, their statuses, and the write gate every pipeline writer goes through.

Claims take row locks with `FOR UPDATE SKIP LOCKED` on PostgreSQL, so several processes can share
the work: a row one process holds is invisible to the others until it commits, and a process that
dies releases its locks with its connection. SQLite has no row locks and one writer; there a single
process is the supported shape, and the gate keeps its write transactions one at a time (waiting
on SQLite's file lock instead would poll and stall).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, literal_column
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.db import Database
from bot.storage.models import InboxUpdate, OutboxMessage

INBOX: Table = InboxUpdate.__table__  # type: ignore[assignment]
OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]

PENDING, DONE, SENT, FAILED = "pending", "done", "sent", "failed"
MESSAGE, DELETE, CALLBACK = "message", "delete", "callback"


class WriteGate:
    """The database as the pipeline writes it: one write transaction at a time per process on SQLite."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.postgres = not db.is_sqlite
        self.insert = postgresql.insert if self.postgres else sqlite.insert
        self._lock: asyncio.Lock | None = None if self.postgres else asyncio.Lock()

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """One write transaction (on SQLite, one at a time in this process)."""
        if self._lock is None:
            async with self.db.transaction() as session:
                yield session
        else:
            async with self._lock, self.db.transaction() as session:
                yield session


def literally(column: Any, value: str) -> Any:
    """`column = 'value'` written out in the SQL, not bound: a partial index (`WHERE status =
    'pending'`) is only used when the query says the same literally (SQLite always; PostgreSQL
    in the generic plans of prepared statements). The values are this module's constants."""
    return column == literal_column(f"'{value}'")


def aware(value: datetime | None) -> datetime | None:
    """Aggregates may bypass the column type on SQLite and come back naive; they are UTC."""
    return value if value is None or value.tzinfo is not None else value.replace(tzinfo=UTC)
