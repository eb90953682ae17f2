"""A case's card in the volunteer group: why it matters, the accounts, the latest tips, its buttons.

A card is edited in place as the case changes, so it is never split: user-supplied parts are clipped.
"""

from __future__ import annotations

from bot.cases.detail import CaseDetail, TipLine
from bot.cases.priority import Assessment
from bot.cases.queries import AccountLine
from bot.cases.status import OUTCOMES
from bot.desk.keys import (
    ACCOUNTS_ON_CARD,
    CARD_LIMIT,
    CERTAINTIES,
    DETAILS_ON_CARD,
    URL_ON_CARD,
    WORKING_STATUSES,
)
from bot.desk.messages import ButtonRows
from bot.desk.outcome_texts import card_lines, platform_outcome_button, why_still_up
from bot.desk.payloads import case_payload
from bot.desk.words import StaffTexts, clip
from bot.engine.replies import ParamValue
from bot.engine.state import AGE_RANGES, RISK_SIGNALS, SEEN_WHEN
from bot.i18n import html_to_plain
from bot.text import utf16_len


def why(texts: StaffTexts, assessment: Assessment) -> str:
    """ "URGENT: sexual imagery; 4 tips from 3 people in 2 days; the platform has not been told yet"."""
    parts = [
        texts.t("desk-why-head", level=texts.level(assessment.level), category=texts.category(assessment.category))
    ]
    counts: dict[str, ParamValue] = {"tips": assessment.tip_count, "people": assessment.reporter_count}
    if assessment.tip_count > 1:
        hours = assessment.span.total_seconds() / 3600
        span = (
            texts.t("desk-span-hours", hours=max(1, round(hours)))
            if hours < 48
            else texts.t("desk-span-days", days=round(hours / 24))
        )
        parts.append(texts.t("desk-why-count-span", **counts, span=html_to_plain(span)))
    else:
        parts.append(texts.t("desk-why-count", **counts))
    if assessment.child_in_danger:
        parts.append(texts.t("desk-why-danger"))
    parts.append(texts.t("desk-why-told" if assessment.platform_told else "desk-why-not-told"))
    still_up = why_still_up(texts, assessment)
    if still_up is not None:
        parts.append(still_up)
    text = parts[0]
    for part in parts[1:]:
        text = texts.t("desk-why-and", first=html_to_plain(text), then=html_to_plain(part))
    return text


def case_card(texts: StaffTexts, detail: CaseDetail) -> tuple[str, ButtonRows]:
    head = [
        texts.t(
            "desk-card-title",
            id=detail.id,
            level=html_to_plain(texts.level(detail.assessment.level)),
            status=html_to_plain(texts.status(detail.status)),
        )
    ]
    if detail.merged_into is not None:
        head.append(texts.t("desk-card-merged", into=detail.merged_into))
    elif detail.status == "closed":
        head.append(texts.t("desk-card-closed", outcome=html_to_plain(texts.outcome(detail.outcome))))
    if detail.assignee is not None:
        head.append(texts.t("desk-card-claimed", alias=detail.assignee))
    head.append(why(texts, detail.assessment))
    if detail.assessment.fresh_only and detail.assessment.tip_count > 0:
        head.append(texts.t("desk-card-fresh-only"))
    head.append(texts.t("desk-card-account", account=_account_text(texts, detail.account)))
    if detail.others:
        shown = texts.listing([_account_text(texts, a) for a in detail.others[:ACCOUNTS_ON_CARD]])
        head.append(texts.t("desk-card-others", accounts=shown))
        if len(detail.others) > ACCOUNTS_ON_CARD or detail.more_accounts:
            head.append(texts.t("desk-card-more-accounts", id=detail.id))
    head.append(
        texts.t(
            "desk-card-platform",
            platform=texts.platform_names.get(detail.platform, detail.platform),
            category=html_to_plain(texts.category(detail.assessment.category)),
        )
    )
    head.append(
        texts.t(
            "desk-card-tips",
            tips=html_to_plain(_count(texts, detail.assessment)),
            first=texts.when(detail.first_tip_at),
            last=texts.when(detail.last_tip_at),
        )
    )
    told = "yes" if detail.reporter_told else "us" if detail.assessment.platform_told else "not_yet"
    head.append(texts.t("desk-card-told", told=html_to_plain(texts.told(told))))
    head.append(texts.t("desk-card-contact", consenting=detail.consenting))
    head += card_lines(texts, detail.after)
    tips = [tip_text(texts, tip, DETAILS_ON_CARD) for tip in detail.latest]
    while tips and _length("\n".join([*head, *tips])) > CARD_LIMIT:
        tips.pop()
    text = "\n".join([*head, *([texts.t("desk-card-latest"), *tips] if tips else [])])
    if _length(text) > CARD_LIMIT:  # every user part is clipped, so only a pathological case gets here
        text = short_card(texts, detail)
    return text, card_buttons(texts, detail)


