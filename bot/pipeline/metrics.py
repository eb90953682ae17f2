"""What the pipeline counts for /metrics (Prometheus): volumes, latencies, results, Telegram's flood waits.

Labels are closed sets (a call's kind, a send's result): never a chat id, a pseudonym or any text, so
a scrape reveals how busy the bot is and nothing about who uses it. One registry per pipeline, so
several pipelines in one process (the tests) never share counts. The database's own numbers (queue
depths and ages, tips filed, cases opened) are read at scrape time by `bot.pipeline.health`.
"""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)
"""Seconds from Telegram's update reaching the inbox to its replies being queued (a person's wait)."""
RETRY_AFTER_BUCKETS = (1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0, 1800.0)
RESULTS = ("sent", "retry", "failed", "flood")
"""A send's result: made; failed for now (retried later); failed for good; refused with 429 (retried later)."""
FAILURES_BEFORE_UNHEALTHY = 5
"""Consecutive failures to reach Telegram (getUpdates, or sends) after which /healthz says 503."""


@dataclass
class Streak:
    """Failures in a row of one activity, and the last one's error (an error kind, never user text)."""

    count: int = 0
    last_error: str = ""

    def ok(self) -> None:
        self.count = 0

    def failed(self, error: str) -> None:
        self.count += 1
        self.last_error = error[:200]


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.updates_received = Counter(
            "tipline_updates_received", "Updates from Telegram saved to the inbox.", registry=r
        )
        self.updates_processed = Counter("tipline_updates_processed", "Updates processed (turns taken).", registry=r)
        self.updates_failed = Counter(
            "tipline_updates_failed",
            "Updates set aside after repeated errors (see `tipline outbox status`).",
            registry=r,
        )
        self.update_latency = Histogram(
            "tipline_update_latency_seconds",
            "Seconds from an update's arrival in the inbox until it was processed.",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.sends = Counter(
            "tipline_sends", "Bot API calls from the outbox, by kind and result.", ["kind", "result"], registry=r
        )
        self.flood_waits = Counter(
            "tipline_telegram_flood_waits", "Times Telegram answered 429 (too many requests).", registry=r
        )
        self.retry_after = Histogram(
            "tipline_telegram_retry_after_seconds",
            "The retry_after Telegram asked for with each 429.",
            buckets=RETRY_AFTER_BUCKETS,
            registry=r,
        )
        self.purge_runs = Counter("tipline_purge_runs", "Purges of old inbox and outbox rows.", ["result"], registry=r)
        self.purged_rows = Counter("tipline_purged_rows", "Inbox and outbox rows the purges deleted.", registry=r)
        self.receiving = Streak()
        self.sending = Streak()

    def received(self, count: int) -> None:
        self.updates_received.inc(count)
        self.receiving.ok()

    def receive_failed(self, error: str) -> None:
        self.receiving.failed(error)

    def flood(self, retry_after: float) -> None:
        self.flood_waits.inc()
        self.retry_after.observe(retry_after)

    def sent(self, kind: str, result: str, error: str = "") -> None:
        self.sends.labels(kind=kind, result=result).inc()
        # A call refused for good (a person blocked the bot) still reached Telegram: only transient
        # failures (timeouts, 5xx, no network) make a streak.
        if result in ("sent", "failed"):
            self.sending.ok()
        elif result == "retry":
            self.sending.failed(error)
