"""The desk's audience (issue 13): who can read the volunteer group's cards, on Telegram end to end
(each driver against the fake Bot API, each database).

A volunteer removed from the desk (`/volunteers remove`, or `tipline volunteers remove` while the bot
runs) is also taken out of the group: banChatMember, then unbanChatMember with only_if_banned (out,
free to be invited again). Where the bot is not an admin allowed to ban, the group is told to do it
by hand; nothing waits in the outbox for an operator. Someone who is not a volunteer joining the
group (a `chat_member` update) is told to the group and its admins, or also taken out
(`TIPLINE_VOLUNTEER_GROUP_STRANGERS=remove`). Start-up warns when the group is public (getChat
gives it a username).
"""

from __future__ import annotations

import asyncio
import logging

import pytest
from sqlalchemy import select

from bot.cases.volunteers import add_volunteer
from bot.cli import main
from bot.desk.calls import DESK_REMOVE
from bot.settings import Settings
from bot.storage.models import DeskEvent, OutboxMessage
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.cases.conftest import START
from tests.integration.cases.test_desk_telegram import (
    COORDINATOR,
    GROUP,
    STRANGER,
    VOLUNTEER,
    command,
    desk_settings,
)
from tests.integration.telegram.harness import TOKEN, InProcessBot, running_bot, settings_env, wait_idle, wait_until

ADMIN = 5000


@pytest.fixture
def tipline_settings(tipline_settings: Settings, driver: str) -> Settings:
    """Each test runs once per driver (TIPLINE_DRIVER), as the Telegram tests do."""
    return tipline_settings.model_copy(update={"driver": driver})


async def add_team(bot: InProcessBot, api: FakeBotAPI) -> None:
    async with bot.app.db.transaction() as session:
        await add_volunteer(session, ADMIN, "kim.admin", "admin", "test", START)
        await add_volunteer(session, COORDINATOR, "sam.coord", "coordinator", "test", START)
        await add_volunteer(session, VOLUNTEER, "ali", "volunteer", "test", START)
    for user in (ADMIN, COORDINATOR, VOLUNTEER):
        api.add_member(GROUP, user)


def bot_texts(api: FakeBotAPI) -> list[str]:
    return [str(m.get("text", "")) for m in api.chat_history(GROUP) if m.get("from", {}).get("is_bot")]


async def outbox_kinds(bot: InProcessBot, status: str) -> list[str]:
    async with bot.app.db.transaction() as session:
        query = select(OutboxMessage.kind).where(OutboxMessage.status == status)
        return list((await session.execute(query)).scalars())


