"""The events Tipline forwards, version 1: what each kind carries, built from the database.

The same fields as the export (bot/cases/export.py), minus anything that could lead back to a
reporter: no chat, no pseudonym, no contact token, not even the export's per-file alias (an alias
that stayed the same from event to event would follow one person across cases). What the reporter
typed (`details`, answers) is included only when the destination's setting allows it.
docs/forwarding/event.schema.json is the contract; tests validate every kind against it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.priority import level_for
from bot.storage.models import Case, ReportedAccount, Tip, TipAccount, Volunteer

VERSION: Final = 1

Kind = Literal[
    "tip.filed",
    "case.opened",
    "case.status_changed",
    "case.closed",
    "case.merged",
    "case.outcome_recorded",
    "question.answered",
    "followup.answered",
    "tip.erased",
]
KINDS: tuple[Kind, ...] = (
    "tip.filed",
    "case.opened",
    "case.status_changed",
    "case.closed",
    "case.merged",
    "case.outcome_recorded",
    "question.answered",
    "followup.answered",
    "tip.erased",
)
FREE_TEXT_FIELDS: Final = (("tip", "details"), ("change", "answer_text"))
"""Where an event carries words a reporter typed: removed for a destination that may not have them."""


@dataclass(frozen=True, slots=True)
class Event:
    """One event, before it is queued for each destination."""

    id: str
    kind: Kind
    occurred_at: datetime
    body: dict[str, Any]
    reference: str | None = None
    """The tip it is about, if one (an erasure redacts queued events of that tip by it)."""

    def payload(self, *, free_text: bool) -> dict[str, Any]:
        """The JSON object a destination receives; without the reporter's own words unless allowed."""
        document: dict[str, Any] = {
            "version": VERSION,
            "id": self.id,
            "kind": self.kind,
            "occurred_at": iso(self.occurred_at),
        }
        for key, value in self.body.items():
            document[key] = dict(value) if isinstance(value, dict) else value
        if not free_text:
            withhold(document)
        return document


def withhold(document: dict[str, Any]) -> None:
    """Blank the reporter's own words in an event (null, so the field's meaning stays documented)."""
    for part, field in FREE_TEXT_FIELDS:
        section = document.get(part)
        if isinstance(section, dict) and section.get(field) is not None:
            section[field] = None


def new_event(kind: Kind, occurred_at: datetime, reference: str | None = None, **body: Any) -> Event:
    if occurred_at.tzinfo is None:
        raise ValueError("events need timezone-aware times")
    return Event(str(uuid.uuid4()), kind, occurred_at, body, reference)


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


async def case_fields(session: AsyncSession, case_id: int) -> dict[str, Any] | None:
    """The case as the export's cases table has it (the volunteer's alias, never a Telegram id)."""
    query = (
        select(Case, ReportedAccount.canonical_id, ReportedAccount.url, Volunteer.alias)
        .join(ReportedAccount, ReportedAccount.id == Case.account_id)
        .outerjoin(Volunteer, Volunteer.id == Case.assignee_id)
        .where(Case.id == case_id)
    )
    row = (await session.execute(query)).one_or_none()
    if row is None:
        return None
    case: Case = row[0]
    return {
        "case_id": case.id,
        "status": case.status,
        "outcome": case.outcome,
        "priority": case.priority,
        "level": level_for(case.priority, case.urgent),
        "category": case.category,
        "platform": case.platform,
        "account": row.canonical_id,
        "account_url": row.url,
        "tips": case.tip_count,
        "reporters": case.reporter_count,
        "first_tip_at": iso(case.first_tip_at),
        "last_tip_at": iso(case.last_tip_at),
        "platform_told": case.platform_told,
        "assignee": row.alias,
        "merged_into": case.merged_into_id,
        "opened_at": iso(case.created_at),
    }


async def tip_fields(session: AsyncSession, tip_id: int) -> dict[str, Any] | None:
    """The tip as the export's tips table has it, minus the reporter alias; accounts as lists."""
    tip = await session.get(Tip, tip_id)
    if tip is None:
        return None
    accounts = (
        await session.execute(
            select(TipAccount.role, ReportedAccount.platform, ReportedAccount.canonical_id)
            .join(ReportedAccount, ReportedAccount.id == TipAccount.account_id)
            .where(TipAccount.tip_id == tip_id)
            .order_by(ReportedAccount.id)
        )
    ).all()
    return {
        "reference": tip.reference,
        "case_id": tip.case_id,
        "created_at": iso(tip.created_at),
        "category": tip.category,
        "platform": tip.platform,
        "accounts": [f"{a.platform}:{a.canonical_id}" for a in accounts if a.role != "related"],
        "related_accounts": [f"{a.platform}:{a.canonical_id}" for a in accounts if a.role == "related"],
        "reported_to_platform": tip.reported_to_platform,
        "child_in_danger": tip.child_in_danger,
        "urgent": tip.urgent,
        "country": tip.country,
        "language": tip.language,
        "details": tip.details,
        "contact_consent": tip.contact_consent,
    }
