"""`tipline migrate`: the database schema brought up to date (or down to a revision), with Alembic."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from bot.settings import Settings
from bot.storage import migrate
from bot.storage.db import Database


def register(commands: Any) -> None:
    mig = commands.add_parser("migrate", help="bring the database schema up to date")
    mig.add_argument("--revision", default="head", help="target revision (default: head)")
    mig.add_argument("--downgrade", action="store_true", help="go down to --revision instead (e.g. base)")
    mig.set_defaults(handler=_migrate)


def _migrate(settings: Settings, args: argparse.Namespace) -> int:
    async def run() -> str | None:
        if settings.database_url.startswith("sqlite"):
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        db = Database(settings.database_url)
        try:
            if args.downgrade:
                await migrate.downgrade(db, args.revision)
            else:
                await migrate.upgrade(db, args.revision)
            return await migrate.current_revision(db)
        finally:
            await db.dispose()

    print(f"database schema at {asyncio.run(run()) or 'base (empty)'}")
    return 0
