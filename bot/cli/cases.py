"""`tipline cases export`: the same file as the desk's `/export`, for periods too large to send through Telegram."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.export import FORMATS, write_export
from bot.cases.volunteers import desk_event
from bot.cli.common import EXIT_USAGE, fail, in_transaction
from bot.cli.volunteers import CLI_ACTOR
from bot.desk import parse
from bot.settings import Settings


def register(commands: Any) -> None:
    cases = commands.add_parser("cases", help="the case queue as files").add_subparsers(metavar="ACTION")
    export = cases.add_parser(
        "export", help="cases and tips of a period as CSV and JSON in a zip (no reporter identity)"
    )
    export.add_argument("output", type=Path, help="the zip file to write")
    export.add_argument("--since", default=None, help="first day, YYYY-MM-DD (default: 30 days ago)")
    export.add_argument("--until", default=None, help="last day, YYYY-MM-DD, included (default: now)")
    export.add_argument("--format", choices=FORMATS, default=None, help="only this format (default: both)")
    export.set_defaults(handler=_export)


def _export(settings: Settings, args: argparse.Namespace) -> int:
    words = [word for word in (args.since, args.until) if word]
    if args.until and not args.since:
        return fail("--until needs --since", EXIT_USAGE)
    period = parse.period(words, datetime.now(UTC))
    if period is None:
        return fail("dates are YYYY-MM-DD, and --since comes before --until", EXIT_USAGE)
    formats = (args.format,) if args.format else FORMATS

    since, until = period

    async def audit(session: AsyncSession, now: datetime) -> None:
        desk_event(session, CLI_ACTOR, "export", now, since=since.isoformat(), until=until.isoformat())

    in_transaction(settings, audit)
    # A read-only transaction of its own: on SQLite a writing one would hold the bot's writes for the whole export.
    result = in_transaction(settings, lambda session, _now: write_export(session, since, until, args.output, formats))
    print(f"{result.path}: {result.cases} cases, {result.tips} tips")
    return 0
