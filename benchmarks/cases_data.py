"""A large, realistic case queue generated straight into the database (COPY on PostgreSQL, executemany
on SQLite), never through the bot: 1,000,000 tips over 300,000 accounts by default.

Shape: a few hub accounts draw hundreds of tips (a network everyone sees), most get one to three;
a fifth of tips also name a related account (so the network has edges); statuses and claims are
spread as a working queue would have them. Each case's stored priority and counts come from the
same `bot.cases.priority.assess` the bot uses, so the queue orders as it would in production.

Tips are generated twice from a per-case seeded RNG (once to compute the cases, once to write the
tips), so memory stays small whatever the size.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.cases.priority import CaseFacts, assess
from bot.cases.reference import ALPHABET

START = datetime(2025, 3, 1, tzinfo=UTC)
DAYS = 365
PLATFORMS = ("instagram", "tiktok", "x", "facebook", "youtube", "snapchat", "discord", "telegram", "reddit", "roblox")
CATEGORIES = ("collecting_photos", "sexualised_comments", "trading_network", "grooming", "sexual_imagery", "other")
CATEGORY_WEIGHTS = (40, 25, 10, 10, 8, 7)
STATUSES = (
    ("closed", 45),
    ("new", 30),
    ("in_progress", 15),
    ("reported_to_platform", 7),
    ("escalated", 3),
)
OUTCOMES = ("removed", "no_violation", "duplicate", "not_enough_information")
VOLUNTEERS = 50
RELATED_SHARE = 0.2
TOLD = ("yes", "not_yet")


@dataclass(frozen=True)
class Size:
    tips: int = 1_000_000
    accounts: int = 300_000
    cases: int = 250_000
    """Accounts 1..cases each have one case; the rest are only ever named as related accounts."""
    reporters: int = 400_000


def reference(tip_id: int) -> str:
    """TIP- and six letters from the id: unique, and in the bot's alphabet."""
    letters = []
    value = tip_id
    for _ in range(6):
        value, digit = divmod(value, len(ALPHABET))
        letters.append(ALPHABET[digit])
    return "TIP-" + "".join(reversed(letters))


def pseudonym(number: int) -> str:
    return hashlib.blake2b(str(number).encode(), digest_size=16).hexdigest()


def tip_counts(size: Size, seed: int = 7) -> list[int]:
    """Tips per case, summing to `size.tips`: every case has one, the rest lean heavily to a few hubs."""
    rng = random.Random(seed)
    counts = [1] * size.cases
    for _ in range(size.tips - size.cases):
        counts[int(size.cases * rng.random() ** 3)] += 1
    return counts


@dataclass(frozen=True)
class GenTip:
    id: int
    case_id: int
    at: datetime
    category: str
    platform: str
    reporter: str
    told: str
    danger: bool
    consent: bool
    related: int | None


def case_tips(size: Size, case_id: int, count: int, first_tip_id: int) -> Iterator[GenTip]:
    rng = random.Random(case_id * 7919)
    platform = PLATFORMS[case_id % len(PLATFORMS)]
    start = START + timedelta(seconds=rng.randrange(DAYS * 86400))
    spread = timedelta(hours=rng.choice((6, 48, 24 * 14, 24 * 90)))
    main_category = rng.choices(CATEGORIES, CATEGORY_WEIGHTS)[0]
    for n in range(count):
        at = start + spread * (n / max(count - 1, 1)) if n else start
        related = None
        if rng.random() < RELATED_SHARE:
            related = rng.randrange(1, size.accounts + 1)
            related = None if related == case_id else related
        yield GenTip(
            id=first_tip_id + n,
            case_id=case_id,
            at=at,
            category=main_category if rng.random() < 0.8 else rng.choices(CATEGORIES, CATEGORY_WEIGHTS)[0],
            platform=platform,
            reporter=pseudonym(rng.randrange(size.reporters)),
            told=rng.choice(TOLD),
            danger=rng.random() < 0.01,
            consent=rng.random() < 0.3,
            related=related,
        )


