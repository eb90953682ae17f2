"""Webhook mode: only Telegram may post, updates are committed before the 2xx (/healthz: test_health.py)."""

from __future__ import annotations

import asyncio
import io
import json
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from pydantic import SecretStr

from bot.drivers.select import driver_class
from bot.identity import Identity
from bot.pipeline.inbox import Inbox
from bot.pipeline.operations import Operations
from bot.pipeline.receiver import WebhookReceiver
from bot.pipeline.signals import Signal
from bot.pipeline.tables import WriteGate
from bot.settings import Settings
from bot.storage.db import Database
from tests.conftest import TEST_SECRET
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import (
    TOKEN,
    WEBHOOK_SECRET,
    TelegramUser,
    free_port,
    running_bot,
    telegram_settings,
    wait_idle,
)

HEADER = "X-Telegram-Bot-Api-Secret-Token"


def webhook_settings(base: Settings, api: FakeBotAPI) -> tuple[Settings, str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}/hook"
    settings = telegram_settings(
        base,
        api,
        webhook_url=url,
        webhook_secret=SecretStr(WEBHOOK_SECRET),
        webhook_listen=f"127.0.0.1:{port}",
    )
    return settings, url


async def post(url: str, body: bytes | io.BytesIO, headers: dict[str, str]) -> tuple[int, str]:
    async with aiohttp.ClientSession() as http, http.post(url, data=body, headers=headers) as response:
        return response.status, await response.text()


async def test_only_the_right_secret_gets_in_never_a_500(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings, url = webhook_settings(tipline_settings, api)
        user = TelegramUser(api, 8101)
        async with running_bot(settings) as bot:
            update = json.dumps(user.update_for("text", "/start")).encode()
            assert (await post(url, update, {}))[0] == 401
            for wrong in ("", "wrong", WEBHOOK_SECRET + "x", WEBHOOK_SECRET[:-1], "x" * 5000, "s3cret\u00e9\u00ff"):
                assert (await post(url, update, {HEADER: wrong}))[0] == 403, wrong
            assert (await post(url, b"\xff not json", {HEADER: WEBHOOK_SECRET}))[0] == 400
            assert (await post(url, b"[1, 2]", {HEADER: WEBHOOK_SECRET}))[0] == 400
            assert (await post(url, b'{"update_id": "x"}', {HEADER: WEBHOOK_SECRET}))[0] == 400
            assert (await post(url, io.BytesIO(b"x" * (2 * 1024 * 1024)), {HEADER: WEBHOOK_SECRET}))[0] == 413
            health = await bot.operations.health()
            assert health.inbox_pending == 0  # nothing refused was stored
            assert user.sent_texts() == []

            assert (await post(url, update, {HEADER: WEBHOOK_SECRET}))[0] == 200
            assert (await post(url, update, {HEADER: WEBHOOK_SECRET}))[0] == 200  # Telegram repeating itself
            await wait_idle(bot.operations, api)
    assert len(user.sent_texts()) == 2  # greeting and menu, once


async def test_replayed_updates_in_polling_create_no_duplicates(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api)
        user = TelegramUser(api, 8102)
        async with running_bot(settings) as bot:
            first = user.act("text", "/start")
            await wait_idle(bot.operations, api)
            report = user.act("press", "main.menu:report")
            await wait_idle(bot.operations, api)
            api.push_update(first)
            api.push_update(report)
            await wait_idle(bot.operations, api)
    assert len(user.sent_texts()) == 3
    assert len(api.calls_to("answerCallbackQuery")) == 1


async def test_a_polled_update_that_cannot_be_read_is_skipped_and_the_rest_are_answered(
    tipline_settings: Settings,
) -> None:
    """Read as one batch, such an update made every getUpdates fail, for ever, and every chat wait."""
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api)
        before, after = TelegramUser(api, 8106), TelegramUser(api, 8107)
        before.act("text", "/start")
        api.push_update({"message": {"chat": "not a chat", "date": "never"}})
        after.act("text", "/start")
        async with running_bot(settings) as bot:
            await wait_idle(bot.operations, api)
            assert (await bot.operations.health()).inbox_pending == 0
        polls = api.calls_to("getUpdates")
    assert [len(before.sent_texts()), len(after.sent_texts())] == [2, 2]
    assert polls[0].status == 200  # the batch with the unreadable update in it was taken
    assert api.pending_updates == []  # all three acknowledged


