"""Telegram's flood limits as token buckets: per chat (~1 message/s), per group (20/min), overall (~30/s).

Buckets live in the process that sends; with several processes, give each its share of the global
rate. Flood-control answers (429 retry_after) are not kept here but on the outbox row, so every
process honours them.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

PRUNE_EVERY = 1024


class TokenBucket:
    """`rate` tokens a second, holding at most `capacity`; a rate of 0 means unlimited."""

    __slots__ = ("capacity", "rate", "tokens", "updated")

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self.rate = rate
        self.capacity = max(capacity, 1.0)
        self.tokens = self.capacity
        self.updated = now

    def _refill(self, now: float) -> None:
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now

    def wait_time(self, now: float) -> float:
        """Seconds until a token is free (0: now)."""
        if self.rate <= 0:
            return 0.0
        self._refill(now)
        return 0.0 if self.tokens >= 1.0 else (1.0 - self.tokens) / self.rate

    def take(self) -> None:
        if self.rate > 0:
            self.tokens -= 1.0

    def full(self, now: float) -> bool:
        self._refill(now)
        return self.tokens >= self.capacity


class SendLimiter:
    def __init__(
        self,
        *,
        chat_rate: float,
        chat_burst: int,
        group_per_minute: float,
        global_rate: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.chat_rate = chat_rate
        self.chat_burst = chat_burst
        self.group_rate = group_per_minute / 60.0
        self.clock = clock
        self.overall = TokenBucket(global_rate, max(global_rate, 1.0), clock())
        self._chats: dict[int, TokenBucket] = {}
        self._calls = 0

    def acquire(self, chat_id: int, *, message: bool = True) -> float:
        """Take a token for one call to `chat_id` if every bucket has one: 0.0; else the seconds to wait.

        Only messages count against the per-chat and per-group limits; other calls (deleting a
        message, stopping a button's spinner) only against the overall rate.
        """
        now = self.clock()
        wait = self.overall.wait_time(now)
        bucket = self._bucket(chat_id, now) if message else None
        if bucket is not None:
            wait = max(wait, bucket.wait_time(now))
        if wait > 0:
            return wait
        self.overall.take()
        if bucket is not None:
            bucket.take()
        return 0.0

    def _bucket(self, chat_id: int, now: float) -> TokenBucket | None:
        rate = self.group_rate if chat_id < 0 else self.chat_rate
        if rate <= 0:
            return None
        bucket = self._chats.get(chat_id)
        if bucket is None:
            bucket = self._chats[chat_id] = TokenBucket(rate, self.chat_burst, now)
        self._calls += 1
        if self._calls % PRUNE_EVERY == 0:
            self._prune(now)
        return bucket

    def _prune(self, now: float) -> None:
        """Forget chats whose bucket is full again: a new bucket would be the same."""
        for chat_id in [key for key, bucket in self._chats.items() if bucket.full(now)]:
            del self._chats[chat_id]

    @property
    def tracked_chats(self) -> int:
        return len(self._chats)


def backoff(attempt: int, base: float, cap: float, jitter: float = 0.0) -> float:
    """The pause after the `attempt`-th failure (1-based): doubling from `base`, never above `cap`.

    `jitter` in [0, 1) shortens it by up to that fraction, so many failures do not retry in step.
    """
    exponent = min(max(attempt - 1, 0), 62)
    delay = min(cap, base * math.pow(2.0, exponent))
    return delay * (1.0 - jitter)
