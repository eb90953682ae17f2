"""Desk button payloads: what they name, and that anything else is rejected."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.cases.queue import QueueFilter
from bot.desk.payloads import CaseButton, QueueButton, case_payload, is_desk_payload, parse, queue_payload


@pytest.mark.parametrize(
    ("verb", "arg"),
    [
        ("claim", None),
        ("unclaim", None),
        ("status", "escalated"),
        ("close", None),
        ("outcome", "removed"),
        ("reopen", None),
        ("view", None),
    ],
)
def test_case_payloads_round_trip(verb: str, arg: str | None) -> None:
    payload = case_payload(verb, 123456789, arg)  # type: ignore[arg-type]
    assert is_desk_payload(payload)
    assert len(payload.encode()) <= 64
    assert parse(payload) == CaseButton(verb, 123456789, arg)  # type: ignore[arg-type]


def test_queue_payload_round_trips_its_filters() -> None:
    wanted = QueueFilter(status="escalated", platform="instagram", category="grooming", mine=True)
    payload = queue_payload(3, wanted)
    assert payload is not None
    assert parse(payload) == QueueButton(3, wanted)
    assert parse(queue_payload(0, QueueFilter()) or "") == QueueButton(0, QueueFilter())


def test_a_queue_payload_that_would_not_fit_is_not_offered() -> None:
    assert queue_payload(9999, QueueFilter("reported_to_platform", "x" * 20, "sexualised_comments", True)) is None


@pytest.mark.parametrize(
    "payload",
    [
        "cs:claim",
        "cs:claim:",
        "cs:claim:0",
        "cs:claim:-4",
        "cs:claim:12:extra",
        "cs:st:12",
        "cs:st:12:DROP TABLE",
        "cs:out:12:removed:1",
        "cs:delete:12",
        "cs:q:1",
        "cs:q:x:*:*:*:*",
        "cs:q:1:*:*:*:me",
        "report.category:grooming",
        "~answer:5",
        "cs:claim:" + "9" * 60,
    ],
)
def test_malformed_or_foreign_payloads_are_rejected(payload: str) -> None:
    assert parse(payload) is None


@given(st.text(max_size=80))
def test_parse_never_raises(payload: str) -> None:
    parse(payload)
    parse("cs:" + payload)
