"""Hostile text from a reporter, on Telegram end to end and on both databases: a NUL (which
PostgreSQL cannot store) and bidi controls in a report's details file the tip all the same, cleaned."""

from __future__ import annotations

from sqlalchemy import select

from bot.settings import Settings
from bot.storage.models import Tip
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import REPORT, TOKEN, TelegramUser, running_bot, telegram_settings, wait_idle

HOSTILE = "He asks kids\x00 for photos \u2066isolated\u2069 \u202ereversed"


async def test_a_nul_and_bidi_controls_in_a_report_are_cleaned_and_the_tip_is_filed(
    tipline_settings: Settings,
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api)
        user = TelegramUser(api, 7701)
        async with running_bot(settings) as bot:
            for action, value in REPORT:
                user.act(action, HOSTILE if value.startswith("He asks kids") else value)
                await wait_idle(bot.operations, api)
            async with bot.app.db.transaction() as session:
                details = (await session.execute(select(Tip.details))).scalar_one()
            failed = (await bot.operations.health()).inbox_failed
    assert details == "He asks kids for photos isolated reversed"
    assert failed == 0
    assert any("Your reference is" in text for text in user.sent_texts())
