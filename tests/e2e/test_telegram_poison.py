"""An update that kills the process whenever it is tried (out of memory, a crash in a library)
is counted before it is processed, set aside after `TIPLINE_UPDATE_MAX_ATTEMPTS` restarts, and
its chat goes on: no crash loop, no hand-editing of the database."""

from __future__ import annotations

import signal
from pathlib import Path

from sqlalchemy import select

from bot.pipeline.operations import Operations
from bot.pipeline.tables import WriteGate
from bot.settings import Settings
from bot.storage.db import Database
from bot.storage.models import InboxUpdate
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import (
    TOKEN,
    BotProcess,
    TelegramUser,
    is_idle,
    telegram_settings,
    wait_until,
)

MAX_ATTEMPTS = 3


async def test_an_update_that_kills_the_process_is_set_aside_after_n_restarts(
    tipline_settings: Settings, driver: str, tmp_path: Path
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(
            tipline_settings, api, driver=driver, update_max_attempts=MAX_ATTEMPTS, update_lease_seconds=1.0
        )
        db = Database(settings.database_url)
        operations = Operations(WriteGate(db))
        user = TelegramUser(api, 9002)
        log = tmp_path / "bot.log"
        died: list[int] = []
        bot = BotProcess(settings, log, crash_at="poison").start()

        async def settled() -> bool:
            return bot.exited() is not None or await is_idle(operations, api)

        try:
            user.act("text", "/start")
            await wait_until(lambda: len(user.sent_texts()) >= 1, 60, "the bot to greet")
            user.act("text", "POISON")
            while True:
                await wait_until(settled, 120, "the bot to die or settle")
                if bot.exited() is None:
                    break
                died.append(bot.exited() or 0)
                assert len(died) <= MAX_ATTEMPTS + 1, "the poison update is tried again and again"
                bot = BotProcess(settings, log, crash_at="poison").start()
            before = len(user.sent_texts())
            user.act("text", "/help")  # the chat goes on
            await wait_until(lambda: len(user.sent_texts()) > before, 60, "the chat to go on after the poison")
            assert await bot.stop() == 0
            async with db.transaction() as session:
                rows = (
                    await session.execute(select(InboxUpdate.status, InboxUpdate.attempts, InboxUpdate.error))
                ).all()
        finally:
            bot.kill()
            await db.dispose()

    assert died == [-signal.SIGKILL] * MAX_ATTEMPTS, bot.log
    failed = [row for row in rows if row.status == "failed"]
    assert len(failed) == 1
    assert failed[0].attempts == MAX_ATTEMPTS
    assert "never finished" in str(failed[0].error)
    assert "update set aside: it never finished" in log.read_text()
