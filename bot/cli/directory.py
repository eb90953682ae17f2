"""`tipline directory ...`: what the bot would tell someone, per country and per platform, and the recogniser."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.app.directory_audit import audit, show_country, stale_entries
from bot.cli.common import EXIT_PROBLEMS, EXIT_USAGE
from bot.directory import Directory, NotRecognised, directory_problems, load_directory
from bot.i18n import Locales, html_to_plain
from bot.settings import Settings


def register(commands: Any) -> None:
    """Add the `directory` sub-commands to the CLI's sub-parsers."""
    directory = commands.add_parser("directory", help="the safety directory: routes, platforms, recognition")
    actions = directory.add_subparsers(metavar="ACTION")
    show = actions.add_parser("show", help="what the bot tells someone in a country, for each kind of harm")
    show.add_argument("country", help="a country name or ISO code, e.g. AU, 'United Kingdom', España")
    show.add_argument("--language", default="en", help="the language to show it in (en es pt-BR fr de ar ru)")
    show.add_argument(
        "--audience",
        choices=("young", "parents"),
        default=None,
        help="only the helplines and removal tools a young person's (or a parent's) path shows",
    )
    show.set_defaults(handler=_show)
    check = actions.add_parser(
        "check", help="countries and categories with only fallbacks, unsourced and recalled entries; exit 1 on faults"
    )
    check.set_defaults(handler=_check)
    stale = actions.add_parser("stale", help="every link and number by the date it was last confirmed, oldest first")
    stale.add_argument("--limit", type=int, default=None, help="show only the N oldest")
    stale.set_defaults(handler=_stale)
    platforms = actions.add_parser("platforms", help="every platform's report routes and in-app steps")
    platforms.set_defaults(handler=_platforms)
    recognise = actions.add_parser("recognise", help="place links or handles; one JSON object per line")
    recognise.add_argument("--platform", default=None, help="the platform chosen (id or name), as in a report")
    recognise.add_argument("links", nargs="+", metavar="LINK")
    recognise.set_defaults(handler=_recognise)


def _load(settings: Settings) -> tuple[Directory, Locales]:
    return load_directory(settings.flows_dir / "directory"), Locales(settings.locales_dir)


def _show(settings: Settings, args: argparse.Namespace) -> int:
    directory, locales = _load(settings)
    code = directory.find_country(args.country)
    if code is None:
        print(f"tipline: no country matches {args.country!r}", file=sys.stderr)
        return EXIT_USAGE
    if args.language not in locales.languages:
        print(f"tipline: unknown language {args.language!r}; try: {' '.join(locales.languages)}", file=sys.stderr)
        return EXIT_USAGE
    print(show_country(directory, locales, code, args.language, args.audience))
    return 0


def _check(settings: Settings, _args: argparse.Namespace) -> int:
    problems = directory_problems(settings.flows_dir / "directory")
    if problems:
        print("\n".join(problems))
        return EXIT_PROBLEMS
    report = audit(load_directory(settings.flows_dir / "directory"))
    print(report.text())
    return EXIT_PROBLEMS if report.problems else 0


def _stale(settings: Settings, args: argparse.Namespace) -> int:
    directory, _ = _load(settings)
    for entry in stale_entries(directory)[: args.limit]:
        when = entry.confirmed.isoformat() if entry.confirmed else "never"
        print(f"{when}  {entry.confidence:<8}  {entry.where}  {entry.contact}")
    return 0


def _platforms(settings: Settings, _args: argparse.Namespace) -> int:
    directory, locales = _load(settings)
    for pid in directory.platform_ids:
        platform = directory.platforms[pid]
        print(f"{platform.name} [{pid}]  e.g. {html_to_plain(locales.text('en', f'example-{pid}'))}")
        for harm, link in platform.reports.items():
            flag = "" if link.confidence == "seen" else "  (unconfirmed)"
            print(f"  {harm}: {link.where}{flag}")
        steps = html_to_plain(locales.text("en", directory.in_app_steps_key(pid)))
        print(_indent(steps, "    "))
        print()
    return 0


def _recognise(settings: Settings, args: argparse.Namespace) -> int:
    directory, _ = _load(settings)
    platform = args.platform
    if platform is not None:
        by_name = {p.name.lower(): pid for pid, p in directory.platforms.items()}
        platform = platform.lower() if platform.lower() in directory.platforms else by_name.get(platform.lower())
        if platform is None:
            print(
                f"tipline: unknown platform {args.platform!r}; try: {', '.join(directory.platform_ids)}",
                file=sys.stderr,
            )
            return EXIT_USAGE
    unplaced = 0
    for link in args.links:
        found = directory.recognise(link, platform)
        if isinstance(found, NotRecognised):
            unplaced += 1
            print(json.dumps({"input": link, "error": found.reason}, ensure_ascii=False))
        else:
            record = {"input": link, "platform": found.platform, "id": found.id, "url": found.url, "kind": found.kind}
            print(json.dumps(record, ensure_ascii=False))
    return EXIT_PROBLEMS if unplaced else 0


def _indent(text: str, prefix: str = "  ") -> str:
    return "\n".join(prefix + line if line else line for line in text.splitlines())