def accounts(size: Size) -> Iterator[tuple[Any, ...]]:
    for account_id in range(1, size.accounts + 1):
        platform = PLATFORMS[account_id % len(PLATFORMS)]
        handle = f"acct{account_id:07d}"
        seen = START + timedelta(seconds=account_id % (DAYS * 86400))
        yield (account_id, platform, handle, f"https://{platform}.example/{handle}", "account", seen, seen)


def cases_and_facts(size: Size, counts: list[int]) -> Iterator[tuple[Any, ...]]:
    """Case rows (pass one over the tips)."""
    rng = random.Random(11)
    next_tip = 1
    for index, count in enumerate(counts):
        case_id = index + 1
        tips = list(case_tips(size, case_id, count, next_tip))
        next_tip += count
        categories: dict[str, int] = {}
        for tip in tips:
            categories[tip.category] = categories.get(tip.category, 0) + 1
        facts = CaseFacts(
            categories=categories,
            child_in_danger=any(t.danger for t in tips),
            tip_count=count,
            reporter_count=len({t.reporter for t in tips}),
            first_tip_at=tips[0].at,
            last_tip_at=tips[-1].at,
            platform_told=any(t.told == "yes" for t in tips),
        )
        assessment = assess(facts)
        status = rng.choices([s for s, _ in STATUSES], [w for _, w in STATUSES])[0]
        outcome = rng.choice(OUTCOMES) if status == "closed" else None
        assignee = (
            rng.randrange(1, VOLUNTEERS + 1) if status in ("in_progress", "reported_to_platform", "escalated") else None
        )
        acted = tips[0].at + timedelta(hours=rng.randrange(1, 72)) if status != "new" else None
        yield (
            case_id,
            case_id,  # account_id
            status,
            assessment.score,
            assessment.urgent,
            count,
            outcome,
            tips[0].at,
            tips[-1].at,
            tips[0].platform,
            assessment.category,
            facts.reporter_count,
            facts.platform_told or status == "reported_to_platform",
            tips[0].at,
            tips[-1].at,
            acted,
            assignee,
        )


CASE_COLUMNS = (
    "id",
    "account_id",
    "status",
    "priority",
    "urgent",
    "tip_count",
    "outcome",
    "created_at",
    "updated_at",
    "platform",
    "category",
    "reporter_count",
    "platform_told",
    "first_tip_at",
    "last_tip_at",
    "first_action_at",
    "assignee_id",
)
TIP_COLUMNS = (
    "id",
    "reference",
    "case_id",
    "category",
    "platform",
    "details",
    "country",
    "language",
    "reporter",
    "reported_to_platform",
    "child_in_danger",
    "urgent",
    "contact_consent",
    "contact_token",
    "created_at",
)
ACCOUNT_COLUMNS = ("id", "platform", "canonical_id", "url", "kind", "first_seen", "last_seen")


def all_tips(size: Size, counts: list[int]) -> Iterator[GenTip]:
    next_tip = 1
    for index, count in enumerate(counts):
        yield from case_tips(size, index + 1, count, next_tip)
        next_tip += count


def tip_row(tip: GenTip) -> tuple[Any, ...]:
    urgent = tip.category in ("sexual_imagery", "grooming") or tip.danger
    return (
        tip.id,
        reference(tip.id),
        tip.case_id,
        tip.category,
        tip.platform,
        "Reposts photos of children from family accounts; comments from adults.",
        "AU",
        "en",
        tip.reporter,
        tip.told,
        tip.danger,
        urgent,
        tip.consent,
        None,
        tip.at,
    )


def tip_account_rows(tip: GenTip) -> Iterator[tuple[int, int, str]]:
    yield (tip.id, tip.case_id, "reported")
    if tip.related is not None:
        yield (tip.id, tip.related, "related")


def volunteer_rows() -> Iterator[tuple[Any, ...]]:
    for number in range(1, VOLUNTEERS + 1):
        yield (
            number,
            10_000 + number,
            f"vol{number:02d}",
            "coordinator" if number == 1 else "volunteer",
            START,
            "bench",
        )
