"""`tipline run`: refuses to start without what it needs, naming the setting; starts, serves and stops cleanly."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot.app import setting_warnings
from bot.cli import main
from bot.paths import locales_dir
from bot.pipeline.profile import fit
from bot.settings import Settings
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import (
    TOKEN,
    BotProcess,
    TelegramUser,
    running_bot,
    telegram_settings,
    wait_until,
)


def test_without_a_token_it_names_the_setting(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run"]) == 2
    assert "TIPLINE_BOT_TOKEN" in capsys.readouterr().err


def test_a_webhook_without_a_secret_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIPLINE_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TIPLINE_WEBHOOK_URL", "https://tipline.example.org/telegram")
    assert main(["run"]) == 2
    assert "TIPLINE_WEBHOOK_SECRET is required" in capsys.readouterr().err
    monkeypatch.setenv("TIPLINE_WEBHOOK_SECRET", "not allowed: spaces")
    assert main(["run"]) == 2
    assert "TIPLINE_WEBHOOK_SECRET:" in capsys.readouterr().err


def test_an_out_of_date_schema_is_refused(
    empty_database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("TIPLINE_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TIPLINE_DATABASE_URL", empty_database_url)
    monkeypatch.setenv("TIPLINE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TIPLINE_TELEGRAM_API_URL", "http://127.0.0.1:9")  # never reached
    assert main(["run"]) == 2
    assert "tipline migrate" in capsys.readouterr().err


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_it_refuses_every_problem_flows_check_reports(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A locale that lacks a message the flows use: `flows check` finds it, and `run` will not start on it."""
    locales = tmp_path / "locales"
    shutil.copytree(locales_dir(), locales)
    german = locales / "de" / "tipline.ftl"
    german.write_text(re.sub(r"(?m)^greeting =(.*\n)(?:[ \t]+.*\n)*", "", german.read_text(encoding="utf-8")))
    monkeypatch.setenv("TIPLINE_LOCALES_DIR", str(locales))
    assert main(["flows", "check"]) == 1
    found = capsys.readouterr().out
    assert "missing message 'greeting'" in found
    monkeypatch.setenv("TIPLINE_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TIPLINE_DATABASE_URL", database_url)
    monkeypatch.setenv("TIPLINE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("TIPLINE_TELEGRAM_API_URL", "http://127.0.0.1:9")  # never reached
    assert main(["run"]) == 2
    refused = capsys.readouterr().err
    assert "run `tipline flows check`" in refused
    assert "missing message 'greeting'" in refused


async def test_run_migrate_serves_and_stops_on_sigterm(
    empty_database_url: str, tipline_settings: Settings, tmp_path: Path
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api, database_url=empty_database_url)
        bot = BotProcess(settings, tmp_path / "bot.log", migrate=True).start()
        try:
            user = TelegramUser(api, 8801)
            user.act("text", "/start")
            await wait_until(lambda: len(user.sent_texts()) == 2, 60, "the greeting and the menu")
            assert await bot.stop() == 0
        finally:
            bot.kill()
    log = bot.log
    assert "Tipline is running on Telegram" in log
    assert "Tipline stopped" in log
    for secret in (TOKEN, "8801", "Hello. This is Tipline"):
        assert secret not in log


async def test_failing_profile_calls_do_not_stop_the_bot(
    tipline_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        api.fail_next("setMyCommands", status=500, times=50)
        api.fail_next("setMyDescription", status=400, description="Bad Request: description is too long", times=50)
        pending = TelegramUser(api, 8802)
        pending.act("text", "/start")  # waiting before the bot starts: never dropped
        settings = telegram_settings(tipline_settings, api, webhook_secret=SecretStr("unused"))
        with caplog.at_level(logging.WARNING, logger="bot.pipeline"):
            async with running_bot(settings):
                await wait_until(lambda: len(pending.sent_texts()) == 2, 20, "the waiting update's answer")
    assert api.calls_to("setMyShortDescription")
    assert any("could not set the bot's profile" in record.message for record in caplog.records)
    assert api.drop_pending_updates_calls == []


async def test_a_long_charity_name_still_gets_the_bot_a_description_in_every_language(
    tipline_settings: Settings,
) -> None:
    """Telegram refuses a short description over 120 characters; the bot's is cut to fit instead."""
    name = "The National Association for the Protection of Children Online and Their Families, Incorporated"
    async with FakeBotAPI(token=TOKEN) as api:
        settings = telegram_settings(tipline_settings, api).model_copy(update={"charity_name": name})
        async with running_bot(settings):
            await api.wait_for(lambda _: len(api.short_descriptions) == 7, what="every language's short description")
    assert all(call.status == 200 for call in api.calls_to("setMyShortDescription"))
    assert set(api.short_descriptions) == {"", "es", "pt", "fr", "de", "ar", "ru"}
    for text in api.short_descriptions.values():
        assert 0 < len(text) <= 120
        assert text.endswith("…")
        assert "  " not in text
    assert all(len(text) <= 512 for text in api.descriptions.values())
    assert name in api.descriptions[""]  # the long description has room for the whole name


def test_fit_cuts_at_a_space_and_leaves_short_texts_alone() -> None:
    assert fit("short", 120) == "short"
    assert fit("x" * 120, 120) == "x" * 120
    assert fit("one two three four", 12) == "one two…"
    assert fit("a" * 30, 12) == "a" * 11 + "…"  # no space to cut at: cut anyway


def test_an_unset_charity_name_is_warned_about(tipline_settings: Settings) -> None:
    assert setting_warnings(tipline_settings) == []  # the tests' settings name their charity
    unnamed = Settings(database_url=tipline_settings.database_url)
    [warning] = setting_warnings(unnamed)
    assert "TIPLINE_CHARITY_NAME" in warning
    assert "'Tipline'" in warning
