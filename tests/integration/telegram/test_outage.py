"""Delivery through outages (issue 13): 429s are not attempts, and transient errors are retried
until `TIPLINE_SEND_GIVE_UP_HOURS`, not for a handful of attempts: a Bot API down for longer than
the old eight attempts loses nothing, and what waited goes out in order."""

from __future__ import annotations

import json

import aiohttp

from bot.pipeline.health import MAX_OUTBOX_RETRYING
from bot.settings import Settings
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import (
    TOKEN,
    TelegramUser,
    running_bot,
    telegram_settings,
    wait_idle,
    wait_until,
)

GREETING = "Hello. This is Tipline"
MENU = "What would you like to do?"


def statuses(api: FakeBotAPI, chat_id: int) -> list[int]:
    return [call.status for call in api.calls_to("sendMessage", chat_id=chat_id)]


async def test_an_outage_longer_than_the_old_eight_attempts_delivers_everything_in_order(
    tipline_settings: Settings,
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(
            tipline_settings, api, send_backoff_seconds=0.01, send_backoff_max_seconds=0.05, send_max_attempts=1000
        )
        first, second = TelegramUser(api, 7601), TelegramUser(api, 7602)
        async with running_bot(settings) as bot:
            api.fail_next("sendMessage", status=502, times=24)  # both chats, three times the old limit each
            first.act("text", "/start")
            second.act("text", "/start")
            await wait_idle(bot.operations, api, within=60)
            health = await bot.operations.health()
    for user in (first, second):
        delivered = [
            text
            for call, text in zip(api.calls_to("sendMessage", chat_id=user.chat_id), user.sent_texts(), strict=True)
            if call.status == 200
        ]
        assert [GREETING in delivered[0], MENU in delivered[1]] == [True, True]
        assert len(delivered) == 2
    assert sum(status == 502 for user in (first, second) for status in statuses(api, user.chat_id)) == 24
    assert (health.outbox_failed, health.outbox_retrying) == (0, 0)


async def test_flood_control_is_not_an_attempt(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api, send_max_attempts=2)
        user = TelegramUser(api, 7611)
        async with running_bot(settings) as bot:
            api.fail_next("sendMessage", chat_id=7611, status=429, retry_after=1, times=3)
            user.act("text", "/start")
            await wait_idle(bot.operations, api, within=60)
            failed = await bot.operations.failed_calls(10)
    assert statuses(api, 7611) == [429, 429, 429, 200, 200]
    assert failed == []


async def test_a_call_failing_past_the_give_up_time_is_set_aside_for_the_operator(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(
            tipline_settings,
            api,
            send_backoff_seconds=0.01,
            send_backoff_max_seconds=0.05,
            send_give_up_hours=0.0001,  # a third of a second
        )
        user = TelegramUser(api, 7621)
        async with running_bot(settings) as bot:
            api.fail_next("sendMessage", chat_id=7621, status=502, times=100_000)
            user.act("text", "/start")
            await wait_idle(bot.operations, api, within=60)
            failed = await bot.operations.failed_calls(10)
    assert len(failed) == 2
    assert all("gave up after" in (call.error or "") and "hours" in (call.error or "") for call in failed)


async def _healthz(base: str) -> tuple[int, dict[str, object]]:
    async with aiohttp.ClientSession() as http, http.get(f"{base}/healthz") as response:
        return response.status, json.loads(await response.text())


async def test_calls_piling_up_in_an_outage_make_the_one_health_check_say_so(tipline_settings: Settings) -> None:
    """The sender rides out an outage (it retries), and /healthz on TIPLINE_HEALTH_LISTEN says calls
    are piling up until Telegram is back and they went out."""
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(
            tipline_settings, api, send_backoff_seconds=0.05, send_backoff_max_seconds=0.2, send_global_rate=0.0
        )
        users = [TelegramUser(api, 7700 + number) for number in range(MAX_OUTBOX_RETRYING + 2)]
        async with running_bot(settings) as bot:
            host, port = bot.pipeline.health_addresses[0]
            base = f"http://{host}:{port}"
            api.fail_next("sendMessage", status=502, times=1_000_000)
            for user in users:
                user.act("text", "/start")

            async def piling_up() -> tuple[int, dict[str, object]] | None:
                status, body = await _healthz(base)
                return (status, body) if status == 503 and "calls are piling up" in str(body["reasons"]) else None

            status, during = await wait_until(piling_up, 60, "/healthz to say calls are piling up")
            api.clear_faults()
            await wait_idle(bot.operations, api, within=60)
            after_status, after = await _healthz(base)
    assert status == 503
    assert isinstance(during["outbox_retrying"], int)
    assert during["outbox_retrying"] >= MAX_OUTBOX_RETRYING
    assert (after_status, after["reasons"], after["outbox_retrying"]) == (200, [], 0)
    for user in users:
        assert any(call.status == 200 for call in api.calls_to("sendMessage", chat_id=user.chat_id))
