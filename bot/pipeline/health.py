"""/healthz and /metrics on TIPLINE_HEALTH_LISTEN, in polling and webhook mode alike.

/healthz answers 200, or 503 with the reasons, from what an operator needs to act on: the database
answers; updates do not wait (the worker keeps up); the outbox drains (the sender keeps up); Telegram
is reachable (no streak of failed polls or sends, and calls failing for a transient reason do not
pile up in the outbox). Its body is JSON with the numbers behind it.
/metrics is the Prometheus text format: the process's counters (`bot.pipeline.metrics`) and, read
from the database at each scrape, queue depths and ages, tips filed and cases opened. Neither shows a
chat id, a pseudonym or any text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from bot.pipeline.metrics import FAILURES_BEFORE_UNHEALTHY, Metrics
from bot.pipeline.sender import PILING_UP
from bot.pipeline.tables import FAILED, INBOX, OUTBOX, PENDING, WriteGate, aware, literally
from bot.storage.models import Case, Tip

QUERY_TIMEOUT_SECONDS = 5.0
MAX_UPDATE_WAIT_SECONDS = 300.0
"""An update waiting longer than this: the worker is stuck or far behind (a person waits for an answer)."""
MAX_OUTBOX_OVERDUE_SECONDS = 600.0
"""A call due longer ago than this and still not made: the sender is stuck or far behind. (Calls held
back by Telegram's rate limits or a retry_after are not yet due, so they do not count.)"""
MAX_OUTBOX_RETRYING = PILING_UP
"""Pending calls that already failed at least once (Telegram or the network down): this many mean an
outage that the sender is riding out (it retries until TIPLINE_SEND_GIVE_UP_HOURS and logs an error);
an operator should know before the give-up time sets them aside."""


@dataclass(frozen=True)
class Snapshot:
    """The database's side of the bot's health, in one read."""

    inbox_pending: int
    inbox_oldest_at: datetime | None
    inbox_failed: int
    outbox_pending: int
    outbox_oldest_at: datetime | None
    outbox_oldest_due_at: datetime | None
    outbox_failed: int
    tips: int
    cases: int
    outbox_retrying: int = 0
    """Pending calls that failed at least once: piling up means an outage (issue 13)."""


async def read_snapshot(gate: WriteGate) -> Snapshot:
    inbox = select(func.count(), func.min(INBOX.c.received_at)).where(literally(INBOX.c.status, PENDING))
    outbox = select(func.count(), func.min(OUTBOX.c.created_at), func.min(OUTBOX.c.not_before)).where(
        literally(OUTBOX.c.status, PENDING)
    )
    async with gate.db.sessions() as session:
        inbox_pending, inbox_oldest = (await session.execute(inbox)).one()
        outbox_pending, outbox_oldest, outbox_due = (await session.execute(outbox)).one()
        inbox_failed = (await session.execute(select(func.count()).where(literally(INBOX.c.status, FAILED)))).scalar()
        outbox_failed = (await session.execute(select(func.count()).where(literally(OUTBOX.c.status, FAILED)))).scalar()
        outbox_retrying = (
            await session.execute(
                select(func.count()).where(literally(OUTBOX.c.status, PENDING), OUTBOX.c.attempts > 0)
            )
        ).scalar()
        tips = (await session.execute(select(func.count()).select_from(Tip))).scalar()
        cases = (await session.execute(select(func.count()).select_from(Case))).scalar()
    return Snapshot(
        inbox_pending=int(inbox_pending),
        inbox_oldest_at=aware(inbox_oldest),
        inbox_failed=int(inbox_failed or 0),
        outbox_pending=int(outbox_pending),
        outbox_oldest_at=aware(outbox_oldest),
        outbox_oldest_due_at=aware(outbox_due),
        outbox_failed=int(outbox_failed or 0),
        tips=int(tips or 0),
        cases=int(cases or 0),
        outbox_retrying=int(outbox_retrying or 0),
    )


def _age(now: datetime, then: datetime | None) -> float:
    return 0.0 if then is None else round(max((now - then).total_seconds(), 0.0), 3)


def verdict(snapshot: Snapshot, metrics: Metrics, now: datetime) -> list[str]:
    """Why the bot is unhealthy, one reason a line; empty when it is healthy."""
    reasons = []
    waiting = _age(now, snapshot.inbox_oldest_at)
    if waiting > MAX_UPDATE_WAIT_SECONDS:
        reasons.append(f"updates are waiting: the oldest for {waiting:.0f}s ({snapshot.inbox_pending} pending)")
    overdue = _age(now, snapshot.outbox_oldest_due_at)
    if overdue > MAX_OUTBOX_OVERDUE_SECONDS:
        reasons.append(
            f"the outbox is not draining: a call is overdue by {overdue:.0f}s ({snapshot.outbox_pending} pending)"
        )
    if snapshot.outbox_retrying >= MAX_OUTBOX_RETRYING:
        reasons.append(f"calls are piling up: {snapshot.outbox_retrying} failed at least once and wait to be retried")
    for what, streak in (("getUpdates", metrics.receiving), ("Bot API calls", metrics.sending)):
        if streak.count >= FAILURES_BEFORE_UNHEALTHY:
            reasons.append(f"Telegram: {streak.count} {what} failed in a row (last: {streak.last_error})")
    return reasons


class HealthServer:
    def __init__(
        self, gate: WriteGate, metrics: Metrics, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self.gate = gate
        self.metrics = metrics
        self.clock = clock
        self._last: Snapshot | None = None
        metrics.registry.register(_DatabaseCollector(self))

    def application(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/metrics", self.scrape)
        return app

    async def _snapshot(self) -> Snapshot:
        async with asyncio.timeout(QUERY_TIMEOUT_SECONDS):
            return await read_snapshot(self.gate)

    async def healthz(self, _request: web.Request) -> web.Response:
        try:
            snapshot = await self._snapshot()
        except Exception as exc:
            reason = f"database: unavailable ({type(exc).__name__})"
            return web.json_response(
                {"status": "unhealthy", "reasons": [reason], "database": "unavailable"}, status=503
            )
        now = self.clock()
        reasons = verdict(snapshot, self.metrics, now)
        body: dict[str, object] = {
            "status": "unhealthy" if reasons else "ok",
            "reasons": reasons,
            "database": "ok",
            "inbox_pending": snapshot.inbox_pending,
            "oldest_pending_seconds": _age(now, snapshot.inbox_oldest_at) if snapshot.inbox_oldest_at else None,
            "inbox_failed": snapshot.inbox_failed,
            "outbox_pending": snapshot.outbox_pending,
            "outbox_oldest_seconds": _age(now, snapshot.outbox_oldest_at) if snapshot.outbox_oldest_at else None,
            "outbox_failed": snapshot.outbox_failed,
            "outbox_retrying": snapshot.outbox_retrying,
            "telegram_receive_failures": self.metrics.receiving.count,
            "telegram_send_failures": self.metrics.sending.count,
        }
        return web.json_response(body, status=503 if reasons else 200)

    async def scrape(self, _request: web.Request) -> web.Response:
        try:
            self._last = await self._snapshot()
        except Exception:
            self._last = None  # tipline_database_up 0; the process's own counters still go out
        body = generate_latest(self.metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


class _DatabaseCollector(Collector):
    """The database's numbers, as read for the scrape in progress (prometheus_client collects synchronously)."""

    def __init__(self, server: HealthServer) -> None:
        self.server = server

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        snapshot = self.server._last
        yield GaugeMetricFamily(
            "tipline_database_up", "1 if the database answered this scrape.", value=int(bool(snapshot))
        )
        if snapshot is None:
            return
        now = self.server.clock()
        gauges = (
            ("tipline_inbox_pending", "Updates waiting to be processed.", snapshot.inbox_pending),
            ("tipline_inbox_oldest_seconds", "Age of the oldest waiting update.", _age(now, snapshot.inbox_oldest_at)),
            ("tipline_inbox_failed", "Updates set aside after repeated errors.", snapshot.inbox_failed),
            ("tipline_outbox_pending", "Bot API calls waiting to be made (the outbox depth).", snapshot.outbox_pending),
            ("tipline_outbox_oldest_seconds", "Age of the oldest waiting call.", _age(now, snapshot.outbox_oldest_at)),
            (
                "tipline_outbox_overdue_seconds",
                "How long ago the most overdue waiting call was due.",
                _age(now, snapshot.outbox_oldest_due_at),
            ),
            (
                "tipline_outbox_failed",
                "Bot API calls that failed for good, kept for `tipline outbox failed`.",
                snapshot.outbox_failed,
            ),
            (
                "tipline_outbox_retrying",
                "Bot API calls waiting to be tried again after a transient failure (an outage piles them up).",
                snapshot.outbox_retrying,
            ),
        )
        for name, documentation, value in gauges:
            yield GaugeMetricFamily(name, documentation, value=value)
        # Counted in the database, so every replica reports the same totals and a restart resets nothing.
        yield CounterMetricFamily("tipline_tips_filed", "Tips filed, all time.", value=snapshot.tips)
        yield CounterMetricFamily("tipline_cases_opened", "Cases opened, all time.", value=snapshot.cases)
