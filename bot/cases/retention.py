"""Retention and erasure: what Tipline forgets on its own after a while, and on request.

- An unfinished report (a draft) is deleted `draft_ttl` after the person last wrote; the
  conversation keeps only their language and country, and tells them if they come back.
- A conversation idle for `conversation_idle` is deleted altogether.
- `case_retention` after a case was closed (and left unchanged), its tips lose their free text and
  contact tokens, its relayed questions are deleted and the texts of its notes, questions and
  answers are erased from the audit trail. Counts, categories, platforms and dates stay, for
  statistics.
- A reporter's `/forget`, `tipline reporter forget` and `tipline tips erase` do the same at once
  for one person or one tip, and are audited without saying who.

Every step is an idempotent row-level statement, so several processes may purge at once; on
PostgreSQL an advisory lock lets one of them do it while the others skip the round.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import followups, limits
from bot.engine.state import Answers, ConversationState
from bot.storage.conversations import CONVERSATIONS, GRAIN, state_of
from bot.storage.models import Case, CaseEvent, DeskEvent, FollowUp, RelayQuestionRow, Tip

PURGE_LOCK = 0x7469706C696E65  # "tipline": one PostgreSQL advisory lock for the purge
FREE_TEXT_ACTIONS = ("asked", "answered", "note")
"""Audit entries whose detail holds free text (a question, an answer, a note)."""
FORGOTTEN_PREFIX = "x"
"""Erased tips get a random reporter starting with this: no pseudonym (32 hex digits) starts so."""


@dataclass(frozen=True)
class Retention:
    draft_ttl: timedelta = timedelta(hours=24)
    conversation_idle: timedelta = timedelta(days=30)
    case_retention: timedelta = timedelta(days=365)

    def privacy_params(self) -> dict[str, int]:
        """The periods as the privacy text states them (whole hours and days, rounded up)."""
        return {
            "draft_hours": _whole(self.draft_ttl / timedelta(hours=1)),
            "idle_days": _whole(self.conversation_idle / timedelta(days=1)),
            "retention_days": _whole(self.case_retention / timedelta(days=1)),
        }


def _whole(value: float) -> int:
    return max(1, int(-(-value // 1)))


@dataclass(frozen=True)
class ErasedTip:
    """A tip whose words were erased: what the desk and the charity's own systems are told."""

    reference: str
    case_id: int


@dataclass
class Counts:
    """Rows deleted or changed, table by table (what `tipline purge` prints); and, for an erasure,
    which tips were erased (the forwarding tells the charity's systems to erase their copies)."""

    by_table: dict[str, int] = field(default_factory=dict)
    tips: list[ErasedTip] = field(default_factory=list)

    def add(self, table: str, count: int) -> None:
        if count:
            self.by_table[table] = self.by_table.get(table, 0) + count

    def merge(self, other: Counts) -> None:
        for table, count in other.by_table.items():
            self.add(table, count)

    @property
    def total(self) -> int:
        return sum(self.by_table.values())


def has_draft(state: ConversationState) -> bool:
    """Something of a report under way: answers, or a question pending."""
    return state.answers != Answers() or state.pending is not None or state.answering is not None


def kept_after_draft(state: ConversationState) -> ConversationState:
    return ConversationState(profile=state.profile)


# ---- the purge -----------------------------------------------------------------------------------


async def purge(session: AsyncSession, now: datetime, retention: Retention) -> Counts | None:
    """One purge round in the caller's transaction; None when another process is purging now."""
    if session.get_bind().dialect.name == "postgresql":
        locked = await session.scalar(select(func.pg_try_advisory_xact_lock(PURGE_LOCK)))
        if not locked:
            return None
    counts = Counts()
    counts.add("conversations (drafts expired)", await _expire_drafts(session, now - retention.draft_ttl - GRAIN))
    idle = delete(CONVERSATIONS).where(CONVERSATIONS.c.updated_at < now - retention.conversation_idle - GRAIN)
    counts.add("conversations (idle, deleted)", _rows(await session.execute(idle)))
    closed = select(Case.id).where(Case.status == "closed", Case.updated_at < now - retention.case_retention)
    counts.merge(await _redact_cases(session, closed))
    return counts


async def _expire_drafts(session: AsyncSession, cutoff: datetime) -> int:
    """Conversations idle since before `cutoff` keep only the person's language and country."""
    rows = (
        await session.execute(
            select(CONVERSATIONS.c.chat_key, CONVERSATIONS.c.state).where(CONVERSATIONS.c.updated_at < cutoff)
        )
    ).all()
    changed = 0
    for chat_key, data in rows:
        state = state_of(data)
        kept = kept_after_draft(state)
        if state == kept:
            continue
        await session.execute(
            update(CONVERSATIONS)
            .where(CONVERSATIONS.c.chat_key == chat_key)
            .values(
                state=kept.model_dump(mode="json"),
                version=CONVERSATIONS.c.version + 1,
                draft_expired=has_draft(state),
            )
        )
        changed += 1
    return changed


async def _redact_cases(session: AsyncSession, case_ids: Any) -> Counts:
    counts = Counts()
    tip_ids = select(Tip.id).where(Tip.case_id.in_(case_ids))
    counts.add("tips (free text and contact erased)", await _redact_tip_rows(session, Tip.id.in_(tip_ids)))
    gone = delete(RelayQuestionRow).where(RelayQuestionRow.tip_id.in_(tip_ids))
    counts.add("relay_questions (deleted)", _rows(await session.execute(gone)))
    counts.add("follow_ups (ended, contact erased)", await _end_follow_ups(session, FollowUp.tip_id.in_(tip_ids)))
    events = CaseEvent.case_id.in_(case_ids) & CaseEvent.action.in_(FREE_TEXT_ACTIONS)
    counts.add("case_events (texts erased)", await _erase_event_texts(session, events))
    return counts


