"""The sender: drains the outbox through a `BotClient`, within Telegram's limits.

A chat's calls go out one at a time, in order; different chats' go out in parallel. A 429 delays
only the chat it was about (its row's `not_before`, which every process sees); a transient error
is retried with doubling pauses; a call that keeps failing, or fails for good (bad request, bot
blocked, chat gone, message can't be deleted), ends `failed` with its error for the operator.

On PostgreSQL a batch's rows stay locked (FOR UPDATE SKIP LOCKED) while they are sent and until
the results are committed, so no other process sends them; a process that dies releases them and
another sends them again: at most one duplicate per crash, never a lost reply.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.pipeline.addresses import rate_id
from bot.pipeline.metrics import Metrics
from bot.pipeline.outbox import CallResult, DueCall, Outbox, OutboxCall, message_payload
from bot.pipeline.ports import (
    BotClient,
    DeliveryError,
    MoreCalls,
    PermanentFailure,
    RetryAfter,
    chat_id_of,
    is_lane,
)
from bot.pipeline.ratelimit import SendLimiter, backoff
from bot.pipeline.signals import Signal, sleep_unless
from bot.pipeline.tables import CALLBACK, DELETE, FAILED, MESSAGE, PENDING, SENT

log = logging.getLogger(__name__)

BATCH = 64
MAX_BATCHES = 4
"""Batches in flight at once; each holds one database connection on PostgreSQL."""
IDLE_POLL_SECONDS = 1.0
TIMEOUT_GRACE_SECONDS = 2.0
"""The client enforces the API timeout; this outer bound only catches a client that does not."""
RECORD_ATTEMPTS = 3
SCAN_SECONDS = 1.0
"""How often the outbox is read for calls this process did not queue itself."""
SCAN_LIMIT = 500
PILING_UP = 20
"""Transient failures in a row (no call made in between) that mean an outage: logged as an error."""
_jitter = random.Random()  # noqa: S311 - spreading retries, not a secret


@dataclass(slots=True)
class _Known:
    chat_key: str
    kind: str
    due: float
    """time.monotonic() when it may be made."""


class Sender:
    def __init__(
        self,
        outbox: Outbox,
        client: BotClient,
        limiter: SendLimiter,
        *,
        api_timeout: float,
        max_attempts: int,
        give_up_after: timedelta = timedelta(hours=48),
        backoff_seconds: float,
        backoff_max_seconds: float,
        outbox_signal: Signal,
        batch: int = BATCH,
        max_batches: int = MAX_BATCHES,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        extra: MoreCalls | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self.outbox = outbox
        self.metrics = metrics or Metrics()
        self.client = client
        self.extra = extra
        """More kinds of calls (the volunteer desk's: cards, replies under them, exports)."""
        self._messages = frozenset({MESSAGE}) | (extra.message_kinds if extra is not None else frozenset())
        self.limiter = limiter
        self.api_timeout = api_timeout
        self.max_attempts = max_attempts
        self.give_up_after = give_up_after
        """Transient failures are retried this long after the call was queued; 429s never count."""
        self.failing = 0
        """Transient failures since the last call that went through."""
        self.backoff_seconds = backoff_seconds
        self.backoff_max_seconds = backoff_max_seconds
        self.signal = outbox_signal
        self.batch = batch
        self.max_batches = max_batches
        self.clock = clock
        self._in_flight: set[int] = set()
        self._batches: set[asyncio.Task[None]] = set()
        self._known: dict[int, _Known] = {}
        self._chats: dict[str, list[int]] = {}
        """Each chat's pending messages and deletions, oldest first: only the first may be made."""
        self._callbacks: set[int] = set()
        self._scanned = -math.inf
        self.sent = 0
        self.failed = 0

    async def run(self, stop: asyncio.Event) -> None:
        failures = 0
        try:
            while not stop.is_set():
                generation = self.signal.generation
                try:
                    wait = await self.round()
                except Exception as exc:
                    failures += 1
                    delay = backoff(failures, 0.5, 30.0)
                    log.warning("sender cannot reach the database", extra={"error": type(exc).__name__})
                    await sleep_unless(stop, delay)
                    continue
                failures = 0
                if wait > 0:
                    await self.signal.wait(generation, min(wait, IDLE_POLL_SECONDS), stop)
        finally:
            if self._batches:  # let calls under way finish and be recorded
                await asyncio.wait(self._batches, timeout=self.api_timeout + TIMEOUT_GRACE_SECONDS + 5)

    def offer(self, calls: Sequence[DueCall]) -> None:
        """Calls just committed by this process's worker: known at once, no query needed to find them."""
        now = time.monotonic()
        for call in calls:
            self._remember(call, now)
        self.signal.notify()

    def _remember(self, call: DueCall, due: float) -> None:
        if call.id in self._known:
            return
        self._known[call.id] = _Known(call.chat_key, call.kind, due)
        if call.kind == CALLBACK:
            self._callbacks.add(call.id)
        else:
            bisect.insort(self._chats.setdefault(call.chat_key, []), call.id)

    def _forget(self, call_id: int) -> None:
        known = self._known.pop(call_id, None)
        if known is None:
            return
        if known.kind == CALLBACK:
            self._callbacks.discard(call_id)
            return
        queue = self._chats.get(known.chat_key)
        if queue is not None:
            queue.remove(call_id)
            if not queue:
                del self._chats[known.chat_key]

    async def round(self) -> float:
        """Start sending what may go now; return how long to wait before the next round (0: go on).

        What to send comes from memory (calls this process queued) and, at least every
        `SCAN_SECONDS` or when memory holds nothing, from the outbox itself: calls another process
        queued, calls left by a crash, calls an operator queued again. The outbox stays the truth:
        every call is locked and checked there before it is made.
        """
        monotonic = time.monotonic()
        if not self._known or monotonic - self._scanned >= SCAN_SECONDS:
            self._scanned = monotonic
            for call in await self.outbox.due_calls(self.clock(), SCAN_LIMIT):
                self._remember(call, monotonic)
        free = self.max_batches - len(self._batches)
        if free <= 0:
            return IDLE_POLL_SECONDS  # a finishing batch wakes us
        room = free * self.batch
        heads = [queue[0] for queue in self._chats.values() if queue[0] not in self._in_flight]
        heads += [call_id for call_id in self._callbacks if call_id not in self._in_flight]
        # Oldest first, but a chat's second lane (the volunteer group's cards) after its own calls:
        # both share the group's sending limit, and a volunteer's answer should not wait for a flood.
        heads.sort(key=lambda call_id: (is_lane(self._known[call_id].chat_key), call_id))
        chosen: list[int] = []
        wait = math.inf
        for call_id in heads:
            known = self._known[call_id]
            if known.due > monotonic:
                wait = min(wait, known.due - monotonic)
                continue
            pause = self.limiter.acquire(rate_id(known.chat_key), message=known.kind in self._messages)
            if pause > 0:
                wait = min(wait, pause)
                continue
            if self.extra is not None and known.kind in self.extra.slow_kinds:
                self._start_batch([call_id])  # minutes of work: alone, so no other call waits for it
                continue
            chosen.append(call_id)
            if len(chosen) >= room:
                break
        for start in range(0, len(chosen), self.batch):
            self._start_batch(chosen[start : start + self.batch])
        if chosen:
            return 0.0
        if math.isfinite(wait):
            return wait
        if self._known:
            return IDLE_POLL_SECONDS  # all of it under way
        next_due = await self.outbox.next_due_at()
        now = self.clock()
        if next_due is None or next_due <= now:  # nothing, or only calls another process is making
            return IDLE_POLL_SECONDS
        return min((next_due - now).total_seconds(), IDLE_POLL_SECONDS)

    def _start_batch(self, ids: list[int]) -> None:
        self._in_flight.update(ids)
        task = asyncio.create_task(self._send_batch(ids), name="tipline-send")
        self._batches.add(task)

        def finished(done: asyncio.Task[None]) -> None:
            self._batches.discard(done)
            self._in_flight.difference_update(ids)
            self.signal.notify()  # the chats' next calls may go now

        task.add_done_callback(finished)

    async def _send_batch(self, ids: list[int]) -> None:
        results: list[CallResult] = []
        try:
            if self.outbox.gate.postgres:
                async with self.outbox.gate.write() as session:
                    calls = await self.outbox.lock_calls(session, ids)
                    results = await self._deliver_all(calls)
                    await self.outbox.record_results(session, results, self.clock())
            else:
                async with self.outbox.gate.db.sessions() as session:
                    calls = await self.outbox.lock_calls(session, ids)
                results = await self._deliver_all(calls)
                await self._record(results)
        except Exception as exc:
            # Unrecorded calls stay pending and are made again: a duplicate, never a loss.
            log.error("could not record a batch of Bot API calls", extra={"error": type(exc).__name__})
            for call_id in ids:
                self._forget(call_id)  # the next scan finds what is still pending
            return
        retried = {result.id: result for result in results if result.status == PENDING}
        monotonic = time.monotonic()
        for call_id in ids:
            result = retried.get(call_id)
            if result is None:  # made, failed for good, or not ours to make (another process has it)
                self._forget(call_id)
            else:
                pause = (result.retry_at - self.clock()).total_seconds() if result.retry_at else 0.0
                self._known[call_id].due = monotonic + max(pause, 0.0)

    async def _record(self, results: Sequence[CallResult]) -> None:
        for attempt in range(1, RECORD_ATTEMPTS + 1):
            try:
                async with self.outbox.gate.write() as session:
                    await self.outbox.record_results(session, results, self.clock())
                return
            except Exception:
                if attempt == RECORD_ATTEMPTS:
                    raise
                await asyncio.sleep(backoff(attempt, 0.2, 2.0))

    async def _deliver_all(self, calls: Sequence[OutboxCall]) -> list[CallResult]:
        """Make the calls at once. One outer bound for the batch (a timer per call cost a twentieth of
        the sending time): a call still under way after it is abandoned and retried, as a timeout."""
        if not calls:
            return []
        tasks = [asyncio.ensure_future(self._deliver(call)) for call in calls]
        try:
            _done, late = await asyncio.wait(tasks, timeout=max(self._limit(call.kind) for call in calls))
        except asyncio.CancelledError:
            for task in tasks:
                task.cancel()
            raise
        for task in late:
            task.cancel()
        if late:
            await asyncio.wait(late)
        return [
            self._retry(call, call.attempts + 1, "timed out", None) if task in late else task.result()
            for call, task in zip(calls, tasks, strict=True)
        ]

    def _limit(self, kind: str) -> float:
        limit = self.api_timeout + TIMEOUT_GRACE_SECONDS
        return limit if self.extra is None else self.extra.timeout(kind, limit)

    async def _deliver(self, call: OutboxCall) -> CallResult:
        attempts = call.attempts + 1
        try:
            await self._call(call)
        except RetryAfter as exc:  # Telegram said when: not a failure, and never counted as an attempt
            self.metrics.flood(max(exc.seconds, 0.0))
            self.metrics.sent(call.kind, "flood")
            return self._retry(call, call.attempts, exc.description, max(exc.seconds, 0.0))
        except PermanentFailure as exc:
            self.metrics.sent(call.kind, "failed")
            return self._fail(call, attempts, exc.description)
        except DeliveryError as exc:
            self.metrics.sent(call.kind, "retry", exc.description)
            return self._retry(call, attempts, exc.description, None)
        except TimeoutError:
            self.metrics.sent(call.kind, "retry", "timed out")
            return self._retry(call, attempts, "timed out", None)
        except Exception as exc:  # a driver bug must not lose the message: retry, bounded
            log.exception("unexpected error from the Bot API client", extra={"kind": call.kind})
            self.metrics.sent(call.kind, "retry", type(exc).__name__)
            return self._retry(call, attempts, type(exc).__name__, None)
        self.sent += 1
        self.metrics.sent(call.kind, "sent")
        self.failing = 0
        return CallResult(call.id, SENT, attempts)

    async def _call(self, call: OutboxCall) -> None:
        if call.chat_key is None:
            raise PermanentFailure("its address was sealed with a key Tipline no longer has")
        chat_id = chat_id_of(call.chat_key)
        payload = call.payload or {}
        if call.kind == MESSAGE:
            text, buttons = message_payload(payload)
            await self.client.send_message(chat_id, text, buttons)
        elif call.kind == DELETE:
            await self.client.delete_message(chat_id, int(payload["message_id"]))
        elif call.kind == CALLBACK:
            notice = payload.get("text")
            await self.client.answer_callback(str(payload["callback_id"]), None if notice is None else str(notice))
        elif self.extra is not None and call.kind in self.extra.kinds:
            await self.extra.call(self.client, call.kind, chat_id, payload)
        else:
            raise PermanentFailure(f"unknown outbox kind {call.kind!r}")

    def _retry(self, call: OutboxCall, attempts: int, error: str, retry_after: float | None) -> CallResult:
        if retry_after is None:
            self._note_failing(call, error)
            if call.created_at is not None and self.clock() - call.created_at >= self.give_up_after:
                hours = round(self.give_up_after.total_seconds() / 3600, 2)
                return self._fail(call, attempts, f"gave up after {hours} hours ({attempts} attempts): {error}")
        if attempts >= self.max_attempts:
            return self._fail(call, attempts, f"gave up after {attempts} attempts: {error}")
        if retry_after is None:
            pause = backoff(attempts, self.backoff_seconds, self.backoff_max_seconds, _jitter.uniform(0, 0.25))
        else:
            pause = retry_after
        log.info("Bot API call will be retried", extra={"kind": call.kind, "error": error, "retry_in": pause})
        return CallResult(call.id, PENDING, attempts, error, self.clock() + timedelta(seconds=pause))

    def _note_failing(self, call: OutboxCall, error: str) -> None:
        self.failing += 1
        if self.failing == PILING_UP or (self.failing > PILING_UP and self.failing % (PILING_UP * 10) == 0):
            log.error(
                "Bot API calls keep failing: messages are piling up in the outbox (`tipline outbox status`)",
                extra={"failures_in_a_row": self.failing, "kind": call.kind, "error": error},
            )

    def _fail(self, call: OutboxCall, attempts: int, error: str) -> CallResult:
        self.failed += 1
        level = logging.WARNING if call.kind == MESSAGE else logging.INFO
        log.log(level, "Bot API call failed for good", extra={"kind": call.kind, "error": error})
        return CallResult(call.id, FAILED, attempts, error)
