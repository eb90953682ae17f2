"""`tipline run`: the bot on Telegram (long polling, or a webhook when TIPLINE_WEBHOOK_URL is set)."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from bot.app import check_run_settings, serve
from bot.cli.logs import configure_logging
from bot.settings import Settings


def register(commands: Any) -> None:
    run = commands.add_parser(
        "run",
        help="run the bot on Telegram: long polling, or a webhook when TIPLINE_WEBHOOK_URL is set",
    )
    run.add_argument("--migrate", action="store_true", help="bring the database schema up to date first")
    run.set_defaults(handler=_run)


def _run(settings: Settings, args: argparse.Namespace) -> int:
    token = check_run_settings(settings)
    configure_logging(settings.log_format, secrets=[token])
    return asyncio.run(serve(settings, token, auto_migrate=args.migrate))
