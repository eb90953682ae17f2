"""Delivery to a real HTTP receiver on 127.0.0.1 that verifies every signature as the docs say: it
fails, times out and comes back, and nothing is lost; a duplicate is only ever the same event
again (at-least-once); what it refuses is a dead letter an operator lists and retries."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from bot.app.forward import attach_forwarding
from bot.cli import main
from bot.desk.messages import DeskRequest
from bot.engine.events import Command
from bot.forward.deliver import Forwarder
from bot.forward.queue import DELIVERED, FAILED, PENDING, WEBHOOK, Claimed, Outcome, claim, purge, record
from bot.pipeline.tables import WriteGate
from bot.settings import Settings
from bot.storage.models import ForwardEvent
from tests.integration.cases.conftest import VOLUNTEER_CHAT, DeskRig, volunteer
from tests.integration.forward.conftest import (
    SECRET,
    Receiver,
    forward_settings,
    forwarder_for,
    report,
    until_states,
    wait_until,
)

DOCS = Path(__file__).resolve().parents[3] / "docs" / "forwarding.md"


@pytest.fixture
def settings(tipline_settings: Settings, receiver: Receiver) -> Settings:
    return forward_settings(tipline_settings, forward_url=receiver.url, forward_secret=SECRET, forward_timeout=0.5)


@pytest.fixture
def live(rig: DeskRig) -> DeskRig:
    """Events stamped with the real time, as in production, so retries and give-up run on it."""
    rig.clock.now = datetime.now(UTC)
    return rig


@asynccontextmanager
async def running(forwarder: Forwarder) -> AsyncIterator[Forwarder]:
    stop = asyncio.Event()
    task = asyncio.create_task(forwarder.run(stop))
    try:
        yield forwarder
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


def real_time(forwarder: Forwarder) -> Forwarder:
    forwarder.clock = lambda: datetime.now(UTC)
    return forwarder


async def queued(rig: DeskRig) -> list[ForwardEvent]:
    async with rig.db.transaction() as session:
        return list((await session.scalars(select(ForwardEvent).order_by(ForwardEvent.id))).all())


async def statuses(rig: DeskRig) -> set[str]:
    return {row.status for row in await queued(rig)}


async def test_signed_events_arrive_and_the_documented_python_snippet_verifies_them(
    live: DeskRig, settings: Settings, receiver: Receiver
) -> None:
    forwarder = real_time(forwarder_for(live, settings))
    await volunteer(live.db, 10, "sam.volunteer")
    await report(live.app, "tg:5551")
    async with live.db.transaction() as session:
        await live.desk.handle(session, DeskRequest(10, VOLUNTEER_CHAT, Command(name="claim", args="1")))
    async with running(forwarder):
        await wait_until(lambda: len(receiver.accepted) >= 3, 20, "three events")
    assert receiver.kinds() == ["case.opened", "tip.filed", "case.status_changed"]
    assert receiver.bad_signatures == 0
    rows = await queued(live)
    assert {row.status for row in rows} == {DELIVERED}
    assert all(row.payload is None for row in rows)  # nothing kept once delivered

    # The snippet in docs/forwarding.md, run on a request exactly as it arrived.
    (snippet,) = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    scope: dict[str, object] = {}
    exec(snippet, scope)  # noqa: S102  (the documentation's own code, from this repository)
    verify = scope["verify"]
    headers, body = receiver.raw[-1]
    assert verify(SECRET.encode(), headers, body) is True  # type: ignore[operator]
    assert verify(b"another secret", headers, body) is False  # type: ignore[operator]
    assert verify(SECRET.encode(), headers, body + b" ") is False  # type: ignore[operator]
    stale = dict(headers) | {"Tipline-Timestamp": str(int(headers["Tipline-Timestamp"]) - 301)}
    assert verify(SECRET.encode(), stale, body) is False  # type: ignore[operator]


async def test_a_receiver_that_fails_times_out_and_comes_back_loses_nothing(
    live: DeskRig, settings: Settings, receiver: Receiver
) -> None:
    forwarder = real_time(forwarder_for(live, settings))
    receiver.mode, receiver.slow_seconds = "fail", 1.0
    await report(live.app, "tg:5551")
    await report(live.app, "tg:5552", "https://www.instagram.com/other.account/")
    expected = {row.event_id for row in await queued(live)}
    assert len(expected) == 4
    async with running(forwarder):
        await wait_until(lambda: receiver.attempts >= 3, 20, "failed attempts")
        assert receiver.accepted == []
        assert await statuses(live) == {PENDING}
        receiver.mode = "slow"  # answers only after the client gave up (timeout 0.5 s)
        start = receiver.attempts
        await wait_until(lambda: receiver.attempts >= start + 2, 20, "timed-out attempts")
        receiver.mode = "ok"
        await wait_until(lambda: set(receiver.ids()) >= expected, 30, "every event after the outage")
        await until_states(live, {DELIVERED})
    assert set(receiver.ids()) == expected  # nothing lost, nothing invented
    rows = await queued(live)
    assert all(row.attempts >= 2 for row in rows[:1])  # the oldest went through the outage
    assert {row.last_error for row in rows} == {None}  # the outage's errors cleared once delivered
    assert receiver.bad_signatures == 0


async def test_a_refused_event_is_a_dead_letter_an_operator_lists_and_retries(
    live: DeskRig,
    settings: Settings,
    receiver: Receiver,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in (
        ("TIPLINE_DATABASE_URL", settings.database_url),
        ("TIPLINE_DATA_DIR", str(settings.data_dir)),
        ("TIPLINE_FORWARD_URL", receiver.url),
        ("TIPLINE_FORWARD_SECRET", SECRET),
    ):
        monkeypatch.setenv(name, value)
    forwarder = real_time(forwarder_for(live, settings))
    receiver.mode = "reject"
    await report(live.app, "tg:5551")
    async with running(forwarder):
        await wait_until(lambda: receiver.attempts >= 2, 20, "two refusals")
        await until_states(live, {FAILED})
    assert receiver.attempts == 2  # each refused once: a 400 is not retried

    capsys.readouterr()
    assert await asyncio.to_thread(main, ["forward", "failed", "--json"]) == 0
    failed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(f["destination"], f["kind"], f["error"]) for f in failed] == [
        (WEBHOOK, "tip.filed", "HTTP 400: we do not take this"),
        (WEBHOOK, "case.opened", "HTTP 400: we do not take this"),
    ]
    assert await asyncio.to_thread(main, ["forward", "status"]) == 1  # failed events: a problem to look at
    out = capsys.readouterr().out
    assert "webhook (configured): 0 pending, 2 failed, 0 delivered" in out

    receiver.mode = "ok"
    assert await asyncio.to_thread(main, ["forward", "retry", str(failed[0]["id"]), "999999"]) == 1
    assert "1 event(s) queued again" in capsys.readouterr().out
    assert await asyncio.to_thread(main, ["forward", "retry", "--all"]) == 0
    async with running(forwarder):
        await wait_until(lambda: len(receiver.accepted) == 2, 20, "the retried events")
        await until_states(live, {DELIVERED})
    assert await asyncio.to_thread(main, ["forward", "status"]) == 0
    assert "webhook (configured): 0 pending, 0 failed, 2 delivered" in capsys.readouterr().out


async def test_an_event_still_undelivered_after_the_give_up_time_is_set_aside(
    live: DeskRig, settings: Settings, receiver: Receiver
) -> None:
    forwarder = real_time(forwarder_for(live, forward_settings(settings, forward_give_up_hours=0.0001)))
    receiver.mode = "fail"
    await report(live.app, "tg:5551")
    async with running(forwarder):
        await until_states(live, {FAILED})
    errors = {row.last_error or "" for row in await queued(live)}
    assert all(re.match(r"gave up after \d+ attempts over 0\.0 h: HTTP 503: down for maintenance", e) for e in errors)


async def test_a_wrong_secret_is_refused_by_the_receiver_and_not_retried(
    live: DeskRig, settings: Settings, receiver: Receiver
) -> None:
    forwarder = real_time(forwarder_for(live, forward_settings(settings, forward_secret="x" * 40)))
    await report(live.app, "tg:5551")
    async with running(forwarder):
        await until_states(live, {FAILED})
    assert receiver.bad_signatures == 2
    assert receiver.accepted == []
    assert {row.last_error for row in await queued(live)} == {"HTTP 401: bad signature"}


async def test_two_forwarders_deliver_each_event_once(live: DeskRig, settings: Settings, receiver: Receiver) -> None:
    """Two processes' loops on one queue (on SQLite, one process's two loops share its write gate)."""
    first = real_time(forwarder_for(live, settings))
    gate = first.gate if first.gate.db.is_sqlite else WriteGate(live.db)
    second = Forwarder(
        gate,
        first.channels,
        timeout=0.5,
        backoff_seconds=0.05,
        backoff_max_seconds=0.2,
        give_up=first.give_up,
        per_minute=0,
        poll_seconds=0.01,
        clock=first.clock,
    )
    for number in range(6):
        await report(live.app, f"tg:{5551 + number}", f"https://www.instagram.com/account.number{number}/")
    expected = {row.event_id for row in await queued(live)}
    async with running(first), running(second):
        await wait_until(lambda: len(receiver.accepted) >= len(expected), 30, "every event")
        await until_states(live, {DELIVERED})
    assert sorted(receiver.ids()) == sorted(expected)  # each exactly once
    assert first.delivered + second.delivered == len(expected)


async def test_the_rate_limit_holds_back_what_is_over_it(live: DeskRig, settings: Settings, receiver: Receiver) -> None:
    forwarder = real_time(forwarder_for(live, forward_settings(settings, forward_per_minute=6)))
    await report(live.app, "tg:5551")  # two events
    (channel,) = forwarder.channels
    try:
        assert await forwarder.round(channel) == 0.0
        assert len(receiver.accepted) == 1
        assert await forwarder.round(channel) > 0  # the next token comes in ten seconds
        assert len(receiver.accepted) == 1
    finally:
        await channel.close()


async def test_a_claim_left_by_a_process_that_died_is_delivered_after_its_lease(
    live: DeskRig, settings: Settings, receiver: Receiver
) -> None:
    """At least once: the rows a dead process claimed wait out its lease, then go, with the same ids;
    the dead process's late record (had it survived) changes nothing."""
    forwarder = real_time(forwarder_for(live, settings))
    await report(live.app, "tg:5551")
    now = datetime.now(UTC)
    async with forwarder.gate.write() as session:
        token, claimed = await claim(session, WEBHOOK, now, 10, forwarder.lease, postgres=forwarder.gate.postgres)
    assert len(claimed) == 2
    (channel,) = forwarder.channels
    try:
        assert await forwarder.round(channel) > 0  # claimed by the other process: left alone
        assert receiver.accepted == []
        forwarder.clock = lambda: datetime.now(UTC) + forwarder.lease + timedelta(seconds=1)
        assert await forwarder.round(channel) == 0.0
    finally:
        await channel.close()
    assert sorted(receiver.ids()) == sorted(row.event_id for row in claimed)
    async with forwarder.gate.write() as session:
        await record(session, token, [Outcome(row.id, FAILED, "late") for row in claimed], now)
    assert await statuses(live) == {DELIVERED}


