"""Events as emails: one per event (threaded per case) or one digest, plain text and HTML, in the
staff language, every link defused, and nothing that could name a reporter (the events carry none).

Mail programs thread by the references: a case's first mail (its new-case mail) has the Message-ID
`<tipline.case-N@domain>` and every later mail about the case refers to it, with "#N" in the subject
for those that thread by subject.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from typing import Any

from bot.desk.words import StaffTexts
from bot.engine.replies import ParamValue
from bot.forward.defuse import defuse
from bot.i18n import html_to_plain

Row = tuple[str, str]
SUBJECT_CASES = 8
"""Case numbers a digest's subject lists before "…"."""


@dataclass(frozen=True, slots=True)
class Mail:
    subject: str
    plain: str
    html: str
    case_id: int | None = None
    opens_case: bool = False


class MailTexts:
    """The words of the mails, in the staff language: forward.ftl, and the desk's names of statuses,
    outcomes, categories and levels, so a mail says what the card says."""

    def __init__(self, staff: StaffTexts) -> None:
        self.staff = staff

    def t(self, key: str, **params: ParamValue) -> str:
        """Plain text (the locale texts are written for Telegram's HTML)."""
        return html_to_plain(self.staff.t(key, **params))

    def plain(self, rendered: str) -> str:
        return html_to_plain(rendered)

    def platform(self, platform: str) -> str:
        return self.staff.platform_names.get(platform, platform)


def _when(value: str | None) -> str:
    if not value:
        return "-"
    try:
        return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return value


def _case_rows(texts: MailTexts, case: Mapping[str, Any]) -> list[Row]:
    s = texts.staff
    rows = [
        (texts.t("forward-field-status"), texts.plain(s.status(case["status"]))),
        (texts.t("forward-field-level"), texts.plain(s.level(case["level"]))),
        (texts.t("forward-field-category"), texts.plain(s.category(case["category"]))),
        (texts.t("forward-field-platform"), texts.platform(case["platform"])),
        (texts.t("forward-field-account"), defuse(f"{case['account']} ({case['account_url']})")),
        (texts.t("forward-field-tips"), f"{case['tips']} · {texts.t('forward-field-reporters')}: {case['reporters']}"),
        (texts.t("forward-field-told"), texts.plain(s.yes_no(bool(case["platform_told"])))),
        (texts.t("forward-field-opened"), _when(case.get("opened_at"))),
    ]
    if case.get("assignee"):
        rows.append((texts.t("forward-field-assignee"), str(case["assignee"])))
    if case.get("outcome"):
        rows.append((texts.t("forward-field-outcome"), texts.plain(s.outcome(case["outcome"]))))
    if case.get("merged_into") is not None:
        rows.append((texts.t("forward-field-merged-into"), f"#{case['merged_into']}"))
    return rows


def _tip_rows(texts: MailTexts, tip: Mapping[str, Any]) -> list[Row]:
    s = texts.staff
    rows = [
        (texts.t("forward-field-reference"), str(tip["reference"])),
        (texts.t("forward-field-filed"), _when(tip.get("created_at"))),
        (texts.t("forward-field-category"), texts.plain(s.category(tip["category"]))),
        (texts.t("forward-field-accounts"), defuse(" ".join(tip["accounts"])) or "-"),
    ]
    if tip.get("related_accounts"):
        rows.append((texts.t("forward-field-related"), defuse(" ".join(tip["related_accounts"]))))
    rows += [
        (texts.t("forward-field-told"), texts.plain(s.told(tip.get("reported_to_platform")))),
        (texts.t("forward-field-danger"), texts.plain(s.yes_no(bool(tip["child_in_danger"])))),
        (texts.t("forward-field-country"), tip.get("country") or "-"),
        (texts.t("forward-field-language"), str(tip.get("language") or "-")),
        (texts.t("forward-field-consent"), texts.plain(s.yes_no(bool(tip["contact_consent"])))),
        (
            texts.t("forward-field-details"),
            defuse(tip["details"]) if tip.get("details") else texts.t("forward-details-withheld"),
        ),
    ]
    return rows


def _account(texts: MailTexts, case: Mapping[str, Any]) -> str:
    """ "Instagram bad.actor_01": the platform's name and the account, defused."""
    return defuse(f"{texts.platform(str(case.get('platform', '')))} {case.get('account', '')}".strip())


def _title(texts: MailTexts, event: Mapping[str, Any]) -> str:
    kind = event["kind"]
    case = event.get("case") or {}
    change = event.get("change") or {}
    tip = event.get("tip") or {}
    if kind == "tip.filed":
        if change.get("new_case"):
            return texts.t("forward-title-new-case", account=_account(texts, case))
        return texts.t("forward-title-tip", reference=tip.get("reference", ""))
    if kind == "case.opened":
        return texts.t("forward-title-new-case", account=_account(texts, case))
    if kind == "case.status_changed":
        return texts.t("forward-title-status", status=texts.plain(texts.staff.status(str(case.get("status")))))
    if kind == "case.closed":
        return texts.t("forward-title-closed", outcome=texts.plain(texts.staff.outcome(case.get("outcome"))))
    if kind == "case.merged":
        return texts.t("forward-title-merged", source=int(change.get("merged_case_id", 0)))
    if kind == "case.outcome_recorded":
        return texts.t("forward-title-outcome", outcome=str(change.get("platform_outcome", "")))
    if kind == "question.answered":
        return texts.t("forward-title-question", reference=str(change.get("reference", "")))
    if kind == "followup.answered":
        answer = texts.t(f"forward-followup-{change.get('answer', 'unsure')}")
        return texts.t("forward-title-followup", reference=str(change.get("reference", "")), answer=answer)
    if kind == "tip.erased":
        return texts.t("forward-title-erased", reference=str(tip.get("reference", "")))
    return str(kind)


