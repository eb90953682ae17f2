"""The follow-up inside `tipline run` (issue 16): a report with consent to check back, the bot
stopped and started again, and the question asked by the new process's scheduler through the
outbox; "still there" answered with the next routes for the reporter's country."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from bot.settings import Settings
from bot.storage.models import FollowUp
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import (
    TOKEN,
    TelegramUser,
    running_bot,
    telegram_settings,
    wait_idle,
    wait_until,
)

REPORT = [
    ("text", "/start"),
    ("press", "main.menu:report"),
    ("press", "report.safety:no"),
    ("press", "report.category:collecting_photos"),
    ("press", "report.platform:instagram"),
    ("text", "https://www.instagram.com/Still.Here_01/"),
    ("press", "report.related_ask:no"),
    ("press", "report.reported:yes"),
    ("press", "report.follow_up:yes"),
    ("press", "report.details:skip"),
    ("press", "report.seen:skip"),
    ("press", "report.age:skip"),
    ("press", "report.knows:skip"),
    ("press", "report.risks:done"),
    ("press", "report.country:gb"),
    ("press", "report.consent:no"),
    ("press", "report.review:submit"),
]


async def test_the_follow_up_survives_a_restart_and_escalates(tipline_settings: Settings) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api, follow_up_check_seconds=0.05)
        user = TelegramUser(api, chat_id=4242)
        async with running_bot(settings) as bot:
            for action, value in REPORT:
                user.act(action, value)
                await wait_idle(bot.operations, api)
            async with bot.app.db.transaction() as session:
                [follow_up] = (await session.execute(select(FollowUp))).scalars().all()
                # Two days pass while the bot is down: the follow-up is due when it comes back.
                await session.execute(update(FollowUp).values(due_at=datetime.now(UTC) - timedelta(minutes=1)))
        assert not any("still there?" in text for text in user.sent_texts())

        async with running_bot(settings) as bot:
            await wait_until(
                lambda: any("Is this Instagram account still there?" in t for t in user.sent_texts()),
                what="the follow-up question",
            )
            user.act("press", f"~fu{follow_up.id}:still")
            await wait_until(
                lambda: any("The platform has not acted" in t for t in user.sent_texts()), what="the next routes"
            )
            await wait_idle(bot.operations, api)
            async with bot.app.db.transaction() as session:
                row = await session.get_one(FollowUp, follow_up.id)
    routes = next(t for t in user.sent_texts() if "The platform has not acted" in t)
    assert "Report Harmful Content" in routes
    assert "over a week" in routes
    assert (row.status, row.answer, row.contact_token) == ("answered", "still", None)
    question = next(
        call for call in api.calls_to("sendMessage", chat_id=4242) if "still there?" in str(call.params["text"])
    )
    assert question.params["link_preview_options"] == {"is_disabled": True}
