"""The outbox: every Bot API call a turn produced, queued in the turn's transaction, until it is made.

The sender (sender.py) drains it; a chat's calls go out in the order they were queued, except
callback answers (a button's spinner), which never wait behind a chat's messages. A row holds its
chat only sealed (addresses.py); once sent or failed it keeps neither chat nor content.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.identity import Identity
from bot.pipeline.addresses import SPENT, Addresses
from bot.pipeline.ports import ButtonRows
from bot.pipeline.split import split_html
from bot.pipeline.tables import CALLBACK, DELETE, FAILED, MESSAGE, OUTBOX, PENDING, SENT, WriteGate, aware, literally
from bot.turn import TurnResult

Row = dict[str, Any]
ERROR_LENGTH = 500


@dataclass(frozen=True, slots=True)
class DueCall:
    """An outbox row that may be made now: the oldest pending of its chat, past its not_before."""

    id: int
    chat_key: str
    """The key ordering the chat's calls (a person's pseudonym), not the chat."""
    kind: str


@dataclass(frozen=True, slots=True)
class OutboxCall:
    id: int
    chat_key: str | None
    """The chat to call, opened in memory from the sealed address (None: no key opens it)."""
    kind: str
    payload: dict[str, Any]
    attempts: int
    created_at: datetime | None = None
    """When it was queued: transient failures are retried until `TIPLINE_SEND_GIVE_UP_HOURS` after."""


@dataclass(frozen=True, slots=True)
class CallResult:
    """What became of one call: sent, retried at `retry_at`, or failed for good."""

    id: int
    status: str
    attempts: int
    error: str | None = None
    retry_at: datetime | None = None


def call_row(chat_key: str, kind: str, payload: dict[str, Any], now: datetime) -> Row:
    """One pending call, as the outbox stores it."""
    return {
        "chat_key": chat_key,
        "kind": kind,
        "payload": payload,
        "status": PENDING,
        "attempts": 0,
        "not_before": now,
        "created_at": now,
    }


def buttons_payload(buttons: ButtonRows) -> list[list[list[str]]]:
    return [[list(button) for button in row] for row in buttons]


def message_payload(payload: dict[str, Any]) -> tuple[str, ButtonRows]:
    text = str(payload["text"])
    buttons = tuple(tuple((str(label), str(data)) for label, data in row) for row in payload.get("buttons") or ())
    return text, buttons


def turn_rows(chat_key: str, result: TurnResult, callback_id: str | None, now: datetime) -> list[Row]:
    """What a turn produced, as outbox rows in sending order: stop the button's spinner, delete
    the media, then the messages (long ones in parts, the buttons under the last part)."""
    rows: list[Row] = []
    if callback_id is not None:
        rows.append(call_row(chat_key, CALLBACK, {"callback_id": callback_id}, now))
    rows += [call_row(chat_key, DELETE, {"message_id": message_id}, now) for message_id in result.delete_message_ids]
    for message in result.messages:
        parts = split_html(message.text)
        for number, part in enumerate(parts, start=1):
            buttons = message.buttons if number == len(parts) else ()
            rows.append(call_row(chat_key, MESSAGE, {"text": part, "buttons": buttons_payload(buttons)}, now))
    return rows


_SPENT = {"chat_key": SPENT, "address": None, "payload": None}
"""What a sent or failed call keeps of its chat and content: nothing (a failed one: kind and error)."""


class Outbox:
    def __init__(self, gate: WriteGate, identity: Identity) -> None:
        self.gate = gate
        self.addresses = Addresses(identity)

    async def insert_calls(self, session: AsyncSession, rows: Sequence[Row]) -> list[DueCall]:
        """Queue the rows (`call_row`s, each naming its chat); returns them as calls (with their
        ids), for the sender to pick up at once. The chat is stored sealed."""
        if not rows:
            return []
        sealed = [self.addresses.sealed_row(row) for row in rows]
        # No sort_by_parameter_order: on SQLite it would insert row by row; the ids order the calls.
        statement = OUTBOX.insert().returning(OUTBOX.c.id, OUTBOX.c.chat_key, OUTBOX.c.kind)
        calls = [DueCall(*values) for values in (await session.execute(statement, sealed)).all()]
        return sorted(calls, key=lambda call: call.id)

    async def enqueue(
        self, session: AsyncSession, chat_key: str, result: TurnResult, callback_id: str | None, now: datetime
    ) -> list[DueCall]:
        return await self.insert_calls(session, turn_rows(chat_key, result, callback_id, now))

    def _waiting_behind_earlier(self, row: Any) -> Any:
        """No older pending call of the same chat (callback answers excepted) holds this one back."""
        older = OUTBOX.alias("o")
        earlier = select(literal(1)).where(
            older.c.chat_key == row.c.chat_key,
            literally(older.c.status, PENDING),
            ~literally(older.c.kind, CALLBACK),
            older.c.id < row.c.id,
        )
        return or_(literally(row.c.kind, CALLBACK), ~exists(earlier))

    async def due_calls(self, now: datetime, limit: int) -> list[DueCall]:
        """Calls that may be made now, oldest first; a chat's messages wait for its earlier ones."""
        row = OUTBOX.alias("r")
        query = (
            select(row.c.id, row.c.chat_key, row.c.kind)
            .where(literally(row.c.status, PENDING), row.c.not_before <= now, self._waiting_behind_earlier(row))
            .order_by(row.c.id)
            .limit(limit)
        )
        async with self.gate.db.sessions() as session:
            return [DueCall(*values) for values in (await session.execute(query)).all()]

    async def next_due_at(self) -> datetime | None:
        query = select(func.min(OUTBOX.c.not_before)).where(literally(OUTBOX.c.status, PENDING))
        async with self.gate.db.sessions() as session:
            value = (await session.execute(query)).scalar_one_or_none()
        return aware(value)

    async def lock_calls(self, session: AsyncSession, ids: Sequence[int]) -> list[OutboxCall]:
        """The calls among `ids` that may be made now, locked (PostgreSQL) so no other process makes them.

        Checked again under the lock: still pending, and (but for callback answers) nothing older
        pending in the chat, which another process may be sending right now.
        """
        row = OUTBOX.alias("r")
        query = (
            select(row.c.id, row.c.chat_key, row.c.address, row.c.kind, row.c.payload, row.c.attempts, row.c.created_at)
            .where(row.c.id.in_(ids), literally(row.c.status, PENDING), self._waiting_behind_earlier(row))
            .order_by(row.c.id)
        )
        if self.gate.postgres:
            query = query.with_for_update(skip_locked=True, of=row)
        return [
            OutboxCall(id_, self.addresses.open(chat_key, address), kind, payload, attempts, aware(created_at))
            for id_, chat_key, address, kind, payload, attempts, created_at in (await session.execute(query)).all()
        ]

    async def record_results(self, session: AsyncSession, results: Sequence[CallResult], now: datetime) -> None:
        sent = [result.id for result in results if result.status == SENT]
        if sent:
            await session.execute(
                update(OUTBOX).where(OUTBOX.c.id.in_(sent)).values(status=SENT, done_at=now, **_SPENT)
            )
        for result in results:
            if result.status == SENT:
                continue
            values: dict[str, Any] = {"attempts": result.attempts, "last_error": (result.error or "")[:ERROR_LENGTH]}
            if result.status == FAILED:
                values |= {"status": FAILED, "done_at": now, **_SPENT}
            else:
                values["not_before"] = result.retry_at or now
            await session.execute(update(OUTBOX).where(OUTBOX.c.id == result.id).values(**values))
