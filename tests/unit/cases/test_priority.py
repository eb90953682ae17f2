"""Priority: one function of a case's facts, explained the way the card says it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.cases.priority import CaseFacts, assess, is_urgent, level_for, most_severe

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
