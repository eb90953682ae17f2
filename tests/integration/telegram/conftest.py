"""One contract, every driver: each test here that runs Tipline on Telegram runs once per driver.

The tests ask for `tipline_settings` as before; here those settings name the driver (TIPLINE_DRIVER),
which `running_bot` and `BotProcess` (through the environment) use. A test that makes a driver
itself asks for `driver` (tests/conftest.py).
"""

from __future__ import annotations

import pytest

from bot.settings import Settings


@pytest.fixture
def tipline_settings(tipline_settings: Settings, driver: str) -> Settings:
    return tipline_settings.model_copy(update={"driver": driver})
