"""Turning what happened into events and queueing them, inside the transaction where it happened.

The callers: the reporter's turn (a tip filed, an answer to a volunteer's question) through
`ForwardHooks`, the desk after each case change, and (wired at merge) the follow-up and the
erasure of a tip. Each function reads the case and tip as they are now, in the same session, so
the event says what the transaction is about to commit.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.relay import Question
from bot.cases.tips import StoredTip
from bot.cases.workflow import Change
from bot.forward.events import Event, case_fields, new_event, tip_fields
from bot.forward.queue import ForwardQueue, redact_reference

FOLLOW_UP_ANSWERS = ("gone", "still_there", "unsure")
"""What a reporter can say when asked whether the account is still there (issue 16)."""


async def emit_tip_filed(session: AsyncSession, queue: ForwardQueue, tip: StoredTip, now: datetime) -> list[Event]:
    """A new tip: `case.opened` first when it opened its case, then `tip.filed`."""
    if not queue:
        return []
    case = await case_fields(session, tip.case_id)
    fields = await tip_fields(session, tip.tip_id)
    if case is None or fields is None:
        return []
    events = []
    if tip.new_case:
        events.append(new_event("case.opened", now, tip.reference, case=case, change={"first_tip": tip.reference}))
    events.append(new_event("tip.filed", now, tip.reference, case=case, tip=fields, change={"new_case": tip.new_case}))
    await queue.put(session, events, now)
    return events


async def emit_case_change(session: AsyncSession, queue: ForwardQueue, change: Change, now: datetime) -> list[Event]:
    """A volunteer's change to a case, when it is one the charity's systems follow: the status moved
    (a claim that started the work, a status, a reopening), the case closed, or two cases merged.
    Notes and links stay on the desk: notes are volunteers' working words."""
    if not queue:
        return []
    event = await _change_event(session, change, now)
    if event is None:
        return []
    await queue.put(session, [event], now)
    return [event]


async def _change_event(session: AsyncSession, change: Change, now: datetime) -> Event | None:
    case = await case_fields(session, change.case_id)
    if case is None:
        return None
    status = change.detail.get("status")
    if change.action == "platform_outcome":
        return _outcome_event(case, str(change.detail["outcome"]), str(change.detail["checked_at"]), now)
    if change.action == "merged":
        source = int(change.detail["source"])
        return new_event(
            "case.merged",
            now,
            case=case,
            change={"merged_case_id": source, "merged_case": await case_fields(session, source)},
        )
    if change.action == "status" and status == "closed":
        return new_event("case.closed", now, case=case, change={"action": "status", "outcome": case["outcome"]})
    if change.action in ("status", "claimed", "reopened") and (status is not None or change.action == "reopened"):
        return new_event(
            "case.status_changed", now, case=case, change={"action": change.action, "status": case["status"]}
        )
    return None


async def emit_question_answered(
    session: AsyncSession, queue: ForwardQueue, question: Question, text: str, now: datetime
) -> list[Event]:
    """A reporter answered a volunteer's question; the answer's words only where free text may go."""
    if not queue:
        return []
    change: dict[str, Any] = {"question_id": question.question_id, "reference": question.reference, "answer_text": text}
    event = new_event(
        "question.answered", now, question.reference, case=await case_fields(session, question.case_id), change=change
    )
    await queue.put(session, [event], now)
    return [event]


async def emit_followup_answered(
    session: AsyncSession, queue: ForwardQueue, reference: str, case_id: int, answer: str, now: datetime
) -> list[Event]:
    """A reporter answered the follow-up (is the account still there?). For the follow-up (issue 16)
    to call in the transaction that records the answer."""
    if answer not in FOLLOW_UP_ANSWERS:
        raise ValueError(f"a follow-up answer is one of {', '.join(FOLLOW_UP_ANSWERS)}, not {answer!r}")
    if not queue:
        return []
    event = new_event(
        "followup.answered",
        now,
        reference,
        case=await case_fields(session, case_id),
        change={"reference": reference, "answer": answer},
    )
    await queue.put(session, [event], now)
    return [event]


async def emit_outcome_recorded(
    session: AsyncSession, queue: ForwardQueue, case_id: int, platform_outcome: str, checked_at: datetime, now: datetime
) -> list[Event]:
    """A volunteer recorded what the platform did about the account (issue 16's `/outcome`)."""
    if not queue:
        return []
    event = _outcome_event(await case_fields(session, case_id), platform_outcome, checked_at.isoformat(), now)
    await queue.put(session, [event], now)
    return [event]


def _outcome_event(case: Any, platform_outcome: str, checked_at: str, now: datetime) -> Event:
    change = {"platform_outcome": platform_outcome, "checked_at": checked_at}
    return new_event("case.outcome_recorded", now, case=case, change=change)


async def emit_tip_erased(
    session: AsyncSession, queue: ForwardQueue, reference: str, case_id: int | None, now: datetime
) -> list[Event]:
    """A tip was erased (issue 12's `tipline tips erase`, a reporter's `/forget`): the charity's
    systems are told to erase their copy, and events of the tip not yet delivered lose its words.
    Call it in the erasure's transaction; it redacts queued events even with forwarding now off."""
    await redact_reference(session, reference)
    if not queue:
        return []
    event = new_event("tip.erased", now, reference, tip={"reference": reference, "case_id": case_id})
    await queue.put(session, [event], now)
    return [event]
