"""`tipline keys rotate`: everything sealed again with TIPLINE_SECRET_KEY, so the keys in
TIPLINE_PREVIOUS_SECRET_KEYS can be dropped. See docs/privacy.md, "Keys"."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.app.keys import identity_for
from bot.cases.resealing import Resealed, reseal_everything
from bot.cases.volunteers import desk_event
from bot.cli.common import EXIT_OK, EXIT_PROBLEMS, in_transaction
from bot.cli.volunteers import CLI_ACTOR
from bot.settings import Settings


def register(commands: Any) -> None:
    keys = commands.add_parser("keys", help="the sealing key: seal everything again after changing it").add_subparsers(
        metavar="ACTION"
    )
    rotate = keys.add_parser(
        "rotate",
        help="seal every contact token, address and free text again with TIPLINE_SECRET_KEY "
        "(the old key in TIPLINE_PREVIOUS_SECRET_KEYS until this has run)",
    )
    rotate.set_defaults(handler=_rotate)


def _rotate(settings: Settings, _args: argparse.Namespace) -> int:
    identity = identity_for(settings)

    async def work(session: AsyncSession, now: datetime) -> Resealed:
        done = await reseal_everything(session, identity)
        desk_event(
            session,
            CLI_ACTOR,
            "keys_rotated",
            now,
            resealed=str(sum(done.resealed.values())),
            unreadable=str(sum(done.unreadable.values())),
        )
        return done

    done = in_transaction(settings, work)
    names = sorted(set(done.resealed) | set(done.first_sealed) | set(done.unreadable))
    for name in names:
        print(
            f"{name}: {done.resealed.get(name, 0)} sealed again, {done.first_sealed.get(name, 0)} sealed for "
            f"the first time, {done.unreadable.get(name, 0)} unreadable"
        )
    if not names:
        print("nothing is sealed yet")
    if done.unreadable:
        print(
            "tipline: some values open with no key given: add the key they were sealed with to "
            "TIPLINE_PREVIOUS_SECRET_KEYS and run this again"
        )
        return EXIT_PROBLEMS
    print("everything is sealed with TIPLINE_SECRET_KEY: TIPLINE_PREVIOUS_SECRET_KEYS can now be emptied")
    return EXIT_OK
