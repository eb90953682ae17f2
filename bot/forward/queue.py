"""The forwarding outbox: events queued in the transaction that caused them, one row per destination.

A separate table from Telegram's outbox (bot/pipeline/outbox.py): its rows are not ordered by chat,
wait hours rather than seconds when a receiver is down, and end in a dead letter an operator
retries. Claims are leases: a process marks the rows it delivers with a token and a time
(`not_before`) after which another process may take them again, so nothing is held locked while
a receiver is slow, and a process that dies mid-delivery only delays its rows. On PostgreSQL the
claim reads with FOR UPDATE SKIP LOCKED; on both databases the claim's UPDATE re-checks the row is
still due, so two processes never deliver one row at once on purpose (at-least-once: a crash
between delivery and record sends it again, with the same event id).
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import Table, and_, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.forward.events import KINDS, Event, Kind, withhold
from bot.pipeline.tables import aware
from bot.settings import Settings
from bot.storage.models import ForwardEvent

FORWARD: Table = ForwardEvent.__table__  # type: ignore[assignment]

PENDING, DELIVERED, FAILED = "pending", "delivered", "failed"
WEBHOOK, EMAIL = "webhook", "email"
DESTINATIONS: Final = (WEBHOOK, EMAIL)
ERROR_LENGTH = 500
EMAIL_KINDS: frozenset[Kind] = frozenset(KINDS) - {"case.opened"}
"""A new case's mail is its first tip's ("New case"): a second mail for the same moment would be noise."""


@dataclass(frozen=True, slots=True)
class Route:
    """One configured destination: its name, the kinds it takes, whether it may carry free text."""

    destination: str
    free_text: bool
    kinds: frozenset[Kind] = frozenset(KINDS)


class ForwardQueue:
    """Where events go: the destinations configured. With none, queueing does nothing."""

    def __init__(self, routes: Sequence[Route]) -> None:
        self.routes = tuple(routes)

    @classmethod
    def from_settings(cls, settings: Settings) -> ForwardQueue:
        routes = []
        if settings.forward_url:
            routes.append(Route(WEBHOOK, settings.forward_free_text))
        if settings.forward_email:
            routes.append(Route(EMAIL, settings.forward_email_free_text, EMAIL_KINDS))
        return cls(routes)

    def __bool__(self) -> bool:
        return bool(self.routes)

    async def put(self, session: AsyncSession, events: Sequence[Event], now: datetime) -> int:
        """Queue the events for every destination that takes them, in the caller's transaction."""
        rows = [
            {
                "event_id": event.id,
                "destination": route.destination,
                "kind": event.kind,
                "reference": event.reference,
                "payload": event.payload(free_text=route.free_text),
                "status": PENDING,
                "attempts": 0,
                "not_before": now,
                "created_at": now,
            }
            for event in events
            for route in self.routes
            if event.kind in route.kinds
        ]
        if rows:
            await session.execute(FORWARD.insert(), rows)
        return len(rows)


async def redact_reference(session: AsyncSession, reference: str) -> int:
    """Remove a tip's free text from its events not yet delivered (an erasure must reach them too)."""
    query = select(FORWARD.c.id, FORWARD.c.payload).where(
        FORWARD.c.reference == reference, FORWARD.c.status != DELIVERED, FORWARD.c.payload.is_not(None)
    )
    changed = 0
    for row_id, payload in (await session.execute(query)).all():
        document = dict(payload)
        for part in ("tip", "change"):
            if isinstance(document.get(part), dict):
                document[part] = dict(document[part])
        withhold(document)
        if document != payload:
            await session.execute(update(FORWARD).where(FORWARD.c.id == row_id).values(payload=document))
            changed += 1
    return changed


# ---- delivery --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claimed:
    id: int
    event_id: str
    kind: str
    payload: dict[str, Any]
    attempts: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one claimed row: delivered, retried at `retry_at`, or failed for good."""

    id: int
    status: str
    error: str | None = None
    retry_at: datetime | None = None


def _due(destination: str, now: datetime) -> Any:
    return and_(FORWARD.c.status == PENDING, FORWARD.c.destination == destination, FORWARD.c.not_before <= now)


async def oldest_due(session: AsyncSession, destination: str, now: datetime) -> datetime | None:
    """When the oldest row that may be delivered now was queued (a digest waits until it is old enough)."""
    value = await session.scalar(select(func.min(FORWARD.c.created_at)).where(_due(destination, now)))
    return aware(value)


async def claim(
    session: AsyncSession, destination: str, now: datetime, limit: int, lease: timedelta, *, postgres: bool
) -> tuple[str, list[Claimed]]:
    """Take up to `limit` due rows, oldest first, for `lease`; returns the claim's token and the rows."""
    query = select(FORWARD.c.id).where(_due(destination, now)).order_by(FORWARD.c.id).limit(limit)
    if postgres:
        query = query.with_for_update(skip_locked=True)
    ids = list((await session.scalars(query)).all())
    token = secrets.token_hex(16)
    if not ids:
        return token, []
    await session.execute(
        update(FORWARD)
        .where(FORWARD.c.id.in_(ids), _due(destination, now))  # still due: nobody took it meanwhile
        .values(claim=token, not_before=now + lease)
    )
    rows = await session.execute(
        select(
            FORWARD.c.id,
            FORWARD.c.event_id,
            FORWARD.c.kind,
            FORWARD.c.payload,
            FORWARD.c.attempts,
            FORWARD.c.created_at,
        )
        .where(FORWARD.c.claim == token)
        .order_by(FORWARD.c.id)
    )
    return token, [
        Claimed(r.id, r.event_id, r.kind, r.payload or {}, r.attempts, aware(r.created_at) or now) for r in rows
    ]


