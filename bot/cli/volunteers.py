"""`tipline volunteers ...`: who may work the case queue, with which role.

The first admin has to come from here (nobody can add them from Telegram yet); after that admins
can also manage the team with `/volunteers` in the bot. Changes are audited as done by "cli".
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.volunteers import (
    ROLES,
    VolunteerError,
    add_volunteer,
    list_volunteers,
    parse_role,
    remove_volunteer,
    set_role,
)
from bot.cli.common import fail, in_transaction, print_json_lines
from bot.desk.routing import removal_row
from bot.pipeline.ports import chat_key_of
from bot.pipeline.tables import OUTBOX
from bot.settings import Settings

CLI_ACTOR = "cli"


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


def _add(settings: Settings, args: argparse.Namespace) -> int:
    role = parse_role(args.role)
    assert role is not None  # argparse's choices
    try:
        added = in_transaction(
            settings, lambda s, now: add_volunteer(s, args.user_id, args.alias, role, CLI_ACTOR, now)
        )
    except VolunteerError as exc:
        return fail(str(exc))
    print(f"{added.alias} added as {added.role}")
    return 0


def _remove(settings: Settings, args: argparse.Namespace) -> int:
    group = settings.volunteer_chat_id

    async def remove(session: AsyncSession, now: datetime) -> str:
        removed = await remove_volunteer(session, args.who, CLI_ACTOR, now)
        if group is not None:  # the running bot's sender takes them out of the group (ban, then unban)
            row = removal_row(chat_key_of(group), removed.telegram_user_id, removed.alias, now)
            await session.execute(OUTBOX.insert().values(**row))
        return removed.alias

    try:
        alias = in_transaction(settings, remove)
    except VolunteerError as exc:
        return fail(str(exc))
    print(f"{alias} is no longer a volunteer; their claimed cases are back in the queue")
    if group is not None:
        print("the running bot takes them out of the volunteer group (it must be an admin allowed to ban there)")
    return 0


def _role(settings: Settings, args: argparse.Namespace) -> int:
    role = parse_role(args.role)
    assert role is not None
    try:
        alias = in_transaction(settings, lambda s, now: set_role(s, args.who, role, CLI_ACTOR, now))
    except VolunteerError as exc:
        return fail(str(exc))
    print(f"{alias} is now {role}")
    return 0


def _list(settings: Settings, args: argparse.Namespace) -> int:
    volunteers = in_transaction(settings, lambda s, _now: list_volunteers(s))
    for v in volunteers:
        if args.json:
            print_json_lines(
                [
                    {
                        "telegram_user_id": v.telegram_user_id,
                        "alias": v.alias,
                        "role": v.role,
                        "created_at": v.created_at.isoformat(),
                        "created_by": v.created_by,
                    }
                ]
            )
        else:
            print(
                f"{v.alias:<20} {v.role:<12} {v.telegram_user_id:<14} since {v.created_at:%Y-%m-%d} by {v.created_by}"
            )
    if not volunteers and not args.json:
        print("no volunteers yet: add the first admin with `tipline volunteers add USER_ID ALIAS --role admin`")
    return 0