TEST_IDENTITY = Identity(TEST_SECRET.encode())


@asynccontextmanager
async def receiver_on(database_url: str, driver_name: str, clock: Any = None) -> AsyncIterator[tuple[str, Operations]]:
    """The webhook receiver alone (no worker), so what it stored stays pending."""
    before = set(threading.enumerate())
    async with FakeBotAPI(token=TOKEN) as api:
        db = Database(database_url, sealer=TEST_IDENTITY)
        gate = WriteGate(db)
        operations = Operations(gate)
        driver = driver_class(driver_name)(TOKEN, api_url=api.base_url, api_timeout=5)
        receiver = WebhookReceiver(
            driver,
            Inbox(gate, TEST_IDENTITY),
            Signal(),
            path="/hook",
            secret=WEBHOOK_SECRET,
            clock=clock or (lambda: datetime.now(UTC)),
        )
        runner = web.AppRunner(receiver.application(), access_log=None)
        await runner.setup()
        port = free_port()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        try:
            yield f"http://127.0.0.1:{port}", operations
        finally:
            await runner.cleanup()
            await driver.close()
            await db.dispose()
            await sqlite_threads_stopped(before)


@pytest.mark.parametrize(
    "broken_url",
    ["postgresql+asyncpg://postgres@127.0.0.1:1/nothing", "sqlite+aiosqlite:////nonexistent/folder/tipline.db"],
)
async def test_no_database_means_503_so_telegram_retries(broken_url: str, driver: str) -> None:
    async with receiver_on(broken_url, driver) as (base, _store), aiohttp.ClientSession() as http:
        update = {"update_id": 6, "message": _private_text(8104, "hello")}
        async with http.post(f"{base}/hook", json=update, headers={HEADER: WEBHOOK_SECRET}) as response:
            assert response.status == 503
        async with http.post(f"{base}/hook", json=update, headers={HEADER: "wrong"}) as response:
            assert response.status == 403  # the secret is checked first, database or not


SQLITE_THREAD_GRACE_SECONDS = 5.0


async def sqlite_threads_stopped(before: set[threading.Thread]) -> None:
    """Wait for aiosqlite worker threads started since `before` to end while this loop still runs.

    When a connection fails to open (the broken database above), aiosqlite stops its thread with a
    future nobody awaits; if the test's loop closed first, that thread would fail on it.
    """
    deadline = asyncio.get_running_loop().time() + SQLITE_THREAD_GRACE_SECONDS
    while asyncio.get_running_loop().time() < deadline:
        if not [t for t in threading.enumerate() if t not in before and "_connection_worker_thread" in t.name]:
            return
        await asyncio.sleep(0.01)


def _private_text(chat_id: int, text: str) -> dict[str, Any]:
    return {
        "message_id": 1,
        "date": 1_700_000_000,
        "chat": {"id": chat_id, "type": "private", "first_name": "Sam"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "Sam"},
        "text": text,
    }


async def test_an_update_that_cannot_be_read_is_skipped_not_refused(tipline_settings: Settings) -> None:
    """Refusing it would make Telegram send it again forever, holding back every update behind it."""
    async with FakeBotAPI(token=TOKEN) as api:
        settings, url = webhook_settings(tipline_settings, api)
        user = TelegramUser(api, 8105)
        async with running_bot(settings) as bot:
            unreadable = json.dumps({"update_id": 990001, "message": {"chat": "not a chat", "date": "never"}})
            assert (await post(url, unreadable.encode(), {HEADER: WEBHOOK_SECRET}))[0] == 200
            update = json.dumps(user.update_for("text", "/start")).encode()
            assert (await post(url, update, {HEADER: WEBHOOK_SECRET}))[0] == 200
            await wait_idle(bot.operations, api)
            assert (await bot.operations.health()).inbox_pending == 0
    assert len(user.sent_texts()) == 2  # the person after it was answered
