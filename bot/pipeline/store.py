"""The inbox and outbox tables: small functions that never commit, plus the write gate.

Claims take row locks with `FOR UPDATE SKIP LOCKED` on PostgreSQL, so several processes can share
the work: a row one process holds is invisible to the others until it commits, and a process that
dies releases its locks with its connection. SQLite has no row locks and one writer; there a single
process is the supported shape, and the gate keeps its write transactions one at a time (waiting
on SQLite's file lock instead would poll and stall).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Table, delete, exists, func, literal, literal_column, null, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.pipeline.ports import ButtonRows, InboxItem, Incoming
from bot.pipeline.split import split_html
from bot.runtime import TurnResult
from bot.storage.db import Database
from bot.storage.models import InboxUpdate, OutboxMessage

INBOX: Table = InboxUpdate.__table__  # type: ignore[assignment]
OUTBOX: Table = OutboxMessage.__table__  # type: ignore[assignment]

PENDING, DONE, SENT, FAILED = "pending", "done", "sent", "failed"
MESSAGE, DELETE, CALLBACK = "message", "delete", "callback"
ERROR_LENGTH = 200


@dataclass(frozen=True, slots=True)
class ClaimedUpdate:
    id: int
    update_id: int
    chat_key: str
    payload: dict[str, Any]
    attempts: int

    def item(self) -> InboxItem:
        """The saved item; raises pydantic's ValidationError for a payload this version cannot read."""
        return InboxItem.model_validate({**self.payload, "chat_key": self.chat_key})


@dataclass(frozen=True, slots=True)
class DueCall:
    """An outbox row that may be made now: the oldest pending of its chat, past its not_before."""

    id: int
    chat_key: str
    kind: str


@dataclass(frozen=True, slots=True)
class OutboxCall:
    id: int
    chat_key: str
    kind: str
    payload: dict[str, Any]
    attempts: int


@dataclass(frozen=True, slots=True)
class CallResult:
    """What became of one call: sent, retried at `retry_at`, or failed for good."""

    id: int
    status: str
    attempts: int
    error: str | None = None
    retry_at: datetime | None = None


@dataclass(frozen=True)
class FailedCall:
    id: int
    kind: str
    attempts: int
    error: str | None
    created_at: datetime
    failed_at: datetime | None


@dataclass(frozen=True)
class Health:
    inbox_pending: int
    oldest_pending_at: datetime | None
    inbox_failed: int
    outbox_pending: int
    outbox_failed: int


class PipelineStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.postgres = not db.is_sqlite
        self._insert = postgresql.insert if self.postgres else sqlite.insert
        self._gate: asyncio.Lock | None = None if self.postgres else asyncio.Lock()

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """One write transaction (on SQLite, one at a time in this process)."""
        if self._gate is None:
            async with self.db.transaction() as session:
                yield session
        else:
            async with self._gate, self.db.transaction() as session:
                yield session

    # ---- inbox ------------------------------------------------------------------------------------

    async def save_updates(self, updates: Iterable[Incoming], now: datetime) -> None:
        """Commit the updates worth keeping; an update_id already saved is ignored (Telegram repeats)."""
        rows = [
            {
                "update_id": incoming.update_id,
                "chat_key": incoming.item.chat_key,
                "status": PENDING,
                "payload": incoming.item.model_dump(mode="json", exclude={"chat_key"}, exclude_none=True),
                "attempts": 0,
                "received_at": now,
            }
            for incoming in updates
            if incoming.item is not None
        ]
        if not rows:
            return
        statement = self._insert(INBOX).on_conflict_do_nothing(index_elements=["update_id"])
        async with self.write() as session:
            await session.execute(statement, rows)

    async def claim_updates(self, session: AsyncSession, limit: int) -> list[ClaimedUpdate]:
        """The oldest pending update of chats with nothing older pending, locked until commit."""
        row, older = INBOX.alias("i"), INBOX.alias("o")
        earlier = select(literal(1)).where(
            older.c.chat_key == row.c.chat_key, _is(older.c.status, PENDING), older.c.update_id < row.c.update_id
        )
        query = (
            select(row.c.id, row.c.update_id, row.c.chat_key, row.c.payload, row.c.attempts)
            .where(_is(row.c.status, PENDING), ~exists(earlier))
            .order_by(row.c.update_id)
            .limit(limit)
        )
        if self.postgres:
            query = query.with_for_update(skip_locked=True, of=row)
        return [
            ClaimedUpdate(id_, update_id, chat_key, payload or {}, attempts)
            for id_, update_id, chat_key, payload, attempts in (await session.execute(query)).all()
        ]

    async def finish_updates(self, session: AsyncSession, ids: Sequence[int], now: datetime) -> None:
        """Mark processed and forget the content: only the update_id stays, to ignore repeats."""
        if ids:
            await session.execute(
                update(INBOX).where(INBOX.c.id.in_(ids)).values(status=DONE, payload=null(), processed_at=now)
            )

    async def note_update_failure(
        self, session: AsyncSession, claimed: ClaimedUpdate, error: str, max_attempts: int, now: datetime
    ) -> bool:
        """Count a failed attempt; after `max_attempts` set the update aside. True if it was set aside."""
        attempts = claimed.attempts + 1
        give_up = attempts >= max_attempts
        values: dict[str, Any] = {"attempts": attempts, "error": error[:ERROR_LENGTH]}
        if give_up:
            values |= {"status": FAILED, "processed_at": now}
        await session.execute(update(INBOX).where(INBOX.c.id == claimed.id).values(**values))
        return give_up

    # ---- outbox -----------------------------------------------------------------------------------

    def outbox_rows(
        self, chat_key: str, result: TurnResult, callback_id: str | None, now: datetime
    ) -> list[dict[str, Any]]:
        """What a turn produced, as outbox rows in sending order: stop the button's spinner, delete
        the media, then the messages (long ones in parts, the buttons under the last part)."""
        rows: list[dict[str, Any]] = []

        def add(kind: str, payload: dict[str, Any]) -> None:
            rows.append(
                {
                    "chat_key": chat_key,
                    "kind": kind,
                    "payload": payload,
                    "status": PENDING,
                    "attempts": 0,
                    "not_before": now,
                    "created_at": now,
                }
            )

        if callback_id is not None:
            add(CALLBACK, {"callback_id": callback_id})
        for message_id in result.delete_message_ids:
            add(DELETE, {"message_id": message_id})
        for message in result.messages:
            parts = split_html(message.text)
            for number, part in enumerate(parts, start=1):
                buttons = message.buttons if number == len(parts) else ()
                add(MESSAGE, {"text": part, "buttons": [[list(button) for button in row] for row in buttons]})
        return rows

    async def insert_calls(self, session: AsyncSession, rows: Sequence[dict[str, Any]]) -> list[DueCall]:
        """Queue the rows; returns them as calls (with their ids), for the sender to pick up at once."""
        if not rows:
            return []
        # No sort_by_parameter_order: on SQLite it would insert row by row; the ids order the calls.
        statement = OUTBOX.insert().returning(OUTBOX.c.id, OUTBOX.c.chat_key, OUTBOX.c.kind)
        calls = [DueCall(*values) for values in (await session.execute(statement, list(rows))).all()]
        return sorted(calls, key=lambda call: call.id)

    async def enqueue(
        self, session: AsyncSession, chat_key: str, result: TurnResult, callback_id: str | None, now: datetime
    ) -> list[DueCall]:
        return await self.insert_calls(session, self.outbox_rows(chat_key, result, callback_id, now))

    async def due_calls(self, now: datetime, limit: int) -> list[DueCall]:
        """Calls that may be made now, oldest first; a chat's messages wait for its earlier ones."""
        row, older = OUTBOX.alias("r"), OUTBOX.alias("o")
        earlier = select(literal(1)).where(
            older.c.chat_key == row.c.chat_key,
            _is(older.c.status, PENDING),
            ~_is(older.c.kind, CALLBACK),
            older.c.id < row.c.id,
        )
        query = (
            select(row.c.id, row.c.chat_key, row.c.kind)
            .where(
                _is(row.c.status, PENDING), row.c.not_before <= now, or_(_is(row.c.kind, CALLBACK), ~exists(earlier))
            )
            .order_by(row.c.id)
            .limit(limit)
        )
        async with self.db.sessions() as session:
            return [DueCall(*values) for values in (await session.execute(query)).all()]

    async def next_due_at(self) -> datetime | None:
        query = select(func.min(OUTBOX.c.not_before)).where(_is(OUTBOX.c.status, PENDING))
        async with self.db.sessions() as session:
            value = (await session.execute(query)).scalar_one_or_none()
        return _aware(value)

    async def lock_calls(self, session: AsyncSession, ids: Sequence[int]) -> list[OutboxCall]:
        """The calls among `ids` that may be made now, locked (PostgreSQL) so no other process makes them.

        Checked again under the lock: still pending, and (but for callback answers) nothing older
        pending in the chat, which another process may be sending right now.
        """
        row, older = OUTBOX.alias("r"), OUTBOX.alias("o")
        earlier = select(literal(1)).where(
            older.c.chat_key == row.c.chat_key,
            _is(older.c.status, PENDING),
            ~_is(older.c.kind, CALLBACK),
            older.c.id < row.c.id,
        )
        query = (
            select(row.c.id, row.c.chat_key, row.c.kind, row.c.payload, row.c.attempts)
            .where(row.c.id.in_(ids), _is(row.c.status, PENDING), or_(_is(row.c.kind, CALLBACK), ~exists(earlier)))
            .order_by(row.c.id)
        )
        if self.postgres:
            query = query.with_for_update(skip_locked=True, of=row)
        return [OutboxCall(*values) for values in (await session.execute(query)).all()]

    async def record_results(self, session: AsyncSession, results: Sequence[CallResult], now: datetime) -> None:
        sent = [result.id for result in results if result.status == SENT]
        if sent:
            await session.execute(
                update(OUTBOX).where(OUTBOX.c.id.in_(sent)).values(status=SENT, payload=null(), done_at=now)
            )
        for result in results:
            if result.status == SENT:
                continue
            values: dict[str, Any] = {"attempts": result.attempts, "last_error": (result.error or "")[:500]}
            if result.status == FAILED:
                values |= {"status": FAILED, "done_at": now}
            else:
                values["not_before"] = result.retry_at or now
            await session.execute(update(OUTBOX).where(OUTBOX.c.id == result.id).values(**values))

    # ---- operators --------------------------------------------------------------------------------

    async def failed_calls(self, limit: int) -> list[FailedCall]:
        query = (
            select(
                OUTBOX.c.id,
                OUTBOX.c.kind,
                OUTBOX.c.attempts,
                OUTBOX.c.last_error,
                OUTBOX.c.created_at,
                OUTBOX.c.done_at,
            )
            .where(_is(OUTBOX.c.status, FAILED))
            .order_by(OUTBOX.c.id.desc())
            .limit(limit)
        )
        async with self.db.sessions() as session:
            return [FailedCall(*values) for values in (await session.execute(query)).all()]

    async def retry_failed(self, ids: Sequence[int] | None, now: datetime) -> int:
        """Queue failed calls again (all of them when `ids` is None); returns how many."""
        statement = update(OUTBOX).where(_is(OUTBOX.c.status, FAILED))
        if ids is not None:
            statement = statement.where(OUTBOX.c.id.in_(ids))
        statement = statement.values(status=PENDING, attempts=0, not_before=now, last_error=None, done_at=None)
        async with self.write() as session:
            return int((await session.execute(statement)).rowcount)  # type: ignore[attr-defined]

    async def purge(self, now: datetime, keep: timedelta, keep_failed: timedelta) -> int:
        """Delete processed updates and sent calls older than `keep`, failed ones older than `keep_failed`."""
        statements = [
            delete(INBOX).where(_is(INBOX.c.status, DONE), INBOX.c.processed_at < now - keep),
            delete(INBOX).where(_is(INBOX.c.status, FAILED), INBOX.c.processed_at < now - keep_failed),
            delete(OUTBOX).where(_is(OUTBOX.c.status, SENT), OUTBOX.c.done_at < now - keep),
            delete(OUTBOX).where(_is(OUTBOX.c.status, FAILED), OUTBOX.c.done_at < now - keep_failed),
        ]
        removed = 0
        async with self.write() as session:
            for statement in statements:
                removed += int((await session.execute(statement)).rowcount)  # type: ignore[attr-defined]
        return removed

    async def health(self) -> Health:
        inbox = select(func.count(), func.min(INBOX.c.received_at)).where(_is(INBOX.c.status, PENDING))
        counts = (
            select(OUTBOX.c.status, func.count())
            .where(OUTBOX.c.status.in_((PENDING, FAILED)))
            .group_by(OUTBOX.c.status)
        )
        inbox_failed = select(func.count()).where(_is(INBOX.c.status, FAILED))
        async with self.db.sessions() as session:
            pending, oldest = (await session.execute(inbox)).one()
            by_status: dict[str, int] = {status: count for status, count in (await session.execute(counts)).all()}
            failed_updates = (await session.execute(inbox_failed)).scalar_one()
        return Health(
            inbox_pending=int(pending),
            oldest_pending_at=_aware(oldest),
            inbox_failed=int(failed_updates),
            outbox_pending=int(by_status.get(PENDING, 0)),
            outbox_failed=int(by_status.get(FAILED, 0)),
        )


def _is(column: Any, value: str) -> Any:
    """`column = 'value'` written out in the SQL, not bound: a partial index (`WHERE status =
    'pending'`) is only used when the query says the same literally (SQLite always; PostgreSQL
    in the generic plans of prepared statements). The values are this module's constants."""
    return column == literal_column(f"'{value}'")


def _aware(value: datetime | None) -> datetime | None:
    """Aggregates may bypass the column type on SQLite and come back naive; they are UTC."""
    return value if value is None or value.tzinfo is not None else value.replace(tzinfo=UTC)


def message_payload(payload: dict[str, Any]) -> tuple[str, ButtonRows]:
    text = str(payload["text"])
    buttons = tuple(tuple((str(label), str(data)) for label, data in row) for row in payload.get("buttons") or ())
    return text, buttons
