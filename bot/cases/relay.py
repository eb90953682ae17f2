"""Talking to reporters who agreed to it: volunteers' questions out, answers and news in between.

Only tips with consent and a contact token are reachable. The token is unsealed by the caller
(it holds the key) into a chat to feed an event to; neither side ever sees the other's identity.
An answer is accepted only from the chat whose pseudonym filed the tip the question was about,
and only once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import audit
from bot.cases.volunteers import Actor
from bot.cases.workflow import Refused, load_case, require
from bot.storage.models import RelayQuestionRow, Tip

MAX_QUESTION = 1000


@dataclass(frozen=True, slots=True)
class Reachable:
    """One reporter of a case who may be contacted: their latest consenting tip there."""

    tip_id: int
    reference: str
    reporter: str
    contact_token: str


@dataclass(frozen=True, slots=True)
class Asked:
    question_id: int
    reference: str
    contact_token: str


@dataclass(frozen=True, slots=True)
class Question:
    """A question as the turn sees it when its answer arrives."""

    question_id: int
    tip_id: int
    case_id: int
    reference: str
    reporter: str


async def reachable(session: AsyncSession, case_id: int) -> list[Reachable]:
    """One entry per consenting reporter of the case, with their latest consenting tip."""
    rows = (
        await session.execute(
            select(Tip.id, Tip.reference, Tip.reporter, Tip.contact_token)
            .where(Tip.case_id == case_id, Tip.contact_consent.is_(True), Tip.contact_token.is_not(None))
            .order_by(Tip.created_at, Tip.id)
        )
    ).all()
    latest: dict[str, Reachable] = {}
    for tip_id, reference, reporter, token in rows:  # oldest first: each reporter's latest tip wins
        if token is not None:
            latest[reporter] = Reachable(tip_id, reference, reporter, token)
    return list(latest.values())


async def ask(
    session: AsyncSession, actor: Actor, case_id: int, text: str, now: datetime, reference: str | None = None
) -> list[Asked]:
    """Record a question to every consenting reporter of the case (or the one who filed `reference`)."""
    require(actor, "ask")
    text = text.strip()
    if not text:
        raise Refused("empty_question")
    if len(text) > MAX_QUESTION:
        raise Refused("too_long", limit=MAX_QUESTION)
    case = await load_case(session, case_id)
    targets = await reachable(session, case.id)
    if reference is not None:
        targets = [target for target in targets if target.reference == reference]
        if not targets:
            owner = await session.scalar(select(Tip.case_id).where(Tip.reference == reference))
            if owner != case.id:
                raise Refused("no_tip", reference=reference)
    if not targets:
        raise Refused("no_consent", case=case.id)
    asked = []
    for target in targets:
        row = RelayQuestionRow(tip_id=target.tip_id, asked_by=actor.alias, created_at=now)
        session.add(row)
        await session.flush()
        asked.append(Asked(row.id, target.reference, target.contact_token))
    if case.first_action_at is None:
        case.first_action_at = now
    audit.record(session, case.id, actor.alias, "asked", now, text=text, tips=", ".join(a.reference for a in asked))
    return asked


async def question_for(session: AsyncSession, question_id: int, reporter: str) -> Question | None:
    """The open question `question_id` if it was put to `reporter` (a pseudonym), else None."""
    row = (
        await session.execute(
            select(RelayQuestionRow.id, Tip.id, Tip.case_id, Tip.reference, Tip.reporter)
            .join(Tip, Tip.id == RelayQuestionRow.tip_id)
            .where(RelayQuestionRow.id == question_id, RelayQuestionRow.answered_at.is_(None))
        )
    ).one_or_none()
    if row is None or row.reporter != reporter:
        return None
    return Question(*row)


async def record_answer(session: AsyncSession, question: Question, text: str, now: datetime) -> None:
    row = await session.get_one(RelayQuestionRow, question.question_id)
    row.answered_at = now
    audit.record(session, question.case_id, audit.REPORTER_ACTOR, "answered", now, tip=question.reference, text=text)


async def may_contact(session: AsyncSession, reporter: str, reference: str) -> bool:
    """Whether the reporter still agrees to be contacted about that tip (checked when news arrives)."""
    count = await session.scalar(
        select(func.count())
        .select_from(Tip)
        .where(Tip.reference == reference, Tip.reporter == reporter, Tip.contact_consent.is_(True))
    )
    return bool(count)
