"""Everything volunteers read, rendered from `locales/<staff language>/staff.ftl` to Telegram HTML.

Every value that came from a reporter or a volunteer (details, links, notes, answers) passes
through `Locales.text` as a parameter and is escaped there; pieces are joined only after they were
rendered. Nothing here can show a reporter's identity: the inputs do not carry it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import cast

from fluent.runtime.types import fluent_number

from bot.cases.audit import REPORTER_ACTOR, AuditEntry
from bot.cases.detail import CaseDetail, TipLine
from bot.cases.network import DEFAULT_DEPTH, Network
from bot.cases.priority import Assessment, level_for
from bot.cases.queries import AccountLine
from bot.cases.queue import CaseLine, FoundCase, QueueFilter
from bot.cases.stats import Stats
from bot.cases.status import OUTCOMES, STATUSES
from bot.cases.tips import SYSTEM_ACTOR
from bot.cases.volunteers import ROLES, VOLUNTEER_PROBLEMS, VolunteerError, VolunteerView
from bot.directory import CATEGORIES
from bot.engine.replies import ParamValue
from bot.i18n import Locales, html_to_plain
from bot.pipeline.profile import COMMAND_DESCRIPTION_LIMIT, fit
from bot.staff.messages import ButtonRows
from bot.staff.payloads import case_payload, queue_payload

CARD_LIMIT = 3800
"""Telegram allows 4096 characters; a card is edited in place, so it can never be split."""
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
)
"""The desk's commands, in the order the volunteer group's command menu lists them (`desk-command-<name>`)."""
ACTORS = (SYSTEM_ACTOR, REPORTER_ACTOR, "cli")
"""Who else than a volunteer appears in a trail: the bot, a reporter, the server's `tipline volunteers`
(`bot.cli_volunteers.CLI_ACTOR`). Stored in English; shown as `desk-actor-<actor>`."""
_FIXED_KEYS = (
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
STAFF_KEYS: tuple[str, ...] = (
    *_FIXED_KEYS,
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
    *(f"desk-volunteer-error-{kind}" for kind in VOLUNTEER_PROBLEMS),
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


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class StaffTexts:
    def __init__(self, locales: Locales, language: str, platform_names: Mapping[str, str]) -> None:
        self.locales = locales
        self.language = language
        self.platform_names = platform_names

    # ---- pieces --------------------------------------------------------------------------------

    def t(self, key: str, **params: ParamValue) -> str:
        """Numbers are shown plain: case #12345, not #12,345 (still plural-aware: they stay numbers)."""
        plain = {
            # fluent_number gives a FluentInt (an int) for an int; its stub says "a number or None".
            name: cast("int", fluent_number(value, useGrouping=False)) if type(value) is int else value
            for name, value in params.items()
        }
        return self.locales.text(self.language, key, plain)

    def label(self, key: str, **params: ParamValue) -> str:
        """Plain text for a button."""
        return html_to_plain(self.t(key, **params))

    def _maybe(self, prefix: str, value: str | None) -> str:
        if value is None:
            return self.t("desk-unknown")
        key = f"{prefix}{value}"
        return self.t(key) if self.locales.has(self.locales.default, key) else self.t("desk-action-other", action=value)

    def status(self, status: str) -> str:
        return self._maybe("desk-status-", status)

    def outcome(self, outcome: str | None) -> str:
        return self._maybe("desk-outcome-", outcome)

    def category(self, category: str) -> str:
        return self._maybe("desk-category-", category)

    def level(self, level: str) -> str:
        return self._maybe("desk-level-", level)

    def told(self, answer: str | None) -> str:
        return self._maybe("desk-told-", answer or "unknown")

    def menu(self) -> list[tuple[str, str]]:
        """The volunteer group's command menu: (command, what it does), in the staff language."""
        return [(command, fit(self.label(f"desk-command-{command}"), COMMAND_DESCRIPTION_LIMIT)) for command in MENU]

    def role(self, role: str) -> str:
        return self._maybe("desk-role-", role)

    def actor(self, actor: str) -> str:
        """A volunteer's alias as it is; the bot, a reporter or the server's CLI named in the staff language."""
        return self.label(f"desk-actor-{actor}") if actor in ACTORS else actor

    def usage(self, command: str) -> str:
        """ "Usage: /find LINK, or /find PLATFORM @handle", the arguments named in the staff language."""
        return self.t("desk-usage", usage=self.label(f"desk-usage-{command}"))

    def volunteer_error(self, error: VolunteerError) -> str:
        """Why a change to the team was not made, in the staff language (the error's text is English)."""
        return self.t("desk-volunteer-error", error=self.label(f"desk-volunteer-error-{error.kind}", **error.params))

    def listing(self, items: Sequence[str]) -> str:
        """ "a, b, c" with the staff language's comma, as plain text (the items are plain text too)."""
        text = items[0] if items else ""
        for item in items[1:]:
            text = html_to_plain(self.t("desk-list-more", first=text, then=item))
        return text

    def yes_no(self, value: bool) -> str:
        return self.t("desk-yes" if value else "desk-no")

    @staticmethod
    def when(moment: datetime | None) -> str:
        return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else "-"

    def duration(self, span: timedelta) -> str:
        minutes = span.total_seconds() / 60
        if minutes < 120:
            return self.t("desk-duration-minutes", minutes=round(minutes))
        if minutes < 48 * 60:
            return self.t("desk-duration-hours", hours=round(minutes / 60))
        return self.t("desk-duration-days", days=round(minutes / 1440))

    # ---- priority ------------------------------------------------------------------------------

    def why(self, assessment: Assessment) -> str:
        """ "URGENT: sexual imagery; 4 tips from 3 people in 2 days; the platform has not been told yet"."""
        parts = [
            self.t("desk-why-head", level=self.level(assessment.level), category=self.category(assessment.category))
        ]
        counts: dict[str, ParamValue] = {"tips": assessment.tip_count, "people": assessment.reporter_count}
        if assessment.tip_count > 1:
            hours = assessment.span.total_seconds() / 3600
            span = (
                self.t("desk-span-hours", hours=max(1, round(hours)))
                if hours < 48
                else self.t("desk-span-days", days=round(hours / 24))
            )
            parts.append(self.t("desk-why-count-span", **counts, span=html_to_plain(span)))
        else:
            parts.append(self.t("desk-why-count", **counts))
        if assessment.child_in_danger:
            parts.append(self.t("desk-why-danger"))
        parts.append(self.t("desk-why-told" if assessment.platform_told else "desk-why-not-told"))
        text = parts[0]
        for part in parts[1:]:
            text = self.t("desk-why-and", first=html_to_plain(text), then=html_to_plain(part))
        return text

    # ---- the card ------------------------------------------------------------------------------

    def card(self, detail: CaseDetail) -> tuple[str, ButtonRows]:
        head = [
            self.t(
                "desk-card-title",
                id=detail.id,
                level=html_to_plain(self.level(detail.assessment.level)),
                status=html_to_plain(self.status(detail.status)),
            )
        ]
        if detail.merged_into is not None:
            head.append(self.t("desk-card-merged", into=detail.merged_into))
        elif detail.status == "closed":
            head.append(self.t("desk-card-closed", outcome=html_to_plain(self.outcome(detail.outcome))))
        if detail.assignee is not None:
            head.append(self.t("desk-card-claimed", alias=detail.assignee))
        head.append(self.why(detail.assessment))
        head.append(self.t("desk-card-account", account=self._account_text(detail.account)))
        if detail.others:
            shown = self.listing([self._account_text(a) for a in detail.others[:ACCOUNTS_ON_CARD]])
            head.append(self.t("desk-card-others", accounts=shown))
            if len(detail.others) > ACCOUNTS_ON_CARD or detail.more_accounts:
                head.append(self.t("desk-card-more-accounts", id=detail.id))
        head.append(
            self.t(
                "desk-card-platform",
                platform=self.platform_names.get(detail.platform, detail.platform),
                category=html_to_plain(self.category(detail.assessment.category)),
            )
        )
        head.append(
            self.t(
                "desk-card-tips",
                tips=html_to_plain(self._count(detail.assessment)),
                first=self.when(detail.first_tip_at),
                last=self.when(detail.last_tip_at),
            )
        )
        told = "yes" if detail.reporter_told else "us" if detail.assessment.platform_told else "not_yet"
        head.append(self.t("desk-card-told", told=html_to_plain(self.told(told))))
        head.append(self.t("desk-card-contact", consenting=detail.consenting))
        tips = [self.tip(tip, DETAILS_ON_CARD) for tip in detail.latest]
        while tips and len(html_to_plain("\n".join([*head, *tips]))) > CARD_LIMIT:
            tips.pop()
        text = "\n".join([*head, *([self.t("desk-card-latest"), *tips] if tips else [])])
        return text, self.card_buttons(detail)

    def _account_text(self, account: AccountLine) -> str:
        return f"{account.platform}:{account.canonical_id} ({clip(account.url, URL_ON_CARD)})"

    def _count(self, assessment: Assessment) -> str:
        return self.t("desk-why-count", tips=assessment.tip_count, people=assessment.reporter_count)

    def tip(self, tip: TipLine, details_limit: int) -> str:
        line = self.t(
            "desk-card-tip",
            reference=tip.reference,
            reporter=tip.reporter,
            reporter_tips=tip.reporter_tips,
            country=tip.country or "?",
            language=tip.language,
            reported=html_to_plain(self.told(tip.reported_to_platform)),
            consent=html_to_plain(self.yes_no(tip.contact_consent)),
        )
        lines = [line]
        if tip.child_in_danger:
            lines.append(self.t("desk-card-danger"))
        if tip.details:
            lines.append(self.t("desk-card-details", details=clip(tip.details, details_limit)))
        else:
            lines.append(self.t("desk-card-no-details"))
        return "\n".join(lines)

    def card_buttons(self, detail: CaseDetail) -> ButtonRows:
        if detail.merged_into is not None:
            return ()
        details = (self.label("desk-button-details"), case_payload("view", detail.id))
        if detail.status == "closed":
            return (((self.label("desk-button-reopen"), case_payload("reopen", detail.id)), details),)
        claim = (
            (self.label("desk-button-unclaim"), case_payload("unclaim", detail.id))
            if detail.assignee is not None
            else (self.label("desk-button-claim"), case_payload("claim", detail.id))
        )
        statuses = tuple(
            (self.label(f"desk-button-{status}"), case_payload("status", detail.id, status))
            for status in WORKING_STATUSES
            if status != detail.status
        )
        close = ((self.label("desk-button-close"), case_payload("close", detail.id)),)
        return ((claim, details), statuses, close)

    def outcome_buttons(self, case_id: int) -> ButtonRows:
        buttons = [
            (self.label(f"desk-button-outcome-{outcome}"), case_payload("outcome", case_id, outcome))
            for outcome in OUTCOMES
        ]
        return (tuple(buttons[:2]), tuple(buttons[2:]))

    # ---- /case ---------------------------------------------------------------------------------

    def case_view(
        self, detail: CaseDetail, history: Sequence[AuditEntry], total: int, network: Network
    ) -> tuple[str, ButtonRows]:
        card, buttons = self.card(detail)
        parts = [card, "", self.t("desk-history-heading", shown=len(history), total=total)]
        parts += [self.history_line(entry) for entry in history]
        parts.append("")
        parts.append(self.t("desk-network-heading", accounts=network.accounts, depth=DEFAULT_DEPTH))
        if not network.cases:
            parts.append(self.t("desk-network-none"))
        for connected in network.cases:
            parts.append(
                self.t(
                    "desk-network-line",
                    id=connected.case_id,
                    platform=self.platform_names.get(connected.platform, connected.platform),
                    account=connected.account,
                    status=html_to_plain(self.status(connected.status)),
                    depth=connected.depth,
                )
            )
        if network.truncated:
            parts.append(self.t("desk-network-more"))
        return "\n".join(parts), buttons

    def history_line(self, entry: AuditEntry) -> str:
        detail = entry.detail
        action = entry.action
        what: str
        if action == "status" and detail.get("after") == "closed":
            what = self.t("desk-action-status-closed", outcome=html_to_plain(self.outcome(detail.get("outcome"))))
        elif action == "status":
            what = self.t(
                "desk-action-status",
                before=html_to_plain(self.status(str(detail.get("before")))),
                after=html_to_plain(self.status(str(detail.get("after")))),
            )
        elif action == "notified":
            count = detail.get("count")
            status = html_to_plain(self.status(str(detail.get("status"))))
            what = self.t("desk-action-notified", count=count if isinstance(count, int) else 0, status=status)
        elif action == "linked":
            target = detail.get("account") or f"#{detail.get('case')}"
            what = self.t("desk-action-linked", what=str(target))
        elif action in ACTIONS:
            params = {key: clip(str(value), DETAILS_IN_VIEW) for key, value in detail.items()}
            what = self.t(f"desk-action-{action}", **params)
        else:
            what = self.t("desk-action-other", action=action)
        return self.t(
            "desk-history-line",
            when=self.when(entry.created_at),
            actor=self.actor(entry.actor),
            what=html_to_plain(what),
        )

    # ---- /queue and /find ------------------------------------------------------------------------

    def line(self, case: CaseLine) -> str:
        text = self.t(
            "desk-queue-line",
            id=case.id,
            level=html_to_plain(self.level(level_for(case.priority, case.urgent))),
            category=html_to_plain(self.category(case.category)),
            platform=self.platform_names.get(case.platform, case.platform),
            account=clip(case.account, 64),
            tips=case.tip_count,
            status=html_to_plain(self.status(case.status)),
        )
        if case.assignee is not None:
            text += " · " + self.t("desk-queue-assignee", alias=case.assignee)
        return text

    def queue(self, lines: Sequence[CaseLine], wanted: QueueFilter, page: int, more: bool) -> tuple[str, ButtonRows]:
        filters = [
            html_to_plain(self.status(wanted.status)) if wanted.status else "",
            self.platform_names.get(wanted.platform, wanted.platform) if wanted.platform else "",
            html_to_plain(self.category(wanted.category)) if wanted.category else "",
            self.label("desk-queue-mine") if wanted.mine else "",
        ]
        shown = self.listing([name for name in filters if name])
        heading = (
            self.t("desk-queue-heading-filtered", filters=shown, page=page + 1)
            if shown
            else self.t("desk-queue-heading", page=page + 1)
        )
        body = [self.line(case) for case in lines] or [self.t("desk-queue-empty")]
        buttons: ButtonRows = ()
        payload = queue_payload(page + 1, wanted) if more else None
        if payload is not None:
            buttons = (((self.label("desk-button-next"), payload),),)
        return "\n".join([heading, *body]), buttons

    def found(self, account: str, results: Iterable[FoundCase]) -> str:
        lines = [
            self.line(found.case) + ("" if found.how == "account" else " " + self.t("desk-find-named"))
            for found in results
        ]
        if not lines:
            return self.t("desk-find-none", account=account)
        return "\n".join([self.t("desk-find-heading", account=account), *lines])

    # ---- /stats --------------------------------------------------------------------------------

    def stats(self, stats: Stats) -> str:
        parts = [
            self.t("desk-stats-heading", since=self.when(stats.since), until=self.when(stats.until)),
            self.t("desk-stats-totals", cases=stats.cases, tips=stats.tips),
        ]
        for title, counts, name in (
            ("desk-stats-by-status", stats.by_status, self.status),
            ("desk-stats-by-platform", stats.by_platform, lambda p: self.platform_names.get(p, p)),
            ("desk-stats-by-category", stats.by_category, self.category),
        ):
            shown = self.listing(
                [
                    html_to_plain(self.t("desk-stats-count", name=html_to_plain(name(key)), count=count))
                    for key, count in counts.items()
                ]
            )
            parts.append(self.t("desk-stats-group", title=html_to_plain(self.t(title)), counts=shown or "-"))
        if stats.median_first_action is None or stats.mean_first_action is None:
            parts.append(self.t("desk-stats-no-action"))
        else:
            parts.append(
                self.t(
                    "desk-stats-first-action",
                    median=html_to_plain(self.duration(stats.median_first_action)),
                    mean=html_to_plain(self.duration(stats.mean_first_action)),
                    acted=stats.acted_on,
                    cases=stats.cases,
                )
            )
        return "\n".join(parts)

    # ---- /volunteers ---------------------------------------------------------------------------

    def volunteers(self, volunteers: Sequence[VolunteerView]) -> str:
        lines = [
            self.t(
                "desk-volunteer-line",
                alias=v.alias,
                role=html_to_plain(self.role(v.role)),
                date=v.created_at.date().isoformat(),
                by=self.actor(v.created_by),
            )
            for v in volunteers
        ]
        return "\n".join([self.t("desk-volunteers-heading"), *(lines or [self.t("desk-none")])])
