"""`tipline directory ...`: what the bot would tell someone, per country and per platform, and the recogniser."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.cli.common import EXIT_PROBLEMS, EXIT_USAGE
from bot.directory import CATEGORIES, Directory, NotRecognised, load_directory
from bot.engine.routes import PLATFORM_ROUTE_KINDS, route_parts
from bot.i18n import Locales, html_to_plain
from bot.settings import Settings

PLATFORM_KINDS = PLATFORM_ROUTE_KINDS


def register(commands: Any) -> None:
    """Add the `directory` sub-commands to the CLI's sub-parsers."""
    directory = commands.add_parser("directory", help="the safety directory: routes, platforms, recognition")
    actions = directory.add_subparsers(metavar="ACTION")
    show = actions.add_parser("show", help="what the bot tells someone in a country, for each kind of harm")
    show.add_argument("country", help="a country name or ISO code, e.g. AU, 'United Kingdom', España")
    show.set_defaults(handler=_show)
    platforms = actions.add_parser("platforms", help="every platform's report routes and in-app steps")
    platforms.set_defaults(handler=_platforms)
    recognise = actions.add_parser("recognise", help="place links or handles; one JSON object per line")
    recognise.add_argument("--platform", default=None, help="the platform chosen (id or name), as in a report")
    recognise.add_argument("links", nargs="+", metavar="LINK")
    recognise.set_defaults(handler=_recognise)


def _load(settings: Settings) -> tuple[Directory, Locales]:
    return load_directory(settings.flows_dir / "directory"), Locales(settings.locales_dir)


def _render(locales: Locales, parts: tuple[Any, ...]) -> str:
    return "\n".join(html_to_plain(locales.text("en", part.key, part.params)) for part in parts)


def _show(settings: Settings, args: argparse.Namespace) -> int:
    directory, locales = _load(settings)
    code = directory.find_country(args.country)
    if code is None:
        print(f"tipline: no country matches {args.country!r}", file=sys.stderr)
        return EXIT_USAGE
    country = directory.countries.get(code)
    print(
        f"{directory.country_name(code)} ({code})"
        + ("" if country else "  (not in the directory: international routes)")
    )
    danger = directory.routes("other", "other", code, danger=True)
    print("\nIf a child is in danger right now:")
    print(_indent(_render(locales, route_parts(danger, ("emergency",)))))
    for category in CATEGORIES:
        routes = directory.routes(category, "other", code)
        kinds = tuple(sorted({item.kind for item in routes.items} - set(PLATFORM_KINDS) - {"emergency"}))
        print(
            f"\n{html_to_plain(locales.text('en', f'category-{category}'))} [{category}]"
            + ("  URGENT" if routes.urgent else "")
        )
        print(_indent(_render(locales, route_parts(routes, kinds))))
        sources = sorted({item.source for item in routes.items if item.kind in kinds})
        print(_indent("sources: " + "; ".join(sources)))
    return 0


def _platforms(settings: Settings, _args: argparse.Namespace) -> int:
    directory, locales = _load(settings)
    for pid in directory.platform_ids:
        platform = directory.platforms[pid]
        print(f"{platform.name} [{pid}]  e.g. {html_to_plain(locales.text('en', f'example-{pid}'))}")
        for harm, link in platform.reports.items():
            flag = "" if link.confidence == "seen" else "  (unconfirmed)"
            print(f"  {harm}: {link.url}{flag}")
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
