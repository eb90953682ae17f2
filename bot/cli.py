"""`tipline`: one entry point to chat in the console, migrate, check flows and look at the queue."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from typing import TextIO

from bot import cli_directory, cli_run, cli_volunteers
from bot.app import StartupError, build_world, load_content, open_tipline
from bot.cases.queries import TipView, get_tip, list_tips
from bot.cases.reference import normalise_reference
from bot.directory import DirectoryError, directory_problems, load_directory
from bot.drivers.console import ConsoleChat
from bot.flowspec import FlowError, load_flows
from bot.flowspec.check import check_flows, text_keys
from bot.flowspec.graph import draw
from bot.flowspec.locale_check import check_locales
from bot.i18n import LocaleError, Locales
from bot.settings import ConfigError, Settings, load_settings
from bot.staff.texts import staff_problems
from bot.storage import migrate
from bot.storage.db import Database

EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return EXIT_USAGE
    try:
        settings = load_settings()
        return int(args.handler(settings, args))
    except (ConfigError, StartupError) as exc:
        print(f"tipline: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tipline", description=__doc__)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    chat = commands.add_parser("chat", help="talk to the bot in this terminal (no Telegram needed)")
    chat.add_argument("--as", dest="chat_name", default="local", help="a name for this console chat (default: local)")
    chat.add_argument("--language", default=None, help="language code to start in, e.g. es (default: English)")
    chat.set_defaults(handler=_chat)

    mig = commands.add_parser("migrate", help="bring the database schema up to date")
    mig.add_argument("--revision", default="head", help="target revision (default: head)")
    mig.add_argument("--downgrade", action="store_true", help="go down to --revision instead (e.g. base)")
    mig.set_defaults(handler=_migrate)

    flows = commands.add_parser("flows", help="check or draw the conversation flows").add_subparsers(metavar="ACTION")
    check = flows.add_parser("check", help="check flows, directory and locales; exit 1 with file:step lines")
    check.set_defaults(handler=_flows_check)
    graph = flows.add_parser("graph", help="print the flows as a diagram")
    graph.add_argument("--format", choices=["mermaid", "dot"], default="mermaid")
    graph.set_defaults(handler=_flows_graph)

    tips = commands.add_parser("tips", help="look at the tips in the queue").add_subparsers(metavar="ACTION")
    listing = tips.add_parser("list", help="the newest tips")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--urgent", action="store_true", help="only urgent tips")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=_tips_list)
    show = tips.add_parser("show", help="one tip by its reference, e.g. TIP-7KQ2F9")
    show.add_argument("reference")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_tips_show)

    cli_directory.register(commands)
    cli_run.register(commands)
    cli_volunteers.register(commands)
    return parser


def _chat(settings: Settings, args: argparse.Namespace) -> int:
    async def run() -> None:
        # The console is the local trial: it brings its own database up to date.
        app = await open_tipline(settings, auto_migrate=True)
        try:
            await ConsoleChat(app, sys.stdout, chat_key=f"console:{args.chat_name}").run(sys.stdin, args.language)
        finally:
            await app.db.dispose()

    asyncio.run(run())
    return 0


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


def flow_problems(settings: Settings) -> list[str]:
    """Everything `flows check` reports, as `file:where: problem` lines."""
    problems = directory_problems(settings.flows_dir / "directory")
    try:
        flows = load_flows(settings.flows_dir)
    except FlowError as exc:
        return problems + exc.problems
    try:
        locales = Locales(settings.locales_dir, default=settings.default_language)
    except LocaleError as exc:
        return problems + exc.problems
    if problems:
        return problems
    try:
        directory = load_directory(settings.flows_dir / "directory")
    except DirectoryError as exc:
        return [str(exc)]
    problems += check_flows(flows, directory, settings.flows_dir, locales.languages)
    problems += check_locales(locales, text_keys(flows))
    problems += staff_problems(locales, settings.staff_language)
    return problems


def _flows_check(settings: Settings, _args: argparse.Namespace) -> int:
    problems = flow_problems(settings)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return EXIT_PROBLEMS
    print("flows, directory and locales: OK")
    return 0


def _flows_graph(settings: Settings, args: argparse.Namespace) -> int:
    content = load_content(settings)
    build_world(settings, content)
    sys.stdout.write(draw(content.flows, content.directory, args.format))
    return 0


def _tips_list(settings: Settings, args: argparse.Namespace) -> int:
    async def run() -> list[TipView]:
        db = await _open_existing(settings)
        try:
            async with db.transaction() as session:
                return await list_tips(session, limit=args.limit, urgent_only=args.urgent)
        finally:
            await db.dispose()

    tips = asyncio.run(run())
    if args.json:
        for tip in tips:
            print(json.dumps(_jsonable(tip), ensure_ascii=False))
    elif not tips:
        print("no tips yet")
    else:
        _print_table(tips, sys.stdout)
    return 0


def _tips_show(settings: Settings, args: argparse.Namespace) -> int:
    reference = normalise_reference(args.reference)
    if reference is None:
        print(f"tipline: {args.reference!r} is not a tip reference (they look like TIP-7KQ2F9)", file=sys.stderr)
        return EXIT_USAGE

    async def run() -> TipView | None:
        db = await _open_existing(settings)
        try:
            async with db.transaction() as session:
                return await get_tip(session, reference)
        finally:
            await db.dispose()

    tip = asyncio.run(run())
    if tip is None:
        print(f"tipline: no tip {reference}", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.json:
        print(json.dumps(_jsonable(tip), ensure_ascii=False, indent=2))
        return 0
    print(f"{tip.reference}  {tip.created_at:%Y-%m-%d %H:%M} UTC{'  URGENT' if tip.urgent else ''}")
    print(f"  case:        #{tip.case_id} ({tip.case_status}, {tip.case_tip_count} tip(s))")
    print(f"  category:    {tip.category}{'  (child in danger)' if tip.child_in_danger else ''}")
    print(f"  platform:    {tip.platform}")
    for account in tip.accounts:
        print(f"  {account.role + ':':<12} {account.platform}:{account.canonical_id}  {account.url}")
    print(f"  reported to platform: {tip.reported_to_platform or 'unknown'}")
    print(f"  country:     {tip.country or 'unknown'}   language: {tip.language}")
    print(f"  contact:     {'reporter agreed to be contacted' if tip.contact_consent else 'no contact'}")
    print(f"  reporter:    {tip.reporter_tip_count} tip(s) from this reporter")
    print(f"  details:     {tip.details or '-'}")
    return 0


async def _open_existing(settings: Settings) -> Database:
    db = Database(settings.database_url)
    try:
        await migrate.ensure_current(db)
    except migrate.SchemaOutOfDate as exc:
        await db.dispose()
        raise StartupError(str(exc)) from None
    return db


def _print_table(tips: list[TipView], out: TextIO) -> None:
    rows = [("REFERENCE", "CREATED (UTC)", "CATEGORY", "PLATFORM", "ACCOUNT", "CASE", "STATUS", "")]
    for tip in tips:
        primary = tip.accounts[0] if tip.accounts else None
        account = f"{primary.platform}:{primary.canonical_id}" if primary else "-"
        rows.append(
            (
                tip.reference,
                f"{tip.created_at:%Y-%m-%d %H:%M}",
                tip.category,
                tip.platform,
                account,
                f"#{tip.case_id}",
                tip.case_status,
                "URGENT" if tip.urgent else "",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n")


def _jsonable(tip: TipView) -> dict[str, object]:
    data = asdict(tip)
    data["created_at"] = tip.created_at.isoformat()
    return data


if __name__ == "__main__":
    raise SystemExit(main())
