"""A tip marked as abuse by a volunteer: the reporter blocked, the tip out of the case's priority.

Floods of fake reports are how a tipline is buried. One volunteer's decision, audited on the case
and reversible (`unblock`), never told to the reporter: telling would teach whoever runs the farm
which accounts to replace. The blocked reporter's later tips are kept aside (`submit_tip(aside=…)`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import audit, limits
from bot.cases.facts import refresh
from bot.cases.reference import normalise_reference
from bot.cases.volunteers import Actor
from bot.cases.workflow import Change, Refused, load_case, require
from bot.storage.models import Tip

MAX_RESTORED_CASES = 50
"""Cards redrawn at most when a block is lifted (the rest are right the next time they change)."""


async def _tip(session: AsyncSession, text: str) -> Tip:
    reference = normalise_reference(text)
    if reference is None:
        raise Refused("bad_reference", reference=text.strip()[:20] or "?")
    tip = (await session.execute(select(Tip).where(Tip.reference == reference).with_for_update())).scalar_one_or_none()
    if tip is None:
        raise Refused("unknown_tip", reference=reference)
    return tip


async def mark_abuse(session: AsyncSession, actor: Actor, reference: str, now: datetime) -> Change:
    """Mark the tip as abuse and block its reporter; the case is scored again without it."""
    require(actor, "status")
    tip = await _tip(session, reference)
    if tip.abuse:
        raise Refused("already_abuse", reference=tip.reference)
    case = await load_case(session, tip.case_id)
    tip.abuse = True
    await limits.block(session, tip.reporter, actor.alias, now)
    await session.flush()
    await refresh(session, case)
    case.updated_at = now
    audit.record(session, case.id, actor.alias, "abuse_marked", now, tip=tip.reference)
    return Change(case.id, "abuse_marked", (case.id,), detail={"tip": tip.reference})


async def lift_block(session: AsyncSession, actor: Actor, reference: str, now: datetime) -> Change:
    """Undo `mark_abuse`: the reporter may file again, and every tip of theirs kept aside counts again."""
    require(actor, "status")
    tip = await _tip(session, reference)
    lifted = await limits.unblock(session, tip.reporter, now)
    aside = (
        (await session.execute(select(Tip).where(Tip.reporter == tip.reporter, Tip.abuse.is_(True)).with_for_update()))
        .scalars()
        .all()
    )
    if not lifted and not aside:
        raise Refused("not_blocked", reference=tip.reference)
    cases: list[int] = []
    for restored in aside:
        restored.abuse = False
        if restored.case_id not in cases:
            cases.append(restored.case_id)
    await session.flush()
    for case_id in cases:
        case = await load_case(session, case_id)
        await refresh(session, case)
        case.updated_at = now
        audit.record(session, case_id, actor.alias, "abuse_lifted", now, tip=tip.reference)
    if not cases:
        audit.record(session, tip.case_id, actor.alias, "abuse_lifted", now, tip=tip.reference)
    return Change(tip.case_id, "abuse_lifted", tuple(cases[:MAX_RESTORED_CASES]), detail={"tip": tip.reference})
