"""How urgent a case is, from the tips it holds. One place, so the queue and the cards agree."""

from __future__ import annotations

SEVERITY = {
    "sexual_imagery": 100,
    "grooming": 80,
    "trading_network": 60,
    "sexualised_comments": 50,
    "collecting_photos": 40,
    "stolen_photos": 40,
    "other": 10,
}
URGENT_CATEGORIES = frozenset({"sexual_imagery", "grooming"})
DANGER_BONUS = 50
PER_EXTRA_TIP = 5


def tip_severity(category: str, child_in_danger: bool) -> int:
    return SEVERITY.get(category, SEVERITY["other"]) + (DANGER_BONUS if child_in_danger else 0)


def is_urgent(category: str, child_in_danger: bool) -> bool:
    """Sexual imagery of a child, grooming, or a child in danger: a volunteer looks first."""
    return category in URGENT_CATEGORIES or child_in_danger


def case_priority(max_severity: int, tip_count: int) -> int:
    return max_severity + PER_EXTRA_TIP * max(tip_count - 1, 0)
