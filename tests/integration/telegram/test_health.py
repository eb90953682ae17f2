"""/healthz and /metrics on TIPLINE_HEALTH_LISTEN, in polling and webhook mode alike (each driver).

A whole report is made, then the health listener must say healthy and the metrics must count what
happened (updates, sends, a 429 and its retry_after, a tip filed, a case opened) without a chat id,
a pseudonym or a word the person typed. Then the unhealthy cases: a database that does not answer,
updates left waiting, Telegram unreachable; and `tipline health`, the image's HEALTHCHECK.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr

from bot.cli import main
from bot.pipeline.health import MAX_OUTBOX_RETRYING, MAX_UPDATE_WAIT_SECONDS, HealthServer, Snapshot, verdict
from bot.pipeline.inbox import Inbox
from bot.pipeline.metrics import FAILURES_BEFORE_UNHEALTHY, Metrics
from bot.pipeline.tables import WriteGate
from bot.settings import Settings
from bot.storage.db import Database
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import (
    REPORT,
    TOKEN,
    WEBHOOK_SECRET,
    TelegramUser,
    convert_update,
    free_port,
    running_bot,
    telegram_settings,
    wait_idle,
)
from tests.integration.telegram.test_webhook import TEST_IDENTITY

CHAT = 5151
OPERATORS = Path(__file__).resolve().parents[3] / "docs" / "operators.md"


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a Prometheus text page, by name and labels (parsing it proves the format)."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


async def get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        return response.status, await response.text()


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_health_and_metrics_after_a_whole_report(mode: str, tipline_settings: Settings) -> None:
    webhook = mode == "webhook"
    async with FakeBotAPI(token=TOKEN, deliver_webhooks=webhook, webhook_retry_delay=0.05) as api:
        overrides: dict[str, Any] = {}
        if webhook:
            port = free_port()
            overrides = {
                "webhook_url": f"http://127.0.0.1:{port}/telegram",
                "webhook_secret": SecretStr(WEBHOOK_SECRET),
                "webhook_listen": f"127.0.0.1:{port}",
            }
        settings = telegram_settings(tipline_settings, api, **overrides)
        user = TelegramUser(api, chat_id=CHAT)
        async with running_bot(settings) as bot:
            host, port = bot.pipeline.health_addresses[0]
            base = f"http://{host}:{port}"
            api.fail_next("sendMessage", status=429, retry_after=1)
            for action, value in REPORT:
                user.act(action, value)
                await wait_idle(bot.operations, api)
            status, body = await get(f"{base}/healthz")
            metrics_status, page = await get(f"{base}/metrics")
            pseudonym = bot.app.identity.pseudonym(f"tg:{CHAT}")
            if webhook:  # the webhook's own port serves Telegram only
                webhook_status, _ = await get(
                    f"http://127.0.0.1:{overrides['webhook_listen'].rsplit(':', 1)[1]}/healthz"
                )
                assert webhook_status == 404

    assert status == 200, body
    assert '"status": "ok"' in body
    assert metrics_status == 200
    found = samples(page)
    assert found[("tipline_updates_received_total", ())] == len(REPORT)
    assert found[("tipline_updates_processed_total", ())] == len(REPORT)
    assert found[("tipline_updates_failed_total", ())] == 0
    assert found[("tipline_update_latency_seconds_count", ())] == len(REPORT)
    assert found[("tipline_sends_total", (("kind", "message"), ("result", "flood")))] == 1
    assert found[("tipline_sends_total", (("kind", "message"), ("result", "sent")))] >= len(REPORT)
    assert found[("tipline_telegram_flood_waits_total", ())] == 1
    assert found[("tipline_telegram_retry_after_seconds_sum", ())] == 1
    assert found[("tipline_tips_filed_total", ())] == 1
    assert found[("tipline_cases_opened_total", ())] == 1
    assert found[("tipline_database_up", ())] == 1
    assert found[("tipline_inbox_pending", ())] == 0
    assert found[("tipline_outbox_pending", ())] == 0
    exposed = set(re.findall(r"(?m)^# (?:HELP|TYPE) (\S+)", page)) | {name for name, _labels in found}
    documented = set(re.findall(r"\btipline_[a-z_]+", OPERATORS.read_text()))
    assert documented <= exposed, "docs/operators.md names metrics /metrics does not have"
    for secret in (str(CHAT), pseudonym, "Bad.Actor_01", "He asks kids", TOKEN):
        assert secret not in page
        assert secret not in body


async def test_waiting_updates_make_it_unhealthy_with_the_reason(database_url: str, driver: str) -> None:
    db = Database(database_url)
    try:
        gate = WriteGate(db)
        update = convert_update(driver, {"update_id": 77, "message": _private_text(8201, "hello")})
        await Inbox(gate, TEST_IDENTITY).save_updates([update], datetime.now(UTC))
        later = datetime.now(UTC) + timedelta(seconds=MAX_UPDATE_WAIT_SECONDS + 60)
        async with _serving(HealthServer(gate, Metrics(), clock=lambda: later)) as base:
            status, body = await get(f"{base}/healthz")
        assert status == 503
        assert "updates are waiting: the oldest for 3" in body
        assert '"inbox_pending": 1' in body
    finally:
        await db.dispose()


@pytest.mark.parametrize("backend", ["postgres"])
async def test_a_database_that_does_not_answer_is_unhealthy_and_metrics_still_answer(backend: str) -> None:
    db = Database("postgresql+asyncpg://postgres@127.0.0.1:1/nothing")
    try:
        async with _serving(HealthServer(WriteGate(db), Metrics())) as base:
            status, body = await get(f"{base}/healthz")
            metrics_status, page = await get(f"{base}/metrics")
    finally:
        await db.dispose()
    assert status == 503
    assert "database: unavailable" in body
    assert metrics_status == 200
    assert samples(page)[("tipline_database_up", ())] == 0


def test_telegram_failing_again_and_again_is_a_reason() -> None:
    metrics = Metrics()
    snapshot = _empty_snapshot()
    for _ in range(FAILURES_BEFORE_UNHEALTHY - 1):
        metrics.receive_failed("Bad Gateway")
    assert verdict(snapshot, metrics, datetime.now(UTC)) == []
    metrics.receive_failed("Bad Gateway")
    assert verdict(snapshot, metrics, datetime.now(UTC)) == [
        f"Telegram: {FAILURES_BEFORE_UNHEALTHY} getUpdates failed in a row (last: Bad Gateway)"
    ]
    metrics.received(0)
    for _ in range(FAILURES_BEFORE_UNHEALTHY):
        metrics.sent("message", "failed", "Forbidden: bot was blocked by the user")  # Telegram answered
    assert verdict(snapshot, metrics, datetime.now(UTC)) == []


def test_calls_piling_up_in_the_outbox_is_a_reason() -> None:
    """Calls that failed for a transient reason and wait to be retried (an outage, issue 13)."""
    now = datetime.now(UTC)
    below = replace(_empty_snapshot(), outbox_pending=40, outbox_retrying=MAX_OUTBOX_RETRYING - 1)
    assert verdict(below, Metrics(), now) == []
    piled = replace(below, outbox_retrying=MAX_OUTBOX_RETRYING)
    assert verdict(piled, Metrics(), now) == [
        f"calls are piling up: {MAX_OUTBOX_RETRYING} failed at least once and wait to be retried"
    ]


async def test_tipline_health_asks_the_running_bot(
    tipline_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api, health_listen=f"0.0.0.0:{port}")
        monkeypatch.setenv("TIPLINE_HEALTH_LISTEN", f"0.0.0.0:{port}")
        async with running_bot(settings):
            code = await _in_thread(main, ["health"])
    assert code == 0, capsys.readouterr().err
    assert "healthy: 0 update(s) and 0 call(s) waiting" in capsys.readouterr().out
    assert main(["health"]) == 1  # the bot has stopped
    assert f"no answer from http://127.0.0.1:{port}/healthz" in capsys.readouterr().err


async def _in_thread(function: Any, *args: Any) -> Any:
    """The CLI blocks (urllib); the bot it asks runs on this test's loop."""
    return await asyncio.to_thread(function, *args)


class _serving:
    """A HealthServer alone on a free port, as an async context giving its base URL."""

    def __init__(self, server: HealthServer) -> None:
        self.server = server
        self.runner = web.AppRunner(server.application(), access_log=None)

    async def __aenter__(self) -> str:
        await self.runner.setup()
        port = free_port()
        await web.TCPSite(self.runner, "127.0.0.1", port).start()
        return f"http://127.0.0.1:{port}"

    async def __aexit__(self, *_exc: object) -> None:
        await self.runner.cleanup()


def _empty_snapshot() -> Snapshot:
    return Snapshot(0, None, 0, 0, None, None, 0, 0, 0)


def _private_text(chat_id: int, text: str) -> dict[str, Any]:
    return {
        "message_id": 1,
        "date": 1_700_000_000,
        "chat": {"id": chat_id, "type": "private", "first_name": "A"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "A", "language_code": "en"},
        "text": text,
    }
