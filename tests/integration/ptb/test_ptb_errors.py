"""Telegram's answers become the same pipeline errors through python-telegram-bot as through aiogram.

The libraries disagree (PTB drops "Bad Request: " and lower-cases the rest, joins 401 with 404,
gives retry_after as a timedelta, raises NetworkError for an HTML outage page); the pipeline must
not see it: the same answer gives the same error class, the same seconds to wait and, for what
the operator reads in `tipline outbox failed`, Telegram's own words.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from bot.drivers.ptb import PtbDriver
from bot.drivers.select import driver_class
from bot.engine.events import Start
from bot.pipeline.ports import (
    DeliveryError,
    PermanentFailure,
    RetryAfter,
    TelegramDriver,
    TransientFailure,
)
from tests.fakes import bot_api
from tests.fakes.bot_api import FakeBotAPI

TOKEN = "123:ABC"
CHAT = 4242

Call = Callable[[TelegramDriver], Awaitable[object]]


def send(client: TelegramDriver) -> Awaitable[object]:
    return client.send_message(CHAT, "hello", ())


def delete(client: TelegramDriver) -> Awaitable[object]:
    return client.delete_message(CHAT, 1)


def poll(client: TelegramDriver) -> Awaitable[object]:
    return client.get_updates(None, 0)


def migrate_next(api: FakeBotAPI, words: str) -> None:
    """sendMessage answers that the group became a supergroup (the fake cannot be told to by fail_next)."""

    async def migrated(params: dict[str, Any], uploads: dict[str, Any]) -> Any:
        raise bot_api._ApiError(400, words, {"migrate_to_chat_id": -1001234567890})

    api._handlers["sendmessage"] = ("sendMessage", migrated)


# (name, what the fake is told, the call, the error, Telegram's words or None where only the class is contractual)
REFUSALS: list[tuple[str, dict[str, Any], Call, type[DeliveryError], str | None]] = [
    (
        "flood control",
        {"method": "sendMessage", "retry_after": 7},
        send,
        RetryAfter,
        None,  # aiogram words it itself; see test_ptb_gives_telegrams_words_for_flood_control_and_migration
    ),
    (
        "a message that cannot be deleted",
        {"method": "deleteMessage", "status": 400},
        delete,
        PermanentFailure,
        "Bad Request: message can't be deleted",
    ),
    (
        "a bad request, in Telegram's own case",
        {"method": "sendMessage", "status": 400, "description": "Bad Request: can't parse entities: Unsupported tag"},
        send,
        PermanentFailure,
        "Bad Request: can't parse entities: Unsupported tag",
    ),
    (
        "a blocked bot",
        {"method": "sendMessage", "status": 403},
        send,
        PermanentFailure,
        "Forbidden: bot was blocked by the user",
    ),
    ("not found", {"method": "sendMessage", "status": 404}, send, PermanentFailure, "Not Found"),
    (
        "too large",
        {"method": "sendMessage", "status": 413, "description": "Request Entity Too Large"},
        send,
        PermanentFailure,
        "Request Entity Too Large",
    ),
    ("a revoked token", {"method": "sendMessage", "status": 401}, send, TransientFailure, None),
    ("another poller", {"method": "getUpdates", "status": 409}, poll, TransientFailure, None),
    ("a server error", {"method": "sendMessage", "status": 500}, send, TransientFailure, None),
    ("a bad gateway", {"method": "sendMessage", "status": 502}, send, TransientFailure, None),
    ("flood control on a poll", {"method": "getUpdates", "retry_after": 3}, poll, RetryAfter, None),
]


@pytest.mark.parametrize(
    ("fault", "call", "error", "words"), [case[1:] for case in REFUSALS], ids=[case[0] for case in REFUSALS]
)
async def test_telegrams_refusals(
    driver: str, fault: dict[str, Any], call: Call, error: type[DeliveryError], words: str | None
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        client = driver_class(driver)(TOKEN, api_url=api.base_url, api_timeout=5)
        try:
            api.fail_next(**fault)
            with pytest.raises(DeliveryError) as raised:
                await call(client)
        finally:
            await client.close()
    assert type(raised.value) is error
    if words is not None:
        assert raised.value.description == words
    if isinstance(raised.value, RetryAfter):
        assert raised.value.seconds == float(fault["retry_after"])
    assert TOKEN not in raised.value.description


async def test_a_chat_migrated_to_a_supergroup_is_permanent(driver: str) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        words = "Bad Request: group chat was upgraded to a supergroup chat"
        migrate_next(api, words)
        client = driver_class(driver)(TOKEN, api_url=api.base_url, api_timeout=5)
        try:
            with pytest.raises(PermanentFailure) as raised:
                await send(client)
        finally:
            await client.close()
    assert words in raised.value.description


async def test_ptb_gives_telegrams_words_for_flood_control_and_migration() -> None:
    """aiogram words these two itself, naming the chat; PTB's driver passes on Telegram's words, which do not."""
    async with FakeBotAPI(token=TOKEN) as api:
        words = "Bad Request: group chat was upgraded to a supergroup chat"
        client = PtbDriver(TOKEN, api_url=api.base_url, api_timeout=5)
        try:
            api.fail_next("sendMessage", retry_after=7)
            with pytest.raises(RetryAfter) as flood:
                await send(client)
            migrate_next(api, words)
            with pytest.raises(PermanentFailure) as moved:
                await send(client)
        finally:
            await client.close()
    assert (flood.value.description, flood.value.seconds) == ("Too Many Requests: retry after 7", 7.0)
    assert moved.value.description == words


async def test_an_outage_a_timeout_and_no_server_are_transient(driver: str) -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{closed.getsockname()[1]}"
    async with FakeBotAPI(token=TOKEN) as api:
        client = driver_class(driver)(TOKEN, api_url=api.base_url, api_timeout=0.5)
        unreachable = driver_class(driver)(TOKEN, api_url=nowhere, api_timeout=0.5)
        failures: list[DeliveryError] = []
        try:
            api.set_unreachable(True)  # a proxy's HTML page: not JSON
            for call in (send, poll):
                with pytest.raises(TransientFailure) as raised:
                    await call(client)
                failures.append(raised.value)
            api.set_unreachable(False)
            api.delay_next("sendMessage", 5)
            with pytest.raises(TransientFailure) as raised:
                await send(client)
            failures.append(raised.value)
            for call in (send, poll):
                with pytest.raises(TransientFailure) as raised:
                    await call(unreachable)
                failures.append(raised.value)
        finally:
            await client.close()
            await unreachable.close()
    for failure in failures:
        assert TOKEN not in failure.description
        assert "<html>" not in failure.description


async def test_a_polled_update_that_cannot_be_read_is_skipped_alone_and_not_logged(
    driver: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The libraries refuse a whole batch for one update they cannot read (and PTB would log it all,
    people's messages included, at CRITICAL); read one by one, only that update is skipped."""
    caplog.set_level(logging.DEBUG)
    async with FakeBotAPI(token=TOKEN) as api:
        client = driver_class(driver)(TOKEN, api_url=api.base_url, api_timeout=5)
        try:
            before = api.push_update(api.message_update(CHAT, "my secret report text"))
            broken = api.push_update({"message": "not a message"})
            after = api.push_update(api.command_update(CHAT, "start"))
            received = await client.get_updates(None, 0)
            await client.send_message(CHAT, "the bot's secret answer", ())
        finally:
            await client.close()
    assert [incoming.update_id for incoming in received] == [
        before["update_id"],
        broken["update_id"],
        after["update_id"],
    ]
    assert [incoming.item is not None for incoming in received] == [True, False, True]
    third = received[2].item
    assert third is not None
    assert isinstance(third.event, Start)
    assert any("cannot read" in record.getMessage() for record in caplog.records)
    logged = "\n".join(f"{record.getMessage()} {record.exc_text or ''} {record.__dict__}" for record in caplog.records)
    for secret in ("my secret report text", "the bot's secret answer", "not a message", TOKEN):
        assert secret not in logged


def test_ptb_time_periods_are_timedeltas() -> None:
    """Set by the driver before PTB is imported: without it PTB warns, and warnings are errors here."""
    assert PtbDriver.__module__.startswith("bot.drivers.ptb")
    assert os.environ["PTB_TIMEDELTA"] == "true"
