"""The delivery loop: each destination drained on its own, within its rate, retried with doubling
pauses while its receiver is away, and set aside as a dead letter once an event is too old.

It runs inside `tipline run` (bot/app/forward.py starts it next to the pipeline) and in as many
processes as run: claims are leases (bot/forward/queue.py), so each row is delivered by one of
them at a time. After a failure the whole destination pauses (doubling, up to the maximum) rather
than trying every queued event against a receiver that is down; when it answers again the queue
drains oldest first. Nothing is dropped on the way: a row leaves `pending` only delivered or, after
TIPLINE_FORWARD_GIVE_UP_HOURS, as `failed`, which `tipline forward retry` queues again.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Protocol

from bot.forward.mail import MailTexts, digest_mail, event_mail, message
from bot.forward.queue import (
    DELIVERED,
    EMAIL,
    FAILED,
    PENDING,
    WEBHOOK,
    Claimed,
    Outcome,
    claim,
    oldest_due,
    purge,
    record,
)
from bot.forward.smtp import SmtpClient
from bot.forward.webhook import PermanentError, TransientError, WebhookClient
from bot.pipeline.ratelimit import TokenBucket, backoff
from bot.pipeline.signals import sleep_unless
from bot.pipeline.tables import WriteGate

log = logging.getLogger(__name__)

WEBHOOK_BATCH = 8
"""Events posted at once to the webhook (each its own request)."""
DIGEST_LIMIT = 500
"""Events one digest mail holds at most; more go in the next one."""
POLL_SECONDS = 1.0
LEASE_GRACE_SECONDS = 60.0
PURGE_EVERY_SECONDS = 600.0
RECORD_ATTEMPTS = 3
_jitter = random.Random()  # noqa: S311 - spreading retries, not a secret


class Channel(Protocol):
    """One destination's way of delivering claimed rows."""

    destination: str
    batch: int
    digest: timedelta | None
    """Deliver only once the oldest waiting row is this old, then all together (one digest mail)."""

    async def deliver(self, rows: Sequence[Claimed]) -> dict[int, Exception | None]:
        """Each row's error (TransientError, PermanentError), or None when delivered."""

    async def close(self) -> None: ...


class WebhookChannel:
    destination = WEBHOOK
    digest: timedelta | None = None

    def __init__(self, client: WebhookClient, batch: int = WEBHOOK_BATCH) -> None:
        self.client = client
        self.batch = batch

    async def deliver(self, rows: Sequence[Claimed]) -> dict[int, Exception | None]:
        bound = self.client.timeout.total or 10.0

        async def one(row: Claimed) -> Exception | None:
            try:
                await asyncio.wait_for(self.client.post(row.event_id, row.kind, row.payload), bound + 2.0)
            except (TransientError, PermanentError) as exc:
                return exc
            except TimeoutError:
                return TransientError(f"no answer within {bound:g} s")
            return None

        results = await asyncio.gather(*(one(row) for row in rows))
        return {row.id: result for row, result in zip(rows, results, strict=True)}

    async def close(self) -> None:
        await self.client.close()


