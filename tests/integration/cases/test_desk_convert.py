"""The volunteer group's updates, as each Telegram driver keeps them: commands and presses with who
sent them and the forum topic; nothing else from it, and nothing from any other group."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from bot.engine.events import Button, Command, MemberJoined, Start
from bot.pipeline.ports import InboxItem
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import TOKEN, convert_update

GROUP = -1001234567890
OTHER_GROUP = -1009999999999
VOLUNTEER = 5002
STRANGER = 6666


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(token=TOKEN) as fake:
        yield fake


Item = Callable[[dict[str, Any]], InboxItem | None]


@pytest.fixture
def item(driver: str, api: FakeBotAPI) -> Item:
    """What the driver keeps of an update, with GROUP as the volunteer group (the bot's username
    learnt, as at start: `/case@<the bot>` is ours)."""
    return lambda update: convert_update(driver, update, frozenset({GROUP}), api.bot_username).item


def in_topic(update: dict[str, Any], topic: int) -> dict[str, Any]:
    update["message"] |= {"message_thread_id": topic, "is_topic_message": True}
    return update


def test_commands_keep_the_sender_and_the_topic(api: FakeBotAPI, item: Item) -> None:
    update = in_topic(api.command_update(GROUP, "case", "12", user_id=VOLUNTEER, mention_bot=True), 7)
    assert item(update) == InboxItem(
        chat_key=f"tg:{GROUP}", event=Command(name="case", args="12"), user_id=VOLUNTEER, thread_id=7
    )
    start = item(api.command_update(GROUP, "start", user_id=VOLUNTEER))
    assert start is not None
    assert isinstance(start.event, Start)
    assert start.thread_id is None


def test_presses_keep_the_sender(api: FakeBotAPI, item: Item) -> None:
    message = api.message_update(GROUP, "a message to press on")["message"]
    update = api.callback_update(
        GROUP, "cs:claim:1", message_id=message["message_id"], user_id=VOLUNTEER, check_button=False
    )
    assert item(update) == InboxItem(
        chat_key=f"tg:{GROUP}",
        event=Button(payload="cs:claim:1"),
        callback_id=update["callback_query"]["id"],
        user_id=VOLUNTEER,
    )


def test_volunteers_talking_and_other_groups_are_not_kept(api: FakeBotAPI, item: Item) -> None:
    assert item(api.message_update(GROUP, "anyone seen case 12?", user_id=VOLUNTEER)) is None
    assert item(api.media_update(GROUP, "photo", user_id=VOLUNTEER)) is None
    assert item(api.command_update(OTHER_GROUP, "queue", user_id=VOLUNTEER)) is None
    private = item(api.command_update(VOLUNTEER, "queue"))
    assert private == InboxItem(chat_key=f"tg:{VOLUNTEER}", event=Command(name="queue"))  # no user id stored


def test_someone_joining_the_group_is_kept_for_the_desk_and_nothing_else_is(api: FakeBotAPI, item: Item) -> None:
    joined = item(api.chat_member_update(GROUP, STRANGER))
    assert joined == InboxItem(chat_key=f"tg:{GROUP}", event=MemberJoined(), user_id=STRANGER)
    # Let in as a restricted member, or straight in as an admin: joined too (restricted and out is not).
    assert item(api.chat_member_update(GROUP, STRANGER + 1, "restricted", "left", is_member=True)) == InboxItem(
        chat_key=f"tg:{GROUP}", event=MemberJoined(), user_id=STRANGER + 1
    )
    assert item(api.chat_member_update(GROUP, STRANGER + 2, "restricted", "left", is_member=False)) is None
    assert item(api.chat_member_update(GROUP, STRANGER + 3, "administrator", "kicked")) == InboxItem(
        chat_key=f"tg:{GROUP}", event=MemberJoined(), user_id=STRANGER + 3
    )
    # Leaving, being banned or promoted is not joining; another group's joins are nobody's business.
    assert item(api.chat_member_update(GROUP, STRANGER, "left", "member")) is None
    assert item(api.chat_member_update(GROUP, STRANGER, "kicked", "member")) is None
    assert item(api.chat_member_update(GROUP, VOLUNTEER, "administrator", "member")) is None
    assert item(api.chat_member_update(OTHER_GROUP, STRANGER)) is None
