"""How urgent a case is, from the tips it holds. One place, so the queue, the cards and the export agree.

The score is a pure function of the case's facts (never of the clock), so the stored priority does
not go stale while a case sits in the queue: recency enters as how close together the tips came
(a burst of reports is an account active now), and the queue breaks ties by the latest tip.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

SEVERITY = {
    "sexual_imagery": 100,
    "grooming": 80,
    "trading_network": 60,
    "sexualised_comments": 50,
    "collecting_photos": 40,
    "stolen_photos": 40,
    "other": 10,
}
URGENT_CATEGORIES = frozenset({"sexual_imagery", "grooming", "trading_network"})
"""A trading network is urgent to the charity as it is to the person reporting it (routing.yaml)."""
URGENT_RISKS = frozenset({"meeting", "threats", "money"})
"""A meeting planned, threats or blackmail, money demanded: harm that may happen within days."""
DANGER_BONUS = 50
PER_EXTRA_TIP = 5
MAX_TIP_BONUS = 40
PER_EXTRA_REPORTER = 10
"""Independent people seeing the same account count for more than one person reporting twice."""
MAX_REPORTER_BONUS = 60
MAX_FRESH_REPORTER_BONUS = 20
"""Reporters with no earlier tips lift a case this much at most: a farm of fresh accounts reporting
one account (to bury real reports, or to bury that account's enemies) counts like two people."""
FRESH_ONLY_MAX_LIFT = 30
"""A case resting only on fresh reporters: the tips, reporters and burst together lift it this much
at most, however many there are."""
BURST_WINDOW = timedelta(days=2)
BURST_BONUS = 15
RECENT_WINDOW = timedelta(days=7)
RECENT_BONUS = 5
NOT_TOLD_BONUS = 10
"""Nobody has told the platform yet: the charity's report is the one that may get it removed."""
STILL_UP_AFTER = timedelta(days=7)
STILL_UP_BONUS = 40
"""Seen still up a week or more after it was first reported: the platform is not acting (issue 16)."""
URGENT_BONUS = 200
"""Urgent cases sort above every other case, whatever else the others have going for them."""
HIGH_SCORE = 90
NORMAL_SCORE = 40

Level = Literal["urgent", "high", "normal", "low"]


def tip_severity(category: str, child_in_danger: bool) -> int:
    return SEVERITY.get(category, SEVERITY["other"]) + (DANGER_BONUS if child_in_danger else 0)


def is_urgent(category: str, child_in_danger: bool, *, self_report: bool = False, risks: Collection[str] = ()) -> bool:
    """Sexual imagery of a child, grooming, a trading network, a child in danger, a young person's
    own report, or a risk signal of harm soon: a volunteer looks first."""
    return category in URGENT_CATEGORIES or child_in_danger or self_report or bool(URGENT_RISKS & set(risks))


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the tips of one case say, gathered by `bot.cases.facts`."""

    categories: Mapping[str, int]
    """Category → number of tips naming it."""
    child_in_danger: bool
    tip_count: int
    reporter_count: int
    first_tip_at: datetime | None
    last_tip_at: datetime | None
    platform_told: bool
    still_up_at: datetime | None = None
    """The latest time the account was seen still up after being reported."""
    flagged: bool = False
    """A tip was urgent for what it said beyond its category (a young person's own report, a
    meeting planned, threats, money asked): the case stays urgent with it."""
    fresh_reporter_count: int = 0
    """Reporters whose first tip anywhere is in this case."""


@dataclass(frozen=True, slots=True)
class Assessment:
    score: int
    level: Level
    category: str
    """The most severe category: the one the card leads with."""
    urgent: bool
    child_in_danger: bool
    tip_count: int
    reporter_count: int
    span: timedelta
    """From the first tip to the latest."""
    platform_told: bool
    still_up_days: int | None = None
    """Days from the first report to when it was seen still up, when that is a week or more."""
    fresh_only: bool = False
    """Every reporter of the case is fresh (no earlier tips): the card says so."""


def level_for(score: int, urgent: bool) -> Level:
    if urgent:
        return "urgent"
    return "high" if score >= HIGH_SCORE else "normal" if score >= NORMAL_SCORE else "low"


def most_severe(categories: Mapping[str, int]) -> str:
    if not categories:
        return "other"
    return max(categories, key=lambda category: (SEVERITY.get(category, SEVERITY["other"]), category))


def assess(facts: CaseFacts) -> Assessment:
    category = most_severe(facts.categories)
    urgent = facts.child_in_danger or facts.flagged or any(c in URGENT_CATEGORIES for c in facts.categories)
    span = (
        facts.last_tip_at - facts.first_tip_at
        if facts.first_tip_at is not None and facts.last_tip_at is not None
        else timedelta(0)
    )
    score = tip_severity(category, facts.child_in_danger)
    lift = min(PER_EXTRA_TIP * max(facts.tip_count - 1, 0), MAX_TIP_BONUS)
    extra = max(facts.reporter_count - 1, 0)
    fresh_extra = min(facts.fresh_reporter_count, extra)
    lift += min(
        PER_EXTRA_REPORTER * (extra - fresh_extra) + min(PER_EXTRA_REPORTER * fresh_extra, MAX_FRESH_REPORTER_BONUS),
        MAX_REPORTER_BONUS,
    )
    if facts.tip_count > 1 and span <= BURST_WINDOW:
        lift += BURST_BONUS
    elif facts.tip_count > 1 and span <= RECENT_WINDOW:
        lift += RECENT_BONUS
    fresh_only = facts.reporter_count > 0 and facts.fresh_reporter_count >= facts.reporter_count
    score += min(lift, FRESH_ONLY_MAX_LIFT) if fresh_only else lift
    if not facts.platform_told:
        score += NOT_TOLD_BONUS
    still_up = facts.still_up_at - facts.first_tip_at if facts.still_up_at and facts.first_tip_at else None
    still_up_days = still_up.days if still_up is not None and still_up >= STILL_UP_AFTER else None
    if still_up_days is not None:
        score += STILL_UP_BONUS
    if urgent:
        score += URGENT_BONUS
    return Assessment(
        score=score,
        level=level_for(score, urgent),
        category=category,
        urgent=urgent,
        child_in_danger=facts.child_in_danger,
        tip_count=facts.tip_count,
        reporter_count=facts.reporter_count,
        span=span,
        platform_told=facts.platform_told,
        still_up_days=still_up_days,
        fresh_only=fresh_only,
    )