class EmailChannel:
    destination = EMAIL

    def __init__(
        self,
        client: SmtpClient,
        texts: MailTexts,
        *,
        digest_minutes: int,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.client = client
        self.texts = texts
        self.digest = timedelta(minutes=digest_minutes) if digest_minutes > 0 else None
        self.batch = DIGEST_LIMIT if self.digest else 1
        self.clock = clock

    async def deliver(self, rows: Sequence[Claimed]) -> dict[int, Exception | None]:
        if not rows:
            return {}
        if self.digest is not None:
            mail = digest_mail(self.texts, [row.payload for row in rows])
            message_id = f"digest.{rows[0].event_id}"
            error = await self._send(
                message(mail, self.client.sender, self.client.recipients, self.clock(), message_id)
            )
            return {row.id: error for row in rows}
        outcome: dict[int, Exception | None] = {}
        for row in rows:
            mail = event_mail(self.texts, row.payload)
            outcome[row.id] = await self._send(
                message(mail, self.client.sender, self.client.recipients, self.clock(), row.event_id)
            )
        return outcome

    async def _send(self, mail: EmailMessage) -> Exception | None:
        try:
            await self.client.send(mail)
        except (TransientError, PermanentError) as exc:
            return exc
        return None

    async def close(self) -> None:
        return None


@dataclass
class _State:
    bucket: TokenBucket
    failures: int = 0
    paused_until: float = 0.0
    delivered: int = 0
    failed: int = 0
    last_error: str | None = None


class Forwarder:
    def __init__(
        self,
        gate: WriteGate,
        channels: Sequence[Channel],
        *,
        timeout: float,
        backoff_seconds: float,
        backoff_max_seconds: float,
        give_up: timedelta,
        per_minute: float,
        keep_delivered: timedelta = timedelta(hours=48),
        keep_failed: timedelta = timedelta(days=30),
        poll_seconds: float = POLL_SECONDS,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.gate = gate
        self.channels = list(channels)
        self.lease = timedelta(seconds=timeout * 3 + LEASE_GRACE_SECONDS)
        self.backoff_seconds = backoff_seconds
        self.backoff_max_seconds = backoff_max_seconds
        self.give_up = give_up
        self.keep_delivered = keep_delivered
        self.keep_failed = keep_failed
        self.poll_seconds = poll_seconds
        self.clock = clock
        rate = per_minute / 60.0
        self.states = {
            channel.destination: _State(TokenBucket(rate, max(1.0, rate), time.monotonic())) for channel in channels
        }

    @property
    def delivered(self) -> int:
        return sum(state.delivered for state in self.states.values())

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until `stop` is set; then close the clients."""
        try:
            async with asyncio.TaskGroup() as group:
                for channel in self.channels:
                    group.create_task(self._drain(channel, stop), name=f"tipline-forward-{channel.destination}")
                group.create_task(self._purge(stop), name="tipline-forward-purge")
        finally:
            for channel in self.channels:
                await channel.close()

    async def _drain(self, channel: Channel, stop: asyncio.Event) -> None:
        failures = 0
        while not stop.is_set():
            try:
                wait = await self.round(channel)
                failures = 0
            except Exception as exc:  # the database is away: try again, slower each time
                failures += 1
                log.warning("forwarding cannot reach the database", extra={"error": type(exc).__name__})
                wait = backoff(failures, 0.5, 30.0)
            if wait > 0:
                await sleep_unless(stop, wait)

    async def round(self, channel: Channel) -> float:
        """Deliver what may go now to one destination; return how long to wait (0: go on at once)."""
        state = self.states[channel.destination]
        monotonic = time.monotonic()
        if state.paused_until > monotonic:
            return min(state.paused_until - monotonic, self.poll_seconds)
        now = self.clock()
        if channel.digest is not None:
            async with self.gate.db.sessions() as session:
                oldest = await oldest_due(session, channel.destination, now)
            if oldest is None:
                return self.poll_seconds
            age = now - oldest
            if age < channel.digest:
                return min((channel.digest - age).total_seconds(), self.poll_seconds)
        limit = self._take_tokens(channel, state.bucket, monotonic)
        if limit == 0:
            return state.bucket.wait_time(monotonic)
        async with self.gate.write() as session:
            token, rows = await claim(session, channel.destination, now, limit, self.lease, postgres=self.gate.postgres)
        if state.bucket.rate > 0 and channel.digest is None:
            state.bucket.tokens += max(limit - len(rows), 0)  # unused: given back
        if not rows:
            return self.poll_seconds
        try:
            errors = await channel.deliver(rows)
        except Exception as exc:  # a bug must not hold rows claimed forever: retried, then a dead letter
            log.exception("forwarding: unexpected error while delivering", extra={"destination": channel.destination})
            errors = {row.id: TransientError(f"unexpected {type(exc).__name__}") for row in rows}
        outcomes = [self._outcome(channel, state, row, errors.get(row.id)) for row in rows]
        await self._record(token, outcomes)
        if any(outcome.status == PENDING for outcome in outcomes):
            state.failures += 1
            state.paused_until = time.monotonic() + backoff(
                state.failures, self.backoff_seconds, self.backoff_max_seconds
            )
        elif any(outcome.status == DELIVERED for outcome in outcomes):
            state.failures = 0
        return 0.0

    async def _record(self, token: str, outcomes: Sequence[Outcome]) -> None:
        """Write the outcomes, trying a few times: unrecorded rows are delivered again after their
        lease (a duplicate with the same id, never a loss), so a short database blip should not."""
        for attempt in range(1, RECORD_ATTEMPTS + 1):
            try:
                async with self.gate.write() as session:
                    await record(session, token, outcomes, self.clock())
                return
            except Exception:
                if attempt == RECORD_ATTEMPTS:
                    raise
                await asyncio.sleep(backoff(attempt, 0.2, 2.0))

    @staticmethod
    def _take_tokens(channel: Channel, bucket: TokenBucket, monotonic: float) -> int:
        """How many rows to claim: a digest is one mail (one token) for many rows; otherwise one token a row."""
        if bucket.rate <= 0:
            return channel.batch
        taken = 0
        while taken < (1 if channel.digest is not None else channel.batch) and bucket.wait_time(monotonic) == 0:
            bucket.take()
            taken += 1
        if taken == 0:
            return 0
        return channel.batch if channel.digest is not None else taken

    def _outcome(self, channel: Channel, state: _State, row: Claimed, error: Exception | None) -> Outcome:
        now = self.clock()
        if error is None:
            state.delivered += 1
            return Outcome(row.id, DELIVERED)
        attempts = row.attempts + 1
        state.last_error = str(error)
        extra = {"destination": channel.destination, "kind": row.kind, "error": str(error), "attempts": attempts}
        if isinstance(error, TransientError) and now - row.created_at < self.give_up:
            pause = backoff(attempts, self.backoff_seconds, self.backoff_max_seconds, _jitter.uniform(0, 0.25))
            if error.retry_after is not None:
                pause = min(max(error.retry_after, pause), self.backoff_max_seconds)
            log.info("forwarding failed; will retry", extra=extra | {"retry_in": pause})
            return Outcome(row.id, PENDING, str(error), now + timedelta(seconds=pause))
        state.failed += 1
        if isinstance(error, TransientError):
            hours = (now - row.created_at).total_seconds() / 3600
            message_ = f"gave up after {attempts} attempts over {hours:.1f} h: {error}"
        else:
            message_ = str(error)
        log.warning("forwarding failed for good; see `tipline forward failed`", extra=extra)
        return Outcome(row.id, FAILED, message_)

    async def _purge(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                async with self.gate.write() as session:
                    removed = await purge(session, self.clock(), self.keep_delivered, self.keep_failed)
                if removed:
                    log.info("purged delivered and expired forwarding rows", extra={"rows": removed})
            except Exception as exc:
                log.warning("forwarding purge failed; will try again", extra={"error": type(exc).__name__})
            await sleep_unless(stop, PURGE_EVERY_SECONDS)