async def _redact_tip_rows(session: AsyncSession, which: Any) -> int:
    erasable = (
        Tip.details.is_not(None)
        | Tip.contact_token.is_not(None)
        | Tip.contact_consent.is_(True)
        | Tip.seen_date.is_not(None)
    )
    result = await session.execute(
        update(Tip)
        .where(which, erasable)
        .values(details=None, contact_token=None, contact_consent=False, seen_date=None)
    )
    return _rows(result)


async def _end_follow_ups(session: AsyncSession, which: Any) -> int:
    """Open follow-ups of these tips are cancelled, and no follow-up keeps a way to reach anyone;
    answers already given stay (the card and statistics count them)."""
    cancelled = await session.execute(
        update(FollowUp)
        .where(which, FollowUp.status.in_(followups.OPEN))
        .values(status=followups.CANCELLED, due_at=None, contact_token=None)
    )
    tokens = await session.execute(
        update(FollowUp).where(which, FollowUp.contact_token.is_not(None)).values(contact_token=None)
    )
    return _rows(cancelled) + _rows(tokens)


async def _erase_event_texts(session: AsyncSession, which: Any, only: Iterable[str] | None = None) -> int:
    """Drop the free text of audit entries (keeping what happened and when); `only`: just the
    entries about these tip references (an answer names its tip)."""
    references = None if only is None else set(only)
    rows = (await session.execute(select(CaseEvent.id, CaseEvent.detail).where(which))).all()
    changed = 0
    for event_id, detail in rows:
        if "text" not in detail:
            continue
        if references is not None and detail.get("tip") not in references:
            continue
        kept = {key: value for key, value in detail.items() if key != "text"} | {"erased": True}
        await session.execute(update(CaseEvent).where(CaseEvent.id == event_id).values(detail=kept))
        changed += 1
    return changed


def _rows(result: Any) -> int:
    return int(result.rowcount or 0)


# ---- erasure on request ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Erased:
    tips: int
    cases: int
    counts: Counts


async def erase_tips(session: AsyncSession, tip_ids: Sequence[int]) -> Counts:
    """The tips' free text, contact tokens, relayed questions and answers erased; each tip gets a
    reporter of its own, so nothing links it to the person or to their other tips any more."""
    counts = Counts()
    if not tip_ids:
        return counts
    rows = (await session.execute(select(Tip.id, Tip.reference, Tip.case_id).where(Tip.id.in_(tip_ids)))).all()
    counts.add("tips (free text and contact erased)", await _redact_tip_rows(session, Tip.id.in_(tip_ids)))
    counts.add("follow_ups (ended, contact erased)", await _end_follow_ups(session, FollowUp.tip_id.in_(tip_ids)))
    for tip_id, _reference, _case in rows:
        unlinked = _unlinked_reporter()
        await session.execute(update(Tip).where(Tip.id == tip_id).values(reporter=unlinked))
        await session.execute(update(FollowUp).where(FollowUp.tip_id == tip_id).values(reporter=unlinked))
    gone = delete(RelayQuestionRow).where(RelayQuestionRow.tip_id.in_(tip_ids))
    counts.add("relay_questions (deleted)", _rows(await session.execute(gone)))
    counts.tips.extend(ErasedTip(reference, case_id) for _tip, reference, case_id in rows)
    cases = {case_id for _tip, _reference, case_id in rows}
    events = CaseEvent.case_id.in_(cases) & CaseEvent.action.in_(("answered",))
    counts.add(
        "case_events (texts erased)",
        await _erase_event_texts(session, events, only=[reference for _tip, reference, _case in rows]),
    )
    return counts


def _unlinked_reporter() -> str:
    return FORGOTTEN_PREFIX + secrets.token_hex(15)


async def erase_tip(session: AsyncSession, reference: str, actor: str, now: datetime) -> Counts | None:
    """`tipline tips erase`: one tip. None for an unknown reference."""
    tip = (await session.execute(select(Tip.id, Tip.case_id).where(Tip.reference == reference))).one_or_none()
    if tip is None:
        return None
    counts = await erase_tips(session, [tip.id])
    session.add(
        CaseEvent(case_id=tip.case_id, actor=actor, action="tip_erased", detail={"tip": reference}, created_at=now)
    )
    _audit(session, actor, "tip_erased", now, tips=1, cases=1)
    return counts


async def forget_reporter(session: AsyncSession, pseudonym: str, actor: str, now: datetime) -> Erased:
    """Everything of one reporter: their conversation deleted, their tips erased (`erase_tips`).
    Audited with how many tips and cases, never which."""
    rows = (await session.execute(select(Tip.id, Tip.case_id).where(Tip.reporter == pseudonym))).all()
    await limits.note_forgotten(session, pseudonym, now)
    counts = await erase_tips(session, [tip_id for tip_id, _case in rows])
    conversation = delete(CONVERSATIONS).where(CONVERSATIONS.c.chat_key == pseudonym)
    counts.add("conversations (deleted)", _rows(await session.execute(conversation)))
    erased = Erased(tips=len(rows), cases=len({case_id for _tip, case_id in rows}), counts=counts)
    _audit(session, actor, "reporter_forgotten", now, tips=erased.tips, cases=erased.cases)
    return erased


async def reporter_of(session: AsyncSession, reference: str) -> str | None:
    """The pseudonym that filed a tip (None for an unknown reference)."""
    return await session.scalar(select(Tip.reporter).where(Tip.reference == reference))


def _audit(session: AsyncSession, actor: str, action: str, now: datetime, **detail: int) -> None:
    session.add(DeskEvent(actor=actor, action=action, detail=dict(detail), created_at=now))
