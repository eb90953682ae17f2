"""Reporters' limits and blocks, kept per pseudonym in the database so every process counts alike.

A public tipline is a target: one chat filing reports in a loop, or a script pressing buttons,
must not bury the real reports. Two limits (tips a day, updates a minute), lifted for one reporter
by an operator, and a block a volunteer sets when a tip is abuse. None of this ever names a
Telegram account: the pseudonym is all there is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Table, func, literal, select, update
from sqlalchemy import case as when
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import ReporterLimit, Tip

LIMITS: Table = ReporterLimit.__table__  # type: ignore[assignment]

MINUTE = timedelta(minutes=1)
DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Admission:
    """One update counted: may it go through, and if not, is this the moment to say so."""

    allowed: bool
    tell: bool = False
    until: datetime | None = None
    """When the reporter may go on."""


@dataclass(frozen=True, slots=True)
class Standing:
    blocked: bool
    unlimited: bool


def _insert(session: AsyncSession) -> type[postgresql.Insert] | type[sqlite.Insert]:
    return postgresql.Insert if session.get_bind().dialect.name == "postgresql" else sqlite.Insert


async def count_update(session: AsyncSession, pseudonym: str, now: datetime, per_minute: int) -> Admission:
    """Count one update of this reporter into the current minute, in one statement (an upsert)."""
    table = LIMITS
    stale = table.c.window_start <= now - MINUTE
    fresh = literal(now, table.c.window_start.type)
    statement = (
        _insert(session)(table)
        .values(pseudonym=pseudonym, window_start=now, window_count=1, told=False, unlimited=False)
        .on_conflict_do_update(
            index_elements=[table.c.pseudonym],
            set_={
                "window_start": when((stale, fresh), else_=table.c.window_start),
                "window_count": when((stale, 1), else_=table.c.window_count + 1),
                "told": when((stale, False), else_=table.c.told),
            },
        )
        .returning(table.c.window_start, table.c.window_count, table.c.told, table.c.unlimited)
    )
    start, count, told, unlimited = (await session.execute(statement)).one()
    if unlimited or count <= per_minute:
        return Admission(allowed=True)
    if not told:
        await session.execute(update(ReporterLimit).where(ReporterLimit.pseudonym == pseudonym).values(told=True))
    return Admission(allowed=False, tell=not told, until=_aware(start, now) + MINUTE)


async def standing(session: AsyncSession, pseudonym: str) -> Standing:
    row = (
        await session.execute(
            select(ReporterLimit.blocked_at, ReporterLimit.unlimited).where(ReporterLimit.pseudonym == pseudonym)
        )
    ).one_or_none()
    if row is None:
        return Standing(blocked=False, unlimited=False)
    return Standing(blocked=row[0] is not None, unlimited=bool(row[1]))


async def next_tip_at(session: AsyncSession, pseudonym: str, now: datetime, per_day: int) -> datetime | None:
    """None if this reporter may file a tip now; else when they may file the next one."""
    filed = (
        await session.execute(select(Tip.created_at).where(Tip.reporter == pseudonym, Tip.created_at > now - DAY))
    ).scalars()
    times = [_aware(created, now) for created in filed]
    forgotten = (
        await session.execute(
            select(ReporterLimit.forgotten_tips, ReporterLimit.forgotten_at).where(ReporterLimit.pseudonym == pseudonym)
        )
    ).one_or_none()
    if forgotten is not None and forgotten.forgotten_at is not None:
        at = _aware(forgotten.forgotten_at, now)
        if at > now - DAY:  # tips erased by /forget count as filed when they were forgotten
            times += [at] * int(forgotten.forgotten_tips)
    if len(times) < per_day:
        return None
    if per_day == 0 or not times:
        return now + DAY
    # The window frees one place when its oldest tip turns a day old; with more beyond the limit, a later one.
    times.sort()
    return times[len(times) - per_day] + DAY


async def note_forgotten(session: AsyncSession, pseudonym: str, now: datetime) -> int:
    """Before a reporter's tips are unlinked by `/forget`: keep how many of them fall in the daily
    window (a count and the moment of forgetting, never the tips' own times, which would link them
    back), so forgetting is no way around the daily limit. Returns that count."""
    recent = int(
        await session.scalar(
            select(func.count()).select_from(Tip).where(Tip.reporter == pseudonym, Tip.created_at > now - DAY)
        )
        or 0
    )
    if not recent:
        return 0
    row = await _row(session, pseudonym, now)
    still_counted = row.forgotten_at is not None and _aware(row.forgotten_at, now) > now - DAY
    row.forgotten_tips = (row.forgotten_tips if still_counted else 0) + recent
    row.forgotten_at = now
    return recent


async def _row(session: AsyncSession, pseudonym: str, now: datetime) -> ReporterLimit:
    await session.execute(
        _insert(session)(LIMITS)
        .values(pseudonym=pseudonym, window_start=now, window_count=0, told=False, unlimited=False)
        .on_conflict_do_nothing()
    )
    query = select(ReporterLimit).where(ReporterLimit.pseudonym == pseudonym).with_for_update()
    return (await session.execute(query)).scalar_one()


async def block(session: AsyncSession, pseudonym: str, by: str, now: datetime) -> bool:
    """Block the reporter from filing; False if they already were."""
    row = await _row(session, pseudonym, now)
    if row.blocked_at is not None:
        return False
    row.blocked_at, row.blocked_by = now, by
    return True


async def unblock(session: AsyncSession, pseudonym: str, now: datetime) -> bool:
    """Lift a block; False if there was none."""
    row = await _row(session, pseudonym, now)
    if row.blocked_at is None:
        return False
    row.blocked_at, row.blocked_by = None, None
    return True


async def set_unlimited(session: AsyncSession, pseudonym: str, unlimited: bool, now: datetime) -> bool:
    """Lift (or restore) the limits for one reporter; False if nothing changed."""
    row = await _row(session, pseudonym, now)
    if row.unlimited == unlimited:
        return False
    row.unlimited = unlimited
    return True


def _aware(value: datetime, like: datetime) -> datetime:
    """SQLite hands aggregates and RETURNING values back naive; they are UTC like `like`."""
    return value if value.tzinfo is not None else value.replace(tzinfo=like.tzinfo)
