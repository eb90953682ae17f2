"""Reading volunteers' arguments: forgiving spelling, strict meaning."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.cases.queue import QueueFilter
from bot.desk import parse
from bot.directory import CATEGORIES

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
PLATFORMS = ("instagram", "tiktok", "x")


@pytest.mark.parametrize(
    ("text", "expected"), [("12", 12), ("#12", 12), (" 7 ", 7), ("0", None), ("x", None), ("", None)]
)
def test_case_ids(text: str, expected: int | None) -> None:
    assert parse.case_id(text) == expected


def test_statuses_and_outcomes_by_their_everyday_names() -> None:
    assert parse.status("reported") == "reported_to_platform"
    assert parse.status("Progress") == "in_progress"
    assert parse.status("police") == "escalated"
    assert parse.status("open") is None
    assert parse.status("nonsense") is None
    assert parse.outcome("nei") == "not_enough_information"
    assert parse.outcome("dup") == "duplicate"
    assert parse.outcome("maybe") is None


def test_periods() -> None:
    assert parse.period([], NOW) == (NOW - timedelta(days=30), NOW)
    assert parse.period(["7d"], NOW) == (NOW - timedelta(days=7), NOW)
    assert parse.period(["2026-03-01"], NOW) == (datetime(2026, 3, 1, tzinfo=UTC), NOW)
    assert parse.period(["2026-03-01", "2026-03-02"], NOW) == (
        datetime(2026, 3, 1, tzinfo=UTC),
        datetime(2026, 3, 3, tzinfo=UTC),  # both days included
    )
    for bad in (["yesterday"], ["2026-03-05", "2026-03-01"], ["1", "2", "3"], ["99999d"], ["2026-13-01"]):
        assert parse.period(bad, NOW) is None


def test_queue_filters_in_any_order() -> None:
    request = parse.queue(["mine", "grooming", "instagram", "escalated", "page", "3"], PLATFORMS, CATEGORIES)
    assert request == parse.QueueRequest(QueueFilter("escalated", "instagram", "grooming", True), 2)
    assert parse.queue(["p2"], PLATFORMS, CATEGORIES) == parse.QueueRequest(QueueFilter(), 1)
    assert parse.queue([], PLATFORMS, CATEGORIES) == parse.QueueRequest(QueueFilter(), 0)
    assert parse.queue(["facebook"], PLATFORMS, CATEGORIES) is None
