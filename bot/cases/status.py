"""Case statuses and outcomes, and how each is told to the person who reported it."""

from __future__ import annotations

from typing import Literal

Status = Literal["new", "in_progress", "reported_to_platform", "escalated", "closed"]
STATUSES: tuple[Status, ...] = ("new", "in_progress", "reported_to_platform", "escalated", "closed")
OPEN_STATUSES: tuple[Status, ...] = STATUSES[:-1]
Outcome = Literal["removed", "no_violation", "duplicate", "not_enough_information"]
OUTCOMES: tuple[Outcome, ...] = ("removed", "no_violation", "duplicate", "not_enough_information")


def reporter_status_key(status: str, outcome: str | None) -> str:
    """A plain status for the reporter (`/mytips`): received, being reviewed, reported, closed with outcome."""
    if status == "closed":
        return f"tip-status-closed-{outcome or 'other'}"
    return {
        "new": "tip-status-received",
        "in_progress": "tip-status-reviewing",
        "reported_to_platform": "tip-status-reported",
        "escalated": "tip-status-escalated",
    }.get(status, "tip-status-reviewing")


REPORTER_STATUS_KEYS = (
    "tip-status-received",
    "tip-status-reviewing",
    "tip-status-reported",
    "tip-status-escalated",
    *(f"tip-status-closed-{outcome}" for outcome in (*OUTCOMES, "other")),
)
