"""Which Telegram client library `tipline run` uses (TIPLINE_DRIVER): aiogram, the default, or python-telegram-bot.

The one place that knows both drivers. Each is imported only when chosen: the libraries take a
while to import, and a deployment needs only the one it runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from bot.pipeline.ports import TelegramDriver
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.drivers.aiogram import AiogramDriver
    from bot.drivers.ptb import PtbDriver

DRIVERS: tuple[str, ...] = get_args(Settings.model_fields["driver"].annotation)
"""Every Telegram driver TIPLINE_DRIVER may name, as the setting declares them: ("aiogram", "ptb")."""


def driver_class(name: str) -> type[AiogramDriver] | type[PtbDriver]:
    """The driver's class by its TIPLINE_DRIVER name, e.g. for a test that wraps one of its methods."""
    if name == "aiogram":
        from bot.drivers.aiogram import AiogramDriver

        return AiogramDriver
    if name == "ptb":
        from bot.drivers.ptb import PtbDriver

        return PtbDriver
    raise ValueError(f"unknown Telegram driver {name!r}: aiogram or ptb")


def telegram_driver(settings: Settings, token: str, *, staff_chats: frozenset[int] = frozenset()) -> TelegramDriver:
    """The chosen driver, talking to TIPLINE_TELEGRAM_API_URL with TIPLINE_API_TIMEOUT on every call;
    `staff_chats` are the groups whose updates it keeps (the volunteer chat)."""
    chosen = driver_class(settings.driver)
    return chosen(token, api_url=settings.telegram_api_url, api_timeout=settings.api_timeout, staff_chats=staff_chats)
