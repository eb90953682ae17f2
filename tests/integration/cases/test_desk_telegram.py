"""The volunteer desk on Telegram, end to end: the fake Bot API, each real driver (aiogram, ptb), the
whole pipeline (inbox, worker, outbox, sender) on SQLite and PostgreSQL.

A reporter's tip appears as a card in the volunteer group; a second tip about the same account in
another link form edits that card and says so under it; a volunteer claims it, asks the reporters,
gets an answer under the card, closes it; the reporters are told and see it in /mytips. Someone in
the group who is not a volunteer can do none of it. Nobody's identity crosses over.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest
from sqlalchemy import select

from bot.cases.volunteers import add_volunteer
from bot.desk.commands import HANDLERS
from bot.desk.keys import ABUSE_COMMANDS, MENU
from bot.desk.words import StaffTexts
from bot.i18n import Locales
from bot.paths import locales_dir
from bot.settings import Settings
from bot.storage.models import Case, Tip
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.cases.conftest import START
from tests.integration.telegram.harness import (
    REPORT,
    TOKEN,
    InProcessBot,
    TelegramUser,
    dump_tables,
    running_bot,
    telegram_settings,
    wait_idle,
    wait_until,
)

GROUP = -1001234567890
TOPIC = 77
COORDINATOR, VOLUNTEER, STRANGER = 5001, 5002, 6666
REPORTER_A, REPORTER_B = 4242, 4343
LINK = "https://www.instagram.com/Bad.Actor_01/"
OTHER_FORM = "instagram.com/bad.actor_01"


@pytest.fixture
def tipline_settings(tipline_settings: Settings, driver: str) -> Settings:
    """Each test runs once per driver (TIPLINE_DRIVER), as the Telegram tests do."""
    return tipline_settings.model_copy(update={"driver": driver})


def desk_settings(base: Settings, api: FakeBotAPI) -> Settings:
    return telegram_settings(
        base, api, volunteer_chat_id=GROUP, volunteer_thread_id=TOPIC, send_group_per_minute=0.0, send_global_rate=0.0
    )


async def add_team(bot: InProcessBot) -> None:
    async with bot.app.db.transaction() as session:
        await add_volunteer(session, COORDINATOR, "sam.coord", "coordinator", "test", START)
        await add_volunteer(session, VOLUNTEER, "ali", "volunteer", "test", START)


def report(user: TelegramUser, link: str) -> list[tuple[str, str]]:
    return [(action, link if value == LINK else value) for action, value in REPORT]


async def act_all(bot: InProcessBot, api: FakeBotAPI, user: TelegramUser, script: list[tuple[str, str]]) -> None:
    for action, value in script:
        user.act(action, value)
        await wait_idle(bot.operations, api)


def group_messages(api: FakeBotAPI) -> list[dict[str, Any]]:
    return [m for m in api.chat_history(GROUP) if m.get("from", {}).get("is_bot")]


async def press(
    bot: InProcessBot, api: FakeBotAPI, data: str, message_id: int, user_id: int, **kw: Any
) -> dict[str, Any]:
    update = api.push_update(api.callback_update(GROUP, data, message_id=message_id, user_id=user_id, **kw))
    await wait_idle(bot.operations, api)
    return update


async def command(bot: InProcessBot, api: FakeBotAPI, text: str, user_id: int, thread: int | None = None) -> None:
    name, _, args = text[1:].partition(" ")
    update = api.command_update(GROUP, name, args, user_id=user_id)
    if thread is not None:
        update["message"] |= {"message_thread_id": thread, "is_topic_message": True}
    api.push_update(update)
    await wait_idle(bot.operations, api)


def answers_to(api: FakeBotAPI, update: dict[str, Any]) -> list[dict[str, Any]]:
    return [c.params for c in api.calls_to("answerCallbackQuery", callback_query_id=update["callback_query"]["id"])]


async def test_a_case_from_card_to_closing_on_telegram(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = desk_settings(tipline_settings, api)
        async with running_bot(settings) as bot:
            await add_team(bot)
            first, second = TelegramUser(api, REPORTER_A), TelegramUser(api, REPORTER_B)

            # A tip becomes a card in the group's topic, without link previews; its id is kept.
            await act_all(bot, api, first, report(first, LINK))
            (card,) = group_messages(api)
            assert "Case #1" in card["text"]
            assert "instagram:bad.actor_01" in card["text"]
            (post,) = api.calls_to("sendMessage", chat_id=GROUP)
            assert post.params["message_thread_id"] == TOPIC
            assert post.params["link_preview_options"] == {"is_disabled": True}
            async with bot.app.db.transaction() as session:
                case = await session.get_one(Case, 1)
                assert (case.card_chat_id, case.card_message_id) == (GROUP, card["message_id"])

            # The same account in another form: the card is edited, and a reply under it says so.
            await act_all(bot, api, second, report(second, OTHER_FORM))
            edits = api.calls_to("editMessageText", chat_id=GROUP, message_id=card["message_id"])
            assert len(edits) == 1
            assert "2 tips from 2 people" in edits[0].params["text"]
            note = group_messages(api)[-1]
            assert note["reply_to_message"]["message_id"] == card["message_id"]
            assert "joined this case" in note["text"]

            # Someone in the group who is not a volunteer: a press does nothing, a command gets nothing.
            before = len(api.calls)
            forged = await press(bot, api, "cs:claim:1", card["message_id"], STRANGER)
            await command(bot, api, "/queue", STRANGER)
            await command(bot, api, "/case 1", STRANGER)
            assert answers_to(api, forged) == [{"callback_query_id": forged["callback_query"]["id"]}]
            assert [c.method for c in api.calls[before:] if c.method not in ("getUpdates", "answerCallbackQuery")] == []

            # A volunteer claims it from the card.
            claimed = await press(bot, api, "cs:claim:1", card["message_id"], VOLUNTEER)
            assert answers_to(api, claimed)[0]["text"] == "Case #1 is yours."
            assert "Claimed by <b>ali</b>" in api.calls_to("editMessageText")[-1].params["text"]

            # ...asks the reporters (both agreed to be contacted), in the topic they work in.
            await command(bot, api, "/ask 1 When did you first see it?", VOLUNTEER, thread=TOPIC)
            reply = api.calls_to("sendMessage", chat_id=GROUP)[-1].params
            assert "Question sent to 2 reporters" in reply["text"]
            assert reply["message_thread_id"] == TOPIC
            asked = [m for m in api.chat_history(REPORTER_A) if "When did you first see it?" in m.get("text", "")]
            assert len(asked) == 1
            assert len(api.chat_history(REPORTER_B)) > 0
            answer_button = asked[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]

            # ...and the answer comes back under the card.
            await act_all(bot, api, first, [("press", answer_button), ("text", "Last Tuesday, <evening>")])
            answer = group_messages(api)[-1]
            assert answer["reply_to_message"]["message_id"] == card["message_id"]
            assert "Answer from reporter #" in answer["text"]
            assert "Last Tuesday, <evening>" in answer["text"]

            # Close with an outcome, from the card: the reporters are told in their chats.
            prompt_press = await press(bot, api, "cs:close:1", card["message_id"], VOLUNTEER)
            assert answers_to(api, prompt_press)
            prompt = group_messages(api)[-1]
            await press(bot, api, "cs:out:1:removed", prompt["message_id"], VOLUNTEER)
            assert "<b>Closed:</b> removed" in api.calls_to("editMessageText")[-1].params["text"]
            for chat in (REPORTER_A, REPORTER_B):
                news = [m["text"] for m in api.chat_history(chat) if "News about your report" in m.get("text", "")]
                assert news
                assert "closed: the content or account was removed" in news[-1]
            await act_all(bot, api, first, [("text", "/mytips")])
            assert "closed: the content or account was removed" in api.chat_history(REPORTER_A)[-1]["text"]

            async with bot.app.db.transaction() as session:
                pseudonyms = set((await session.execute(select(Tip.reporter))).scalars())
            tables = await dump_tables(bot.app.db)

    # Nobody's identity crossed over: the group never saw a reporter, reporters never saw a volunteer.
    group_text = " ".join(m.get("text", "") for m in api.chat_history(GROUP))
    for secret in (str(REPORTER_A), str(REPORTER_B), *pseudonyms):
        assert secret not in group_text
    reporter_text = " ".join(m.get("text", "") for chat in (REPORTER_A, REPORTER_B) for m in api.chat_history(chat))
    for secret in ("ali", "sam.coord", str(VOLUNTEER), str(COORDINATOR)):
        assert secret not in reporter_text
    assert "Last Tuesday" not in tables  # the answer is in the audit trail, sealed (see test_privacy_at_rest)
    assert all(c.status == 200 for c in api.calls_to("sendMessage")), api.format_calls(api.calls_to("sendMessage"))


async def test_export_is_sent_as_a_file_without_identities(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = desk_settings(tipline_settings, api)
        async with running_bot(settings) as bot:
            await add_team(bot)
            reporter = TelegramUser(api, REPORTER_A)
            await act_all(bot, api, reporter, report(reporter, LINK))
            await command(bot, api, "/export", VOLUNTEER)  # a volunteer may not
            assert api.calls_to("sendMessage", chat_id=GROUP)[-1].params["text"] == "Your role does not allow that."
            await command(bot, api, "/export", COORDINATOR, thread=TOPIC)
            said = api.calls_to("sendMessage", chat_id=GROUP)[-1].params["text"]
            await wait_until(lambda: api.documents, 20, "the export to be sent")
            await wait_idle(bot.operations, api)
            async with bot.app.db.transaction() as session:
                pseudonym = (await session.execute(select(Tip.reporter))).scalar_one()
    (document,) = api.documents
    assert document.chat_id == COORDINATOR  # only to the requester, in their private chat: never the group
    assert "private chat with the bot" in said
    assert document.filename.endswith(".zip")
    assert "1 case, 1 tip" in (document.caption or "")
    assert "message_thread_id" not in api.calls_to("sendDocument")[0].params
    with zipfile.ZipFile(io.BytesIO(document.content)) as archive:
        content = b"".join(archive.read(name) for name in archive.namelist()).decode()
    assert "bad.actor_01" in content
    for secret in (str(REPORTER_A), pseudonym, pseudonym[:8]):
        assert secret not in content


async def test_volunteers_work_from_their_private_chat_and_the_public_cannot(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api)  # no volunteer group at all
        async with running_bot(settings) as bot:
            await add_team(bot)
            reporter = TelegramUser(api, REPORTER_A)
            await act_all(bot, api, reporter, report(reporter, LINK))
            volunteer, public = TelegramUser(api, VOLUNTEER), TelegramUser(api, STRANGER)
            await act_all(bot, api, volunteer, [("text", "/queue")])
            await act_all(bot, api, public, [("text", "/queue"), ("text", "/case 1")])
            api.push_update(api.callback_update(STRANGER, "cs:claim:1", check_button=False))
            await wait_idle(bot.operations, api)
            async with bot.app.db.transaction() as session:
                case = await session.get_one(Case, 1)
    assert api.calls_to("sendMessage", chat_id=GROUP) == []
    assert "#1 · URGENT · grooming · Instagram bad.actor_01" in api.chat_history(VOLUNTEER)[-1]["text"]
    public_text = " ".join(m.get("text", "") for m in api.chat_history(STRANGER) if m.get("from", {}).get("is_bot"))
    assert "bad.actor_01" not in public_text
    assert "#1" not in public_text
    assert "I don't know the command /queue" in public_text  # the reporter bot's answer, nothing more
    assert case.assignee_id is None


async def test_the_volunteer_group_gets_the_desk_commands_in_its_menu(tipline_settings: Settings) -> None:
    """Shown to the group only (a chat scope), in the staff language; people's menu stays theirs."""
    async with FakeBotAPI(token=TOKEN) as api:
        settings = desk_settings(tipline_settings, api).model_copy(update={"staff_language": "de"})
        async with running_bot(settings):
            group_scope = (json.dumps({"chat_id": GROUP, "type": "chat"}, sort_keys=True), "")
            await api.wait_for(lambda _: group_scope in api.commands, what="the group's command menu")
        default_menu = api.commands[(json.dumps({"type": "default"}), "")]
    menu = api.commands[group_scope]
    assert [command["command"] for command in menu] == [*MENU, *ABUSE_COMMANDS]
    assert {*MENU, *ABUSE_COMMANDS} == set(HANDLERS)  # every desk command is in the menu
    german = {command["command"]: command["description"] for command in menu}
    english = StaffTexts(Locales(locales_dir()), "en", {}).menu()
    assert all(german[name] != text for name, text in english)  # translated, not English
    assert all(1 <= len(text) <= 256 for text in german.values())
    assert "queue" not in {command["command"] for command in default_menu}
