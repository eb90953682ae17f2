"""The inbox: every update Telegram sent (and every event the bot makes for a chat), kept until done.

Updates are committed here before Telegram is told they arrived (see receiver.py); the worker
claims the oldest pending update of each chat, so a chat's updates are taken in order. A row holds
its chat only sealed (addresses.py), and loses it with its content once processed or set aside.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, literal, null, or_, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.identity import Identity
from bot.pipeline.addresses import SPENT, Addresses
from bot.pipeline.ports import InboxItem, Incoming
from bot.pipeline.tables import DONE, FAILED, INBOX, PENDING, WriteGate, aware, literally

ERROR_LENGTH = 200
CRASHED = "never finished: the process stopped or died while processing it"
_INTERNAL_BASE = -(2**62)


@dataclass(frozen=True, slots=True)
class ClaimedUpdate:
    id: int
    update_id: int
    chat_key: str
    """The key ordering the chat's updates: for a person, the pseudonym their conversation has."""
    payload: dict[str, Any]
    attempts: int
    address: str | None
    """The chat itself, opened in memory from the sealed address (None: it cannot be opened)."""
    received_at: datetime | None = None
    """When it reached the inbox: the worker measures a person's wait from it (/metrics)."""

    def item(self) -> InboxItem:
        """The saved item; raises ValueError (pydantic's ValidationError among them) for a payload
        this version cannot read or an address no key opens."""
        if self.address is None:
            raise UnreadableAddress("the update's address was sealed with a key Tipline no longer has")
        return InboxItem.model_validate({**self.payload, "chat_key": self.address})


class UnreadableAddress(ValueError):
    """A row's sealed address opens with no key Tipline has (a sealing key was dropped too soon)."""


def internal_update_id() -> int:
    """An inbox id for an event the bot made itself: negative (Telegram's are positive), unique,
    and growing with time, so such events of one chat are taken in the order they were queued."""
    return _INTERNAL_BASE + time.time_ns() // 1000 * 1000 + secrets.randbelow(1000)


def _row(update_id: int, item: InboxItem, now: datetime) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "chat_key": item.chat_key,
        "status": PENDING,
        "payload": item.model_dump(mode="json", exclude={"chat_key"}, exclude_none=True),
        "attempts": 0,
        "received_at": now,
    }


_SPENT = {"chat_key": SPENT, "address": None, "payload": None}
"""What a processed or set-aside update keeps of its chat and content: nothing."""


class Inbox:
    def __init__(self, gate: WriteGate, identity: Identity) -> None:
        self.gate = gate
        self.addresses = Addresses(identity)

    def _row(self, update_id: int, item: InboxItem, now: datetime) -> dict[str, Any]:
        return self.addresses.sealed_row(_row(update_id, item, now))

    async def save_updates(self, updates: Iterable[Incoming], now: datetime) -> None:
        """Commit the updates worth keeping; an update_id already saved is ignored (Telegram repeats)."""
        rows = [self._row(incoming.update_id, incoming.item, now) for incoming in updates if incoming.item is not None]
        if not rows:
            return
        statement = self.gate.insert(INBOX).on_conflict_do_nothing(index_elements=["update_id"])
        async with self.gate.write() as session:
            await session.execute(statement, rows)

    async def queue_event(self, session: AsyncSession, item: InboxItem, now: datetime) -> None:
        """Queue an event the bot made for a chat (a relayed question, news of a case) inside the
        caller's transaction: it goes through the chat's queue like the person's own updates."""
        await session.execute(INBOX.insert().values(**self._row(internal_update_id(), item, now)))

    async def claim_updates(
        self, session: AsyncSession, limit: int, now: datetime | None = None
    ) -> list[ClaimedUpdate]:
        """The oldest pending update of chats with nothing older pending, locked until commit.

        With `now`, updates another worker holds a lease on (until a time after `now`) are skipped."""
        row, older = INBOX.alias("i"), INBOX.alias("o")
        earlier = select(literal(1)).where(
            older.c.chat_key == row.c.chat_key,
            literally(older.c.status, PENDING),
            older.c.update_id < row.c.update_id,
        )
        query = (
            select(
                row.c.id,
                row.c.update_id,
                row.c.chat_key,
                row.c.payload,
                row.c.attempts,
                row.c.address,
                row.c.received_at,
            )
            .where(literally(row.c.status, PENDING), ~exists(earlier))
            .where(true() if now is None else or_(row.c.leased_until.is_(None), row.c.leased_until <= now))
            .order_by(row.c.update_id)
            .limit(limit)
        )
        if self.gate.postgres:
            query = query.with_for_update(skip_locked=True, of=row)
        return [
            ClaimedUpdate(
                id_,
                update_id,
                chat_key,
                payload or {},
                attempts,
                self.addresses.open(chat_key, address),
                aware(received_at),
            )
            for id_, update_id, chat_key, payload, attempts, address, received_at in (
                await session.execute(query)
            ).all()
        ]

    async def lease_updates(
        self,
        session: AsyncSession,
        claimed: Sequence[ClaimedUpdate],
        max_attempts: int,
        now: datetime,
        lease: timedelta,
    ) -> list[ClaimedUpdate]:
        """Count an attempt of each claimed update BEFORE it is processed (the caller commits at once).

        An update that kills the process (out of memory, a crash in a library) is then counted like
        one that raised, and one whose attempts ran out without ever finishing is set aside here, so
        its chat goes on. Returns the updates to process, their attempt counted."""
        spent = [update_.id for update_ in claimed if update_.attempts >= max_attempts]
        if spent:
            await session.execute(
                update(INBOX)
                .where(INBOX.c.id.in_(spent))
                .values(status=FAILED, processed_at=now, leased_until=null(), error=CRASHED[:ERROR_LENGTH], **_SPENT)
            )
        kept = [update_ for update_ in claimed if update_.attempts < max_attempts]
        if kept:
            await session.execute(
                update(INBOX)
                .where(INBOX.c.id.in_([update_.id for update_ in kept]))
                .values(attempts=INBOX.c.attempts + 1, leased_until=now + lease)
            )
        return kept

    async def release_leases(self) -> int:
        """Forget every lease (at start on SQLite, where one process is the only worker): what the last
        run held is pending again at once, its attempt already counted."""
        async with self.gate.write() as session:
            result = await session.execute(
                update(INBOX).where(INBOX.c.leased_until.is_not(None)).values(leased_until=null())
            )
        return int(getattr(result, "rowcount", 0) or 0)

    async def finish_updates(self, session: AsyncSession, ids: Sequence[int], now: datetime) -> None:
        """Mark processed and forget the content: only the update_id stays, to ignore repeats."""
        if ids:
            await session.execute(
                update(INBOX)
                .where(INBOX.c.id.in_(ids))
                .values(status=DONE, processed_at=now, leased_until=null(), **_SPENT)
            )

    async def note_update_failure(
        self, session: AsyncSession, claimed: ClaimedUpdate, error: str, max_attempts: int, now: datetime
    ) -> bool:
        """Record a failed attempt (already counted by its lease); after `max_attempts` set the update
        aside. True if it was set aside."""
        attempts = claimed.attempts + 1
        give_up = attempts >= max_attempts
        values: dict[str, Any] = {"attempts": attempts, "error": error[:ERROR_LENGTH], "leased_until": null()}
        if give_up:
            values |= {"status": FAILED, "processed_at": now, **_SPENT}
        await session.execute(update(INBOX).where(INBOX.c.id == claimed.id).values(**values))
        return give_up
