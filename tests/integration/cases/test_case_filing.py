"""Tips gather into cases: one open case per account, in any link form, growing with each tip."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from bot.cases.facts import load_facts, refresh, stored_facts
from bot.cases.priority import assess
from bot.cases.workflow import merge, set_status
from bot.storage.db import Database
from bot.storage.models import AccountLink, Case, CaseEvent, ReportedAccount
from tests.integration.cases.conftest import START, file_tip, volunteer


async def test_a_second_tip_in_another_link_form_joins_the_case_and_updates_it(db: Database) -> None:
    first = await file_tip(db, "https://www.instagram.com/Bad.Account/?igshid=x", category="collecting_photos")
    later = START + timedelta(hours=30)
    second = await file_tip(
        db, "@bad.account", platform="instagram", reporter="chat-2", category="sexual_imagery", at=later, told="yes"
    )
    assert first.new_case
    assert not second.new_case
    assert second.case_id == first.case_id
    async with db.transaction() as session:
        case = await session.get_one(Case, first.case_id)
        assert (case.tip_count, case.reporter_count) == (2, 2)
        assert (case.first_tip_at, case.last_tip_at) == (START, later)
        assert (case.category, case.platform, case.platform_told, case.urgent) == (
            "sexual_imagery",
            "instagram",
            True,
            True,
        )
        assert case.priority == assess(await load_facts(session, case)).score
        assert second.assessment is not None
        assert second.assessment.score == case.priority
        accounts = await session.scalar(select(func.count()).select_from(ReportedAccount))
        actions = (await session.execute(select(CaseEvent.action).order_by(CaseEvent.id))).scalars().all()
    assert accounts == 1
    assert actions == ["case_opened", "tip_added"]


async def test_a_second_tip_from_the_same_person_counts_one_reporter(db: Database) -> None:
    await file_tip(db, "https://www.tiktok.com/@someone")
    stored = await file_tip(db, "tiktok.com/@SomeOne", at=START + timedelta(days=1))
    async with db.transaction() as session:
        case = await session.get_one(Case, stored.case_id)
    assert (case.tip_count, case.reporter_count) == (2, 1)


async def test_the_reported_account_is_linked_to_each_related_one_both_ways(db: Database) -> None:
    await file_tip(db, "https://www.instagram.com/ring.leader/", related=("@ring.member", "@ring.helper"))
    async with db.transaction() as session:
        pairs = (await session.execute(select(AccountLink.account_id, AccountLink.linked_id))).all()
        leader = await session.scalar(select(ReportedAccount.id).where(ReportedAccount.canonical_id == "ring.leader"))
    assert len(pairs) == 4  # 3 accounts: n−1 links (not every pair, which grows with the square), both ways
    assert {(b, a) for a, b in pairs} == set(pairs)
    assert all(leader in pair for pair in pairs)


async def test_a_tip_naming_many_accounts_writes_links_in_proportion(db: Database) -> None:
    related = tuple(f"@member.{number}" for number in range(60))
    await file_tip(db, "https://www.instagram.com/hub.account/", related=related)
    async with db.transaction() as session:
        links = await session.scalar(select(func.count()).select_from(AccountLink))
    assert links == 2 * 60


async def test_a_closed_case_stays_closed_and_a_new_tip_opens_a_new_case(db: Database) -> None:
    actor = await volunteer(db, 10, "sam")
    first = await file_tip(db, "https://x.com/someone")
    async with db.transaction() as session:
        await set_status(session, actor, first.case_id, "closed", START, "removed")
    again = await file_tip(db, "https://twitter.com/SomeOne", at=START + timedelta(days=3))
    assert again.new_case
    assert again.case_id != first.case_id


async def test_tips_about_a_merged_account_join_the_case_it_was_merged_into(db: Database) -> None:
    coordinator = await volunteer(db, 11, "kim", "coordinator")
    main = await file_tip(db, "https://www.instagram.com/main.account/")
    alt = await file_tip(db, "https://www.instagram.com/alt.account/", reporter="chat-2")
    async with db.transaction() as session:
        await merge(session, coordinator, alt.case_id, main.case_id, START)
    later = await file_tip(db, "instagram.com/alt.account", reporter="chat-3", at=START + timedelta(hours=1))
    assert not later.new_case
    assert later.case_id == main.case_id
    async with db.transaction() as session:
        case = await session.get_one(Case, main.case_id)
        merged = await session.get_one(Case, alt.case_id)
    assert (case.tip_count, case.reporter_count) == (3, 3)
    assert (merged.status, merged.outcome, merged.merged_into_id, merged.tip_count) == (
        "closed",
        "duplicate",
        main.case_id,
        0,
    )


async def test_the_columns_a_new_tip_updates_agree_with_a_full_recount(db: Database) -> None:
    """`add_tip` updates a case in place; `refresh` recounts from the tips (after a merge). Same answer."""
    plan = [
        ("chat-1", "collecting_photos", "not_yet", False, 0),
        ("chat-2", "other", "yes", False, 5),
        ("chat-1", "grooming", "not_yet", False, 30),
        ("chat-3", "stolen_photos", None, True, 2),
        ("chat-2", "sexualised_comments", "not_yet", False, 400),
    ]
    for reporter, category, told, danger, hours in plan:
        stored = await file_tip(
            db,
            "https://www.instagram.com/bad.account/",
            reporter=reporter,
            category=category,
            told=told,
            danger=danger,
            at=START + timedelta(hours=hours),
        )
        async with db.transaction() as session:
            case = await session.get_one(Case, stored.case_id)
            incremental = stored_facts(case)
            columns = (case.priority, case.urgent, case.category)
            recount = await refresh(session, case)
            assert incremental == stored_facts(case)
            assert columns == (recount.score, recount.urgent, recount.category)
            await session.rollback()


async def test_a_case_is_grouped_by_the_account_not_the_post_given_as_evidence(db: Database) -> None:
    """Whatever order a tip lists them in, the account decides the case; the post is evidence."""
    from bot.cases.tips import Reporter, submit_tip
    from bot.engine.replies import SubmitTip
    from bot.engine.state import AccountAnswer, Answers

    post = AccountAnswer(
        platform="tiktok", id="vm/ZMabc1234", url="https://vm.tiktok.com/ZMabc1234/", kind="post", role="evidence"
    )
    named = AccountAnswer(platform="tiktok", id="bad_account", url=None, kind="account", certainty="username")
    answers = Answers(category="grooming", platform="tiktok", accounts=[post, named])
    async with db.transaction() as session:
        first = await submit_tip(
            session, SubmitTip(answers=answers, country="AU", language="en"), Reporter("p1", None), START
        )
    second = await file_tip(db, "https://www.tiktok.com/@Bad_Account", reporter="chat-2")
    assert second.case_id == first.case_id
    async with db.transaction() as session:
        case = await session.get_one(Case, first.case_id)
        account = await session.get_one(ReportedAccount, case.account_id)
        assert (account.canonical_id, account.url) == ("bad_account", "https://www.tiktok.com/@bad_account")
