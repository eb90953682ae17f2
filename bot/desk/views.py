"""The desk's longer answers: a case with its history and network, the queue, search results,
statistics and the team."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.cases.audit import AuditEntry
from bot.cases.detail import CaseDetail
from bot.cases.network import DEFAULT_DEPTH, Network
from bot.cases.priority import level_for
from bot.cases.queue import CaseLine, FoundCase, QueueFilter
from bot.cases.stats import Stats
from bot.cases.volunteers import VolunteerView
from bot.desk.cards import case_card
from bot.desk.keys import ABUSE_ACTIONS, ACTIONS, DETAILS_IN_VIEW
from bot.desk.messages import ButtonRows
from bot.desk.payloads import queue_payload
from bot.desk.words import StaffTexts, clip
from bot.i18n import html_to_plain


def case_view(
    texts: StaffTexts, detail: CaseDetail, history: Sequence[AuditEntry], total: int, network: Network
) -> tuple[str, ButtonRows]:
    card, buttons = case_card(texts, detail)
    parts = [card, "", texts.t("desk-history-heading", shown=len(history), total=total)]
    parts += [history_line(texts, entry) for entry in history]
    parts.append("")
    parts.append(texts.t("desk-network-heading", accounts=network.accounts, depth=DEFAULT_DEPTH))
    if not network.cases:
        parts.append(texts.t("desk-network-none"))
    for connected in network.cases:
        parts.append(
            texts.t(
                "desk-network-line",
                id=connected.case_id,
                platform=texts.platform_names.get(connected.platform, connected.platform),
                account=connected.account,
                status=html_to_plain(texts.status(connected.status)),
                depth=connected.depth,
            )
        )
    if network.truncated:
        parts.append(texts.t("desk-network-more"))
    return "\n".join(parts), buttons


def one_line(text: str) -> str:
    """Typed text on one line: a note or an answer with line breaks could otherwise start a line
    that reads like another history entry ("2026-05-01 10:00 · sam: closed")."""
    return " ↵ ".join(part.strip() for part in text.splitlines() if part.strip())


def history_line(texts: StaffTexts, entry: AuditEntry) -> str:
    detail = entry.detail
    action = entry.action
    what: str
    if action == "status" and detail.get("after") == "closed":
        what = texts.t("desk-action-status-closed", outcome=html_to_plain(texts.outcome(detail.get("outcome"))))
    elif action == "status":
        what = texts.t(
            "desk-action-status",
            before=html_to_plain(texts.status(str(detail.get("before")))),
            after=html_to_plain(texts.status(str(detail.get("after")))),
        )
    elif action == "notified":
        count = detail.get("count")
        status = html_to_plain(texts.status(str(detail.get("status"))))
        what = texts.t("desk-action-notified", count=count if isinstance(count, int) else 0, status=status)
    elif action == "linked":
        target = detail.get("account") or f"#{detail.get('case')}"
        what = texts.t("desk-action-linked", what=str(target))
    elif action in ACTIONS or action in ABUSE_ACTIONS:
        params = {key: clip(one_line(str(value)), DETAILS_IN_VIEW) for key, value in detail.items()}
        if detail.get("erased") and "text" not in detail:  # erased by retention or on request
            params["text"] = html_to_plain(texts.t("desk-text-erased"))
        what = texts.t(f"desk-action-{action}", **params)
    else:
        what = texts.t("desk-action-other", action=action)
    return texts.t(
        "desk-history-line",
        when=texts.when(entry.created_at),
        actor=texts.actor(entry.actor),
        what=html_to_plain(what),
    )


def queue_line(texts: StaffTexts, case: CaseLine) -> str:
    text = texts.t(
        "desk-queue-line",
        id=case.id,
        level=html_to_plain(texts.level(level_for(case.priority, case.urgent))),
        category=html_to_plain(texts.category(case.category)),
        platform=texts.platform_names.get(case.platform, case.platform),
        account=clip(case.account, 64),
        tips=case.tip_count,
        status=html_to_plain(texts.status(case.status)),
    )
    if case.assignee is not None:
        text += " · " + texts.t("desk-queue-assignee", alias=case.assignee)
    return text


def queue_text(
    texts: StaffTexts, lines: Sequence[CaseLine], wanted: QueueFilter, page: int, more: bool
) -> tuple[str, ButtonRows]:
    filters = [
        html_to_plain(texts.status(wanted.status)) if wanted.status else "",
        texts.platform_names.get(wanted.platform, wanted.platform) if wanted.platform else "",
        html_to_plain(texts.category(wanted.category)) if wanted.category else "",
        texts.label("desk-queue-mine") if wanted.mine else "",
    ]
    shown = texts.listing([name for name in filters if name])
    heading = (
        texts.t("desk-queue-heading-filtered", filters=shown, page=page + 1)
        if shown
        else texts.t("desk-queue-heading", page=page + 1)
    )
    body = [queue_line(texts, case) for case in lines] or [texts.t("desk-queue-empty")]
    buttons: ButtonRows = ()
    payload = queue_payload(page + 1, wanted) if more else None
    if payload is not None:
        buttons = (((texts.label("desk-button-next"), payload),),)
    return "\n".join([heading, *body]), buttons


def found_text(texts: StaffTexts, account: str, results: Iterable[FoundCase]) -> str:
    lines = [
        queue_line(texts, found.case) + ("" if found.how == "account" else " " + texts.t("desk-find-named"))
        for found in results
    ]
    if not lines:
        return texts.t("desk-find-none", account=account)
    return "\n".join([texts.t("desk-find-heading", account=account), *lines])


def stats_text(texts: StaffTexts, stats: Stats) -> str:
    parts = [
        texts.t("desk-stats-heading", since=texts.when(stats.since), until=texts.when(stats.until)),
        texts.t("desk-stats-totals", cases=stats.cases, tips=stats.tips),
    ]
    for title, counts, name in (
        ("desk-stats-by-status", stats.by_status, texts.status),
        ("desk-stats-by-platform", stats.by_platform, lambda p: texts.platform_names.get(p, p)),
        ("desk-stats-by-category", stats.by_category, texts.category),
    ):
        shown = texts.listing(
            [
                html_to_plain(texts.t("desk-stats-count", name=html_to_plain(name(key)), count=count))
                for key, count in counts.items()
            ]
        )
        parts.append(texts.t("desk-stats-group", title=html_to_plain(texts.t(title)), counts=shown or "-"))
    if stats.median_first_action is None or stats.mean_first_action is None:
        parts.append(texts.t("desk-stats-no-action"))
    else:
        parts.append(
            texts.t(
                "desk-stats-first-action",
                median=html_to_plain(texts.duration(stats.median_first_action)),
                mean=html_to_plain(texts.duration(stats.mean_first_action)),
                acted=stats.acted_on,
                cases=stats.cases,
            )
        )
    return "\n".join(parts)


def team_text(texts: StaffTexts, volunteers: Sequence[VolunteerView]) -> str:
    lines = [
        texts.t(
            "desk-volunteer-line",
            alias=v.alias,
            role=html_to_plain(texts.role(v.role)),
            date=v.created_at.date().isoformat(),
            by=texts.actor(v.created_by),
        )
        for v in volunteers
    ]
    return "\n".join([texts.t("desk-volunteers-heading"), *(lines or [texts.t("desk-none")])])
