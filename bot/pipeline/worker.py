"""The worker: pending updates through the engine, one chat at a time, many chats at once.

A batch of updates (each the oldest pending of its chat) is claimed and processed in ONE
transaction: for each, the conversation's new state, its effects (tips, cases), its replies
(outbox rows) and the inbox row marked done. Each update has its own savepoint, so one that fails
is rolled back alone and counted; after `update_max_attempts` it is set aside as failed and its
chat goes on. A crash before commit leaves the batch pending, to be claimed again on start.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.pipeline.inbox import ClaimedUpdate, Inbox
from bot.pipeline.metrics import Metrics
from bot.pipeline.outbox import DueCall, Outbox, turn_rows
from bot.pipeline.ports import InboxItem, UpdateRouter
from bot.pipeline.ratelimit import backoff
from bot.pipeline.signals import Signal, sleep_unless
from bot.storage.conversations import ConcurrentUpdate, Saved, prefetch_conversations
from bot.turn import TurnRunner

log = logging.getLogger(__name__)

BATCH = 64
"""Updates per transaction at most: large enough to amortise a commit under load, small enough to
keep a transaction short. At low load batches hold one update and nothing waits for them to fill."""
IDLE_POLL_SECONDS = 1.0
"""How often an idle worker looks for work another process saved (PostgreSQL) or a retry."""
ERROR_BACKOFF_MAX_SECONDS = 30.0
LEASE = timedelta(minutes=2)
"""How long a claimed update is another worker's (PostgreSQL): longer than any batch takes. A
process that dies holding leases delays those chats by this much; on SQLite, the one process
releases them at start."""


class Worker:
    def __init__(
        self,
        turns: TurnRunner,
        inbox: Inbox,
        outbox: Outbox,
        *,
        concurrency: int,
        max_attempts: int,
        inbox_signal: Signal,
        outbox_signal: Signal,
        batch: int = BATCH,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        router: UpdateRouter | None = None,
        metrics: Metrics | None = None,
        lease: timedelta = LEASE,
    ) -> None:
        self.turns = turns
        self.metrics = metrics or Metrics()
        self.inbox = inbox
        self.outbox = outbox
        self.router = router
        """The volunteer desk: takes the volunteer group's updates and volunteers' desk commands."""
        # SQLite writes one transaction at a time: parallel loops would only queue on the gate.
        self.concurrency = concurrency if inbox.gate.postgres else 1
        self.max_attempts = max_attempts
        self.inbox_signal = inbox_signal
        self.outbox_signal = outbox_signal
        self.batch = batch
        self.lease = lease
        self.clock = clock
        self.processed = 0
        self.on_processed: Callable[[int], None] | None = None
        """Called with the number of updates after each committed batch (benchmarks, tests)."""
        self.on_queued: Callable[[list[DueCall]], None] | None = None
        """Called with the calls a committed batch queued: the sender takes them without a query."""

    async def run(self, stop: asyncio.Event) -> None:
        if not self.inbox.gate.postgres:  # the only process: what a dead predecessor leased is free
            released = await self.inbox.release_leases()
            if released:
                log.warning("updates left unfinished by the last run are tried again", extra={"count": released})
        async with asyncio.TaskGroup() as group:
            for number in range(self.concurrency):
                group.create_task(self._loop(stop), name=f"tipline-worker-{number}")

    async def _loop(self, stop: asyncio.Event) -> None:
        failures = 0
        while not stop.is_set():
            generation = self.inbox_signal.generation
            try:
                count = await self.process_batch()
            except Exception as exc:  # the database went away, most likely: wait and try again
                failures += 1
                delay = backoff(failures, 0.5, ERROR_BACKOFF_MAX_SECONDS)
                log.warning("worker could not process a batch", extra={"error": type(exc).__name__, "retry_in": delay})
                await sleep_unless(stop, delay)
                continue
            failures = 0
            if count == 0:
                await self.inbox_signal.wait(generation, IDLE_POLL_SECONDS, stop)

    async def process_batch(self) -> int:
        """Claim and process up to `batch` updates; returns how many were claimed.

        The claim is its own short transaction that counts each update's attempt and leases it
        (`Inbox.lease_updates`), committed before any is processed: an update that kills the
        process is counted too, and set aside once its attempts run out. Then optimistic: one
        transaction, no savepoints, one insert for every reply of the batch. If an update fails,
        that transaction is rolled back and the batch is done again carefully, each update in its
        own savepoint, so the failing one is recorded and the others go through.
        """
        async with self.inbox.gate.write() as session:
            claimed = await self.inbox.claim_updates(session, self.batch, self.clock())
            if not claimed:
                return 0
            leased = await self.inbox.lease_updates(session, claimed, self.max_attempts, self.clock(), self.lease)
        kept = {update.id for update in leased}
        for spent in (update for update in claimed if update.id not in kept):
            self.metrics.updates_failed.inc()
            log.error("update set aside: it never finished", extra={"update_id": spent.update_id})
        if leased:
            try:
                await self._batch(leased, careful=False)
            except _UpdateFailed:
                await self._batch(leased, careful=True)
        return len(claimed)

    async def _batch(self, claimed: list[ClaimedUpdate], *, careful: bool) -> None:
        started = time.perf_counter()
        async with self.inbox.gate.write() as session:
            now = self.clock()
            done: list[int] = []
            rows: list[dict[str, Any]] = []
            # One query for the batch's conversations instead of one per update (one chat per batch);
            # a person's updates are ordered by their pseudonym, which keys their conversation too.
            prefetched = await prefetch_conversations(session, [update.chat_key for update in claimed])
            for update in claimed:
                if not careful:
                    try:
                        rows += await self._turn(session, update, now, prefetched)
                    except Exception as exc:
                        raise _UpdateFailed from exc
                    done.append(update.id)
                    continue
                try:
                    async with session.begin_nested():
                        produced = await self._turn(session, update, now, prefetched)
                except Exception as exc:
                    await self._failed(session, update, exc, now)
                    continue
                rows += produced
                done.append(update.id)
            calls = await self.outbox.insert_calls(session, rows)
            await self.inbox.finish_updates(session, done, now)
        self.processed += len(done)
        self._measure(claimed, done)
        if calls and self.on_queued is not None:
            self.on_queued(calls)
        if calls:
            self.outbox_signal.notify()
        if self.on_processed is not None:
            self.on_processed(len(done))
        log.debug("updates processed", extra={"count": len(done), "seconds": round(time.perf_counter() - started, 4)})

    async def _turn(
        self, session: AsyncSession, update: ClaimedUpdate, now: datetime, prefetched: dict[str, Saved | None]
    ) -> list[dict[str, Any]]:
        item = update.item()

        async def conversation(session: AsyncSession, item: InboxItem, now: datetime) -> list[dict[str, Any]]:
            # A chat's prefetched row serves its first turn only; a second (if ever) reads what the first saved.
            result = await self.turns.turn(session, item.chat_key, item.event, prefetched)
            prefetched.pop(update.chat_key, None)
            return turn_rows(item.chat_key, result, item.callback_id, now)

        if self.router is None:
            return await conversation(session, item, now)
        return await self.router.turn(session, item, now, conversation)  # the volunteer desk routes its own

    def _measure(self, claimed: list[ClaimedUpdate], done: list[int]) -> None:
        self.metrics.updates_processed.inc(len(done))
        finished, committed = set(done), self.clock()
        for update in claimed:
            if update.id in finished and update.received_at is not None:
                self.metrics.update_latency.observe(max((committed - update.received_at).total_seconds(), 0.0))

    async def _failed(self, session: AsyncSession, update: ClaimedUpdate, exc: Exception, now: datetime) -> None:
        """Count the failure; chat ids and texts are never logged, the update id identifies it."""
        error = type(exc).__name__
        set_aside = await self.inbox.note_update_failure(session, update, error, self.max_attempts, now)
        fields = {"update_id": update.update_id, "error": error, "attempt": update.attempts + 1}
        if isinstance(exc, ConcurrentUpdate):
            log.info("conversation changed underneath; the update will be retried", extra=fields)
        elif set_aside:
            self.metrics.updates_failed.inc()
            log.error("update set aside after repeated errors", extra=fields)
        else:
            log.warning("update failed; it will be retried", extra=fields, exc_info=_safe_traceback(exc))


def _safe_traceback(exc: Exception) -> bool:
    """Tracebacks of the engine's own errors help; a database error's text may quote parameters."""
    module = type(exc).__module__
    return not module.startswith(("sqlalchemy", "asyncpg", "sqlite3", "aiosqlite"))


class _UpdateFailed(Exception):
    """An update failed in an optimistic batch: the batch is rolled back and done carefully."""