def _length(text: str) -> int:
    """As Telegram counts a message: the text after parsing, in UTF-16 units."""
    return utf16_len(html_to_plain(text))


def short_card(texts: StaffTexts, detail: CaseDetail) -> str:
    """The card when the full one would not fit: what the case is and how to read it in full."""
    return texts.t(
        "desk-card-short",
        id=detail.id,
        level=html_to_plain(texts.level(detail.assessment.level)),
        status=html_to_plain(texts.status(detail.status)),
        tips=detail.assessment.tip_count,
    )


def _account_text(texts: StaffTexts, account: AccountLine) -> str:
    text = f"{account.platform}:{account.canonical_id}"
    if account.url:
        text += f" ({clip(account.url, URL_ON_CARD)})"
    if account.certainty in CERTAINTIES:
        text += f" · {texts.label(f'desk-certainty-{account.certainty}')}"
    return text


def _count(texts: StaffTexts, assessment: Assessment) -> str:
    return texts.t("desk-why-count", tips=assessment.tip_count, people=assessment.reporter_count)


def tip_text(texts: StaffTexts, tip: TipLine, details_limit: int) -> str:
    line = texts.t(
        "desk-card-tip",
        reference=tip.reference,
        reporter=tip.reporter,
        reporter_tips=tip.reporter_tips,
        country=tip.country or "?",
        language=tip.language,
        reported=html_to_plain(texts.told(tip.reported_to_platform)),
        consent=html_to_plain(texts.yes_no(tip.contact_consent)),
    )
    lines = [line]
    if tip.self_report:
        lines.append(texts.t("desk-card-self-report"))
    if tip.abuse:
        lines.append(texts.t("desk-card-tip-abuse"))
    if tip.child_in_danger:
        lines.append(texts.t("desk-card-danger"))
    facts = hotline_facts(texts, tip)
    if facts:
        lines.append(" · ".join(facts))
    if tip.details:
        lines.append(texts.t("desk-card-details", details=clip(tip.details, details_limit)))
    else:
        lines.append(texts.t("desk-card-no-details"))
    return "\n".join(lines)


def hotline_facts(texts: StaffTexts, tip: TipLine) -> list[str]:
    """When it was seen, the apparent age, whether the reporter knows the child, risk signals: what
    NCMEC, CEOP and Cybertip.ca ask, as far as the reporter told us."""
    facts: list[str] = []
    if tip.seen_when == "date" and tip.seen_date:
        facts.append(texts.t("desk-fact-seen", when=clip(tip.seen_date, 40)))
    elif tip.seen_when in SEEN_WHEN and tip.seen_when != "date":
        facts.append(texts.t("desk-fact-seen", when=html_to_plain(texts.t(f"desk-seen-{tip.seen_when}"))))
    if tip.child_age in AGE_RANGES:
        facts.append(texts.t("desk-fact-age", age=html_to_plain(texts.t(f"desk-age-{tip.child_age}"))))
    if tip.knows_child is not None:
        facts.append(texts.t("desk-fact-knows", knows=html_to_plain(texts.yes_no(tip.knows_child))))
    risks = [html_to_plain(texts.t(f"desk-risk-{risk}")) for risk in tip.risks if risk in RISK_SIGNALS]
    if risks:
        facts.append(texts.t("desk-fact-risks", risks=texts.listing(risks)))
    return facts  # HTML, each value escaped by `texts.t`


def card_buttons(texts: StaffTexts, detail: CaseDetail) -> ButtonRows:
    if detail.merged_into is not None:
        return ()
    details = (texts.label("desk-button-details"), case_payload("view", detail.id))
    if detail.status == "closed":
        return (((texts.label("desk-button-reopen"), case_payload("reopen", detail.id)), details),)
    claim = (
        (texts.label("desk-button-unclaim"), case_payload("unclaim", detail.id))
        if detail.assignee is not None
        else (texts.label("desk-button-claim"), case_payload("claim", detail.id))
    )
    statuses = tuple(
        (texts.label(f"desk-button-{status}"), case_payload("status", detail.id, status))
        for status in WORKING_STATUSES
        if status != detail.status
    )
    close = (
        (texts.label("desk-button-close"), case_payload("close", detail.id)),
        platform_outcome_button(texts, detail.id),
        (texts.label("desk-button-abuse"), case_payload("abuse", detail.id)),
    )
    return ((claim, details), statuses, close)


def outcome_buttons(texts: StaffTexts, case_id: int) -> ButtonRows:
    buttons = [
        (texts.label(f"desk-button-outcome-{outcome}"), case_payload("outcome", case_id, outcome))
        for outcome in OUTCOMES
    ]
    return (tuple(buttons[:2]), tuple(buttons[2:]))
