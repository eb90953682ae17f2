"""`tipline tips list|show|erase`: the tips in the queue, never with the reporter's identity; one
tip's free text and contact erased on request."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import datetime
from typing import Any, TextIO

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.queries import TipView, get_tip, list_tips
from bot.cases.reference import normalise_reference
from bot.cases.retention import Counts, erase_tip
from bot.cli.common import fail, in_transaction, not_a_reference, print_json_lines
from bot.cli.volunteers import CLI_ACTOR
from bot.forward.emit import emit_tip_erased
from bot.forward.queue import ForwardQueue
from bot.settings import Settings


def register(commands: Any) -> None:
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
    erase = tips.add_parser(
        "erase",
        help="erase one tip's free text, contact token, questions and answers, and unlink it from its reporter "
        "(the case keeps that it existed)",
    )
    erase.add_argument("reference", help="e.g. TIP-7KQ2F9")
    erase.set_defaults(handler=_tips_erase)


def _tips_list(settings: Settings, args: argparse.Namespace) -> int:
    tips = in_transaction(settings, lambda session, _now: list_tips(session, limit=args.limit, urgent_only=args.urgent))
    if args.json:
        print_json_lines(_jsonable(tip) for tip in tips)
    elif not tips:
        print("no tips yet")
    else:
        _print_table(tips, sys.stdout)
    return 0


def _tips_show(settings: Settings, args: argparse.Namespace) -> int:
    reference = normalise_reference(args.reference)
    if reference is None:
        return not_a_reference(args.reference)
    tip = in_transaction(settings, lambda session, _now: get_tip(session, reference))
    if tip is None:
        return fail(f"no tip {reference}")
    if args.json:
        print(json.dumps(_jsonable(tip), ensure_ascii=False, indent=2))
        return 0
    print(f"{tip.reference}  {tip.created_at:%Y-%m-%d %H:%M} UTC{'  URGENT' if tip.urgent else ''}")
    print(f"  case:        #{tip.case_id} ({tip.case_status}, {tip.case_tip_count} tip(s))")
    print(f"  category:    {tip.category}{'  (child in danger)' if tip.child_in_danger else ''}")
    print(f"  platform:    {tip.platform}")
    for account in tip.accounts:
        named = f"  ({account.certainty})" if account.certainty else ""
        print(f"  {account.role + ':':<12} {account.platform}:{account.canonical_id}  {account.url}{named}".rstrip())
    print(f"  reported to platform: {tip.reported_to_platform or 'unknown'}")
    print(f"  country:     {tip.country or 'unknown'}   language: {tip.language}")
    print(f"  contact:     {'reporter agreed to be contacted' if tip.contact_consent else 'no contact'}")
    print(f"  reporter:    {tip.reporter_tip_count} tip(s) from this reporter")
    print(f"  details:     {tip.details or '-'}")
    return 0


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


def _tips_erase(settings: Settings, args: argparse.Namespace) -> int:
    reference = normalise_reference(args.reference)
    if reference is None:
        return not_a_reference(args.reference)

    async def work(session: AsyncSession, now: datetime) -> Counts | None:
        counts = await erase_tip(session, reference, CLI_ACTOR, now)
        queue = ForwardQueue.from_settings(settings)
        for tip in [] if counts is None else counts.tips:
            # The charity's systems are told to erase their copy; queued events lose the tip's words.
            await emit_tip_erased(session, queue, tip.reference, tip.case_id, now)
        return counts

    counts = in_transaction(settings, work)
    if counts is None:
        return fail(f"no tip {reference}")
    print(f"{reference} erased: its details, contact token, questions and answers are gone; the case keeps the tip")
    for table, count in counts.by_table.items():
        print(f"  {table}: {count}")
    return 0
