"""python-telegram-bot makes the same Bot API requests as aiogram, and reads Telegram's answers the same way.

Each driver runs the same script against its own fake Bot API; the requests the fakes received
(method and decoded parameters) must be equal, and must be what Telegram needs: HTML, no link
preview, the buttons, the topic, getUpdates with its offset, a webhook with its secret, never
dropping pending updates.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.drivers.aiogram import AiogramDriver
from bot.drivers.ptb import PtbDriver
from bot.drivers.select import DRIVERS, driver_class
from bot.pipeline.ports import BotProfile, TelegramDriver, TransientFailure, WebhookConfig
from tests.fakes.bot_api import FakeBotAPI

TOKEN = "123:ABC"
CHAT = 4242
GROUP = -1001234567890
BUTTONS = ((("Report an account", "main.menu:report"), ("Parents", "main.menu:parents")), (("Help", "main.menu:help"),))


def make_client(driver: str, api: FakeBotAPI, api_timeout: float = 5.0) -> TelegramDriver:
    return driver_class(driver)(TOKEN, api_url=api.base_url, api_timeout=api_timeout)


@pytest.fixture
async def client_and_api(driver: str) -> AsyncIterator[tuple[TelegramDriver, FakeBotAPI]]:
    async with FakeBotAPI(token=TOKEN) as api:
        client = make_client(driver, api)
        try:
            yield client, api
        finally:
            await client.close()


async def script(client: TelegramDriver, api: FakeBotAPI, tmp_path: Path) -> list[tuple[str, dict[str, Any]]]:
    """Every call a driver makes, once; the requests as the fake decoded them (random ids made stable)."""
    first = await client.send_message(CHAT, "<b>Hello</b> &amp; welcome", BUTTONS)
    second = await client.send_message(GROUP, "A card", (), thread_id=7, reply_to=first)
    await client.edit_message(CHAT, first or 0, "<i>Edited</i>", ())
    await client.edit_message(CHAT, first or 0, "Edited again", BUTTONS[:1])
    user_message = api.message_update(CHAT, "a photo, say")["message"]["message_id"]
    await client.delete_message(CHAT, user_message)
    press = api.callback_update(CHAT, "main.menu:parents")["callback_query"]["id"]
    await client.answer_callback(press)
    await client.answer_callback(press, "Claimed")
    export = tmp_path / "cases.zip"
    export.write_bytes(b"PK\x03\x04 not really a zip")
    await client.send_document(GROUP, export, "cases-2026-11.zip", "<b>Export</b> of November", thread_id=7)
    api.make_bot_admin(GROUP)
    api.add_member(GROUP, 5002)
    await client.remove_chat_member(GROUP, 5002)
    assert not api.is_member(GROUP, 5002)
    assert await client.chat_username(GROUP) is None
    api.make_public(GROUP, "volunteers_public")
    assert await client.chat_username(GROUP) == "volunteers_public"
    await client.start_polling_mode()
    await client.start_webhook_mode(WebhookConfig(url="https://tipline.example.org/hook", secret="s3cret"))
    problems = await client.set_profile(
        BotProfile(
            commands={"": [("start", "Start"), ("help", "Help")], "de": [("start", "Anfang"), ("help", "Hilfe")]},
            descriptions={"": "Report accounts", "de": "Konten melden"},
            short_descriptions={"": "Tipline"},
            chat_commands={GROUP: [("queue", "Open cases"), ("case", "A case in full")]},
        )
    )
    assert problems == []
    assert (first, second) == (1, 1)  # the message ids Telegram gave, per chat
    calls = [(call.method, dict(call.params)) for call in api.calls if call.method != "getUpdates"]
    for _method, params in calls:
        if params.get("callback_query_id") == press:
            params["callback_query_id"] = "<query>"
    return calls


async def test_the_same_requests_as_aiogram(tmp_path: Path) -> None:
    made: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for name in DRIVERS:
        async with FakeBotAPI(token=TOKEN) as api:
            client = make_client(name, api)
            try:
                made[name] = await script(client, api, tmp_path)
            finally:
                await client.close()
            assert [call.status for call in api.calls] == [200] * len(api.calls), api.format_calls()
            assert api.drop_pending_updates_calls == []
    # The one difference: the upload's Content-Type. PTB guesses it from the file name, aiogram sends
    # application/octet-stream; Telegram reads the file itself, and shows either as the same document.
    uploads = [dict(made[name])["sendDocument"]["document"].pop("content_type") for name in DRIVERS]
    assert uploads == ["application/octet-stream", "application/zip"]
    assert made["ptb"] == made["aiogram"]
    requests = dict(made["ptb"][:2])  # the two sendMessage calls, by method: the second is kept
    first_send = made["ptb"][0][1]
    assert first_send["parse_mode"] == "HTML"
    assert first_send["link_preview_options"] == {"is_disabled": True}
    assert first_send["reply_markup"]["inline_keyboard"][1] == [{"text": "Help", "callback_data": "main.menu:help"}]
    assert requests["sendMessage"]["message_thread_id"] == 7
    assert requests["sendMessage"]["reply_parameters"] == {"message_id": 1, "allow_sending_without_reply": True}
    methods = [method for method, _params in made["ptb"]]
    assert methods == [
        "sendMessage",
        "sendMessage",
        "editMessageText",
        "editMessageText",
        "deleteMessage",
        "answerCallbackQuery",
        "answerCallbackQuery",
        "sendDocument",
        "banChatMember",
        "unbanChatMember",
        "getChat",
        "getChat",
        "deleteWebhook",
        "getMe",  # the bot's username: /cmd@OtherBot in the group is not ours
        "setWebhook",
        "getMe",
        "setMyCommands",
        "setMyCommands",
        "setMyCommands",
        "setMyDescription",
        "setMyDescription",
        "setMyShortDescription",
    ]
    document = dict(made["ptb"])["sendDocument"]
    assert document["document"]["filename"] == "cases-2026-11.zip"
    assert document["caption"] == "<b>Export</b> of November"
    group_menu = [params for method, params in made["ptb"] if method == "setMyCommands" and "scope" in params]
    assert group_menu == [
        {
            "commands": [
                {"command": "queue", "description": "Open cases"},
                {"command": "case", "description": "A case in full"},
            ],
            "scope": {"type": "chat", "chat_id": GROUP},
        }
    ]
    assert dict(made["ptb"])["unbanChatMember"] == {"chat_id": GROUP, "user_id": 5002, "only_if_banned": True}
    hook = dict(made["ptb"])["setWebhook"]
    assert hook["secret_token"] == "s3cret"
    assert hook["allowed_updates"] == ["message", "callback_query", "chat_member"]


async def test_a_long_poll_waits_for_updates_and_its_offset_acknowledges_them(
    client_and_api: tuple[TelegramDriver, FakeBotAPI],
) -> None:
    client, api = client_and_api
    waiting = asyncio.create_task(client.get_updates(None, 5))
    await api.wait_for(lambda calls: any(call.method == "getUpdates" for call in calls), what="the long poll")
    first = api.push_update(api.message_update(CHAT, "hello"))
    received = await asyncio.wait_for(waiting, 4)  # answered when the update came, not after the wait
    assert [incoming.update_id for incoming in received] == [first["update_id"]]
    second = api.push_update(api.command_update(CHAT, "start"))
    received = await client.get_updates(first["update_id"] + 1, 0)
    assert [incoming.update_id for incoming in received] == [second["update_id"]]
    assert api.pending_updates == [second]  # the first was acknowledged by the offset
    assert await client.get_updates(second["update_id"] + 1, 0) == []
    assert api.pending_updates == []
    polls = api.calls_to("getUpdates")
    assert [call.params.get("offset") for call in polls] == [None, first["update_id"] + 1, second["update_id"] + 1]
    assert [call.params["timeout"] for call in polls] == [5, 0, 0]
    assert all(call.params["allowed_updates"] == ["message", "callback_query", "chat_member"] for call in polls)


async def test_every_call_has_a_timeout(driver: str) -> None:
    """A Bot API that never answers costs a call `api_timeout`, and a long poll its wait on top."""
    async with FakeBotAPI(token=TOKEN) as api:
        client = make_client(driver, api, api_timeout=0.5)
        try:
            api.delay_next("*", 30, times=3)
            started = time.monotonic()
            with pytest.raises(TransientFailure):
                await client.send_message(CHAT, "slow", ())
            with pytest.raises(TransientFailure):
                await client.answer_callback("never-answered")
            message_calls = time.monotonic() - started
            started = time.monotonic()
            with pytest.raises(TransientFailure):
                await client.get_updates(None, 1)
            poll = time.monotonic() - started
        finally:
            await client.close()
    assert message_calls < 2 * 0.5 + 3  # the margin is for a loaded machine; without a timeout: 60 s
    assert 1 <= poll < 1 + 0.5 + 1 + 3


async def test_close_closes_the_http_clients() -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        client = PtbDriver(TOKEN, api_url=api.base_url, api_timeout=5)
        await client.send_message(CHAT, "hi", ())
        await client.get_updates(None, 0)
        await client.close()
        with pytest.raises(TransientFailure, match="shut down"):  # and no session is opened again
            await client.get_updates(None, 0)
        with pytest.raises(TransientFailure, match="shut down"):
            await client.send_message(CHAT, "after close", ())
        assert len(api.calls) == 2


def test_the_selected_class_is_the_driver() -> None:
    assert driver_class("ptb") is PtbDriver
    assert driver_class("aiogram") is AiogramDriver
    with pytest.raises(ValueError, match="aiogram or ptb"):
        driver_class("telethon")
