"""`tipline reporter forget TIP-XXXXXX`: everything of the reporter who filed that tip, as their own
`/forget` does, for a request that reached the charity another way."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.reference import normalise_reference
from bot.cases.retention import Erased, forget_reporter, reporter_of
from bot.cli.common import EXIT_USAGE, fail, in_transaction
from bot.cli.volunteers import CLI_ACTOR
from bot.forward.emit import emit_tip_erased
from bot.forward.queue import ForwardQueue
from bot.settings import Settings


def register(commands: Any) -> None:
    reporter = commands.add_parser("reporter", help="a reporter's data, found by one of their tips").add_subparsers(
        metavar="ACTION"
    )
    forget = reporter.add_parser(
        "forget",
        help="forget the reporter who filed a tip: their conversation, contact tokens and questions deleted, "
        "the free text of all their tips erased",
    )
    forget.add_argument("reference", help="any tip of theirs, e.g. TIP-7KQ2F9")
    forget.set_defaults(handler=_forget)


def _forget(settings: Settings, args: argparse.Namespace) -> int:
    reference = normalise_reference(args.reference)
    if reference is None:
        return fail(f"{args.reference!r} is not a tip reference (they look like TIP-7KQ2F9)", EXIT_USAGE)

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
