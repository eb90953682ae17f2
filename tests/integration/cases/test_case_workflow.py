"""Volunteers' actions on cases: what each role may do, and an audit row for every change."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.audit import history
from bot.cases.network import network
from bot.cases.volunteers import remove_volunteer
from bot.cases.workflow import (
    Refused,
    add_note,
    claim,
    link_account,
    link_cases,
    merge,
    reopen,
    set_status,
    unclaim,
)
from bot.storage.db import Database
from bot.storage.models import Case, CaseEvent, Tip
from tests.integration.cases.conftest import START, account, file_tip, volunteer

LATER = START + timedelta(hours=2)


async def audit_count(db: Database) -> int:
    async with db.transaction() as session:
        return int(await session.scalar(select(func.count()).select_from(CaseEvent)) or 0)


async def test_claim_starts_work_and_is_audited_with_the_alias(db: Database) -> None:
    sam = await volunteer(db, 10, "sam")
    tip = await file_tip(db, "https://www.instagram.com/bad.account/")
    async with db.transaction() as session:
        change = await claim(session, sam, tip.case_id, LATER)
    assert change.cards == (tip.case_id,)
    async with db.transaction() as session:
        case = await session.get_one(Case, tip.case_id)
        entries, total = await history(session, tip.case_id)
    assert (case.status, case.assignee_id, case.first_action_at) == ("in_progress", sam.volunteer_id, LATER)
    assert (entries[-1].actor, entries[-1].action, entries[-1].detail) == ("sam", "claimed", {"status": "in_progress"})
    assert total == 2


async def test_replayed_and_out_of_date_actions_change_nothing(db: Database) -> None:
    sam = await volunteer(db, 10, "sam")
    tip = await file_tip(db, "https://www.instagram.com/bad.account/")
    async with db.transaction() as session:
        await claim(session, sam, tip.case_id, LATER)
    before = await audit_count(db)
    attempts: list[tuple[Callable[[AsyncSession], Awaitable[object]], str]] = [
        (lambda s: claim(s, sam, tip.case_id, LATER), "already_yours"),
        (lambda s: set_status(s, sam, tip.case_id, "in_progress", LATER), "same_status"),
        (lambda s: set_status(s, sam, tip.case_id, "new", LATER), "bad_status"),
        (lambda s: set_status(s, sam, tip.case_id, "closed", LATER), "needs_outcome"),
        (lambda s: set_status(s, sam, tip.case_id, "closed", LATER, "maybe"), "needs_outcome"),
        (lambda s: reopen(s, sam, tip.case_id, LATER), "not_allowed"),
        (lambda s: claim(s, sam, 999, LATER), "no_case"),
    ]
    for action, reason in attempts:
        with pytest.raises(Refused) as refused:
            async with db.transaction() as session:
                await action(session)
        assert refused.value.reason == reason
    assert await audit_count(db) == before


async def test_a_claimed_case_is_its_volunteers_but_a_coordinator_may_step_in(db: Database) -> None:
    sam = await volunteer(db, 10, "sam")
    ali = await volunteer(db, 11, "ali")
    kim = await volunteer(db, 12, "kim", "coordinator")
    tip = await file_tip(db, "https://www.instagram.com/bad.account/")
    async with db.transaction() as session:
        await claim(session, sam, tip.case_id, LATER)
    attempts: list[Callable[[AsyncSession], Awaitable[object]]] = [
        lambda s: claim(s, ali, tip.case_id, LATER),
        lambda s: unclaim(s, ali, tip.case_id, LATER),
        lambda s: set_status(s, ali, tip.case_id, "escalated", LATER),
    ]
    for attempt in attempts:
        with pytest.raises(Refused) as refused:
            async with db.transaction() as session:
                await attempt(session)
        assert (refused.value.reason, refused.value.params) == ("claimed_by", {"alias": "sam"})
    async with db.transaction() as session:
        await set_status(session, kim, tip.case_id, "escalated", LATER)
        await claim(session, kim, tip.case_id, LATER)
        assert (await session.get_one(Case, tip.case_id)).assignee_id == kim.volunteer_id
        await add_note(session, ali, tip.case_id, "anyone may add a note", LATER)


async def test_closing_needs_an_outcome_tells_reporters_and_reopening_needs_a_coordinator(db: Database) -> None:
    sam = await volunteer(db, 10, "sam")
    kim = await volunteer(db, 12, "kim", "coordinator")
    tip = await file_tip(db, "https://www.instagram.com/bad.account/")
    async with db.transaction() as session:
        reported = await set_status(session, sam, tip.case_id, "reported_to_platform", LATER)
        escalated = await set_status(session, sam, tip.case_id, "escalated", LATER)
        closed = await set_status(session, sam, tip.case_id, "closed", LATER, "removed")
    assert reported.reporter_status == "tip-status-reported"
    assert escalated.reporter_status is None  # reporters hear of the platform and of the end, not of police
    assert closed.reporter_status == "tip-status-closed-removed"
    async with db.transaction() as session:
        case = await session.get_one(Case, tip.case_id)
        assert (case.status, case.outcome, case.assignee_id, case.platform_told) == ("closed", "removed", None, True)
    with pytest.raises(Refused, match="closed"):
        async with db.transaction() as session:
            await claim(session, sam, tip.case_id, LATER)
    async with db.transaction() as session:
        await reopen(session, kim, tip.case_id, LATER)
        case = await session.get_one(Case, tip.case_id)
        assert (case.status, case.outcome) == ("in_progress", None)


async def test_reopen_refuses_when_the_account_has_a_new_open_case(db: Database) -> None:
    kim = await volunteer(db, 12, "kim", "coordinator")
    first = await file_tip(db, "https://www.instagram.com/bad.account/")
    async with db.transaction() as session:
        await set_status(session, kim, first.case_id, "closed", LATER, "no_violation")
    second = await file_tip(db, "https://www.instagram.com/bad.account/", at=LATER)
    with pytest.raises(Refused) as refused:
        async with db.transaction() as session:
            await reopen(session, kim, first.case_id, LATER)
    assert (refused.value.reason, refused.value.params) == (
        "reopen_conflict",
        {"case": first.case_id, "other": second.case_id},
    )


async def test_merge_moves_tips_and_is_for_coordinators(db: Database) -> None:
    sam = await volunteer(db, 10, "sam")
    kim = await volunteer(db, 12, "kim", "coordinator")
    a = await file_tip(db, "https://www.instagram.com/a.account/")
    b = await file_tip(db, "https://www.instagram.com/b.account/", reporter="chat-2", category="grooming")
    with pytest.raises(Refused, match="not_allowed"):
        async with db.transaction() as session:
            await merge(session, sam, b.case_id, a.case_id, LATER)
    with pytest.raises(Refused, match="same_case"):
        async with db.transaction() as session:
            await merge(session, kim, a.case_id, a.case_id, LATER)
    async with db.transaction() as session:
        change = await merge(session, kim, b.case_id, a.case_id, LATER)
    assert change.cards == (b.case_id, a.case_id)
    async with db.transaction() as session:
        target = await session.get_one(Case, a.case_id)
        tips = (await session.execute(select(Tip.case_id))).scalars().all()
        source_history, _ = await history(session, b.case_id)
        target_history, _ = await history(session, a.case_id)
    assert set(tips) == {a.case_id}
    assert (target.tip_count, target.reporter_count, target.category, target.urgent) == (2, 2, "grooming", True)
    assert source_history[-1].detail == {"case": a.case_id}
    assert target_history[-1].action == "merged_from"
    with pytest.raises(Refused, match="merged"):
        async with db.transaction() as session:
            await claim(session, sam, b.case_id, LATER)


async def test_links_by_account_or_case_build_the_network(db: Database) -> None:
    sam = await volunteer(db, 10, "sam")
    a = await file_tip(db, "https://www.instagram.com/a.account/", related=("@shared.one",))
    b = await file_tip(db, "https://www.instagram.com/b.account/", related=("@shared.one",), reporter="chat-2")
    c = await file_tip(db, "https://www.tiktok.com/@c.account", reporter="chat-3")
    d = await file_tip(db, "https://www.tiktok.com/@d.account", reporter="chat-4")
    lone = await file_tip(db, "https://www.tiktok.com/@lone.account", reporter="chat-5")
    async with db.transaction() as session:
        before = await network(session, a.case_id)
        await link_cases(session, sam, b.case_id, c.case_id, LATER)
        await link_account(session, sam, c.case_id, account("https://www.tiktok.com/@d.account"), LATER)
        with pytest.raises(Refused, match="same_account"):
            await link_account(session, sam, c.case_id, account("tiktok.com/@C.Account"), LATER)
        after = await network(session, a.case_id)
        from_d = await network(session, d.case_id, depth=1)
    assert [(x.case_id, x.depth) for x in before.cases] == [(b.case_id, 1)]  # b names the same account
    # From a's account: shared.one is 1 step (so b, whose tip names it, is 1), b's account 2, c's 3, d's 4.
    assert [(x.case_id, x.depth) for x in after.cases] == [(b.case_id, 1), (c.case_id, 3)]
    assert [x.case_id for x in from_d.cases] == [c.case_id]
    assert lone.case_id not in {x.case_id for x in after.cases}


async def test_removing_a_volunteer_puts_their_cases_back_in_the_queue(db: Database) -> None:
    sam = await volunteer(db, 10, "sam")
    tip = await file_tip(db, "https://www.instagram.com/bad.account/")
    async with db.transaction() as session:
        await claim(session, sam, tip.case_id, LATER)
        await remove_volunteer(session, "sam", "admin", LATER)
    async with db.transaction() as session:
        assert (await session.get_one(Case, tip.case_id)).assignee_id is None
