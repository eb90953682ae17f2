"""`tipline stats platforms`: platform accountability in numbers, as a table, JSON or CSV, and a chart.

The same numbers as `/stats platforms` in the volunteer group (`bot.cases.accountability`), in the
staff language; `--chart FILE.png` draws the same chart the group gets.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.cases.accountability import COLUMNS, PlatformStats, platform_stats
from bot.cli.common import EXIT_USAGE, fail, in_transaction
from bot.desk import parse
from bot.desk.charts import figure, png
from bot.desk.outcome_texts import chart_labels, chart_title, stats_table
from bot.desk.words import StaffTexts
from bot.directory import load_directory
from bot.i18n import Locales, html_to_plain
from bot.settings import Settings


def register(commands: Any) -> None:
    stats = commands.add_parser("stats", help="numbers for the charity's campaigns").add_subparsers(metavar="WHAT")
    platforms = stats.add_parser(
        "platforms", help="per platform and category: reported, removed within 48 h / 7 d / 30 d, still up, refused"
    )
    platforms.add_argument("--since", default=None, help="first day, YYYY-MM-DD (default: 30 days ago)")
    platforms.add_argument("--until", default=None, help="last day, YYYY-MM-DD, included (default: now)")
    output = platforms.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one JSON document instead of the table")
    output.add_argument("--csv", action="store_true", help="CSV (one row per platform, then per category)")
    platforms.add_argument("--chart", type=Path, default=None, metavar="FILE.png", help="also draw the chart")
    platforms.set_defaults(handler=_platforms)


def _platforms(settings: Settings, args: argparse.Namespace) -> int:
    if args.until and not args.since:
        return fail("--until needs --since", EXIT_USAGE)
    period = parse.period([word for word in (args.since, args.until) if word], datetime.now(UTC))
    if period is None:
        return fail("dates are YYYY-MM-DD, and --since comes before --until", EXIT_USAGE)
    if args.chart is not None and args.chart.suffix.lower() != ".png":
        return fail(f"--chart: {args.chart} must end in .png", EXIT_USAGE)
    stats = in_transaction(settings, lambda session, _now: platform_stats(session, *period))
    texts = _texts(settings)
    if args.json:
        print(json.dumps(_document(stats), ensure_ascii=False, indent=2))
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(row.as_dict() for row in stats.rows)
    else:
        print(html_to_plain(stats_table(texts, stats)))
    if args.chart is not None:
        try:
            args.chart.write_bytes(png(figure(stats, chart_labels(texts), chart_title(texts, stats))))
        except OSError as exc:
            return fail(f"--chart: cannot write {args.chart}: {exc.strerror or exc}")
        print(f"{args.chart}: chart of {stats.reported} accounts", file=sys.stderr)
    return 0


def _texts(settings: Settings) -> StaffTexts:
    directory = load_directory(settings.flows_dir / "directory", locales=settings.locales_dir)
    names = {pid: platform.name for pid, platform in directory.platforms.items()}
    return StaffTexts(Locales(settings.locales_dir), settings.staff_language, names)


def _document(stats: PlatformStats) -> dict[str, Any]:
    return {
        "since": stats.since.isoformat(),
        "until": stats.until.isoformat(),
        "reported": stats.reported,
        "removed": stats.removed,
        "rows": [row.as_dict() for row in stats.rows],
    }
