"""What the platform did with a case's account: volunteers' checks, with when they checked.

A volunteer records `removed`, `restricted`, `still_up`, `refused` (the platform answered that it
breaks no rule) or `unknown`, with the time they looked (default: now). Only these checks count in
the platform statistics (`bot.cases.accountability`); reporters' follow-up answers are evidence
beside them (`bot.cases.followups.evidence`). Either kind of "still up" sets `cases.still_up_at`,
which raises the case's priority once it is a week after the first report (`bot.cases.priority`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal, get_args

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import audit
from bot.cases.followups import Evidence, evidence, note_still_up
from bot.cases.volunteers import Actor
from bot.cases.workflow import Change, Refused, load_case, require
from bot.storage.models import CaseOutcome

PlatformOutcome = Literal["removed", "restricted", "still_up", "refused", "unknown"]
PLATFORM_OUTCOMES: tuple[PlatformOutcome, ...] = get_args(PlatformOutcome)
VOLUNTEER, REPORTER = "volunteer", "reporter"


@dataclass(frozen=True, slots=True)
class Checked:
    outcome: str
    checked_at: datetime
    recorded_by: str


@dataclass(frozen=True, slots=True)
class AfterReport:
    """What the card and `/case` show about the platform: the latest check and reporters' answers."""

    latest: Checked | None
    evidence: Evidence


def parse_outcome(word: str) -> PlatformOutcome | None:
    word = word.strip().lower().replace("-", "_")
    return next((outcome for outcome in PLATFORM_OUTCOMES if outcome == word), None)


async def record(
    session: AsyncSession, actor: Actor, case_id: int, outcome: str, now: datetime, checked_at: datetime | None = None
) -> Change:
    """A volunteer's check of the platform. Refused for a check in the future or before the case."""
    require(actor, "status")
    if outcome not in PLATFORM_OUTCOMES:
        raise Refused("bad_outcome")
    case = await load_case(session, case_id)
    when = checked_at or now
    if when > now or when < case.created_at:
        raise Refused("bad_checked_at")
    session.add(
        CaseOutcome(
            case_id=case.id, outcome=outcome, checked_at=when, recorded_by=actor.alias, source=VOLUNTEER, created_at=now
        )
    )
    note_still_up(case, when if outcome == "still_up" else None, gone=outcome in ("removed", "restricted"))
    if case.first_action_at is None:
        case.first_action_at = now
    case.updated_at = now
    audit.record(session, case.id, actor.alias, "platform_outcome", now, outcome=outcome, checked=when.isoformat())
    return Change(case.id, "platform_outcome", (case.id,), detail={"outcome": outcome, "checked_at": when.isoformat()})


async def after_report(session: AsyncSession, case_id: int) -> AfterReport:
    row = (
        await session.execute(
            select(CaseOutcome.outcome, CaseOutcome.checked_at, CaseOutcome.recorded_by)
            .where(CaseOutcome.case_id == case_id)
            .order_by(CaseOutcome.checked_at.desc(), CaseOutcome.id.desc())
            .limit(1)
        )
    ).one_or_none()
    latest = Checked(*row) if row is not None else None
    return AfterReport(latest, await evidence(session, case_id))
