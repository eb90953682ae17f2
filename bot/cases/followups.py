"""Follow-ups: checking back with a reporter who agreed to it, once, with one reminder at most.

A follow-up is scheduled when the tip is filed (the reporter said yes to "may we check back?"),
asked by the scheduler (`bot.pipeline.scheduler`) after `TIPLINE_FOLLOW_UP_HOURS`, reminded once
after as long again, and then left to expire. It keeps the reporter's sealed contact token only
while it is open; `/stopcontact` cancels every open follow-up of the reporter at once.

An answer counts only from the reporter the follow-up was for (the pseudonym must match), only
while it is open, and only once: a forged or replayed button changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, get_args

from sqlalchemy import null, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import audit
from bot.cases.facts import reassess
from bot.storage.models import Case, FollowUp, ReportedAccount, Tip

Answer = Literal["gone", "still", "unsure"]
ANSWERS: tuple[Answer, ...] = get_args(Answer)
SCHEDULED, ASKED, REMINDED = "scheduled", "asked", "reminded"
ANSWERED, EXPIRED, CANCELLED, FAILED = "answered", "expired", "cancelled", "failed"
OPEN = (SCHEDULED, ASKED, REMINDED)
DID_NOT_ACT = "platform_did_not_act"
"""The audit action (and card line) when a reporter says the account is still there."""


@dataclass(frozen=True, slots=True)
class Due:
    """A follow-up the scheduler acts on now: `kind` says what to send."""

    follow_up_id: int
    kind: Literal["ask", "remind", "expire"]
    contact_token: str | None
    reference: str
    account: str
    platform: str
    young: bool


@dataclass(frozen=True, slots=True)
class Answered:
    """An accepted answer, with what the reply needs to point the reporter on."""

    follow_up_id: int
    case_id: int
    answer: Answer
    country: str | None
    category: str
    young: bool
    reference: str | None = None
    """The tip the follow-up was about (for the charity's own systems: `bot.forward`)."""


async def schedule(
    session: AsyncSession,
    *,
    tip_id: int,
    case_id: int,
    reporter: str,
    contact_token: str,
    category: str,
    country: str | None,
    now: datetime,
    after: timedelta,
    young: bool = False,
) -> int:
    """Schedule a check-back `after` from now (the reporter agreed); returns its id."""
    row = FollowUp(
        tip_id=tip_id,
        case_id=case_id,
        reporter=reporter,
        contact_token=contact_token,
        young=young,
        country=country,
        category=category,
        status=SCHEDULED,
        due_at=now + after,
        created_at=now,
    )
    session.add(row)
    await session.flush()
    return row.id


async def claim_due(session: AsyncSession, now: datetime, limit: int, *, postgres: bool) -> list[FollowUp]:
    """Open follow-ups whose time has come, locked (PostgreSQL: skipping those another process holds)."""
    query = (
        select(FollowUp)
        .where(FollowUp.status.in_(OPEN), FollowUp.due_at <= now)
        .order_by(FollowUp.due_at, FollowUp.id)
        .limit(limit)
    )
    if postgres:
        query = query.with_for_update(skip_locked=True)
    return list((await session.execute(query)).scalars().all())


async def advance(session: AsyncSession, rows: Sequence[FollowUp], now: datetime, remind_after: timedelta) -> list[Due]:
    """Move each claimed follow-up one step on (ask, remind, or expire) and say what to send."""
    if not rows:
        return []
    facts = await _tip_facts(session, [row.tip_id for row in rows])
    due: list[Due] = []
    for row in rows:
        reference, account, platform = facts.get(row.tip_id, ("", "", ""))
        if row.status == SCHEDULED:
            row.status, row.asked_at, row.due_at = ASKED, now, now + remind_after
            kind: Literal["ask", "remind", "expire"] = "ask"
        elif row.status == ASKED:
            row.status, row.reminded_at, row.due_at = REMINDED, now, now + remind_after
            kind = "remind"
        else:
            row.status, row.due_at, row.contact_token = EXPIRED, None, None
            kind = "expire"
        due.append(Due(row.id, kind, row.contact_token, reference, account, platform, row.young))
    return due


async def _tip_facts(session: AsyncSession, tip_ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """Each tip's reference, and its case's account link and platform (what the question names)."""
    rows = (
        await session.execute(
            select(Tip.id, Tip.reference, ReportedAccount.url, ReportedAccount.platform)
            .join(Case, Case.id == Tip.case_id)
            .join(ReportedAccount, ReportedAccount.id == Case.account_id)
            .where(Tip.id.in_(tip_ids))
        )
    ).all()
    return {tip_id: (reference, url, platform) for tip_id, reference, url, platform in rows}


async def mark_failed(session: AsyncSession, follow_up_id: int) -> None:
    """The token could not be unsealed (the key changed): nobody can be reached; stop trying."""
    await session.execute(
        update(FollowUp).where(FollowUp.id == follow_up_id).values(status=FAILED, due_at=null(), contact_token=null())
    )


async def is_open_for(session: AsyncSession, follow_up_id: int, reporter: str) -> bool:
    """Whether a queued question may still reach this reporter (checked when it is about to be sent)."""
    row = await session.get(FollowUp, follow_up_id)
    return row is not None and row.reporter == reporter and row.status in (ASKED, REMINDED)


async def cancel_for(session: AsyncSession, reporter: str, now: datetime) -> int:
    """`/stopcontact`: end every open follow-up of the reporter and forget how to reach them."""
    result = await session.execute(
        update(FollowUp)
        .where(FollowUp.reporter == reporter, FollowUp.status.in_(OPEN))
        .values(status=CANCELLED, due_at=null(), contact_token=null())
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


async def record_answer(
    session: AsyncSession, follow_up_id: int, reporter: str, answer: str, now: datetime
) -> Answered | None:
    """Accept the answer if it is this reporter's open follow-up; None (and nothing changed) otherwise."""
    if answer not in ANSWERS:
        return None
    row = (
        await session.execute(select(FollowUp).where(FollowUp.id == follow_up_id).with_for_update())
    ).scalar_one_or_none()
    if row is None or row.reporter != reporter or row.status not in (ASKED, REMINDED):
        return None
    row.status, row.answer, row.answered_at, row.due_at, row.contact_token = ANSWERED, answer, now, None, None
    reference = await session.scalar(select(Tip.reference).where(Tip.id == row.tip_id))
    audit.record(session, row.case_id, audit.REPORTER_ACTOR, "follow_up", now, tip=reference, answer=answer)
    if answer == "still":
        audit.record(session, row.case_id, audit.REPORTER_ACTOR, DID_NOT_ACT, now, tip=reference)
        case = await session.get_one(Case, row.case_id)
        note_still_up(case, now)
    return Answered(row.id, row.case_id, answer, row.country, row.category, row.young, reference)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Reporters' follow-up answers on one case, for its card and `/case`."""

    gone: int
    still: int
    unsure: int
    last_answer_at: datetime | None
    first_still_at: datetime | None

    @property
    def did_not_act(self) -> bool:
        return self.still > 0


async def evidence(session: AsyncSession, case_id: int) -> Evidence:
    rows = (
        await session.execute(
            select(FollowUp.answer, FollowUp.answered_at)
            .where(FollowUp.case_id == case_id, FollowUp.status == ANSWERED)
            .order_by(FollowUp.answered_at)
        )
    ).all()
    counts = {answer: sum(1 for row in rows if row.answer == answer) for answer in ANSWERS}
    still = [row.answered_at for row in rows if row.answer == "still"]
    return Evidence(
        gone=counts["gone"],
        still=counts["still"],
        unsure=counts["unsure"],
        last_answer_at=rows[-1].answered_at if rows else None,
        first_still_at=still[0] if still else None,
    )


def note_still_up(case: Case, seen_at: datetime | None, *, gone: bool = False) -> None:
    """Keep the latest time the account was seen still up (cleared once it is gone), and re-rank."""
    if gone:
        case.still_up_at = None
    elif seen_at is not None and (case.still_up_at is None or seen_at > case.still_up_at):
        case.still_up_at = seen_at
    reassess(case)
