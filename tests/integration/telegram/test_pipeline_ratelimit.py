"""Token buckets for Telegram's flood limits, on a fake clock."""

from __future__ import annotations

import pytest

from bot.pipeline.ratelimit import SendLimiter, backoff


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def limiter(clock: Clock, **overrides: float) -> SendLimiter:
    values: dict[str, float] = {"chat_rate": 1.0, "chat_burst": 3, "group_per_minute": 20.0, "global_rate": 30.0}
    values.update(overrides)
    return SendLimiter(
        chat_rate=values["chat_rate"],
        chat_burst=int(values["chat_burst"]),
        group_per_minute=values["group_per_minute"],
        global_rate=values["global_rate"],
        clock=clock,
    )


def test_one_chat_gets_a_burst_then_one_message_a_second() -> None:
    clock = Clock()
    limits = limiter(clock)
    assert [limits.acquire(7) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limits.acquire(7) == pytest.approx(1.0)
    assert limits.acquire(8) == 0.0  # another chat is not held back
    clock.now += 0.5
    assert limits.acquire(7) == pytest.approx(0.5)
    clock.now += 0.5
    assert limits.acquire(7) == 0.0


def test_groups_get_twenty_a_minute() -> None:
    clock = Clock()
    limits = limiter(clock, chat_burst=1)
    assert limits.acquire(-100) == 0.0
    assert limits.acquire(-100) == pytest.approx(3.0)
    clock.now += 3.0
    assert limits.acquire(-100) == 0.0


def test_overall_rate_and_calls_that_are_not_messages() -> None:
    clock = Clock()
    limits = limiter(clock, global_rate=2.0, chat_rate=0.0)
    assert limits.acquire(1) == 0.0
    assert limits.acquire(2, message=False) == 0.0
    assert limits.acquire(3) == pytest.approx(0.5)
    assert limits.acquire(4, message=False) == pytest.approx(0.5)  # deletions count overall too
    clock.now += 0.5
    assert limits.acquire(3) == 0.0


def test_deletions_and_callbacks_do_not_use_a_chats_message_budget() -> None:
    clock = Clock()
    limits = limiter(clock, chat_burst=1)
    assert limits.acquire(7) == 0.0
    assert limits.acquire(7, message=False) == 0.0
    assert limits.acquire(7) == pytest.approx(1.0)


def test_zero_means_unlimited() -> None:
    limits = limiter(Clock(), chat_rate=0.0, group_per_minute=0.0, global_rate=0.0)
    assert all(limits.acquire(chat) == 0.0 for chat in [1, 1, 1, -5, -5, -5] * 100)
    assert limits.tracked_chats == 0


def test_idle_chats_are_forgotten() -> None:
    clock = Clock()
    limits = limiter(clock, global_rate=0.0)
    for chat in range(2000):
        limits.acquire(chat)
    clock.now += 10
    for _ in range(1024):
        limits.acquire(1)
    assert limits.tracked_chats < 50


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n, 1.0, 30.0) for n in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]
    assert backoff(1000, 1.0, 30.0) == 30.0
    assert backoff(3, 1.0, 30.0, jitter=0.25) == 3.0