def case_of(event: Mapping[str, Any]) -> int | None:
    case = event.get("case")
    if isinstance(case, Mapping) and case.get("case_id") is not None:
        return int(case["case_id"])
    tip = event.get("tip")
    if isinstance(tip, Mapping) and tip.get("case_id") is not None:
        return int(tip["case_id"])
    return None


@dataclass(frozen=True, slots=True)
class _Section:
    title: str
    blocks: list[tuple[str | None, list[Row]]]
    notes: list[str]


def _section(texts: MailTexts, event: Mapping[str, Any]) -> _Section:
    blocks: list[tuple[str | None, list[Row]]] = []
    notes: list[str] = []
    change = event.get("change") or {}
    if event["kind"] == "question.answered":
        text = change.get("answer_text")
        notes.append(defuse(text) if text else texts.t("forward-details-withheld"))
    if event["kind"] == "tip.erased":
        notes.append(texts.t("forward-erased-body", reference=str((event.get("tip") or {}).get("reference", ""))))
    if event.get("tip") and event["kind"] != "tip.erased":
        blocks.append((texts.t("forward-heading-tip"), _tip_rows(texts, event["tip"])))
    if event.get("case"):
        blocks.append(
            (texts.t("forward-heading-case", id=int(event["case"]["case_id"])), _case_rows(texts, event["case"]))
        )
    return _Section(_title(texts, event), blocks, notes)


def _plain(sections: Sequence[_Section], intro: str, footer: str) -> str:
    lines = [intro, ""] if intro else []
    for section in sections:
        lines += [section.title, "=" * min(len(section.title), 72)]
        lines += [*section.notes, ""] if section.notes else []
        for heading, rows in section.blocks:
            if heading:
                lines.append(heading)
            lines += [f"  {label}: {value}" for label, value in rows]
            lines.append("")
    lines += ["--", footer]
    return "\n".join(lines) + "\n"


def _html(sections: Sequence[_Section], intro: str, footer: str) -> str:
    e = html.escape
    parts = ['<!doctype html><html><body style="font-family:sans-serif">']
    if intro:
        parts.append(f"<p>{e(intro)}</p>")
    for section in sections:
        parts.append(f"<h2>{e(section.title)}</h2>")
        parts += [f"<p>{e(note)}</p>" for note in section.notes]
        for heading, rows in section.blocks:
            if heading:
                parts.append(f"<h3>{e(heading)}</h3>")
            parts.append("<table>")
            parts += [f'<tr><th align="left">{e(label)}</th><td>{e(value)}</td></tr>' for label, value in rows]
            parts.append("</table>")
    parts.append(f"<hr><p><small>{e(footer)}</small></p></body></html>")
    return "\n".join(parts)


def event_mail(texts: MailTexts, event: Mapping[str, Any]) -> Mail:
    section = _section(texts, event)
    case_id = case_of(event)
    subject = texts.t("forward-subject-case", id=case_id, title=section.title) if case_id else section.title
    opens = event["kind"] == "tip.filed" and bool((event.get("change") or {}).get("new_case"))
    footer = texts.t("forward-footer")
    return Mail(subject, _plain([section], "", footer), _html([section], "", footer), case_id, opens)


def digest_mail(texts: MailTexts, events: Sequence[Mapping[str, Any]]) -> Mail:
    sections = [_section(texts, event) for event in events]
    cases = sorted({case_id for event in events if (case_id := case_of(event)) is not None})
    listed = ", ".join(f"#{case_id}" for case_id in cases[:SUBJECT_CASES]) + (
        ", …" if len(cases) > SUBJECT_CASES else ""
    )
    subject = texts.t("forward-subject-digest", events=len(events), cases=len(cases), list=listed or "-")
    intro = texts.t("forward-digest-intro", events=len(events))
    footer = texts.t("forward-footer")
    return Mail(subject, _plain(sections, intro, footer), _html(sections, intro, footer))


def message(mail: Mail, sender: str, recipients: Sequence[str], now: datetime, message_id: str) -> EmailMessage:
    """The email itself: plain text first, HTML as the alternative; threading headers by case."""
    domain = parseaddr(sender)[1].rpartition("@")[2] or "tipline.invalid"
    msg = EmailMessage()
    msg["Subject"] = mail.subject
    msg["From"] = formataddr(("Tipline", parseaddr(sender)[1]))
    msg["To"] = ", ".join(recipients)
    msg["Date"] = format_datetime(now)
    msg["Auto-Submitted"] = "auto-generated"
    if mail.case_id is not None:
        thread = f"<tipline.case-{mail.case_id}@{domain}>"
        if mail.opens_case:
            msg["Message-ID"] = thread
        else:
            msg["Message-ID"] = f"<tipline.{message_id}@{domain}>"
            msg["In-Reply-To"] = thread
            msg["References"] = thread
    else:
        msg["Message-ID"] = f"<tipline.{message_id}@{domain}>"
    msg.set_content(mail.plain)
    msg.add_alternative(mail.html, subtype="html")
    return msg
