"""Telegram updates (as the fake builds them, parsed by each driver's library) to engine events, and nothing more."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.drivers.select import driver_class
from bot.engine.events import Button, Command, Media, Start, Text
from bot.pipeline.ports import InboxItem, Incoming
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import TOKEN, convert_update

Convert = Callable[[dict[str, Any]], Incoming]
ItemOf = Callable[[dict[str, Any]], InboxItem]

CHAT = 5150


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=TOKEN) as fake:
        yield fake


@pytest.fixture
def convert(driver: str) -> Convert:
    return functools.partial(convert_update, driver)


@pytest.fixture
def item_of(convert: Convert) -> ItemOf:
    def item_of(update: dict[str, Any]) -> InboxItem:
        incoming = convert(update)
        assert incoming.update_id == update["update_id"]
        assert incoming.item is not None
        return incoming.item

    return item_of


def test_text_commands_and_start(api: FakeBotAPI, item_of: ItemOf) -> None:
    assert item_of(api.message_update(CHAT, "hello <b>")) == InboxItem(
        chat_key=f"tg:{CHAT}", event=Text(text="hello <b>")
    )
    start = item_of(api.command_update(CHAT, "start", "deep-link", language_code="pt-br"))
    assert start.event == Start(language_code="pt-br")
    assert item_of(api.command_update(CHAT, "Cancel", mention_bot=True)).event == Command(name="cancel")
    assert item_of(api.command_update(CHAT, "help", "me please")).event == Command(name="help", args="me please")


def test_slash_text_without_a_command_entity_stays_text(api: FakeBotAPI, item_of: ItemOf) -> None:
    # e.g. a Reddit account typed as /u/name: Telegram marks no command, so it is an answer.
    update = api.message_update(CHAT, "/u/some_account", entities=[])
    assert item_of(update).event == Text(text="/u/some_account")


def test_a_button_press_keeps_its_query_id(api: FakeBotAPI, item_of: ItemOf) -> None:
    keyboard = {"inline_keyboard": [[{"text": "Report", "callback_data": "main.menu:report"}]]}
    api._bot_message(CHAT, {"text": "menu", "reply_markup": keyboard})  # as if the bot had sent it
    update = api.callback_update(CHAT, "main.menu:report")
    item = item_of(update)
    assert item.event == Button(payload="main.menu:report")
    assert item.callback_id == update["callback_query"]["id"]


@pytest.mark.parametrize("kind", ["photo", "video", "document", "sticker", "voice", "animation"])
def test_media_keeps_only_its_kind_and_message_id(api: FakeBotAPI, kind: str, item_of: ItemOf) -> None:
    update = api.media_update(CHAT, kind, caption="private caption")  # type: ignore[arg-type]
    item = item_of(update)
    assert item.event == Media(kind=kind, message_id=update["message"]["message_id"])
    stored = item.model_dump_json()
    assert "caption" not in stored
    assert "file_id" not in stored
    assert "Alex" not in stored


@pytest.mark.parametrize(
    ("field", "value", "kind"),
    [
        ("audio", {"file_id": "A1", "file_unique_id": "U1", "duration": 3}, "audio"),
        ("video_note", {"file_id": "V1", "file_unique_id": "U2", "length": 240, "duration": 3}, "video_note"),
        ("contact", {"phone_number": "+441234567890", "first_name": "Sam"}, "other"),
        ("location", {"latitude": 51.5, "longitude": -0.12}, "other"),
    ],
)
def test_other_things_a_person_sends_are_refused_as_media(
    field: str, value: dict[str, Any], kind: str, item_of: ItemOf
) -> None:
    update = _raw_message(CHAT, "private", {field: value})
    item = item_of(update)
    assert item.event == Media(kind=kind, message_id=update["message"]["message_id"])
    assert "+44" not in item.model_dump_json()
    assert "51.5" not in item.model_dump_json()


def test_groups_channels_edits_and_service_messages_are_ignored(api: FakeBotAPI, convert: Convert) -> None:
    group = api.message_update(-100123, "hello group")
    assert convert(group) == Incoming(update_id=group["update_id"])
    channel = {"update_id": 900, "channel_post": _raw_message(-100999, "channel", {"text": "news"})["message"]}
    assert convert(channel) == Incoming(update_id=900)
    edit = api.edited_message_update(CHAT, api.message_update(CHAT, "x")["message"]["message_id"], "y")
    assert convert(edit).item is None
    blocked = api.my_chat_member_update(CHAT)
    assert convert(blocked).item is None
    service = _raw_message(
        CHAT, "private", {"pinned_message": {"message_id": 1, "date": 0, "chat": {"id": CHAT, "type": "private"}}}
    )
    assert convert(service).item is None


async def test_webhook_bodies_parse_or_raise_value_error(api: FakeBotAPI, driver: str, convert: Convert) -> None:
    client = driver_class(driver)(TOKEN, api_url=api.base_url, api_timeout=5)
    try:
        update = api.message_update(CHAT, "hello")
        assert client.parse_update(update) == convert(update)
        with pytest.raises(ValueError, match="update_id"):
            client.parse_update({"update_id": "not a number"})
        unknown = client.parse_update({"update_id": 77, "some_future_update": {"x": 1}})
        assert unknown == Incoming(update_id=77)
    finally:
        await client.close()


def _raw_message(chat_id: int, chat_type: str, fields: dict[str, Any]) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    if chat_type != "private":
        chat["title"] = "A chat"
    message = {
        "message_id": 31,
        "date": 1_700_000_000,
        "chat": chat,
        "from": {"id": abs(chat_id), "is_bot": False, "first_name": "Sam"},
        **fields,
    }
    return {"update_id": 31, "message": message}
