"""The queue volunteers work from (`/queue`) and the search by account (`/find`).

The open queue is one backwards scan of a partial index on (priority, last tip, id): the most
urgent first, the most recently reported first among equals. The "open" condition is written as
a literal, not a bound parameter, so PostgreSQL can match it to the partial index in every plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import ColumnElement, Select, literal_column, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Case, ReportedAccount, Tip, TipAccount, Volunteer

PAGE_SIZE = 10
MAX_PAGE = 1000
FIND_LIMIT = 20
OPEN: ColumnElement[bool] = Case.status != literal_column("'closed'")


@dataclass(frozen=True)
class QueueFilter:
    status: str | None = None
    """None: every open case."""
    platform: str | None = None
    category: str | None = None
    mine: bool = False


@dataclass(frozen=True, slots=True)
class CaseLine:
    id: int
    status: str
    outcome: str | None
    priority: int
    urgent: bool
    category: str
    platform: str
    account: str
    tip_count: int
    reporter_count: int
    last_tip_at: datetime | None
    assignee: str | None


@dataclass(frozen=True, slots=True)
class FoundCase:
    case: CaseLine
    how: Literal["account", "named"]
    """The account is the case's own, or only named in one of its tips (e.g. as a related account)."""


def _lines() -> Select[Case, str, str | None]:
    return (
        select(Case, ReportedAccount.canonical_id, Volunteer.alias)
        .join(ReportedAccount, ReportedAccount.id == Case.account_id)
        .outerjoin(Volunteer, Volunteer.id == Case.assignee_id)
    )


def _line(case: Case, account: str, assignee: str | None) -> CaseLine:
    return CaseLine(
        id=case.id,
        status=case.status,
        outcome=case.outcome,
        priority=case.priority,
        urgent=case.urgent,
        category=case.category,
        platform=case.platform,
        account=account,
        tip_count=case.tip_count,
        reporter_count=case.reporter_count,
        last_tip_at=case.last_tip_at,
        assignee=assignee,
    )


async def queue_page(
    session: AsyncSession, wanted: QueueFilter, volunteer_id: int | None, page: int = 0, size: int = PAGE_SIZE
) -> tuple[list[CaseLine], bool]:
    """One page of the queue and whether there is another after it."""
    page = max(0, min(page, MAX_PAGE))
    query = _lines()
    query = query.where(OPEN) if wanted.status is None else query.where(Case.status == wanted.status)
    if wanted.platform is not None:
        query = query.where(Case.platform == wanted.platform)
    if wanted.category is not None:
        query = query.where(Case.category == wanted.category)
    if wanted.mine:
        query = query.where(Case.assignee_id == volunteer_id)
    query = (
        query.order_by(Case.priority.desc(), Case.last_tip_at.desc(), Case.id.desc())
        .offset(page * size)
        .limit(size + 1)
    )
    rows = (await session.execute(query)).all()
    return [_line(case, account, assignee) for case, account, assignee in rows[:size]], len(rows) > size


async def case_lines(session: AsyncSession, case_ids: Sequence[int]) -> dict[int, CaseLine]:
    rows = (await session.execute(_lines().where(Case.id.in_(case_ids)))).all()
    return {case.id: _line(case, account, assignee) for case, account, assignee in rows}


async def find_cases(session: AsyncSession, keys: Sequence[tuple[str, str]]) -> list[FoundCase]:
    """Cases about any of the accounts `(platform, canonical id)`: their own, or named in a tip."""
    if not keys:
        return []
    accounts = (
        (
            await session.execute(
                select(ReportedAccount.id).where(
                    tuple_(ReportedAccount.platform, ReportedAccount.canonical_id).in_(list(dict.fromkeys(keys)))
                )
            )
        )
        .scalars()
        .all()
    )
    if not accounts:
        return []
    own = (
        (await session.execute(select(Case.id).where(Case.account_id.in_(accounts)).limit(FIND_LIMIT))).scalars().all()
    )
    # No DISTINCT: it would read every tip naming a hub account; a bounded read, deduplicated here.
    named = list(
        dict.fromkeys(
            (
                await session.execute(
                    select(Tip.case_id)
                    .join(TipAccount, TipAccount.tip_id == Tip.id)
                    .where(TipAccount.account_id.in_(accounts))
                    .limit(FIND_LIMIT * 50)
                )
            ).scalars()
        )
    )
    how: dict[int, Literal["account", "named"]] = {case_id: "named" for case_id in named}
    how.update({case_id: "account" for case_id in own})
    lines = await case_lines(session, list(how))
    found = [FoundCase(lines[case_id], kind) for case_id, kind in how.items() if case_id in lines]
    found.sort(key=lambda f: (f.case.status == "closed", -f.case.priority, -f.case.id))
    return found[:FIND_LIMIT]
