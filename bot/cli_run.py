"""`tipline run` (the bot on Telegram) and `tipline outbox` (what is waiting for, or refused by, Telegram)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
from datetime import UTC, datetime
from typing import Any

from bot.app import StartupError, open_tipline
from bot.pipeline.store import PipelineStore
from bot.settings import ConfigError, Settings
from bot.storage import migrate
from bot.storage.db import Database

log = logging.getLogger("bot.run")

_STANDARD_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class KeyValueFormatter(logging.Formatter):
    """`time level logger message key=value ...`: the `extra` fields a log call gives, greppable."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = {key: value for key, value in vars(record).items() if key not in _STANDARD_RECORD_FIELDS}
        if fields:
            line += " " + " ".join(f"{key}={json.dumps(value, default=str)}" for key, value in fields.items())
        return line


def configure_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(KeyValueFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiogram's dispatcher is not used; its loggers and aiohttp's access log stay quiet.
    for name in ("aiogram", "aiohttp.access", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `run` and `outbox` to the `tipline` command (`commands` is argparse's sub-parsers)."""
    run = commands.add_parser(
        "run",
        help="run the bot on Telegram: long polling, or a webhook when TIPLINE_WEBHOOK_URL is set",
    )
    run.add_argument("--migrate", action="store_true", help="bring the database schema up to date first")
    run.set_defaults(handler=_run)

    outbox = commands.add_parser("outbox", help="messages waiting for, or refused by, Telegram").add_subparsers(
        metavar="ACTION"
    )
    failed = outbox.add_parser("failed", help="Bot API calls that failed for good, with their error")
    failed.add_argument("--limit", type=int, default=50)
    failed.add_argument("--json", action="store_true", help="one JSON object per line")
    failed.set_defaults(handler=_outbox_failed)
    retry = outbox.add_parser("retry", help="queue failed calls again")
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("ids", nargs="*", type=int, default=[], help="outbox ids, from `tipline outbox failed`")
    which.add_argument("--all", action="store_true", help="every failed call")
    retry.set_defaults(handler=_outbox_retry)
    status = outbox.add_parser("status", help="how many updates and calls are pending or failed")
    status.set_defaults(handler=_outbox_status)


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


def _run(settings: Settings, args: argparse.Namespace) -> int:
    token = check_run_settings(settings)
    configure_logging()
    return asyncio.run(serve(settings, token, auto_migrate=args.migrate))


def setting_warnings(settings: Settings) -> list[str]:
    """Settings a deployment works without but should not leave as they are."""
    warnings = []
    if "charity_name" not in settings.model_fields_set:
        warnings.append(
            "TIPLINE_CHARITY_NAME is not set: the bot names no charity and refers to itself as "
            f"{settings.charity_name!r}; set it so reporters know who reads their reports"
        )
    return warnings


async def serve(settings: Settings, token: str, *, auto_migrate: bool) -> int:
    # Imported here: the Telegram libraries take seconds to import, which no other `tipline` command should pay.
    from bot.drivers.select import telegram_driver
    from bot.pipeline.service import Pipeline, PipelineError
    from bot.staff.wiring import staff_chats

    app = await open_tipline(settings, auto_migrate=auto_migrate)
    driver = telegram_driver(settings, token, staff_chats=staff_chats(settings))
    pipeline = Pipeline(app, driver, settings)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, pipeline.stop)
    mode = "webhook" if settings.webhook_url else "polling"
    log.info(
        "Tipline is running on Telegram",
        extra={"mode": mode, "database": "sqlite" if app.db.is_sqlite else "postgresql"},
    )
    for warning in setting_warnings(settings):
        log.warning(warning)
    try:
        await pipeline.run()
    except PipelineError as exc:
        raise StartupError(str(exc)) from None
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
        await driver.close()
        await app.db.dispose()
    log.info(
        "Tipline stopped", extra={"updates_processed": pipeline.worker.processed, "calls_made": pipeline.sender.sent}
    )
    return 0


async def _open_store(settings: Settings) -> PipelineStore:
    db = Database(settings.database_url)
    try:
        await migrate.ensure_current(db)
    except migrate.SchemaOutOfDate as exc:
        await db.dispose()
        raise StartupError(str(exc)) from None
    return PipelineStore(db)


def _outbox_failed(settings: Settings, args: argparse.Namespace) -> int:
    async def run() -> list[dict[str, Any]]:
        store = await _open_store(settings)
        try:
            calls = await store.failed_calls(args.limit)
        finally:
            await store.db.dispose()
        return [
            {
                "id": call.id,
                "kind": call.kind,
                "attempts": call.attempts,
                "error": call.error,
                "created_at": call.created_at.isoformat(),
                "failed_at": call.failed_at.isoformat() if call.failed_at else None,
            }
            for call in calls
        ]

    rows = asyncio.run(run())
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    elif not rows:
        print("no failed Bot API calls")
    else:
        print(f"{'ID':>8}  {'KIND':<8}  {'FAILED (UTC)':<16}  {'TRIES':>5}  ERROR")
        for row in rows:
            when = (row["failed_at"] or row["created_at"])[:16].replace("T", " ")
            print(f"{row['id']:>8}  {row['kind']:<8}  {when:<16}  {row['attempts']:>5}  {row['error'] or '-'}")
    return 0


def _outbox_retry(settings: Settings, args: argparse.Namespace) -> int:
    async def run() -> int:
        store = await _open_store(settings)
        try:
            return await store.retry_failed(None if args.all else args.ids, datetime.now(UTC))
        finally:
            await store.db.dispose()

    count = asyncio.run(run())
    print(f"{count} call(s) queued again; a running bot sends them")
    return 0


def _outbox_status(settings: Settings, _args: argparse.Namespace) -> int:
    async def run() -> dict[str, object]:
        store = await _open_store(settings)
        try:
            health = await store.health()
        finally:
            await store.db.dispose()
        oldest = health.oldest_pending_at
        return {
            "inbox_pending": health.inbox_pending,
            "oldest_pending_seconds": None
            if oldest is None
            else round((datetime.now(UTC) - oldest).total_seconds(), 1),
            "inbox_failed": health.inbox_failed,
            "outbox_pending": health.outbox_pending,
            "outbox_failed": health.outbox_failed,
        }

    for key, value in asyncio.run(run()).items():
        print(f"{key}: {value}")
    return 0
