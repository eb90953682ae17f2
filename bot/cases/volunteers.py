"""Volunteers, their roles, and what each role may do: the one place the desk's permissions live.

A volunteer is known to the bot by their Telegram user id and to everyone else by an alias (the
audit trail, the cards). Every desk action builds its `Actor` from the database on that very call,
so a removed or demoted volunteer loses their rights at once, and a button payload (which anyone
can forge) carries no authority of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Case, DeskEvent, Volunteer

Role = Literal["volunteer", "coordinator", "admin"]
ROLES: tuple[Role, ...] = get_args(Role)
_RANK = {role: rank for rank, role in enumerate(ROLES)}
ALIAS = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,31}")
"""Aliases appear in the audit trail and in messages: short, plain, never a display name with markup."""

Action = Literal[
    "view",
    "claim",
    "unclaim",
    "note",
    "status",
    "ask",
    "link",
    "take_over",
    "merge",
    "reopen",
    "export",
    "manage_volunteers",
]
MINIMUM_ROLE: dict[Action, Role] = {
    "view": "volunteer",  # queue, case, find, stats
    "claim": "volunteer",
    "unclaim": "volunteer",
    "note": "volunteer",
    "status": "volunteer",
    "ask": "volunteer",
    "link": "volunteer",
    "take_over": "coordinator",  # act on, or unclaim, a case someone else claimed
    "merge": "coordinator",
    "reopen": "coordinator",
    "export": "coordinator",  # every tip's details, in bulk
    "manage_volunteers": "admin",
}


RESERVED_ALIASES = frozenset({"system", "reporter", "cli"})
"""Names a case's history gives the bot, a reporter and `tipline volunteers` (shown translated): a
volunteer with one of them would be mistaken for them."""
VolunteerProblem = Literal["bad_user_id", "bad_alias", "reserved_alias", "bad_role", "exists", "not_found"]
VOLUNTEER_PROBLEMS: tuple[VolunteerProblem, ...] = get_args(VolunteerProblem)
_PROBLEM_MESSAGES: dict[VolunteerProblem, str] = {
    "bad_user_id": "a Telegram user id is a positive number (the person's, not a group's)",
    "bad_alias": "an alias is 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit",
    "reserved_alias": "the aliases system, reporter and cli are kept for the bot, reporters and the command line",
    "bad_role": "a role is one of: " + ", ".join(ROLES),
    "exists": "that Telegram user or that alias is already a volunteer",
    "not_found": "no volunteer {who!r}",
}


class VolunteerError(Exception):
    """A volunteer cannot be added or changed: `kind` says why (safe to show an admin).

    The message (`str(error)`) is English, for the operator at `tipline volunteers`; the desk shows
    `desk-volunteer-error-<kind>` in the staff language instead, with `params` as its placeholders.
    """

    def __init__(self, kind: VolunteerProblem, **params: str) -> None:
        super().__init__(_PROBLEM_MESSAGES[kind].format(**params))
        self.kind: VolunteerProblem = kind
        self.params: dict[str, str] = params


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting, as read from the volunteers table for this one action."""

    volunteer_id: int
    alias: str
    role: Role

    def may(self, action: Action) -> bool:
        return _RANK[self.role] >= _RANK[MINIMUM_ROLE[action]]


@dataclass(frozen=True, slots=True)
class VolunteerView:
    telegram_user_id: int
    alias: str
    role: Role
    created_at: datetime
    created_by: str


def parse_role(text: str) -> Role | None:
    value = text.strip().lower()
    return value if value in ROLES else None


async def actor_for(session: AsyncSession, telegram_user_id: int) -> Actor | None:
    """The volunteer behind a Telegram user, or None: the check every desk action starts with."""
    row = (
        await session.execute(
            select(Volunteer.id, Volunteer.alias, Volunteer.role).where(Volunteer.telegram_user_id == telegram_user_id)
        )
    ).one_or_none()
    role = parse_role(row.role) if row is not None else None
    if row is None or role is None:
        return None
    return Actor(volunteer_id=row.id, alias=row.alias, role=role)


async def list_volunteers(session: AsyncSession) -> list[VolunteerView]:
    rows = (await session.execute(select(Volunteer).order_by(Volunteer.alias))).scalars().all()
    return [
        VolunteerView(v.telegram_user_id, v.alias, parse_role(v.role) or "volunteer", v.created_at, v.created_by)
        for v in rows
    ]


async def add_volunteer(
    session: AsyncSession, telegram_user_id: int, alias: str, role: Role, by: str, now: datetime
) -> VolunteerView:
    if telegram_user_id <= 0:
        raise VolunteerError("bad_user_id")
    if not ALIAS.fullmatch(alias):
        raise VolunteerError("bad_alias")
    if alias.lower() in RESERVED_ALIASES:
        raise VolunteerError("reserved_alias")
    if role not in ROLES:
        raise VolunteerError("bad_role")
    volunteer = Volunteer(telegram_user_id=telegram_user_id, alias=alias, role=role, created_at=now, created_by=by)
    try:
        async with session.begin_nested():
            session.add(volunteer)
    except IntegrityError:
        raise VolunteerError("exists") from None
    desk_event(session, by, "volunteer_added", now, alias=alias, role=role)
    return VolunteerView(telegram_user_id, alias, role, now, by)


async def remove_volunteer(session: AsyncSession, who: str, by: str, now: datetime) -> VolunteerView:
    """Remove by alias or Telegram user id; their claimed cases go back to the queue. Returns who it
    was (the desk then takes them out of the volunteer group too: `bot.desk.calls.DESK_REMOVE`)."""
    volunteer = await _find(session, who)
    removed = VolunteerView(
        volunteer.telegram_user_id,
        volunteer.alias,
        parse_role(volunteer.role) or "volunteer",
        volunteer.created_at,
        volunteer.created_by,
    )
    await session.execute(update(Case).where(Case.assignee_id == volunteer.id).values(assignee_id=None))
    await session.delete(volunteer)
    desk_event(session, by, "volunteer_removed", now, alias=volunteer.alias)
    await session.flush()
    return removed


async def set_role(session: AsyncSession, who: str, role: Role, by: str, now: datetime) -> str:
    if role not in ROLES:
        raise VolunteerError("bad_role")
    volunteer = await _find(session, who)
    volunteer.role = role
    desk_event(session, by, "volunteer_role", now, alias=volunteer.alias, role=role)
    await session.flush()
    return volunteer.alias


def desk_event(session: AsyncSession, actor: str, action: str, now: datetime, **detail: str) -> None:
    """A row in the desk's own audit trail (volunteer changes, exports)."""
    session.add(DeskEvent(actor=actor, action=action, detail=detail, created_at=now))


async def _find(session: AsyncSession, who: str) -> Volunteer:
    who = who.strip().lstrip("@")
    query = select(Volunteer).where(Volunteer.alias == who)
    if who.isdigit():
        query = select(Volunteer).where(Volunteer.telegram_user_id == int(who))
    volunteer = (await session.execute(query)).scalar_one_or_none()
    if volunteer is None:
        raise VolunteerError("not_found", who=who)
    return volunteer
