"""`/stats`: what came in over a period, where it stands now, and how fast volunteers picked it up.

Cases are counted by when they were opened (and grouped by their status now); tips by when they
were filed. Time to first action is from a case's opening (its first tip) to the first thing a volunteer did
with it (claim, note, status, question), over the cases opened in the period.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Case, Tip

CHUNK = 5000


@dataclass(frozen=True)
class Stats:
    since: datetime
    until: datetime
    cases: int
    tips: int
    by_status: dict[str, int]
    by_platform: dict[str, int]
    """Cases opened in the period, by platform."""
    by_category: dict[str, int]
    """Cases opened in the period, by their most severe category."""
    acted_on: int
    median_first_action: timedelta | None
    mean_first_action: timedelta | None


def _counts(rows: object) -> dict[str, int]:
    pairs = [(str(key), int(count)) for key, count in rows]  # type: ignore[attr-defined]
    return dict(sorted(pairs, key=lambda pair: (-pair[1], pair[0])))


async def stats(session: AsyncSession, since: datetime, until: datetime) -> Stats:
    opened = (Case.created_at >= since, Case.created_at < until, Case.merged_into_id.is_(None))
    by_status = _counts(
        (await session.execute(select(Case.status, func.count()).where(*opened).group_by(Case.status))).all()
    )
    by_platform = _counts(
        (await session.execute(select(Case.platform, func.count()).where(*opened).group_by(Case.platform))).all()
    )
    by_category = _counts(
        (await session.execute(select(Case.category, func.count()).where(*opened).group_by(Case.category))).all()
    )
    tips = await session.scalar(
        select(func.count()).select_from(Tip).where(Tip.created_at >= since, Tip.created_at < until)
    )
    waits: list[float] = []
    stream = await session.stream(
        select(Case.created_at, Case.first_action_at)
        .where(*opened, Case.first_action_at.is_not(None))
        .execution_options(yield_per=CHUNK)
    )
    async for started, acted in stream:
        assert acted is not None  # the query asked for it
        waits.append(max((acted - started).total_seconds(), 0.0))
    return Stats(
        since=since,
        until=until,
        cases=sum(by_status.values()),
        tips=int(tips or 0),
        by_status=by_status,
        by_platform=by_platform,
        by_category=by_category,
        acted_on=len(waits),
        median_first_action=timedelta(seconds=statistics.median(waits)) if waits else None,
        mean_first_action=timedelta(seconds=statistics.fmean(waits)) if waits else None,
    )
