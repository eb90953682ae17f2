"""python-telegram-bot's updates convert exactly as aiogram's: the same inbox item for the same update.

Each case is an update as Telegram sends it (built by the fake where it can, else by hand) and the
item it must become; each driver converts it, as received by polling and by webhook. The expected
items make the cases mean something on their own: two drivers that agreed on ignoring everything
would fail here. An item holds nothing about the person (no name, caption, file id, phone number),
so equal to the expected one it cannot have kept any.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.drivers.select import driver_class
from bot.engine.events import Button, Command, Media, MemberJoined, Start, Text
from bot.pipeline.ports import InboxItem, Incoming
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import convert_update

TOKEN = "123:ABC"
CHAT = 5150
STAFF = -1001234567890
STAFF_CHATS = frozenset({STAFF})
VOLUNTEER = 4321
KEYBOARD = {"inline_keyboard": [[{"text": "Report", "callback_data": "main.menu:report"}]]}

Case = tuple[str, dict[str, Any], InboxItem | None]


def private(fields: dict[str, Any], *, chat: int = CHAT, message_id: int = 31) -> dict[str, Any]:
    return _message(chat, "private", fields, message_id=message_id)


def _message(
    chat_id: int, chat_type: str, fields: dict[str, Any], *, message_id: int = 31, user_id: int | None = None
) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    chat.update({"first_name": "Sam"} if chat_type == "private" else {"title": "A chat"})
    sender = {"id": user_id or abs(chat_id), "is_bot": False, "first_name": "Sam", "language_code": "de"}
    return {"message_id": message_id, "date": 1_700_000_000, "chat": chat, "from": sender, **fields}


def update(number: int, **kinds: Any) -> dict[str, Any]:
    return {"update_id": number, **kinds}


def cases(api: FakeBotAPI) -> list[Case]:
    """Every branch of the conversion, with the item it must give."""
    key = f"tg:{CHAT}"
    staff_key = f"tg:{STAFF}"
    photo = [{"file_id": "P1", "file_unique_id": "U1", "width": 90, "height": 60}]
    api.add_bot_message(CHAT, "menu", reply_markup=KEYBOARD)
    press = api.callback_update(CHAT, "main.menu:report")
    staff_card = api.add_bot_message(STAFF, "card", reply_markup=KEYBOARD)
    staff_press = api.callback_update(STAFF, "main.menu:report", user_id=VOLUNTEER)
    in_topic = {"message_thread_id": 7, "is_topic_message": True}
    command = [{"type": "bot_command", "offset": 0, "length": 6}]
    found: list[Case] = [
        ("text", api.message_update(CHAT, "hello <b> 😀"), InboxItem(chat_key=key, event=Text(text="hello <b> 😀"))),
        (
            "start with a deep link",
            api.command_update(CHAT, "start", "ref-1", language_code="pt-br"),
            InboxItem(chat_key=key, event=Start(language_code="pt-br")),
        ),
        (
            "start without a language",
            api.command_update(CHAT, "start", language_code=None),
            InboxItem(chat_key=key, event=Start(language_code=None)),
        ),
        (
            "command to the bot by name",
            api.command_update(CHAT, "Cancel", mention_bot=True),
            InboxItem(chat_key=key, event=Command(name="cancel")),
        ),
        (
            "command with arguments",
            api.command_update(CHAT, "help", "  me please "),
            InboxItem(chat_key=key, event=Command(name="help", args="me please")),
        ),
        (
            "a slash without a command entity",
            api.message_update(CHAT, "/u/some_account", entities=[]),
            InboxItem(chat_key=key, event=Text(text="/u/some_account")),
        ),
        (
            "a command entity not at the start",
            api.message_update(CHAT, "see /start", entities=[{"type": "bot_command", "offset": 4, "length": 6}]),
            InboxItem(chat_key=key, event=Text(text="see /start")),
        ),
        (
            "another entity first",
            api.message_update(CHAT, "@someone /help", entities=[{"type": "mention", "offset": 0, "length": 8}]),
            InboxItem(chat_key=key, event=Text(text="@someone /help")),
        ),
        (
            "a button press",
            press,
            InboxItem(
                chat_key=key, event=Button(payload="main.menu:report"), callback_id=press["callback_query"]["id"]
            ),
        ),
        (
            "a press on a message too old to see",
            update(
                40,
                callback_query={
                    "id": "q-old",
                    "from": {"id": CHAT, "is_bot": False, "first_name": "Sam"},
                    "chat_instance": "ci",
                    "message": {"message_id": 3, "date": 0, "chat": {"id": CHAT, "type": "private"}},
                    "data": "main.menu:report",
                },
            ),
            InboxItem(chat_key=key, event=Button(payload="main.menu:report"), callback_id="q-old"),
        ),
        (
            "a press without data (a game)",
            update(
                41,
                callback_query={
                    "id": "q-game",
                    "from": {"id": CHAT, "is_bot": False, "first_name": "Sam"},
                    "chat_instance": "ci",
                    "message": private({"text": "x"}),
                    "game_short_name": "g",
                },
            ),
            None,
        ),
        (
            "a press on an inline message",
            update(
                42,
                callback_query={
                    "id": "q-inline",
                    "from": {"id": CHAT, "is_bot": False, "first_name": "Sam"},
                    "chat_instance": "ci",
                    "inline_message_id": "AAA",
                    "data": "x",
                },
            ),
            None,
        ),
        (
            "a press in another group",
            update(
                43,
                callback_query={
                    "id": "q-group",
                    "from": {"id": CHAT, "is_bot": False, "first_name": "Sam"},
                    "chat_instance": "ci",
                    "message": _message(-100999, "supergroup", {"text": "x"}),
                    "data": "x",
                },
            ),
            None,
        ),
        ("a message in another group", api.message_update(-100123, "hello group"), None),
        ("a channel post", update(44, channel_post=_message(-100999, "channel", {"text": "news"})), None),
        (
            "an edit",
            api.edited_message_update(CHAT, api.message_update(CHAT, "x")["message"]["message_id"], "y"),
            None,
        ),
        ("the bot blocked", api.my_chat_member_update(CHAT), None),
        ("a pinned message", update(45, message=private({"pinned_message": private({"text": "x"})})), None),
        ("a new chat title", update(46, message=private({"new_chat_title": "t"})), None),
        ("an unknown kind of update", update(47, some_future_update={"x": 1}), None),
    ]
    for kind in ("photo", "video", "document", "sticker", "voice", "animation"):
        built = api.media_update(CHAT, kind, caption="private caption")
        media = Media(kind=kind, message_id=built["message"]["message_id"])
        found.append((kind, built, InboxItem(chat_key=key, event=media)))
    other: list[tuple[str, dict[str, Any], str]] = [
        ("audio", {"file_id": "A1", "file_unique_id": "U1", "duration": 3}, "audio"),
        ("video_note", {"file_id": "V1", "file_unique_id": "U2", "length": 240, "duration": 3}, "video_note"),
        ("contact", {"phone_number": "+441234567890", "first_name": "Sam"}, "other"),
        ("location", {"latitude": 51.5, "longitude": -0.12}, "other"),
        ("dice", {"emoji": "🎲", "value": 3}, "other"),
        (
            "poll",
            {
                "id": "p",
                "question": "q?",
                "options": [
                    {"persistent_id": "1", "text": "a", "voter_count": 0},
                    {"persistent_id": "2", "text": "b", "voter_count": 0},
                ],
                "total_voter_count": 0,
                "is_closed": False,
                "is_anonymous": True,
                "type": "regular",
                "allows_multiple_answers": False,
                "allows_revoting": False,  # aiogram 3.31 requires Bot API 9.x's newer fields
                "members_only": False,
            },
            "other",
        ),
        ("story", {"chat": {"id": 99, "type": "channel", "title": "c"}, "id": 5}, "other"),
        ("game", {"title": "g", "description": "d", "photo": photo}, "other"),
        (
            "invoice",
            {"title": "t", "description": "d", "start_parameter": "s", "currency": "EUR", "total_amount": 100},
            "other",
        ),
    ]
    for number, (field, value, kind) in enumerate(other, start=60):
        found.append(
            (field, update(number, message=private({field: value}, message_id=number)), _media(key, kind, number))
        )
    venue = {"location": {"latitude": 1.0, "longitude": 2.0}, "title": "t", "address": "a"}
    with_venue = private({"venue": venue, "location": venue["location"]}, message_id=80)
    found.append(("venue", update(80, message=with_venue), _media(key, "other", 80)))
    live = {"file_id": "L1", "file_unique_id": "U3", "width": 90, "height": 60, "duration": 2}
    live_photo = private({"live_photo": live, "photo": photo}, message_id=81)  # Telegram sends both
    found.append(("a live photo", update(81, message=live_photo), _media(key, "photo", 81)))
    # The volunteer group: commands and presses, with who and which topic; nothing else.
    found += [
        (
            "a volunteer's command in a topic",
            update(
                90,
                message=_message(
                    STAFF, "supergroup", {"text": "/queue", "entities": command, **in_topic}, user_id=VOLUNTEER
                ),
            ),
            InboxItem(chat_key=staff_key, event=Command(name="queue"), user_id=VOLUNTEER, thread_id=7),
        ),
        (
            "a volunteer's command outside topics",
            update(
                91, message=_message(STAFF, "supergroup", {"text": "/queue", "entities": command}, user_id=VOLUNTEER)
            ),
            InboxItem(chat_key=staff_key, event=Command(name="queue"), user_id=VOLUNTEER),
        ),
        (
            "volunteers talking",
            update(92, message=_message(STAFF, "supergroup", {"text": "hi all"}, user_id=VOLUNTEER)),
            None,
        ),
        (
            "a photo in the volunteer group",
            update(93, message=_message(STAFF, "supergroup", {"photo": photo}, user_id=VOLUNTEER)),
            None,
        ),
        (
            "another bot's command",
            update(
                94,
                message={
                    **_message(STAFF, "supergroup", {"text": "/queue", "entities": command}),
                    "from": {"id": 99, "is_bot": True, "first_name": "Other bot"},
                },
            ),
            None,
        ),
        (
            "a volunteer's press on a card",
            staff_press,
            InboxItem(
                chat_key=staff_key,
                event=Button(payload="main.menu:report"),
                callback_id=staff_press["callback_query"]["id"],
                user_id=VOLUNTEER,
            ),
        ),
        (
            "someone joining the volunteer group",
            api.chat_member_update(STAFF, 6666),
            InboxItem(chat_key=staff_key, event=MemberJoined(), user_id=6666),
        ),
        ("someone leaving the volunteer group", api.chat_member_update(STAFF, 6666, "left", "member"), None),
        ("someone joining another group", api.chat_member_update(-1009999999999, 6666), None),
    ]
    assert staff_card["chat"]["id"] == STAFF
    return found


def _media(chat_key: str, kind: str, message_id: int) -> InboxItem:
    return InboxItem(chat_key=chat_key, event=Media(kind=kind, message_id=message_id))


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=TOKEN) as fake:
        yield fake


def test_each_update_becomes_its_item(api: FakeBotAPI, driver: str) -> None:
    for name, data, expected in cases(api):
        assert convert_update(driver, data, STAFF_CHATS) == Incoming(update_id=data["update_id"], item=expected), name


async def test_webhook_bodies_parse_alike(api: FakeBotAPI, driver: str) -> None:
    client = driver_class(driver)(TOKEN, api_url=api.base_url, api_timeout=5, staff_chats=STAFF_CHATS)
    try:
        for name, data, expected in cases(api):
            assert client.parse_update(json.loads(json.dumps(data))) == Incoming(data["update_id"], expected), name
        for broken in (
            {"update_id": "not a number"},
            {"update_id": 5, "message": "not an object"},
            {"update_id": 5, "message": {"message_id": 1}},
            {"update_id": 5, "callback_query": {"id": "1"}},
        ):
            with pytest.raises(ValueError):  # noqa: PT011 - each library words it its own way
                client.parse_update(broken)
    finally:
        await client.close()