async def test_a_removed_volunteer_is_taken_out_of_the_group(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        api.make_bot_admin(GROUP)
        async with running_bot(desk_settings(tipline_settings, api)) as bot:
            await add_team(bot, api)
            await command(bot, api, "/volunteers remove ali", ADMIN)
            await wait_until(lambda: api.calls_to("unbanChatMember"), 20, "the unban after the ban")
            await wait_idle(bot.operations, api)
            failed = await outbox_kinds(bot, "failed")
        removal = [call for call in api.calls if call.method in ("banChatMember", "unbanChatMember")]
    assert [call.method for call in removal] == ["banChatMember", "unbanChatMember"]
    assert all(int(call.params["chat_id"]) == GROUP for call in removal)
    assert all(int(call.params["user_id"]) == VOLUNTEER for call in removal)
    assert str(removal[1].params.get("only_if_banned")).lower() == "true"  # an unban alone would remove a member
    assert not api.is_member(GROUP, VOLUNTEER)
    assert api.members[str(GROUP)].get(VOLUNTEER) is None  # out, and not banned: they may be invited again
    assert api.is_member(GROUP, COORDINATOR)
    assert any("ali is no longer a volunteer" in text and "taken out of this group" in text for text in bot_texts(api))
    assert failed == []


async def test_where_the_bot_may_not_ban_the_group_is_told_to_do_it_by_hand(tipline_settings: Settings) -> None:
    # The bot is a plain member of the group: not an admin, so it may not ban.
    async with FakeBotAPI(token=TOKEN) as api, running_bot(desk_settings(tipline_settings, api)) as bot:
        await add_team(bot, api)
        await command(bot, api, "/volunteers remove ali", ADMIN)
        await wait_until(
            lambda: any("could not be taken out" in text for text in bot_texts(api)), 20, "the group to be told"
        )
        await wait_idle(bot.operations, api)
        failed = await outbox_kinds(bot, "failed")
    (ban,) = api.calls_to("banChatMember")
    assert ban.status == 400
    assert api.calls_to("unbanChatMember") == []
    assert api.is_member(GROUP, VOLUNTEER)
    (told,) = [text for text in bot_texts(api) if "could not be taken out" in text]
    assert "ali" in told
    assert "not enough rights" in told  # Telegram's reason, for whoever fixes the bot's rights
    assert failed == []  # handled: nothing waits for an operator in `tipline outbox failed`


async def test_tipline_volunteers_remove_takes_them_out_through_the_running_bot(
    tipline_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        api.make_bot_admin(GROUP)
        settings = desk_settings(tipline_settings, api)
        for name, value in settings_env(settings).items():
            if name.startswith("TIPLINE_"):
                monkeypatch.setenv(name, value)
        async with running_bot(settings) as bot:
            await add_team(bot, api)
            assert await asyncio.to_thread(main, ["volunteers", "remove", "ali"]) == 0
            await wait_until(lambda: api.calls_to("unbanChatMember"), 30, "the running bot to take ali out")
            await wait_idle(bot.operations, api)
            async with bot.app.db.transaction() as session:
                event = (
                    await session.execute(select(DeskEvent).where(DeskEvent.action == "volunteer_removed"))
                ).scalar_one()
            sent = await outbox_kinds(bot, "sent")
    out = capsys.readouterr().out
    assert "ali is no longer a volunteer" in out
    assert "out of the volunteer group" in out
    assert [call.method for call in api.calls if call.method.endswith("ChatMember")] == [
        "banChatMember",
        "unbanChatMember",
    ]
    assert not api.is_member(GROUP, VOLUNTEER)
    assert (event.actor, event.detail["alias"]) == ("cli", "ali")
    assert DESK_REMOVE in sent


def texts_to(api: FakeBotAPI, chat_id: int) -> list[str]:
    return [str(call.params.get("text", "")) for call in api.calls_to("sendMessage", chat_id=chat_id)]


async def test_a_stranger_joining_the_group_alerts_the_group_and_its_admins(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api, running_bot(desk_settings(tipline_settings, api)) as bot:
        await add_team(bot, api)
        api.push_update(api.chat_member_update(GROUP, COORDINATOR, "left", "member"))  # a volunteer leaves
        api.push_update(api.chat_member_update(GROUP, COORDINATOR))  # and comes back: welcome
        await wait_idle(bot.operations, api)
        assert bot_texts(api) == []
        api.push_update(api.chat_member_update(GROUP, STRANGER))
        await wait_until(lambda: texts_to(api, ADMIN), 20, "the admin to be told")
        await wait_idle(bot.operations, api)
    # The driver asked Telegram for chat_member updates (the fake, like Telegram, sends none otherwise).
    asked = [call.params.get("allowed_updates") for call in api.calls_to("getUpdates")]
    assert all("chat_member" in str(allowed) for allowed in asked)
    (alert,) = bot_texts(api)
    assert "not on the volunteer list" in alert
    assert str(STRANGER) in alert  # the id an admin needs for /volunteers add
    assert texts_to(api, ADMIN) == [alert]
    assert texts_to(api, COORDINATOR) == texts_to(api, VOLUNTEER) == []  # admins only
    assert api.calls_to("banChatMember") == []  # alert only, by default
    assert api.is_member(GROUP, STRANGER)


async def test_with_remove_a_stranger_joining_is_taken_out(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        api.make_bot_admin(GROUP)
        settings = desk_settings(tipline_settings, api).model_copy(update={"volunteer_group_strangers": "remove"})
        async with running_bot(settings) as bot:
            await add_team(bot, api)
            api.push_update(api.chat_member_update(GROUP, STRANGER))
            await wait_until(lambda: api.calls_to("unbanChatMember"), 20, "the stranger to be taken out")
            await wait_idle(bot.operations, api)
    assert [int(call.params["user_id"]) for call in api.calls if call.method.endswith("ChatMember")] == [
        STRANGER,
        STRANGER,
    ]
    assert not api.is_member(GROUP, STRANGER)
    (told,) = bot_texts(api)
    assert "was taken out" in told
    assert texts_to(api, ADMIN) == [told]


async def test_start_up_warns_when_the_volunteer_group_is_public(
    tipline_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    warnings: dict[str | None, list[logging.LogRecord]] = {}
    for username in (None, "tipline_volunteers"):
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="bot.pipeline.service"):
            async with FakeBotAPI(token=TOKEN) as api:
                api.make_public(GROUP, username)
                async with running_bot(desk_settings(tipline_settings, api)):
                    pass
                (asked,) = api.calls_to("getChat")
        assert int(asked.params["chat_id"]) == GROUP
        warnings[username] = [record for record in caplog.records if "PUBLIC" in record.getMessage()]
    assert warnings[None] == []  # a private group: nothing to say
    (public,) = warnings["tipline_volunteers"]
    assert public.levelno == logging.WARNING
    assert getattr(public, "username", None) == "@tipline_volunteers"
    assert "Make it private" in public.getMessage()


async def test_a_group_that_cannot_be_checked_is_said_and_the_bot_runs(
    tipline_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.pipeline.service"):
        async with FakeBotAPI(token=TOKEN) as api:
            api.fail_next("getChat", status=400, description="Bad Request: chat not found")
            async with running_bot(desk_settings(tipline_settings, api)) as bot:
                assert not bot.task.done()
    (record,) = [r for r in caplog.records if "could not check whether the volunteer group" in r.getMessage()]
    assert "chat not found" in str(getattr(record, "error", "")).lower()
