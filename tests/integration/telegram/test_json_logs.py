"""TIPLINE_LOG_FORMAT=json: `tipline run` writes one JSON object per line, and none of them holds
a chat id, a word the person typed, the pseudonym or the token, even when sends fail and retry."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import pytest

from bot.cli.logs import MASK, JsonFormatter, KeyValueFormatter
from bot.pipeline import Operations, WriteGate
from bot.settings import Settings
from bot.storage.db import Database
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import REPORT, TOKEN, BotProcess, TelegramUser, telegram_settings, wait_idle

CHAT = 8802


async def test_run_logs_json_lines_without_personal_data(
    database_url: str, tipline_settings: Settings, tmp_path: Path
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api, log_format="json")
        api.fail_next("sendMessage", status=502, times=2)  # a warning with fields, twice
        bot = BotProcess(settings, tmp_path / "bot.log").start()
        db = Database(database_url)
        try:
            user = TelegramUser(api, CHAT)
            for action, value in REPORT:
                user.act(action, value)
                await wait_idle(Operations(WriteGate(db)), api, within=180)
            assert await bot.stop() == 0
        finally:
            bot.kill()
            await db.dispose()
    lines = bot.log.splitlines()
    entries = [json.loads(line) for line in lines]  # every line parses, on its own
    assert len(entries) >= 3
    for entry in entries:
        assert {"time", "level", "logger", "event"} <= entry.keys()
    events = [entry["event"] for entry in entries]
    assert "Tipline is running on Telegram" in events
    assert "Tipline stopped" in events
    running = next(entry for entry in entries if entry["event"] == "Tipline is running on Telegram")
    assert running["mode"] == "polling"
    assert running["level"] == "info"
    assert running["logger"] == "bot.run"
    retried = [entry for entry in entries if entry["event"] == "Bot API call will be retried"]
    assert len(retried) == 2
    assert retried[0]["kind"] == "message"
    text = bot.log
    for secret in (TOKEN, str(CHAT), "Bad.Actor_01", "He asks kids", "secret caption"):
        assert secret not in text


@pytest.mark.parametrize(
    "formatter", [JsonFormatter(secrets=[TOKEN]), KeyValueFormatter("%(message)s", secrets=[TOKEN])]
)
def test_the_token_is_masked_even_if_a_library_prints_it(formatter: logging.Formatter) -> None:
    record = logging.LogRecord(
        "aiohttp.client", logging.WARNING, __file__, 1, "GET /bot%s/getMe failed", (TOKEN,), None
    )
    record.url = f"https://api.telegram.org/bot{TOKEN}/getMe"
    line = formatter.format(record)
    assert TOKEN not in line
    assert MASK in line


def test_a_field_cannot_pose_as_the_event_and_an_exception_stays_on_one_line() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord("bot.x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    record.event = "forged"
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["event"] == "failed"
    assert "ValueError: boom" in entry["exception"]
