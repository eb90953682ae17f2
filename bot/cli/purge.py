"""`tipline purge [--dry-run]`: what the retention settings expire, deleted now (a running bot does
the same every ten minutes); table by table, what was (or would be) deleted or erased."""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.app import open_database
from bot.app.keys import retention_for
from bot.cases.retention import purge
from bot.cli.common import EXIT_OK
from bot.pipeline.operations import purge_pipeline
from bot.settings import Settings


def register(commands: Any) -> None:
    command = commands.add_parser(
        "purge", help="delete what the retention periods expire now, and say what, table by table"
    )
    command.add_argument("--dry-run", action="store_true", help="count what would go, change nothing")
    command.set_defaults(handler=_purge)


def _purge(settings: Settings, args: argparse.Namespace) -> int:
    async def run() -> dict[str, int] | None:
        db = await open_database(settings)
        try:
            async with db.sessions() as session:
                now = datetime.now(UTC)
                counts = await purge(session, now, retention_for(settings))
                if counts is None:
                    await session.rollback()
                    return None
                keep = timedelta(hours=settings.purge_after_hours)
                keep_failed = timedelta(days=settings.purge_failed_after_days)
                removed = await purge_pipeline(session, now, keep, keep_failed) | counts.by_table
                if args.dry_run:
                    await session.rollback()
                else:
                    await session.commit()
                return removed
        finally:
            await db.dispose()

    removed = asyncio.run(run())
    if removed is None:
        print("another process is purging right now; nothing done")
        return EXIT_OK
    verb = "would be" if args.dry_run else "were"
    if not removed:
        print(f"nothing is due: no rows {verb} deleted or erased")
        return EXIT_OK
    width = max(len(table) for table in removed)
    for table, count in removed.items():
        print(f"{table:<{width}}  {count}")
    print(
        f"{sum(removed.values())} row(s) {verb} deleted or erased"
        + (" (dry run: nothing changed)" if args.dry_run else "")
    )
    return EXIT_OK
