"""What volunteers do to cases: claim, note, set a status, close, merge, link, reopen.

Each function takes the `Actor` read from the database for this very action, checks the role
first, then the case's state, and writes one audit row per change. A refusal is a `Refused` with a
reason the desk can show; nothing is changed then. Payloads pressed twice or out of date (claim a
case already yours, close a closed case) are refusals too, so replaying a button does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import audit
from bot.cases.facts import reassess, refresh
from bot.cases.network import link
from bot.cases.status import OUTCOMES, STATUSES, reporter_status_key
from bot.cases.tips import upsert_account
from bot.cases.volunteers import Action, Actor
from bot.engine.state import AccountAnswer
from bot.storage.models import Case, RelayQuestionRow, ReportedAccount, Tip, Volunteer

NOTIFY_STATUSES = frozenset({"reported_to_platform", "closed"})
"""Changes a reporter who agreed to be contacted is told about."""
MAX_NOTE = 2000


class Refused(Exception):
    """The action was not done. `reason` picks the message; `params` never name a reporter."""

    def __init__(self, reason: str, **params: str | int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


@dataclass(frozen=True)
class Change:
    """What an action changed: the cases whose cards need redrawing, and news for reporters."""

    case_id: int
    action: str
    cards: tuple[int, ...]
    reporter_status: str | None = None
    """A reporter-facing status key, when reporters who consented should be told."""
    detail: dict[str, str | int] = field(default_factory=dict)


def require(actor: Actor, action: Action) -> None:
    if not actor.may(action):
        raise Refused("not_allowed")


async def load_case(session: AsyncSession, case_id: int) -> Case:
    case = (await session.execute(select(Case).where(Case.id == case_id).with_for_update())).scalar_one_or_none()
    if case is None:
        raise Refused("no_case", case=case_id)
    return case


async def _guard_claimed(session: AsyncSession, actor: Actor, case: Case) -> None:
    """A case someone else claimed is theirs to work; coordinators may step in."""
    if case.assignee_id not in (None, actor.volunteer_id) and not actor.may("take_over"):
        alias = await session.scalar(select(Volunteer.alias).where(Volunteer.id == case.assignee_id))
        raise Refused("claimed_by", alias=alias or "?")


def _open(case: Case) -> None:
    if case.status == "closed":
        if case.merged_into_id is not None:
            raise Refused("merged", case=case.id, into=case.merged_into_id)
        raise Refused("closed", case=case.id)


def _touch(case: Case, now: datetime) -> None:
    case.updated_at = now
    if case.first_action_at is None:
        case.first_action_at = now


async def claim(session: AsyncSession, actor: Actor, case_id: int, now: datetime) -> Change:
    require(actor, "claim")
    case = await load_case(session, case_id)
    _open(case)
    if case.assignee_id == actor.volunteer_id:
        raise Refused("already_yours", case=case.id)
    await _guard_claimed(session, actor, case)
    case.assignee_id = actor.volunteer_id
    started = case.status == "new"
    if started:
        case.status = "in_progress"
    _touch(case, now)
    audit.record(session, case.id, actor.alias, "claimed", now, status="in_progress" if started else None)
    return Change(case.id, "claimed", (case.id,), detail={"status": "in_progress"} if started else {})


async def unclaim(session: AsyncSession, actor: Actor, case_id: int, now: datetime) -> Change:
    require(actor, "unclaim")
    case = await load_case(session, case_id)
    _open(case)
    if case.assignee_id is None:
        raise Refused("not_claimed", case=case.id)
    await _guard_claimed(session, actor, case)
    case.assignee_id = None
    _touch(case, now)
    audit.record(session, case.id, actor.alias, "unclaimed", now)
    return Change(case.id, "unclaimed", (case.id,))


async def add_note(session: AsyncSession, actor: Actor, case_id: int, text: str, now: datetime) -> Change:
    require(actor, "note")
    text = text.strip()
    if not text:
        raise Refused("empty_note")
    if len(text) > MAX_NOTE:
        raise Refused("too_long", limit=MAX_NOTE)
    case = await load_case(session, case_id)
    _touch(case, now)
    audit.record(session, case.id, actor.alias, "note", now, text=text)
    return Change(case.id, "note", ())


async def set_status(
    session: AsyncSession, actor: Actor, case_id: int, status: str, now: datetime, outcome: str | None = None
) -> Change:
    """Move an open case along; closing needs an outcome. Back to "new" is not a move: unclaim instead."""
    require(actor, "status")
    if status not in STATUSES or status == "new":
        raise Refused("bad_status")
    if status == "closed" and outcome not in OUTCOMES:
        raise Refused("needs_outcome")
    case = await load_case(session, case_id)
    _open(case)
    await _guard_claimed(session, actor, case)
    if case.status == status:
        raise Refused("same_status", case=case.id)
    previous = case.status
    case.status = status
    case.outcome = outcome if status == "closed" else None
    if status == "closed":
        case.assignee_id = None
    if status == "reported_to_platform":
        case.platform_told = True
        reassess(case)  # the platform knows now: the priority drops accordingly
    _touch(case, now)
    audit.record(session, case.id, actor.alias, "status", now, before=previous, after=status, outcome=case.outcome)
    news = reporter_status_key(status, case.outcome) if status in NOTIFY_STATUSES else None
    return Change(case.id, "status", (case.id,), reporter_status=news, detail={"status": status})


async def reopen(session: AsyncSession, actor: Actor, case_id: int, now: datetime) -> Change:
    require(actor, "reopen")
    case = await load_case(session, case_id)
    if case.status != "closed":
        raise Refused("not_closed", case=case.id)
    if case.merged_into_id is not None:
        raise Refused("merged", case=case.id, into=case.merged_into_id)
    other = await session.scalar(
        select(Case.id).where(Case.account_id == case.account_id, Case.status != "closed", Case.id != case.id)
    )
    if other is not None:
        raise Refused("reopen_conflict", case=case.id, other=other)
    previous = case.outcome
    case.status, case.outcome = "in_progress", None
    _touch(case, now)
    audit.record(session, case.id, actor.alias, "reopened", now, outcome=previous)
    return Change(case.id, "reopened", (case.id,))


async def merge(session: AsyncSession, actor: Actor, source_id: int, target_id: int, now: datetime) -> Change:
    """Fold `source` into `target`: its tips (and their open questions) move, it closes as a duplicate."""
    require(actor, "merge")
    if source_id == target_id:
        raise Refused("same_case", case=source_id)
    # Lock in id order so two opposite merges cannot deadlock.
    first, second = sorted((source_id, target_id))
    cases = {first: await load_case(session, first), second: await load_case(session, second)}
    source, target = cases[source_id], cases[target_id]
    _open(source)
    _open(target)
    await session.execute(update(Tip).where(Tip.case_id == source.id).values(case_id=target.id))
    source.status, source.outcome = "closed", "duplicate"
    source.merged_into_id = target.id
    source.assignee_id = None
    target.platform_told = target.platform_told or source.platform_told
    await refresh(session, source)
    await refresh(session, target)
    await link(session, [(source.account_id, target.account_id)], "volunteer", now)
    _touch(source, now)
    _touch(target, now)
    audit.record(session, source.id, actor.alias, "merged_into", now, case=target.id)
    audit.record(session, target.id, actor.alias, "merged_from", now, case=source.id)
    return Change(target.id, "merged", (source.id, target.id), detail={"source": source.id})


async def link_account(
    session: AsyncSession, actor: Actor, case_id: int, account: AccountAnswer, now: datetime
) -> Change:
    """Link another account (by its link or handle) to this case's account: part of the same ring."""
    require(actor, "link")
    case = await load_case(session, case_id)
    other = await upsert_account(session, account, now)
    if other == case.account_id:
        raise Refused("same_account", case=case.id)
    await link(session, [(case.account_id, other)], "volunteer", now)
    _touch(case, now)
    audit.record(session, case.id, actor.alias, "linked", now, account=f"{account.platform}:{account.id}")
    return Change(case.id, "linked", ())


async def link_cases(session: AsyncSession, actor: Actor, case_id: int, other_id: int, now: datetime) -> Change:
    require(actor, "link")
    if case_id == other_id:
        raise Refused("same_case", case=case_id)
    case = await load_case(session, case_id)
    other = await session.get(Case, other_id)
    if other is None:
        raise Refused("no_case", case=other_id)
    if other.account_id == case.account_id:
        raise Refused("same_account", case=case.id)
    await link(session, [(case.account_id, other.account_id)], "volunteer", now)
    _touch(case, now)
    account = await session.get_one(ReportedAccount, other.account_id)
    audit.record(session, case.id, actor.alias, "linked", now, account=f"{account.platform}:{account.canonical_id}")
    audit.record(session, other.id, actor.alias, "linked", now, case=case.id)
    return Change(case.id, "linked", ())


async def open_questions(session: AsyncSession, case_id: int) -> int:
    """Questions put to this case's reporters that have no answer yet."""
    count = await session.scalar(
        select(func.count())
        .select_from(RelayQuestionRow)
        .join(Tip, Tip.id == RelayQuestionRow.tip_id)
        .where(Tip.case_id == case_id, RelayQuestionRow.answered_at.is_(None))
    )
    return int(count or 0)
