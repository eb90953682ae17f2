"""The bot on Telegram, assembled: turns, the desk, the chosen driver and the pipeline, run until a signal."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import TYPE_CHECKING

from bot.app.desk import attach_desk, staff_chats
from bot.app.errors import StartupError
from bot.app.forward import attach_forwarding, build_forwarder, run_alongside
from bot.app.runner import open_tipline
from bot.settings import ConfigError, Settings
from bot.turn import TurnRunner

if TYPE_CHECKING:
    from bot.pipeline.ports import TelegramDriver
    from bot.pipeline.service import Pipeline

log = logging.getLogger("bot.run")


def check_run_settings(settings: Settings) -> str:
    """The bot token, or ConfigError naming what is missing."""
    if settings.bot_token is None or not settings.bot_token.get_secret_value():
        raise ConfigError(
            "TIPLINE_BOT_TOKEN is not set: get a token from @BotFather and set it (or use `tipline chat`)"
        )
    if settings.webhook_url and settings.webhook_secret is None:
        raise ConfigError(
            "TIPLINE_WEBHOOK_SECRET is required when TIPLINE_WEBHOOK_URL is set, so only Telegram can post updates "
            "(try: openssl rand -hex 32)"
        )
    return settings.bot_token.get_secret_value()


def setting_warnings(settings: Settings) -> list[str]:
    """Settings a deployment works without but should not leave as they are."""
    warnings = []
    if "charity_name" not in settings.model_fields_set:
        warnings.append(
            "TIPLINE_CHARITY_NAME is not set: the bot names no charity and refers to itself as "
            f"{settings.charity_name!r}; set it so reporters know who reads their reports"
        )
    return warnings


def build_pipeline(turns: TurnRunner, driver: TelegramDriver, settings: Settings) -> Pipeline:
    """The pipeline for these turns and this driver, with the volunteer desk riding on it."""
    from bot.pipeline.service import Pipeline
    from bot.pipeline.tables import WriteGate

    gate = WriteGate(turns.db)
    extension = attach_desk(turns, settings, gate)
    attach_forwarding(turns, settings)  # after the desk: it wraps the desk's hooks
    return Pipeline(turns, driver, settings, gate=gate, extension=extension)


async def serve(settings: Settings, token: str, *, auto_migrate: bool) -> int:
    # Imported here: the Telegram libraries take seconds to import, which no other `tipline` command should pay.
    from bot.drivers.select import telegram_driver
    from bot.pipeline.service import PipelineError

    turns = await open_tipline(settings, auto_migrate=auto_migrate)
    driver = telegram_driver(settings, token, staff_chats=staff_chats(settings))
    pipeline = build_pipeline(turns, driver, settings)
    forwarder = build_forwarder(turns, settings, pipeline.gate)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, pipeline.stop)
    mode = "webhook" if settings.webhook_url else "polling"
    log.info(
        "Tipline is running on Telegram",
        extra={"mode": mode, "database": "sqlite" if turns.db.is_sqlite else "postgresql"},
    )
    for warning in setting_warnings(settings):
        log.warning(warning)
    try:
        await run_alongside(pipeline, forwarder)
    except PipelineError as exc:
        raise StartupError(str(exc)) from None
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
        await driver.close()
        await turns.db.dispose()
    log.info(
        "Tipline stopped", extra={"updates_processed": pipeline.worker.processed, "calls_made": pipeline.sender.sent}
    )
    return 0
