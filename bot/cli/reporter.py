"""`tipline reporter forget|unlimit|limit TIP-XXXXXX`: one reporter, named by one of their tips.

Operators never see who a reporter is; a tip's reference is how they name one (the reporter quotes
it, or a volunteer passes it on). `forget` erases everything of theirs, as their own `/forget`
does, for a request that reached the charity another way; `unlimit` and `limit` lift or restore
their limits (docs/abuse.md). Each is recorded in the desk's audit trail.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import limits
from bot.cases.reference import normalise_reference
from bot.cases.retention import Erased, forget_reporter, reporter_of
from bot.cases.volunteers import desk_event
from bot.cli.common import fail, in_transaction, not_a_reference
from bot.cli.volunteers import CLI_ACTOR
from bot.forward.emit import emit_tip_erased
from bot.forward.queue import ForwardQueue
from bot.settings import Settings


def register(commands: Any) -> None:
    reporter = commands.add_parser(
        "reporter", help="one reporter, named by one of their tips: forget them, or lift or restore their limits"
    ).add_subparsers(metavar="ACTION")
    forget = reporter.add_parser(
        "forget",
        help="forget the reporter who filed a tip: their conversation, contact tokens and questions deleted, "
        "the free text of all their tips erased",
    )
    forget.add_argument("reference", help="any tip of theirs, e.g. TIP-7KQ2F9")
    forget.set_defaults(handler=_forget)
    for name, text in (
        ("unlimit", "lift TIPLINE_TIPS_PER_DAY and TIPLINE_UPDATES_PER_MINUTE for the reporter of this tip"),
        ("limit", "apply the limits to them again"),
    ):
        action = reporter.add_parser(name, help=text)
        action.add_argument("reference", help="one of their tips, e.g. TIP-7KQ2F9")
        action.set_defaults(handler=_change_limits, action=name)


def _forget(settings: Settings, args: argparse.Namespace) -> int:
    reference = normalise_reference(args.reference)
    if reference is None:
        return not_a_reference(args.reference)

    async def work(session: AsyncSession, now: datetime) -> Erased | None:
        pseudonym = await reporter_of(session, reference)
        if pseudonym is None:
            return None
        erased = await forget_reporter(session, pseudonym, CLI_ACTOR, now)
        queue = ForwardQueue.from_settings(settings)
        for tip in erased.counts.tips:
            await emit_tip_erased(session, queue, tip.reference, tip.case_id, now)
        return erased

    erased = in_transaction(settings, work)
    if erased is None:
        return fail(f"no tip {reference}")
    print(f"the reporter of {reference} is forgotten: {erased.tips} tip(s) on {erased.cases} case(s) erased")
    for table, count in erased.counts.by_table.items():
        print(f"  {table}: {count}")
    return 0


def _change_limits(settings: Settings, args: argparse.Namespace) -> int:
    reference = normalise_reference(args.reference)
    if reference is None:
        return not_a_reference(args.reference)

    async def work(session: AsyncSession, now: datetime) -> bool | None:
        pseudonym = await reporter_of(session, reference)
        if pseudonym is None:
            return None
        changed = await limits.set_unlimited(session, pseudonym, args.action == "unlimit", now)
        if changed:
            desk_event(session, CLI_ACTOR, f"reporter_{args.action}", now, tip=reference)
        return changed

    changed = in_transaction(settings, work)
    if changed is None:
        return fail(f"no tip {reference}")
    state = "not limited" if args.action == "unlimit" else "limited"
    print(
        f"the reporter of {reference} is now {state}" if changed else f"the reporter of {reference} was already {state}"
    )
    return 0
