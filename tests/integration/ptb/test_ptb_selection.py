"""TIPLINE_DRIVER picks the Telegram client library; anything but aiogram or ptb stops the start, naming it."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.drivers.aiogram import AiogramDriver
from bot.drivers.ptb import PtbDriver
from bot.drivers.select import telegram_driver
from bot.settings import ConfigError, load_settings


@pytest.mark.parametrize(("value", "expected"), [(None, AiogramDriver), ("aiogram", AiogramDriver), ("ptb", PtbDriver)])
async def test_the_setting_picks_the_driver(
    value: str | None, expected: type[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is not None:
        monkeypatch.setenv("TIPLINE_DRIVER", value)
    settings = load_settings(telegram_api_url="http://127.0.0.1:9", api_timeout=3)
    driver = telegram_driver(settings, "123:ABC")
    try:
        assert type(driver) is expected
        assert driver.api_timeout == 3  # type: ignore[attr-defined]
    finally:
        await driver.close()


def test_an_unknown_driver_is_named_at_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIPLINE_DRIVER", "telethon")
    with pytest.raises(ConfigError, match=r"^TIPLINE_DRIVER: .*'aiogram' or 'ptb'"):
        load_settings()
    monkeypatch.setenv("TIPLINE_BOT_TOKEN", "123:ABC")
    assert main(["run"]) == 2
    assert "TIPLINE_DRIVER" in capsys.readouterr().err
