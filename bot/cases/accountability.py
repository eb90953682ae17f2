"""Platform accountability in numbers: per platform (and category), over a period, how many
reported accounts the platforms removed within 48 hours, 7 days and 30 days, how long removal took,
and how many are still up or were refused.

Counted over cases first reported in the period (merged duplicates left out), from volunteers'
checks only (`case_outcomes` with source volunteer): a check is a person looking, so "removed
within 48 hours" means a volunteer saw it gone within 48 hours of the first report. Reporters'
follow-up answers are evidence on the case, not counted here. The same numbers feed
`tipline stats platforms`, `/stats platforms` and the chart.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.outcomes import VOLUNTEER
from bot.storage.models import Case, CaseOutcome

WINDOWS = {"48h": timedelta(hours=48), "7d": timedelta(days=7), "30d": timedelta(days=30)}
ALL = "all"


@dataclass
class Row:
    """One platform (category `all`) or one platform and category."""

    platform: str
    category: str
    reported: int = 0
    removed_48h: int = 0
    removed_7d: int = 0
    removed_30d: int = 0
    removed: int = 0
    median_hours_to_removal: float | None = None
    restricted: int = 0
    still_up: int = 0
    refused: int = 0
    unknown: int = 0
    unchecked: int = 0
    hours_to_removal: list[float] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict[str, Any]:
        values = asdict(self)
        del values["hours_to_removal"]
        return values


@dataclass(frozen=True)
class PlatformStats:
    since: datetime
    until: datetime
    rows: list[Row]
    """Per platform (category `all`) first, most reported first; then per platform and category."""

    @property
    def totals(self) -> list[Row]:
        return [row for row in self.rows if row.category == ALL]

    @property
    def reported(self) -> int:
        return sum(row.reported for row in self.totals)

    @property
    def removed(self) -> int:
        return sum(row.removed for row in self.totals)


COLUMNS = tuple(name for name in Row.__dataclass_fields__ if name != "hours_to_removal")


async def platform_stats(session: AsyncSession, since: datetime, until: datetime) -> PlatformStats:
    cases = (
        await session.execute(
            select(Case.id, Case.platform, Case.category, Case.first_tip_at).where(
                Case.first_tip_at >= since, Case.first_tip_at < until, Case.merged_into_id.is_(None)
            )
        )
    ).all()
    checks: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    if cases:
        rows = await session.execute(
            select(CaseOutcome.case_id, CaseOutcome.checked_at, CaseOutcome.outcome)
            .where(CaseOutcome.case_id.in_([case.id for case in cases]), CaseOutcome.source == VOLUNTEER)
            .order_by(CaseOutcome.checked_at, CaseOutcome.id)
        )
        for case_id, checked_at, outcome in rows.all():
            checks[case_id].append((checked_at, outcome))
    table: dict[tuple[str, str], Row] = {}
    for case in cases:
        for key in ((case.platform, ALL), (case.platform, case.category)):
            row = table.setdefault(key, Row(*key))
            _count(row, case.first_tip_at, checks.get(case.id, []))
    for row in table.values():
        if row.hours_to_removal:
            row.median_hours_to_removal = round(statistics.median(row.hours_to_removal), 1)
    ordered = sorted(table.values(), key=lambda r: (r.category != ALL, -r.reported, r.platform, r.category))
    return PlatformStats(since, until, ordered)


def _count(row: Row, first_tip_at: datetime, checks: list[tuple[datetime, str]]) -> None:
    row.reported += 1
    removal = next((checked for checked, outcome in checks if outcome == "removed"), None)
    latest = checks[-1][1] if checks else None
    if removal is not None:
        took = max(removal - first_tip_at, timedelta(0))
        row.removed += 1
        row.hours_to_removal.append(took.total_seconds() / 3600)
        row.removed_48h += took <= WINDOWS["48h"]
        row.removed_7d += took <= WINDOWS["7d"]
        row.removed_30d += took <= WINDOWS["30d"]
    elif latest is None:
        row.unchecked += 1
    elif latest in ("restricted", "still_up", "refused", "unknown"):
        setattr(row, latest, getattr(row, latest) + 1)
