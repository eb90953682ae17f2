"""Retention and erasure with a clock: drafts expire (and the person is told), idle conversations go,
closed cases lose their free text after the retention period, `/forget` and the operators'
`tipline tips erase` / `tipline reporter forget` erase at once, audited without saying who."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from bot.cases import workflow
from bot.cases.detail import case_detail, reporter_tag
from bot.cases.relay import ask
from bot.cases.retention import Retention, purge
from bot.cli import main
from bot.engine.events import Button, Command, Event, Start, Text
from bot.storage.models import Case, CaseEvent, Conversation, DeskEvent, RelayQuestionRow, Tip
from tests.conftest import TEST_SECRET
from tests.integration.cases.conftest import DeskRig, file_tip, volunteer

LINK = "https://www.instagram.com/bad.actor_01/"
DRAFT: list[Event] = [
    Start(language_code="en"),
    Button(payload="main.menu:report"),
    Button(payload="report.safety:no"),
    Button(payload="report.category:grooming"),
]
RETENTION = Retention()


async def conversation(rig: DeskRig, chat: str) -> Conversation | None:
    async with rig.db.transaction() as session:
        return await session.get(Conversation, rig.identity.pseudonym(chat))


async def run_purge(rig: DeskRig) -> dict[str, int]:
    async with rig.db.transaction() as session:
        counts = await purge(session, rig.clock.now, RETENTION)
    assert counts is not None
    return counts.by_table


async def test_a_draft_expires_and_the_person_is_told_when_they_return(rig: DeskRig) -> None:
    for event in DRAFT:
        await rig.app.handle("tg:71", event)
    saved = await conversation(rig, "tg:71")
    assert saved is not None
    assert saved.state["answers"]["category"] == "grooming"
    assert saved.updated_at.minute == saved.updated_at.second == 0  # kept to the hour only

    rig.clock.advance(hours=24)  # kept to the hour, so expiry waits an hour more: never early
    assert await run_purge(rig) == {}
    rig.clock.advance(hours=2)
    assert await run_purge(rig) == {"conversations (drafts expired)": 1}
    saved = await conversation(rig, "tg:71")
    assert saved is not None
    assert saved.state["answers"] == {**saved.state["answers"], "category": None}
    assert saved.state["profile"]["language"] == "en"
    assert saved.draft_expired

    result = await rig.app.handle("tg:71", Text(text="hello"))
    assert "Your unfinished report was deleted" in result.messages[0].plain
    result = await rig.app.handle("tg:71", Text(text="hello again"))
    assert all("unfinished report" not in message.plain for message in result.messages)  # told once


async def test_a_stale_draft_found_before_the_purge_is_dropped_too(rig: DeskRig) -> None:
    for event in DRAFT:
        await rig.app.handle("tg:72", event)
    rig.clock.advance(hours=30)
    result = await rig.app.handle("tg:72", Text(text="I'm back"))
    assert "Your unfinished report was deleted" in result.messages[0].plain
    saved = await conversation(rig, "tg:72")
    assert saved is not None
    assert saved.state["answers"]["category"] is None


async def test_an_idle_conversation_is_deleted(rig: DeskRig) -> None:
    await rig.app.handle("tg:73", Start(language_code="de"))
    rig.clock.advance(days=29)
    assert "conversations (idle, deleted)" not in await run_purge(rig)
    rig.clock.advance(days=2)
    assert (await run_purge(rig))["conversations (idle, deleted)"] == 1
    assert await conversation(rig, "tg:73") is None


async def test_a_closed_case_loses_its_free_text_after_the_retention_period(rig: DeskRig) -> None:
    tip = await file_tip(rig.db, LINK, reporter="tg:74", consent=True, details="Quokka saw it", identity=rig.identity)
    sam = await volunteer(rig.db, 5001, "sam")
    async with rig.db.transaction() as session:
        await workflow.add_note(session, sam, tip.case_id, "note about Wombat", rig.clock.now)
        await ask(session, sam, tip.case_id, "When, Numbat?", rig.clock.now)
        await workflow.set_status(session, sam, tip.case_id, "closed", rig.clock.now, outcome="removed")

    rig.clock.advance(days=364)
    assert await run_purge(rig) == {}
    rig.clock.advance(days=2)
    assert await run_purge(rig) == {
        "tips (free text and contact erased)": 1,
        "relay_questions (deleted)": 1,
        "case_events (texts erased)": 2,
    }
    assert await run_purge(rig) == {}  # idempotent: a second process finds nothing to do
    async with rig.db.transaction() as session:
        stored = await session.get_one(Tip, tip.tip_id)
        case = await session.get_one(Case, tip.case_id)
        events = (await session.execute(select(CaseEvent.action, CaseEvent.detail))).all()
        questions = (await session.execute(select(RelayQuestionRow))).scalars().all()
    assert (stored.details, stored.contact_token, stored.contact_consent) == (None, None, False)
    assert (stored.category, case.tip_count, case.status) == ("collecting_photos", 1, "closed")  # statistics stay
    assert questions == []
    assert not any("text" in detail for _action, detail in events)
    assert {action for action, detail in events if detail.get("erased")} == {"note", "asked"}


async def test_forget_is_confirmed_then_erases_the_reporter(rig: DeskRig) -> None:
    first = await file_tip(rig.db, LINK, reporter="tg:75", consent=True, details="Quokka", identity=rig.identity)
    await file_tip(rig.db, "https://www.tiktok.com/@someone_else", reporter="tg:75", identity=rig.identity)
    other = await file_tip(rig.db, LINK, reporter="tg:76", details="not theirs", identity=rig.identity)
    await rig.app.handle("tg:75", Start(language_code="fr"))

    asked = await rig.app.handle("tg:75", Command(name="forget"))
    assert "Voulez-vous que nous vous oubliions" in asked.messages[-1].plain
    kept = await rig.app.handle("tg:75", Button(payload="~forget:no"))
    assert "rien n'a été effacé" in kept.messages[0].plain
    async with rig.db.transaction() as session:
        assert (await session.get_one(Tip, first.tip_id)).details == "Quokka"

    await rig.app.handle("tg:75", Command(name="forget"))
    done = await rig.app.handle("tg:75", Button(payload="~forget:yes"))
    assert "nous vous avons oublié" in done.messages[0].plain  # in their language, though the chat is gone

    pseudonym = rig.identity.pseudonym("tg:75")
    async with rig.db.transaction() as session:
        theirs = (await session.execute(select(Tip).where(Tip.id != other.tip_id))).scalars().all()
        untouched = await session.get_one(Tip, other.tip_id)
        audit = (await session.execute(select(DeskEvent.actor, DeskEvent.action, DeskEvent.detail))).all()
    assert len(theirs) == 2
    assert all(tip.details is None and tip.contact_token is None for tip in theirs)
    assert all(tip.reporter != pseudonym for tip in theirs)  # nothing links them to the person any more
    assert len({tip.reporter for tip in theirs}) == 2  # nor to each other
    assert untouched.details == "not theirs"
    assert await conversation(rig, "tg:75") is None
    assert audit == [("reporter", "reporter_forgotten", {"tips": 2, "cases": 2})]
    mytips = await rig.app.handle("tg:75", Command(name="mytips"))
    assert any("TIP-" not in message.plain for message in mytips.messages)
    assert all(first.reference not in message.plain for message in mytips.messages)


@pytest.fixture
def cli(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("TIPLINE_DATABASE_URL", database_url)
    monkeypatch.setenv("TIPLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TIPLINE_SECRET_KEY", TEST_SECRET)
    return database_url


async def test_operators_erase_a_tip_and_forget_a_reporter(
    rig: DeskRig, cli: str, capsys: pytest.CaptureFixture[str]
) -> None:
    one = await file_tip(rig.db, LINK, reporter="tg:81", consent=True, details="Quokka", identity=rig.identity)
    two = await file_tip(rig.db, LINK, reporter="tg:82", details="Wombat", identity=rig.identity)
    three = await file_tip(
        rig.db, "https://x.com/another_one", reporter="tg:82", details="Numbat", identity=rig.identity
    )

    async def run(*argv: str) -> int:
        return await asyncio.to_thread(main, list(argv))

    assert await run("tips", "erase", "TIP-22222") == 2
    assert "is not a tip reference" in capsys.readouterr().err
    assert await run("tips", "erase", "TIP-222222") == 1
    assert capsys.readouterr().err == "tipline: no tip TIP-222222\n"
    assert await run("reporter", "forget", "tip-222222") == 1
    assert capsys.readouterr().err == "tipline: no tip TIP-222222\n"

    assert await run("tips", "erase", one.reference.lower()) == 0
    assert f"{one.reference} erased" in capsys.readouterr().out
    assert await run("reporter", "forget", two.reference) == 0
    assert "2 tip(s) on 2 case(s) erased" in capsys.readouterr().out
    async with rig.db.transaction() as session:
        details = dict((await session.execute(select(Tip.reference, Tip.details))).all())
        trail = (await session.execute(select(DeskEvent.actor, DeskEvent.action, DeskEvent.detail))).all()
        erased_event = (await session.execute(select(CaseEvent.detail).where(CaseEvent.action == "tip_erased"))).all()
    assert details == {one.reference: None, two.reference: None, three.reference: None}
    assert trail == [
        ("cli", "tip_erased", {"tips": 1, "cases": 1}),
        ("cli", "reporter_forgotten", {"tips": 2, "cases": 2}),
    ]
    assert erased_event == [({"tip": one.reference},)]


async def test_free_text_is_sealed_at_rest_and_read_in_clear(rig: DeskRig) -> None:
    tip = await file_tip(rig.db, LINK, reporter="tg:90", details="Quokka narrative", identity=rig.identity)
    sam = await volunteer(rig.db, 5001, "sam")
    async with rig.db.transaction() as session:
        await workflow.add_note(session, sam, tip.case_id, "Wombat note", rig.clock.now)
    async with rig.db.transaction() as session:
        raw_details = (await session.execute(text("SELECT details FROM tips"))).scalar_one()
        raw_events = " ".join(str(row) for row in (await session.execute(text("SELECT detail FROM case_events"))).all())
        stored = await session.get_one(Tip, tip.tip_id)
        note = (await session.execute(select(CaseEvent.detail).where(CaseEvent.action == "note"))).scalar_one()
    assert "Quokka" not in raw_details
    assert "Wombat" not in raw_events
    assert stored.details == "Quokka narrative"
    assert note["text"] == "Wombat note"


async def test_purge_command_dry_run_then_for_real(rig: DeskRig, cli: str, capsys: pytest.CaptureFixture[str]) -> None:
    # The command runs on the real clock: a case closed long ago and a draft from yesterday are due.
    rig.clock.now = datetime.now(UTC) - timedelta(days=400)
    tip = await file_tip(rig.db, LINK, reporter="tg:91", consent=True, details="Quokka", at=rig.clock.now)
    sam = await volunteer(rig.db, 5001, "sam")
    async with rig.db.transaction() as session:
        await workflow.set_status(session, sam, tip.case_id, "closed", rig.clock.now, outcome="removed")
    rig.clock.now = datetime.now(UTC) - timedelta(hours=30)
    for event in DRAFT:
        await rig.app.handle("tg:92", event)

    assert await asyncio.to_thread(main, ["purge", "--dry-run"]) == 0
    lines = [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]
    assert "conversations (drafts expired) 1" in lines
    assert "tips (free text and contact erased) 1" in lines
    assert lines[-1].endswith("would be deleted or erased (dry run: nothing changed)")
    async with rig.db.transaction() as session:
        assert (await session.get_one(Tip, tip.tip_id)).details == "Quokka"

    assert await asyncio.to_thread(main, ["purge"]) == 0
    assert "row(s) were deleted or erased" in capsys.readouterr().out
    async with rig.db.transaction() as session:
        assert (await session.get_one(Tip, tip.tip_id)).details is None
    assert await asyncio.to_thread(main, ["purge"]) == 0
    assert capsys.readouterr().out == "nothing is due: no rows were deleted or erased\n"


async def test_a_reporter_has_a_different_tag_on_each_case(rig: DeskRig) -> None:
    first = await file_tip(rig.db, LINK, reporter="tg:95", identity=rig.identity)
    await file_tip(rig.db, LINK, reporter="tg:95", identity=rig.identity)
    other = await file_tip(rig.db, "https://www.tiktok.com/@someone_else", reporter="tg:95", identity=rig.identity)
    async with rig.db.transaction() as session:
        one = await case_detail(session, first.case_id)
        two = await case_detail(session, other.case_id)
    assert one is not None
    assert two is not None
    assert {tip.reporter for tip in one.latest} == {reporter_tag(rig.identity.pseudonym("tg:95"), first.case_id)}
    assert one.latest[0].reporter != two.latest[0].reporter  # not followable from case to case
    assert rig.identity.pseudonym("tg:95")[:4] not in (one.latest[0].reporter, two.latest[0].reporter)
    assert [tip.reporter_tips for tip in one.latest] == [2, 2]  # their tips on this case, not everywhere
    assert [tip.reporter_tips for tip in two.latest] == [1]
