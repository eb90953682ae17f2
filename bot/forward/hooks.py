"""Forwarding wired into what already happens: the reporter's turn (`turn.CaseHooks`) and the
desk's case changes (`desk.observers.ChangeObserver`), each event queued in that same transaction.

`ForwardHooks` wraps the hooks the turn already had (the desk), so the desk still posts its cards
and the charity's systems hear of the same tip; with no forwarding configured nothing is wrapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.followups import Answered
from bot.cases.relay import Question
from bot.cases.retention import ErasedTip
from bot.cases.tips import StoredTip
from bot.cases.workflow import Change
from bot.forward.emit import (
    emit_case_change,
    emit_followup_answered,
    emit_question_answered,
    emit_tip_erased,
    emit_tip_filed,
)
from bot.forward.queue import ForwardQueue
from bot.turn.hooks import CaseHooks

FORWARDED_ANSWERS = {"gone": "gone", "still": "still_there", "unsure": "unsure"}
"""A follow-up answer as the event schema names it (docs/forwarding/event.schema.json)."""


class ForwardHooks:
    """The turn's case hooks: the inner hooks first (the desk's card), then the events."""

    def __init__(self, queue: ForwardQueue, inner: CaseHooks | None = None) -> None:
        self.queue = queue
        self.inner = inner

    async def tip_filed(self, session: AsyncSession, tip: StoredTip, now: datetime) -> None:
        if self.inner is not None:
            await self.inner.tip_filed(session, tip, now)
        await emit_tip_filed(session, self.queue, tip, now)

    async def answer_received(self, session: AsyncSession, question: Question, text: str, now: datetime) -> None:
        if self.inner is not None:
            await self.inner.answer_received(session, question, text, now)
        await emit_question_answered(session, self.queue, question, text, now)

    async def follow_up_answered(self, session: AsyncSession, answered: Answered, now: datetime) -> None:
        if self.inner is not None:
            await self.inner.follow_up_answered(session, answered, now)
        if answered.reference is not None:
            answer = FORWARDED_ANSWERS[answered.answer]
            await emit_followup_answered(session, self.queue, answered.reference, answered.case_id, answer, now)

    async def tips_erased(self, session: AsyncSession, tips: Sequence[ErasedTip], now: datetime) -> None:
        if self.inner is not None:
            await self.inner.tips_erased(session, tips, now)
        for tip in tips:
            await emit_tip_erased(session, self.queue, tip.reference, tip.case_id, now)

    async def case_changed(self, session: AsyncSession, change: Change, now: datetime) -> None:
        """The desk's observer: a volunteer changed a case."""
        await emit_case_change(session, self.queue, change, now)
