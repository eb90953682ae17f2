"""Reading volunteers' command arguments: case ids, statuses, outcomes, periods, queue filters.

Forgiving about spelling ("#12", "reported", "nei") because volunteers type these on a phone, and
strict about meaning: anything ambiguous returns None and the desk answers with the usage line.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot.cases.queue import QueueFilter
from bot.cases.status import OUTCOMES, STATUSES

DEFAULT_PERIOD = timedelta(days=30)
MAX_DAYS = 3660
_CASE = re.compile(r"#?([1-9][0-9]{0,17})")
_DAYS = re.compile(r"([1-9][0-9]{0,3})d")
_PAGE = re.compile(r"p(?:age)?([1-9][0-9]{0,3})")

STATUS_WORDS: dict[str, str | None] = {
    **{status: status for status in STATUSES},
    "progress": "in_progress",
    "working": "in_progress",
    "reported": "reported_to_platform",
    "platform": "reported_to_platform",
    "escalate": "escalated",
    "hotline": "escalated",
    "police": "escalated",
    "open": None,
}
OUTCOME_WORDS: dict[str, str] = {
    **{outcome: outcome for outcome in OUTCOMES},
    "no-violation": "no_violation",
    "noviolation": "no_violation",
    "dup": "duplicate",
    "nei": "not_enough_information",
    "info": "not_enough_information",
    "not_enough_info": "not_enough_information",
}


def case_id(text: str) -> int | None:
    match = _CASE.fullmatch(text.strip())
    return int(match.group(1)) if match else None


def split_id(args: str) -> tuple[int | None, str]:
    """`"12 the rest"` → (12, "the rest")."""
    first, _, rest = args.strip().partition(" ")
    return case_id(first), rest.strip()


def status(word: str) -> str | None:
    value = STATUS_WORDS.get(word.strip().lower())
    return value if value in STATUSES else None


def outcome(word: str) -> str | None:
    return OUTCOME_WORDS.get(word.strip().lower())


def period(words: list[str], now: datetime) -> tuple[datetime, datetime] | None:
    """`[]` → the last 30 days; `7d`; `2026-01-01` → from then until now; `FROM TO` → both days included."""
    if not words:
        return now - DEFAULT_PERIOD, now
    if len(words) == 1 and (days := _DAYS.fullmatch(words[0].lower())) is not None:
        count = int(days.group(1))
        return (now - timedelta(days=count), now) if count <= MAX_DAYS else None
    if len(words) > 2:
        return None
    try:
        dates = [date.fromisoformat(word) for word in words]
    except ValueError:
        return None
    since = datetime.combine(dates[0], time(), UTC)
    until = datetime.combine(dates[1], time(), UTC) + timedelta(days=1) if len(dates) == 2 else now
    return (since, until) if since < until else None


@dataclass(frozen=True)
class QueueRequest:
    filter: QueueFilter
    page: int


def queue(words: list[str], platforms: Collection[str], categories: Collection[str]) -> QueueRequest | None:
    """Filters in any order: a status, a platform, a category, `mine`, `page N` (or `p2`)."""
    wanted: dict[str, str | None] = {"status": None, "platform": None, "category": None}
    mine = False
    page = 0
    rest = [word.lower() for word in words]
    while rest:
        word = rest.pop(0)
        if word == "mine":
            mine = True
        elif word == "page" and rest and rest[0].isdigit() and 0 < int(rest[0]) < 10_000:
            page = int(rest.pop(0)) - 1
        elif (match := _PAGE.fullmatch(word)) is not None:
            page = int(match.group(1)) - 1
        elif word in STATUS_WORDS:
            wanted["status"] = STATUS_WORDS[word]
        elif word in platforms:
            wanted["platform"] = word
        elif word in categories:
            wanted["category"] = word
        else:
            return None
    return QueueRequest(QueueFilter(wanted["status"], wanted["platform"], wanted["category"], mine), page)
