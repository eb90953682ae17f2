"""Sending within Telegram's limits: flood control, pacing, retries, permanent failures, outages, timeouts."""

from __future__ import annotations

import asyncio
import itertools
import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.cli import main
from bot.settings import Settings
from bot.storage.models import OutboxMessage
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


@pytest.mark.parametrize("retry_after", [1, 30])
async def test_flood_control_on_one_chat_does_not_delay_another(retry_after: int, tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api)
        limited, other = TelegramUser(api, 7001), TelegramUser(api, 7002)
        async with running_bot(settings) as bot:
            api.fail_next("sendMessage", chat_id=7001, retry_after=retry_after)
            limited.act("text", "/start")
            await api.wait_for(lambda _: 429 in statuses(api, 7001), what="the 429")
            other.act("text", "/start")
            await api.wait_for(lambda _: statuses(api, 7002) == [200, 200], what="the other chat's replies")
            other_done = max(call.at for call in api.calls_to("sendMessage", chat_id=7002))
            if retry_after == 1:
                await wait_idle(bot.operations, api)
            else:
                async with bot.app.db.transaction() as session:
                    waiting = (
                        (
                            await session.execute(
                                select(OutboxMessage)
                                .where(OutboxMessage.chat_key == bot.app.identity.pseudonym("tg:7001"))
                                .order_by(OutboxMessage.id)
                            )
                        )
                        .scalars()
                        .all()
                    )
                now = datetime.now(UTC)
        calls = api.calls_to("sendMessage", chat_id=7001)
    if retry_after == 1:
        assert statuses(api, 7001) == [429, 200, 200]
        assert calls[1].at - calls[0].at >= 1.0  # retry_after honoured for that chat
        assert other_done < calls[1].at  # ... and only for that chat
    else:
        assert statuses(api, 7001) == [429]
        kinds = [(row.kind, row.status, row.attempts) for row in waiting]
        assert kinds == [("message", "pending", 0), ("message", "pending", 0)]  # a 429 is not an attempt
        assert 28 <= (waiting[0].not_before - now).total_seconds() <= 30
        assert "retry after 30" in (waiting[0].last_error or "")
        assert "7001" not in (waiting[0].last_error or "")  # errors kept and logged never name the chat


async def test_one_chats_messages_are_paced_and_others_are_not_held(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api, send_chat_rate=4.0, send_chat_burst=1)
        first, second = TelegramUser(api, 7011), TelegramUser(api, 7012)
        async with running_bot(settings) as bot:
            first.act("text", "/start")
            second.act("text", "/start")
            await wait_idle(bot.operations, api)
            first.act("press", "main.menu:report")
            await wait_idle(bot.operations, api)
    times = [call.at for call in api.calls_to("sendMessage", chat_id=7011)]
    assert len(times) == 3
    assert all(later - earlier >= 0.2 for earlier, later in itertools.pairwise(times))
    other = [call.at for call in api.calls_to("sendMessage", chat_id=7012)]
    assert other[0] < times[1]  # the second chat's first message did not wait for the first chat's pace


async def test_blocked_chats_fail_for_good_visible_in_the_cli_without_their_content(
    tipline_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert tipline_settings.secret_key is not None
    monkeypatch.setenv("TIPLINE_SECRET_KEY", tipline_settings.secret_key.get_secret_value())
    monkeypatch.setenv("TIPLINE_DATABASE_URL", tipline_settings.database_url)
    monkeypatch.setenv("TIPLINE_DATA_DIR", str(tipline_settings.data_dir))
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api)
        user = TelegramUser(api, 7101)
        async with running_bot(settings) as bot:
            api.block_chat(7101)
            api.fail_next("sendMessage", chat_id=7102, status=400, description="Bad Request: chat not found")
            user.act("text", "/start")
            TelegramUser(api, 7102).act("text", "/start")
            await wait_idle(bot.operations, api)
            assert statuses(api, 7101) == [403, 403]  # each tried once: permanent
            assert statuses(api, 7102) == [400, 200]

            assert await asyncio.to_thread(main, ["outbox", "failed"]) == 0
            listing = capsys.readouterr().out
            assert listing.count("Forbidden: bot was blocked by the user") == 2
            assert listing.count("Bad Request: chat not found") == 1
            assert "7101" not in listing  # no chat ids on the operator's screen either
            assert await asyncio.to_thread(main, ["outbox", "failed", "--json"]) == 0
            rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
            assert {row["kind"] for row in rows} == {"message"}
            assert all(row["attempts"] == 1 for row in rows)

            # A failed call keeps its kind and error only: nothing of the person is left to send again.
            api.block_chat(7101, blocked=False)
            assert await asyncio.to_thread(main, ["outbox", "retry", "--all"]) == 0
            out = capsys.readouterr().out
            assert "0 call(s) queued again" in out
            assert "3 failed call(s) cannot be sent again" in out
            assert await asyncio.to_thread(main, ["outbox", "status"]) == 0
            assert "outbox_failed: 3" in capsys.readouterr().out
            async with bot.app.db.transaction() as session:
                failed = (await session.execute(select(OutboxMessage))).scalars().all()
            assert all(row.payload is None and row.address is None for row in failed if row.status == "failed")


