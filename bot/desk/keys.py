"""Every locale key the desk renders, and the check that the staff language has them.

Kept as data beside the renderers (words.py, cards.py, views.py): `tipline flows check` requires
each key in the default language, and the tests render every one in every language.
"""

from __future__ import annotations

from typing import get_args

from bot.cases.audit import REPORTER_ACTOR
from bot.cases.outcomes import PLATFORM_OUTCOMES
from bot.cases.status import OUTCOMES, STATUSES
from bot.cases.tips import SYSTEM_ACTOR
from bot.cases.volunteers import ROLES, VOLUNTEER_PROBLEMS
from bot.directory import CATEGORIES
from bot.engine.state import AGE_RANGES, RISK_SIGNALS, SEEN_WHEN, Certainty
from bot.i18n import Locales
from bot.limits import MESSAGE_LIMIT

CARD_LIMIT = MESSAGE_LIMIT - 296
"""Telegram allows MESSAGE_LIMIT characters; a card is edited in place, so it can never be split."""
DETAILS_ON_CARD = 300
URL_ON_CARD = 200
ACCOUNTS_ON_CARD = 5
DETAILS_IN_VIEW = 1500
WORKING_STATUSES = ("in_progress", "reported_to_platform", "escalated")
LEVELS = ("urgent", "high", "normal", "low")
REFUSALS = (
    "not_allowed",
    "no_case",
    "closed",
    "merged",
    "not_closed",
    "claimed_by",
    "already_yours",
    "not_claimed",
    "same_status",
    "bad_status",
    "needs_outcome",
    "same_case",
    "same_account",
    "reopen_conflict",
    "no_consent",
    "no_tip",
    "empty_note",
    "empty_question",
    "too_long",
    "stale",
    "bad_outcome",
    "bad_checked_at",
)
ACTIONS = (
    "case_opened",
    "tip_added",
    "claimed",
    "unclaimed",
    "note",
    "status",
    "status-closed",
    "reopened",
    "merged_into",
    "merged_from",
    "linked",
    "asked",
    "answered",
    "notified",
    "platform_outcome",
    "follow_up",
    "platform_did_not_act",
    "tip_erased",
    "other",
)
TOLD = ("yes", "not_yet", "unknown", "us")
USAGES = (
    "queue",
    "case",
    "find",
    "claim",
    "unclaim",
    "note",
    "status",
    "status-close",
    "close",
    "merge",
    "link",
    "reopen",
    "ask",
    "volunteers",
    "outcome",
    "escalate",
)
"""`desk-usage-<command>`: a command's arguments, named in the staff language (keywords stay English)."""
MENU = (
    "desk",
    "queue",
    "case",
    "find",
    "claim",
    "unclaim",
    "note",
    "status",
    "close",
    "ask",
    "link",
    "merge",
    "reopen",
    "stats",
    "export",
    "volunteers",
    "outcome",
    "escalate",
)
"""The desk's commands, in the order the volunteer group's command menu lists them (`desk-command-<name>`)."""
CERTAINTIES: tuple[str, ...] = get_args(Certainty)
"""How surely a tip named the account (`desk-certainty-<certainty>` beside it on the card)."""
ACTORS = (SYSTEM_ACTOR, REPORTER_ACTOR, "cli")
"""Who else than a volunteer appears in a trail: the bot, a reporter, the server's `tipline volunteers`
(`bot.cli.volunteers.CLI_ACTOR`). Stored in English; shown as `desk-actor-<actor>`."""
_FIXED_KEYS = (
    "desk-text-erased",
    "desk-card-title",
    "desk-card-claimed",
    "desk-card-closed",
    "desk-card-merged",
    "desk-card-account",
    "desk-card-others",
    "desk-card-more-accounts",
    "desk-card-platform",
    "desk-card-tips",
    "desk-card-told",
    "desk-card-contact",
    "desk-card-latest",
    "desk-card-tip",
    "desk-card-danger",
    "desk-card-details",
    "desk-card-no-details",
    "desk-truncated",
    "desk-why-head",
    "desk-why-count",
    "desk-why-count-span",
    "desk-span-hours",
    "desk-span-days",
    "desk-why-danger",
    "desk-why-told",
    "desk-why-not-told",
    "desk-why-and",
    "desk-yes",
    "desk-no",
    "desk-unknown",
    "desk-none",
    "desk-list-more",
    "desk-button-claim",
    "desk-button-unclaim",
    "desk-button-close",
    "desk-button-reopen",
    "desk-button-details",
    "desk-button-next",
    "desk-close-ask",
    "desk-done-claimed",
    "desk-done-unclaimed",
    "desk-done-note",
    "desk-done-status",
    "desk-done-reopened",
    "desk-done-merged",
    "desk-done-linked",
    "desk-done-asked",
    "desk-told-reporters",
    "desk-help",
    "desk-usage",
    "desk-bad-period",
    "desk-queue-heading",
    "desk-queue-heading-filtered",
    "desk-queue-mine",
    "desk-queue-empty",
    "desk-queue-line",
    "desk-queue-assignee",
    "desk-find-heading",
    "desk-find-none",
    "desk-find-named",
    "desk-find-unreadable",
    "desk-history-heading",
    "desk-history-line",
    "desk-network-heading",
    "desk-network-line",
    "desk-network-none",
    "desk-network-more",
    "desk-thread-tip",
    "desk-thread-answer",
    "desk-stats-heading",
    "desk-stats-totals",
    "desk-stats-group",
    "desk-stats-by-status",
    "desk-stats-by-platform",
    "desk-stats-by-category",
    "desk-stats-count",
    "desk-stats-first-action",
    "desk-stats-no-action",
    "desk-duration-minutes",
    "desk-duration-hours",
    "desk-duration-days",
    "desk-export-started",
    "desk-export-caption",
    "desk-export-too-large",
    "desk-volunteers-heading",
    "desk-volunteer-line",
    "desk-volunteer-added",
    "desk-volunteer-removed",
    "desk-volunteer-role",
    "desk-volunteer-error",
)
AFTER_REPORT_KEYS = (
    "desk-why-still-up",
    "desk-card-platform-outcome",
    "desk-card-followups",
    "desk-card-did-not-act",
    "desk-button-platform-outcome",
    "desk-platform-ask",
    "desk-done-platform-outcome",
    "desk-escalate-summary",
    "desk-escalate-check",
    "desk-pstats-heading",
    "desk-pstats-line",
    "desk-pstats-none",
    "desk-chart-title",
    "desk-chart-caption",
    "desk-chart-reported",
    "desk-chart-hours",
    "desk-chart-none",
    *(
        f"desk-chart-{key}"
        for key in ("removed-48h", "removed-7d", "removed-later", "restricted", "still-up", "refused", "unchecked")
    ),
    *(f"desk-platform-outcome-{outcome}" for outcome in PLATFORM_OUTCOMES),
)
"""Platform outcomes, follow-up evidence, escalation and accountability (issue 16)."""
HOTLINE_FACT_KEYS = (
    "desk-card-self-report",
    "desk-fact-seen",
    "desk-fact-age",
    "desk-fact-knows",
    "desk-fact-risks",
    *(f"desk-seen-{when}" for when in SEEN_WHEN if when != "date"),
    *(f"desk-age-{age}" for age in AGE_RANGES),
    *(f"desk-risk-{risk}" for risk in RISK_SIGNALS),
)
"""What a hotline asks for, on a tip (locales/*/young-staff.ftl)."""
ABUSE_REFUSALS = ("bad_reference", "unknown_tip", "already_abuse", "not_blocked")
ABUSE_ACTIONS = ("abuse_marked", "abuse_lifted", "tip_set_aside")
ABUSE_COMMANDS = ("abuse", "unblock")
_ABUSE_KEYS = (
    "desk-help-abuse",
    "desk-card-fresh-only",
    "desk-card-tip-abuse",
    "desk-card-short",
    "desk-button-abuse",
    "desk-abuse-ask",
    "desk-done-abuse",
    "desk-done-unblocked",
    "desk-export-private",
    "desk-volunteer-leaving-group",
    "desk-remove-failed",
    "desk-stranger-joined",
    "desk-stranger-removed",
)
"""Issue 13 (abuse and hostile traffic): kept apart so the lists above stay as they were."""
STAFF_KEYS: tuple[str, ...] = (
    *_FIXED_KEYS,
    *HOTLINE_FACT_KEYS,
    *_ABUSE_KEYS,
    *(f"desk-refused-{reason}" for reason in ABUSE_REFUSALS),
    *(f"desk-action-{action}" for action in ABUSE_ACTIONS),
    *(f"desk-usage-{command}" for command in ABUSE_COMMANDS),
    *(f"desk-command-{command}" for command in ABUSE_COMMANDS),
    *(f"desk-level-{level}" for level in LEVELS),
    *(f"desk-status-{status}" for status in STATUSES),
    *(f"desk-outcome-{outcome}" for outcome in OUTCOMES),
    *(f"desk-button-outcome-{outcome}" for outcome in OUTCOMES),
    *(f"desk-button-{status}" for status in WORKING_STATUSES),
    *(f"desk-category-{category}" for category in CATEGORIES),
    *(f"desk-told-{told}" for told in TOLD),
    *(f"desk-refused-{reason}" for reason in REFUSALS),
    *(f"desk-action-{action}" for action in ACTIONS),
    *(f"desk-usage-{command}" for command in USAGES),
    *(f"desk-command-{command}" for command in MENU),
    *(f"desk-role-{role}" for role in ROLES),
    *(f"desk-actor-{actor}" for actor in ACTORS),
    *(f"desk-certainty-{certainty}" for certainty in CERTAINTIES),
    *(f"desk-volunteer-error-{kind}" for kind in VOLUNTEER_PROBLEMS),
    *AFTER_REPORT_KEYS,
)
"""Every key the desk renders; `tipline flows check` requires them in the default language."""


def staff_problems(locales: Locales, staff_language: str) -> list[str]:
    """What `flows check` reports about the desk's texts."""
    problems = []
    if staff_language not in locales.languages:
        problems.append(f"TIPLINE_STAFF_LANGUAGE: no locale folder {locales.folder / staff_language}")
    for key in STAFF_KEYS:
        if not locales.has(locales.default, key):
            problems.append(f"{locales.folder / locales.default}: missing message {key!r} (used by the volunteer desk)")
    return problems
