"""Priority: one function of a case's facts, explained the way the card says it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.cases.priority import (
    FRESH_ONLY_MAX_LIFT,
    MAX_FRESH_REPORTER_BONUS,
    CaseFacts,
    assess,
    is_urgent,
    level_for,
    most_severe,
)

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def facts(
    categories: dict[str, int] | None = None,
    *,
    danger: bool = False,
    tips: int = 1,
    people: int = 1,
    span: timedelta = timedelta(0),
    told: bool = False,
) -> CaseFacts:
    return CaseFacts(
        categories=categories or {"collecting_photos": tips},
        child_in_danger=danger,
        tip_count=tips,
        reporter_count=people,
        first_tip_at=T0,
        last_tip_at=T0 + span,
        platform_told=told,
    )


def test_the_most_severe_category_leads() -> None:
    assert most_severe({"other": 3, "grooming": 1, "collecting_photos": 2}) == "grooming"
    assert most_severe({}) == "other"


def test_urgent_categories_and_danger_are_urgent_and_sort_above_everything_else() -> None:
    busy = assess(facts({"sexualised_comments": 9}, tips=9, people=9, span=timedelta(hours=1)))
    imagery = assess(facts({"sexual_imagery": 1}, told=True))
    danger = assess(facts({"other": 1}, danger=True, told=True))
    network = assess(facts({"trading_network": 1}, told=True))
    assert (imagery.level, danger.level, network.level, busy.level) == ("urgent", "urgent", "urgent", "high")
    assert imagery.score > busy.score
    assert danger.score > busy.score


@pytest.mark.parametrize(
    ("more", "less"),
    [
        (facts(tips=2, people=2), facts(tips=2, people=1)),  # two people count more than one person twice
        (facts(tips=3, people=1), facts(tips=1, people=1)),
        (facts(tips=2, span=timedelta(hours=20)), facts(tips=2, span=timedelta(days=20))),  # a burst
        (facts(tips=2, span=timedelta(days=5)), facts(tips=2, span=timedelta(days=20))),
        (facts(told=False), facts(told=True)),  # nobody told the platform yet
    ],
)
def test_each_factor_moves_the_priority_the_right_way(more: CaseFacts, less: CaseFacts) -> None:
    assert assess(more).score > assess(less).score


def test_bonuses_are_capped_so_volume_alone_cannot_outrank_severity() -> None:
    flood = assess(facts({"other": 500}, tips=500, people=400, span=timedelta(hours=1)))
    imagery = assess(facts({"sexual_imagery": 1}, told=True))
    assert flood.score < imagery.score


def test_assessment_keeps_what_the_explanation_needs() -> None:
    result = assess(facts({"sexual_imagery": 3, "other": 1}, tips=4, people=3, span=timedelta(days=2)))
    assert (result.category, result.tip_count, result.reporter_count, result.span) == (
        "sexual_imagery",
        4,
        3,
        timedelta(days=2),
    )


def test_levels_from_scores() -> None:
    assert [level_for(score, False) for score in (200, 90, 89, 40, 39)] == ["high", "high", "normal", "normal", "low"]
    assert level_for(0, True) == "urgent"


def test_a_tip_urgent_on_its_own_keeps_its_case_urgent() -> None:
    """A young person's own report, a meeting planned, threats or money asked: urgent whatever the category."""
    assert is_urgent("other", False, self_report=True)
    assert is_urgent("collecting_photos", False, risks=["meeting"])
    assert is_urgent("sexualised_comments", False, risks=["identifiable", "money"])
    assert not is_urgent("sexualised_comments", False, risks=["identifiable"])
    assert is_urgent("trading_network", False)
    flagged = assess(replace(facts({"other": 1}, told=True), flagged=True))
    assert (flagged.urgent, flagged.level) == (True, "urgent")


def _with_fresh(base: CaseFacts, fresh: int) -> CaseFacts:
    return replace(base, fresh_reporter_count=fresh)


def test_a_burst_of_fresh_reporters_lifts_a_case_only_so_far() -> None:
    one = assess(_with_fresh(facts(), 1))
    farms = [assess(_with_fresh(facts(tips=n, people=n, span=timedelta(minutes=10)), n)) for n in (5, 50, 1000)]
    assert {farm.score for farm in farms} == {one.score + FRESH_ONLY_MAX_LIFT}
    assert all(farm.fresh_only for farm in farms)
    assert farms[0].level != "urgent"
    established = assess(facts(tips=5, people=5, span=timedelta(minutes=10)))
    assert established.score > farms[0].score  # the same reports from people with a history count for more
    assert not established.fresh_only


def test_fresh_reporters_joining_established_ones_add_a_bounded_amount() -> None:
    two_known = assess(_with_fresh(facts(tips=2, people=2, span=timedelta(days=10)), 0))
    plus_farm = assess(_with_fresh(facts(tips=2, people=200, span=timedelta(days=10)), 198))
    assert plus_farm.score - two_known.score <= MAX_FRESH_REPORTER_BONUS
    assert not plus_farm.fresh_only