async def test_delivered_rows_and_old_dead_letters_are_purged_pending_ones_never(
    live: DeskRig, settings: Settings
) -> None:
    attach_forwarding(live.app, settings)
    await report(live.app, "tg:5551")
    await report(live.app, "tg:5552", "https://www.instagram.com/other.account/")
    now = datetime.now(UTC)
    rows = await queued(live)
    async with live.db.transaction() as session:
        await session.execute(
            update(ForwardEvent)
            .where(ForwardEvent.id == rows[0].id)
            .values(status=DELIVERED, done_at=now - timedelta(hours=49))
        )
        await session.execute(
            update(ForwardEvent)
            .where(ForwardEvent.id == rows[1].id)
            .values(status=FAILED, done_at=now - timedelta(days=31))
        )
        await session.execute(
            update(ForwardEvent)
            .where(ForwardEvent.id == rows[2].id)
            .values(status=FAILED, done_at=now - timedelta(days=2))
        )
        removed = await purge(session, now, timedelta(hours=48), timedelta(days=30))
    assert removed == 2
    assert [(row.id, row.status) for row in await queued(live)] == [(rows[2].id, FAILED), (rows[3].id, PENDING)]


class _BrokenChannel:
    """A destination whose delivery has a bug: it raises something no one planned for."""

    destination = WEBHOOK
    batch = 8
    digest: timedelta | None = None

    async def deliver(self, rows: Sequence[Claimed]) -> dict[int, Exception | None]:
        raise KeyError("a bug")

    async def close(self) -> None:
        return None


async def test_a_bug_in_delivery_is_recorded_and_retried_not_left_claimed(live: DeskRig, settings: Settings) -> None:
    attach_forwarding(live.app, settings)
    await report(live.app, "tg:5551")
    broken = _BrokenChannel()
    forwarder = Forwarder(
        WriteGate(live.db),
        [broken],
        timeout=0.5,
        backoff_seconds=0.05,
        backoff_max_seconds=0.2,
        give_up=timedelta(hours=1),
        per_minute=0,
        clock=lambda: datetime.now(UTC),
    )
    assert await forwarder.round(broken) == 0.0
    rows = await queued(live)
    assert {(row.status, row.attempts, row.last_error, row.claim) for row in rows} == {
        (PENDING, 1, "unexpected KeyError", None)
    }
