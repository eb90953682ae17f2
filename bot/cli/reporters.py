"""`tipline reporter unlimit|limit TIP-XXXXXX`: one reporter's limits, named by one of their tips.

Operators never see who a reporter is; a tip's reference is how they name one (the reporter asks
for help quoting it, or a volunteer passes it on). The change is recorded in the desk's audit trail.
"""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import limits
from bot.cases.reference import normalise_reference
from bot.cases.volunteers import desk_event
from bot.cli.common import EXIT_USAGE, fail, in_transaction
from bot.settings import Settings
from bot.storage.models import Tip

CLI_ACTOR = "cli"
"""As `tipline volunteers` records itself in the desk's audit trail."""


def register(commands: Any) -> None:
    reporter = commands.add_parser(
        "reporter", help="lift or restore one reporter's limits (named by one of their tips)"
    ).add_subparsers(metavar="ACTION")
    for name, text in (
        ("unlimit", "lift TIPLINE_TIPS_PER_DAY and TIPLINE_UPDATES_PER_MINUTE for the reporter of this tip"),
        ("limit", "apply the limits to them again"),
    ):
        action = reporter.add_parser(name, help=text)
        action.add_argument("reference", help="one of their tips, e.g. TIP-7KQ2F9")
        action.set_defaults(handler=_change, action=name)


def _change(settings: Settings, args: argparse.Namespace) -> int:
    reference = normalise_reference(args.reference)
    if reference is None:
        return fail(f"{args.reference!r} is not a tip reference (they look like TIP-7KQ2F9)", EXIT_USAGE)

    async def work(session: AsyncSession, now: Any) -> bool | None:
        pseudonym = await session.scalar(select(Tip.reporter).where(Tip.reference == reference))
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
