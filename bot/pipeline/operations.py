"""What operators run on the pipeline's tables: health, failed calls and their retry, the purge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update

from bot.pipeline.tables import DONE, FAILED, INBOX, OUTBOX, PENDING, SENT, WriteGate, aware, literally


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
    outbox_retrying: int = 0
    """Pending calls that failed at least once (Telegram or the network down): piling up means an outage."""


class Operations:
    def __init__(self, gate: WriteGate) -> None:
        self.gate = gate

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
            .where(literally(OUTBOX.c.status, FAILED))
            .order_by(OUTBOX.c.id.desc())
            .limit(limit)
        )
        async with self.gate.db.sessions() as session:
            return [FailedCall(*values) for values in (await session.execute(query)).all()]

    async def retry_failed(self, ids: Sequence[int] | None, now: datetime) -> int:
        """Queue failed calls again (all of them when `ids` is None); returns how many."""
        statement = update(OUTBOX).where(literally(OUTBOX.c.status, FAILED))
        if ids is not None:
            statement = statement.where(OUTBOX.c.id.in_(ids))
        # Queued again is queued now: TIPLINE_SEND_GIVE_UP_HOURS counts from here.
        statement = statement.values(
            status=PENDING, attempts=0, not_before=now, created_at=now, last_error=None, done_at=None
        )
        async with self.gate.write() as session:
            return int((await session.execute(statement)).rowcount)  # type: ignore[attr-defined]

    async def purge(self, now: datetime, keep: timedelta, keep_failed: timedelta) -> int:
        """Delete processed updates and sent calls older than `keep`, failed ones older than `keep_failed`."""
        statements = [
            delete(INBOX).where(literally(INBOX.c.status, DONE), INBOX.c.processed_at < now - keep),
            delete(INBOX).where(literally(INBOX.c.status, FAILED), INBOX.c.processed_at < now - keep_failed),
            delete(OUTBOX).where(literally(OUTBOX.c.status, SENT), OUTBOX.c.done_at < now - keep),
            delete(OUTBOX).where(literally(OUTBOX.c.status, FAILED), OUTBOX.c.done_at < now - keep_failed),
        ]
        removed = 0
        async with self.gate.write() as session:
            for statement in statements:
                removed += int((await session.execute(statement)).rowcount)  # type: ignore[attr-defined]
        return removed

    async def health(self) -> Health:
        inbox = select(func.count(), func.min(INBOX.c.received_at)).where(literally(INBOX.c.status, PENDING))
        counts = (
            select(OUTBOX.c.status, func.count())
            .where(OUTBOX.c.status.in_((PENDING, FAILED)))
            .group_by(OUTBOX.c.status)
        )
        inbox_failed = select(func.count()).where(literally(INBOX.c.status, FAILED))
        retrying = select(func.count()).where(literally(OUTBOX.c.status, PENDING), OUTBOX.c.attempts > 0)
        async with self.gate.db.sessions() as session:
            pending, oldest = (await session.execute(inbox)).one()
            by_status: dict[str, int] = {status: count for status, count in (await session.execute(counts)).all()}
            failed_updates = (await session.execute(inbox_failed)).scalar_one()
            retrying_calls = (await session.execute(retrying)).scalar_one()
        return Health(
            inbox_pending=int(pending),
            oldest_pending_at=aware(oldest),
            inbox_failed=int(failed_updates),
            outbox_pending=int(by_status.get(PENDING, 0)),
            outbox_failed=int(by_status.get(FAILED, 0)),
            outbox_retrying=int(retrying_calls),
        )
