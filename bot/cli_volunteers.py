"""`tipline volunteers ...` (who may work the case queue, with which role) and `tipline cases export`.

The first admin has to come from here (nobody can add them from Telegram yet); after that admins
can also manage the team with `/volunteers` in the bot. Changes are audited as done by "cli".
`cases export` writes the same file as `/export`, for periods too large to send through Telegram.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import StartupError
from bot.cases.export import FORMATS, write_export
from bot.cases.volunteers import (
    ROLES,
    VolunteerError,
    add_volunteer,
    desk_event,
    list_volunteers,
    parse_role,
    remove_volunteer,
    set_role,
)
from bot.settings import Settings
from bot.staff import parse
from bot.storage import migrate
from bot.storage.db import Database

EXIT_PROBLEM = 1
EXIT_USAGE = 2
CLI_ACTOR = "cli"
T = TypeVar("T")


def register(commands: Any) -> None:
    """Add the `volunteers` sub-commands to the CLI's sub-parsers."""
    parser = commands.add_parser("volunteers", help="who may work the case queue (volunteer desk)")
    actions = parser.add_subparsers(metavar="ACTION")
    add = actions.add_parser("add", help="add a volunteer by Telegram user id, with an alias for the audit trail")
    add.add_argument("user_id", type=int, help="the person's Telegram user id (a positive number)")
    add.add_argument("alias", help="how they appear to others and in the audit trail, e.g. sam.k")
    add.add_argument("--role", default="volunteer", choices=ROLES)
    add.set_defaults(handler=_add)
    remove = actions.add_parser("remove", help="remove a volunteer (by alias or user id); their cases are unclaimed")
    remove.add_argument("who")
    remove.set_defaults(handler=_remove)
    role = actions.add_parser("role", help="give a volunteer another role")
    role.add_argument("who")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(handler=_role)
    listing = actions.add_parser("list", help="everyone who may work the queue")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=_list)

    cases = commands.add_parser("cases", help="the case queue as files").add_subparsers(metavar="ACTION")
    export = cases.add_parser(
        "export", help="cases and tips of a period as CSV and JSON in a zip (no reporter identity)"
    )
    export.add_argument("output", type=Path, help="the zip file to write")
    export.add_argument("--since", default=None, help="first day, YYYY-MM-DD (default: 30 days ago)")
    export.add_argument("--until", default=None, help="last day, YYYY-MM-DD, included (default: now)")
    export.add_argument("--format", choices=FORMATS, default=None, help="only this format (default: both)")
    export.set_defaults(handler=_export)


def _run(settings: Settings, work: Callable[[AsyncSession, datetime], Awaitable[T]]) -> T:
    async def run() -> T:
        db = Database(settings.database_url)
        try:
            try:
                await migrate.ensure_current(db)
            except migrate.SchemaOutOfDate as exc:
                raise StartupError(str(exc)) from None
            async with db.transaction() as session:
                return await work(session, datetime.now(UTC))
        finally:
            await db.dispose()

    return asyncio.run(run())


def _add(settings: Settings, args: argparse.Namespace) -> int:
    role = parse_role(args.role)
    assert role is not None  # argparse's choices
    try:
        added = _run(settings, lambda s, now: add_volunteer(s, args.user_id, args.alias, role, CLI_ACTOR, now))
    except VolunteerError as exc:
        print(f"tipline: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"{added.alias} added as {added.role}")
    return 0


def _remove(settings: Settings, args: argparse.Namespace) -> int:
    try:
        alias = _run(settings, lambda s, now: remove_volunteer(s, args.who, CLI_ACTOR, now))
    except VolunteerError as exc:
        print(f"tipline: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"{alias} is no longer a volunteer; their claimed cases are back in the queue")
    return 0


def _role(settings: Settings, args: argparse.Namespace) -> int:
    role = parse_role(args.role)
    assert role is not None
    try:
        alias = _run(settings, lambda s, now: set_role(s, args.who, role, CLI_ACTOR, now))
    except VolunteerError as exc:
        print(f"tipline: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"{alias} is now {role}")
    return 0


def _export(settings: Settings, args: argparse.Namespace) -> int:
    words = [word for word in (args.since, args.until) if word]
    if args.until and not args.since:
        print("tipline: --until needs --since", file=sys.stderr)
        return EXIT_USAGE
    period = parse.period(words, datetime.now(UTC))
    if period is None:
        print("tipline: dates are YYYY-MM-DD, and --since comes before --until", file=sys.stderr)
        return EXIT_USAGE
    formats = (args.format,) if args.format else FORMATS

    since, until = period

    async def audit(session: AsyncSession, now: datetime) -> None:
        desk_event(session, CLI_ACTOR, "export", now, since=since.isoformat(), until=until.isoformat())

    _run(settings, audit)
    # A read-only transaction of its own: on SQLite a writing one would hold the bot's writes for the whole export.
    result = _run(settings, lambda session, _now: write_export(session, since, until, args.output, formats))
    print(f"{result.path}: {result.cases} cases, {result.tips} tips")
    return 0


def _list(settings: Settings, args: argparse.Namespace) -> int:
    volunteers = _run(settings, lambda s, _now: list_volunteers(s))
    for v in volunteers:
        if args.json:
            record = {
                "telegram_user_id": v.telegram_user_id,
                "alias": v.alias,
                "role": v.role,
                "created_at": v.created_at.isoformat(),
                "created_by": v.created_by,
            }
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(
                f"{v.alias:<20} {v.role:<12} {v.telegram_user_id:<14} since {v.created_at:%Y-%m-%d} by {v.created_by}"
            )
    if not volunteers and not args.json:
        print("no volunteers yet: add the first admin with `tipline volunteers add USER_ID ALIAS --role admin`")
    return 0
