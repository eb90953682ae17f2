"""What operators run on the pipeline's tables: health, failed calls and their retry, the purge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.pipeline.addresses import SPENT
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

    async def retry_failed(self, ids: Sequence[int] | None, now: datetime) -> tuple[int, int]:
        """Queue failed calls again (all of them when `ids` is None): those that still have their
        content (failed before Tipline erased it on failure). Returns how many were queued, and how
        many could not be because their chat and content were erased when they failed."""
        failed = literally(OUTBOX.c.status, FAILED)
        chosen = failed if ids is None else failed & OUTBOX.c.id.in_(ids)
        whole = chosen & OUTBOX.c.payload.is_not(None) & (OUTBOX.c.chat_key != SPENT)
        statement = (
            update(OUTBOX)
            .where(whole)
            # Queued again is queued now: TIPLINE_SEND_GIVE_UP_HOURS counts from here.
            .values(status=PENDING, attempts=0, not_before=now, created_at=now, last_error=None, done_at=None)
        )
        async with self.gate.write() as session:
            queued = int((await session.execute(statement)).rowcount)  # type: ignore[attr-defined]
            erased = int((await session.execute(select(func.count()).where(chosen))).scalar_one())
        return queued, erased

    async def purge(self, now: datetime, keep: timedelta, keep_failed: timedelta) -> int:
        """Delete processed updates and sent calls older than `keep`, failed ones older than `keep_failed`."""
        async with self.gate.write() as session:
            return sum((await purge_pipeline(session, now, keep, keep_failed)).values())

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


async def purge_pipeline(
    session: AsyncSession, now: datetime, keep: timedelta, keep_failed: timedelta
) -> dict[str, int]:
    """`Operations.purge` in the caller's transaction: rows deleted, table by table."""
    statements = {
        "inbox (processed)": delete(INBOX).where(literally(INBOX.c.status, DONE), INBOX.c.processed_at < now - keep),
        "inbox (set aside)": delete(INBOX).where(
            literally(INBOX.c.status, FAILED), INBOX.c.processed_at < now - keep_failed
        ),
        "outbox (sent)": delete(OUTBOX).where(literally(OUTBOX.c.status, SENT), OUTBOX.c.done_at < now - keep),
        "outbox (failed)": delete(OUTBOX).where(
            literally(OUTBOX.c.status, FAILED), OUTBOX.c.done_at < now - keep_failed
        ),
    }
    removed = {}
    for table, statement in statements.items():
        count = int((await session.execute(statement)).rowcount or 0)  # type: ignore[attr-defined]
        if count:
            removed[table] = count
    return removed
