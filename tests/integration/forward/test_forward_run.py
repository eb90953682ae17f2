"""`tipline run` forwards: an operator sets the variables, a person reports on Telegram, and the
charity's receiver gets the signed events and its mailbox the mail, from the process itself."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr

from bot.pipeline.operations import Operations
from bot.pipeline.tables import WriteGate
from bot.settings import Settings
from bot.storage.db import Database
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.forward.conftest import SECRET, Mailbox, Receiver
from tests.integration.telegram.harness import (
    REPORT,
    TOKEN,
    BotProcess,
    TelegramUser,
    telegram_settings,
    wait_idle,
    wait_until,
)


async def test_tipline_run_delivers_a_reports_events_to_the_webhook_and_the_mailbox(
    tipline_settings: Settings, receiver: Receiver, mailbox: Mailbox, tmp_path: Path
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(
            tipline_settings,
            api,
            forward_url=receiver.url,
            forward_secret=SecretStr(SECRET),
            forward_email="casework@charity.example",
            smtp_url=SecretStr(f"smtp+plain://mailer%40charity.example:hunter2-password@127.0.0.1:{mailbox.port}"),
        )
        bot = BotProcess(settings, tmp_path / "bot.log").start()
        try:
            user = TelegramUser(api, 8801)
            operations = Operations(WriteGate(Database(settings.database_url)))
            try:
                await wait_until(lambda: "Tipline is running" in bot.log, 120, "the bot to start")
                for action, value in REPORT:
                    user.act(action, value)
                    await wait_idle(operations, api, within=60)
            finally:
                await operations.gate.db.dispose()
            await wait_until(lambda: "tip.filed" in receiver.kinds(), 60, "the tip's event at the receiver")
            await wait_until(lambda: len(mailbox.messages) == 1, 60, "the new case's mail")
            assert await bot.stop() == 0
        finally:
            bot.kill()
    assert receiver.kinds() == ["case.opened", "tip.filed"]
    assert receiver.bad_signatures == 0
    (tip,) = [event for event in receiver.accepted if event["kind"] == "tip.filed"]
    assert tip["tip"]["accounts"] == ["instagram:bad.actor_01"]
    assert mailbox.messages[0]["Subject"] == "[Tipline #1] New case: Instagram bad.actor_01"
    for leak in ("8801", SECRET, "hunter2-password"):
        assert leak not in bot.log
        assert leak not in repr(receiver.accepted)
    assert "Tipline stopped" in bot.log
    assert mailbox.logins == [("mailer@charity.example", "hunter2-password")]