async def record(session: AsyncSession, token: str, outcomes: Sequence[Outcome], now: datetime) -> None:
    """Write what became of a claim's rows; rows whose claim was lost (the lease ran out and another
    process took them) are left to that process."""
    for outcome in outcomes:
        mine = and_(FORWARD.c.id == outcome.id, FORWARD.c.claim == token)
        values: dict[str, Any] = {"attempts": FORWARD.c.attempts + 1, "claim": None}
        if outcome.status == DELIVERED:
            values |= {"status": DELIVERED, "payload": None, "done_at": now, "last_error": None}
        elif outcome.status == FAILED:
            values |= {"status": FAILED, "done_at": now, "last_error": (outcome.error or "")[:ERROR_LENGTH]}
        else:
            values |= {"not_before": outcome.retry_at or now, "last_error": (outcome.error or "")[:ERROR_LENGTH]}
        await session.execute(update(FORWARD).where(mine).values(**values))


# ---- what operators run (`tipline forward`) ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FailedEvent:
    id: int
    event_id: str
    destination: str
    kind: str
    reference: str | None
    attempts: int
    error: str | None
    created_at: datetime
    failed_at: datetime | None


@dataclass(frozen=True, slots=True)
class DestinationStatus:
    destination: str
    pending: int
    failed: int
    delivered: int
    oldest_pending_at: datetime | None
    last_error: str | None
    """The latest error of a pending row: why the destination is behind, if it is."""


async def failed_events(session: AsyncSession, limit: int) -> list[FailedEvent]:
    query = (
        select(
            FORWARD.c.id,
            FORWARD.c.event_id,
            FORWARD.c.destination,
            FORWARD.c.kind,
            FORWARD.c.reference,
            FORWARD.c.attempts,
            FORWARD.c.last_error,
            FORWARD.c.created_at,
            FORWARD.c.done_at,
        )
        .where(FORWARD.c.status == FAILED)
        .order_by(FORWARD.c.id.desc())
        .limit(limit)
    )
    return [
        FailedEvent(*row[:7], aware(row.created_at) or row.created_at, aware(row.done_at))
        for row in (await session.execute(query)).all()
    ]


async def retry_failed(session: AsyncSession, ids: Sequence[int] | None, now: datetime) -> int:
    """Queue failed rows again (all when `ids` is None), with their attempts and their age reset:
    the operator decided they are worth another full try."""
    query = update(FORWARD).where(FORWARD.c.status == FAILED)
    if ids is not None:
        query = query.where(FORWARD.c.id.in_(list(ids)))
    result = await session.execute(
        query.values(status=PENDING, attempts=0, not_before=now, created_at=now, done_at=None, claim=None)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def status(session: AsyncSession) -> list[DestinationStatus]:
    counts = await session.execute(
        select(FORWARD.c.destination, FORWARD.c.status, func.count(), func.min(FORWARD.c.created_at)).group_by(
            FORWARD.c.destination, FORWARD.c.status
        )
    )
    table: dict[str, dict[str, Any]] = {}
    for destination, state, count, oldest in counts.all():
        entry = table.setdefault(destination, {})
        entry[state] = int(count)
        if state == PENDING:
            entry["oldest"] = aware(oldest)
    found = []
    for destination in sorted(table.keys() | set(DESTINATIONS)):
        entry = table.get(destination, {})
        error = await session.scalar(
            select(FORWARD.c.last_error)
            .where(FORWARD.c.destination == destination, FORWARD.c.status == PENDING, FORWARD.c.last_error.is_not(None))
            .order_by(FORWARD.c.id.desc())
            .limit(1)
        )
        found.append(
            DestinationStatus(
                destination,
                entry.get(PENDING, 0),
                entry.get(FAILED, 0),
                entry.get(DELIVERED, 0),
                entry.get("oldest"),
                error,
            )
        )
    return found


async def purge(session: AsyncSession, now: datetime, keep: timedelta, keep_failed: timedelta) -> int:
    """Delivered rows (already emptied) after `keep`; dead letters after `keep_failed`."""
    done = await session.execute(delete(FORWARD).where(FORWARD.c.status == DELIVERED, FORWARD.c.done_at < now - keep))
    dead = await session.execute(
        delete(FORWARD).where(FORWARD.c.status == FAILED, FORWARD.c.done_at < now - keep_failed)
    )
    return int(done.rowcount or 0) + int(dead.rowcount or 0)  # type: ignore[attr-defined]
