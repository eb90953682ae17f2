"""`tipline run` killed with SIGKILL at every dangerous moment of a report, and restarted each time.

Nothing is lost: the tip exists exactly once, the person gets every reply, in order, and sees at
most one message twice per crash (a message Telegram accepted just before the process died).
"""

from __future__ import annotations

import signal
from pathlib import Path

from sqlalchemy import func, select

from bot.pipeline.operations import Operations
from bot.pipeline.tables import WriteGate
from bot.settings import Settings
from bot.storage.db import Database
from bot.storage.models import InboxUpdate, OutboxMessage, Tip
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import (
    REPORT,
    TOKEN,
    BotProcess,
    TelegramUser,
    expected_transcript,
    is_idle,
    mask,
    removed_duplicates,
    telegram_settings,
    wait_idle,
    wait_until,
)

# Each process dies the second time it reaches its point; the last one runs to the end.
CRASHES = ["after_receive:2", "after_process:2", "before_send:2", "after_send:2"]


async def test_killed_at_every_point_the_report_survives(
    tipline_settings: Settings, driver: str, tmp_path: Path
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api, driver=driver)
        expected = await expected_transcript(settings, REPORT, tmp_path)
        db = Database(settings.database_url)
        operations = Operations(WriteGate(db))
        user = TelegramUser(api, 9001)
        log = tmp_path / "bot.log"
        crashes = list(CRASHES)
        bot = BotProcess(settings, log, crash_at=crashes.pop(0)).start()
        died: list[int] = []

        async def settled() -> bool:
            return bot.exited() is not None or await is_idle(operations, api)

        try:
            for action, value in REPORT:
                user.act(action, value)
                while True:
                    await wait_until(settled, 60, f"the bot to answer {value!r} or die")
                    if bot.exited() is None:
                        break
                    died.append(bot.exited() or 0)
                    bot = BotProcess(settings, log, crash_at=crashes.pop(0) if crashes else None).start()
            await wait_idle(operations, api, within=60)
            assert await bot.stop() == 0
            async with db.transaction() as session:
                tips = (await session.execute(select(Tip))).scalars().all()
                unfinished = (
                    await session.execute(select(func.count()).where(InboxUpdate.status != "done"))
                ).scalar_one()
                unsent = (
                    await session.execute(select(func.count()).where(OutboxMessage.status != "sent"))
                ).scalar_one()
        finally:
            bot.kill()
            await db.dispose()

    assert died == [-signal.SIGKILL] * len(CRASHES), bot.log
    assert len(tips) == 1
    assert (unfinished, unsent) == (0, 0)
    delivered = [str(call.params["text"]) for call in api.calls_to("sendMessage", chat_id=9001) if call.status == 200]
    duplicates = removed_duplicates(mask(delivered), mask(expected))
    assert duplicates == 1  # after_send: Telegram had the message, the outbox did not know; the others none
    assert tips[0].reference in " ".join(delivered)
    assert api.drop_pending_updates_calls == []
    # What was logged names no person, no text and no token.
    logged = log.read_text()
    for secret in (TOKEN, "9001", "Bad.Actor_01", "He asks kids"):
        assert secret not in logged