async def test_transient_errors_are_retried_with_backoff_then_fail_visibly(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api, send_backoff_seconds=0.2, send_max_attempts=3)
        async with running_bot(settings) as bot:
            api.fail_next("sendMessage", chat_id=7201, status=502, times=2)
            api.fail_next("sendMessage", chat_id=7202, status=500, times=3)
            TelegramUser(api, 7201).act("text", "/start")
            TelegramUser(api, 7202).act("text", "/start")
            await wait_idle(bot.operations, api)
            failed = await bot.operations.failed_calls(10)
    recovered = api.calls_to("sendMessage", chat_id=7201)
    assert [call.status for call in recovered] == [502, 502, 200, 200]
    assert recovered[1].at - recovered[0].at >= 0.2 * 0.75  # backoff with at most 25% jitter
    assert recovered[2].at - recovered[1].at >= 0.4 * 0.75  # doubling
    assert statuses(api, 7202) == [500, 500, 500, 200]  # gave up on the first, went on with the next
    assert len(failed) == 1
    assert failed[0].attempts == 3
    assert "gave up after 3 attempts" in (failed[0].error or "")


async def test_an_outage_loses_nothing(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api)
        user = TelegramUser(api, 7301)
        async with running_bot(settings) as bot:
            api.set_unreachable(True)
            user.act("text", "/start")
            await api.wait_for(lambda calls: any(c.status == 502 for c in calls), what="a failed poll")
            api.set_unreachable(False)
            await wait_idle(bot.operations, api)
    assert [GREETING in text or MENU in text for text in user.sent_texts()] == [True, True]


async def test_a_send_that_times_out_is_retried_once_and_may_arrive_twice(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api, api_timeout=1.0, send_backoff_seconds=0.1)
        user = TelegramUser(api, 7401)
        async with running_bot(settings) as bot:
            api.delay_next("sendMessage", 2.0, chat_id=7401)
            user.act("text", "/start")
            await wait_idle(bot.operations, api)
            # The first attempt timed out on our side but Telegram (the fake) still delivers it.
            await api.wait_for(lambda calls: all(call.status for call in calls), what="the slow answer")
    shown = [message["text"] for message in api.chat_history(7401) if message["from"]["is_bot"]]
    assert sum(GREETING in text for text in shown) == 2  # one duplicate: the price of never losing one
    assert sum(MENU in text for text in shown) == 1


async def test_a_call_that_hangs_past_every_timeout_is_abandoned_and_retried(tipline_settings: Settings) -> None:
    """The client bounds its calls itself; should one hang anyway, the sender abandons it after
    `api_timeout` plus a grace, keeps the message pending with its error, and sends it again."""
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api, api_timeout=0.5, send_backoff_seconds=0.1)
        stuck, other = TelegramUser(api, 7501), TelegramUser(api, 7502)
        async with running_bot(settings) as bot:
            real_call = bot.driver.api.call  # type: ignore[attr-defined]
            hung = 0

            async def call(method: str, body: dict[str, object], **options: object) -> object:
                nonlocal hung
                if method == "sendMessage" and body.get("chat_id") == 7501 and hung == 0:
                    hung += 1
                    await asyncio.Event().wait()  # ignores every timeout but a cancellation
                return await real_call(method, body, **options)

            bot.driver.api.call = call  # type: ignore[attr-defined]
            stuck.act("text", "/start")
            other.act("text", "/start")
            await api.wait_for(lambda _: statuses(api, 7502) == [200, 200], what="the other chat's replies")
            other_done = max(call.at for call in api.calls_to("sendMessage", chat_id=7502))
            await wait_until(lambda: statuses(api, 7501) == [200, 200], 20, "the abandoned message sent again")
            await wait_idle(bot.operations, api)
            async with bot.app.db.transaction() as session:
                rows = (
                    (
                        await session.execute(
                            # Sent rows keep no chat: the one that was retried is the one with an error.
                            select(OutboxMessage).where(OutboxMessage.last_error.is_not(None))
                        )
                    )
                    .scalars()
                    .all()
                )
        first_sent = min(call.at for call in api.calls_to("sendMessage", chat_id=7501))
    assert hung == 1
    assert other_done < first_sent  # the hung call held back only its own chat
    assert [(row.kind, row.status) for row in rows] == [("message", "sent")]
    assert "timed out" in (rows[0].last_error or "")
    shown = [message["text"] for message in api.chat_history(7501) if message["from"]["is_bot"]]
    assert len(shown) == 2
    assert GREETING in shown[0]
    assert MENU in shown[1]
