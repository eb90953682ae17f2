"""The invariant of issue 12, end to end on Telegram (each driver, each database): after reports with
and without consent, a relayed question and its answer, /mytips, news of a closed case, a reporter
who blocked the bot, a send Telegram refused, and a crash and restart, no table holds a reporter's
Telegram id, username or name, nor what they typed in clear, nor a timestamp that would join a
reporter to their tip. The pipeline's tables are dumped too."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from bot.app import build_pipeline, open_tipline
from bot.app.desk import staff_chats
from bot.drivers.select import telegram_driver
from bot.pipeline.addresses import SPENT
from bot.pipeline.tables import FAILED
from bot.settings import Settings
from bot.storage.models import Conversation, InboxUpdate, OutboxMessage, Tip
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.cases.test_desk_telegram import (
    COORDINATOR,
    VOLUNTEER,
    add_team,
    command,
    desk_settings,
    group_messages,
    press,
    tipline_settings,  # noqa: F401  (the per-driver settings fixture)
)
from tests.integration.telegram.harness import (
    REPORT,
    TOKEN,
    InProcessBot,
    TelegramUser,
    dump_tables,
    running_bot,
    wait_idle,
)

WITH_CONSENT, WITHOUT_CONSENT, BLOCKED, REFUSED = 7301234567, 7302345678, 7303456789, 7304567890
REPORTERS = (WITH_CONSENT, WITHOUT_CONSENT, BLOCKED, REFUSED)
NAMES = ("Zephyrine", "Quillon", "Marisabel", "Thaddeus")
HANDLES = ("zeph_hidden", "quill_hidden", "mari_hidden", "thad_hidden")
NARRATIVE = "Quokka saw him asking children for photos"
ANSWER = "Wombat: last Tuesday evening"


@dataclass
class NamedUser(TelegramUser):
    """A person with a name and a username, as Telegram sends them with every message."""

    first_name: str = ""
    username: str = ""

    def update_for(self, action: str, value: str) -> dict[str, Any]:
        if action == "text" and not value.startswith("/"):
            return self.api.message_update(
                self.chat_id, value, language_code="en", first_name=self.first_name, username=self.username
            )
        if action == "text":
            name, _, args = value[1:].partition(" ")
            return self.api.command_update(
                self.chat_id, name, args, language_code="en", first_name=self.first_name, username=self.username
            )
        if action == "press":
            return self.api.callback_update(self.chat_id, value, language_code="en", first_name=self.first_name)
        return super().update_for(action, value)


def person(api: FakeBotAPI, index: int) -> NamedUser:
    return NamedUser(api, REPORTERS[index], first_name=NAMES[index], username=HANDLES[index])


def report(consent: str) -> list[tuple[str, str]]:
    script = [
        ("press", f"report.consent:{consent}") if value == "report.consent:yes" else (a, value) for a, value in REPORT
    ]
    return [(a, NARRATIVE) if a == "text" and value.startswith("He asks") else (a, value) for a, value in script]


async def act_all(bot: InProcessBot, api: FakeBotAPI, user: TelegramUser, script: list[tuple[str, str]]) -> None:
    for action, value in script:
        user.act(action, value)
        await wait_idle(bot.operations, api)


async def crash(settings: Settings, api: FakeBotAPI, user: TelegramUser) -> None:
    """A process taking an update dies without shutting down (its transaction rolls back)."""
    app = await open_tipline(settings, auto_migrate=False)
    driver = telegram_driver(settings, TOKEN, staff_chats=staff_chats(settings))
    pipeline = build_pipeline(app, driver, settings)
    task = asyncio.create_task(pipeline.run())
    try:
        user.act("text", "/mytips")
        for _ in range(200):  # until the update is in the inbox (or answered): then pull the plug
            if not api.pending_updates:
                break
            await asyncio.sleep(0.01)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        await driver.close()
        await app.db.dispose()


async def test_no_reporter_identity_or_join_at_rest(tipline_settings: Settings) -> None:  # noqa: F811
    async with FakeBotAPI(token=TOKEN) as api:
        settings = desk_settings(tipline_settings, api)
        consenting, declining, blocked, refused = (person(api, index) for index in range(4))
        async with running_bot(settings) as bot:
            await add_team(bot)
            await act_all(bot, api, consenting, report("yes"))
            await act_all(bot, api, declining, report("no"))
            await command(bot, api, "/ask 1 When did you see it?", VOLUNTEER)
            asked = [m for m in api.chat_history(WITH_CONSENT) if "When did you see it?" in m.get("text", "")]
            button = asked[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
            await act_all(bot, api, consenting, [("press", button), ("text", ANSWER)])
            assert ANSWER.split(":")[0] in group_messages(api)[-1]["text"]

        seen = len(api.chat_history(WITH_CONSENT))
        await crash(settings, api, consenting)

        async with running_bot(settings) as bot:
            await wait_idle(bot.operations, api)
            after = api.chat_history(WITH_CONSENT)[seen:]
            assert any("TIP-" in m.get("text", "") for m in after)  # /mytips answered after the restart
            card = group_messages(api)[0]
            await press(bot, api, "cs:close:1", card["message_id"], COORDINATOR)
            await press(bot, api, "cs:out:1:removed", group_messages(api)[-1]["message_id"], COORDINATOR)
            await act_all(bot, api, consenting, [("text", "/mytips")])
            api.block_chat(BLOCKED)
            await act_all(bot, api, blocked, [("text", "/start")])
            api.fail_next("sendMessage", chat_id=REFUSED, status=400, description="Bad Request: chat not found")
            await act_all(bot, api, refused, [("text", "/start")])
            await wait_idle(bot.operations, api)

            dump = await dump_tables(bot.app.db)
            async with bot.app.db.transaction() as session:
                tips = (await session.execute(select(Tip.created_at, Tip.contact_consent))).all()
                conversations = (await session.execute(select(Conversation.updated_at))).scalars().all()
                inbox = (await session.execute(select(InboxUpdate))).scalars().all()
                outbox = (await session.execute(select(OutboxMessage))).scalars().all()

    news = [m["text"] for m in api.chat_history(WITH_CONSENT) if "News about your report" in m.get("text", "")]
    assert news  # status news reached the reporter who agreed to it...
    assert not [m for m in api.chat_history(WITHOUT_CONSENT) if "News about your report" in m.get("text", "")]
    assert sorted(consent for _at, consent in tips) == [False, True]  # ...and not the one who declined

    # No Telegram identity anywhere, nor what the reporters typed in clear.
    for secret in (*map(str, REPORTERS), *NAMES, *HANDLES, "Quokka", "Wombat"):
        assert secret not in dump, f"{secret!r} is stored in the database"

    # Nothing joins a reporter to a tip by time: conversations keep the hour, done pipeline rows
    # keep neither chat nor address nor content; the failed ones keep their kind and error.
    filed = {at for at, _consent in tips}
    assert all(at.minute == at.second == at.microsecond == 0 for at in conversations)
    assert not filed & set(conversations)
    spent = [(row.status, row.chat_key, row.address, row.payload) for row in inbox]
    spent += [(row.status, row.chat_key, row.address, row.payload) for row in outbox]
    assert all(status != "pending" for status, *_rest in spent)
    assert {tuple(rest) for _status, *rest in spent} == {(SPENT, None, None)}
    failed = [row for row in outbox if row.status == FAILED]
    assert {row.kind for row in failed} == {"message"}
    errors = " ".join(row.last_error or "" for row in failed)
    assert "blocked" in errors
    assert "chat not found" in errors
    assert all(isinstance(row.created_at, datetime) for row in failed)
