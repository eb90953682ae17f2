"""`tipline outbox ...`: what is waiting for, or refused by, Telegram; failed calls queued again."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from bot.app import open_database
from bot.cli.common import print_json_lines
from bot.pipeline.operations import Operations
from bot.pipeline.tables import WriteGate
from bot.settings import Settings


def register(commands: Any) -> None:
    outbox = commands.add_parser("outbox", help="messages waiting for, or refused by, Telegram").add_subparsers(
        metavar="ACTION"
    )
    failed = outbox.add_parser("failed", help="Bot API calls that failed for good, with their error")
    failed.add_argument("--limit", type=int, default=50)
    failed.add_argument("--json", action="store_true", help="one JSON object per line")
    failed.set_defaults(handler=_outbox_failed)
    retry = outbox.add_parser(
        "retry", help="queue failed calls again (only those failed before Tipline erased a failed call's content)"
    )
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("ids", nargs="*", type=int, default=[], help="outbox ids, from `tipline outbox failed`")
    which.add_argument("--all", action="store_true", help="every failed call")
    retry.set_defaults(handler=_outbox_retry)
    status = outbox.add_parser("status", help="how many updates and calls are pending or failed")
    status.set_defaults(handler=_outbox_status)


@asynccontextmanager
async def _operations(settings: Settings) -> AsyncIterator[Operations]:
    db = await open_database(settings)
    try:
        yield Operations(WriteGate(db))
    finally:
        await db.dispose()


def _outbox_failed(settings: Settings, args: argparse.Namespace) -> int:
    async def run() -> list[dict[str, Any]]:
        async with _operations(settings) as operations:
            calls = await operations.failed_calls(args.limit)
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
        print_json_lines(rows)
    elif not rows:
        print("no failed Bot API calls")
    else:
        print(f"{'ID':>8}  {'KIND':<8}  {'FAILED (UTC)':<16}  {'TRIES':>5}  ERROR")
        for row in rows:
            when = (row["failed_at"] or row["created_at"])[:16].replace("T", " ")
            print(f"{row['id']:>8}  {row['kind']:<8}  {when:<16}  {row['attempts']:>5}  {row['error'] or '-'}")
    return 0


def _outbox_retry(settings: Settings, args: argparse.Namespace) -> int:
    async def run() -> tuple[int, int]:
        async with _operations(settings) as operations:
            return await operations.retry_failed(None if args.all else args.ids, datetime.now(UTC))

    count, erased = asyncio.run(run())
    print(f"{count} call(s) queued again; a running bot sends them")
    if erased:
        print(
            f"{erased} failed call(s) cannot be sent again: a call that fails loses its chat and text at once, "
            "so nothing of a reporter is kept (docs/privacy.md)"
        )
    return 0


def _outbox_status(settings: Settings, _args: argparse.Namespace) -> int:
    async def run() -> dict[str, object]:
        async with _operations(settings) as operations:
            health = await operations.health()
        oldest = health.oldest_pending_at
        return {
            "inbox_pending": health.inbox_pending,
            "oldest_pending_seconds": None
            if oldest is None
            else round((datetime.now(UTC) - oldest).total_seconds(), 1),
            "inbox_failed": health.inbox_failed,
            "outbox_pending": health.outbox_pending,
            "outbox_failed": health.outbox_failed,
            "outbox_retrying": health.outbox_retrying,
        }

    for key, value in asyncio.run(run()).items():
        print(f"{key}: {value}")
    return 0
