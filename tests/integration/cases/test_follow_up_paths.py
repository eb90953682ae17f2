"""The follow-up on the young person's and the parents' paths (#14), on a real database: a young
person who chooses the bot's check-back gets the young question (what to do if it is still happening
to them), never a contact question, and the tip stays without a contact address; a parent gets the
same follow-up as any reporter; "no" schedules nothing."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.engine.events import Button, Event, Start, Text
from bot.storage.db import Database
from bot.storage.models import Tip
from tests.integration.cases.conftest import Clock, DeskRig
from tests.integration.cases.test_follow_up import follow_up_rows, report, scheduler, take_questions

YOUNG = "tg:5151"
PARENT = "tg:6161"

YOUNG_REPORT: list[Event] = [
    Start(language_code="pt-BR"),
    Button(payload="main.menu:young"),
    Button(payload="young.safe:yes"),
    Button(payload="young.what:asked"),
    Button(payload="young.images:no"),
    Button(payload="young.country:br"),
    Button(payload="young.report_ask:yes"),
    Button(payload="young.platform:discord"),
    Text(text="@tiolegal"),
    Button(payload="young.follow_up:yes"),
    Button(payload="young.details:skip"),
    Button(payload="young.seen:skip"),
    Button(payload="young.age:skip"),
    Button(payload="young.risks:done"),
    Button(payload="young.review:submit"),
]

PARENT_REPORT: list[Event] = [
    Start(language_code="en"),
    Button(payload="main.menu:parent"),
    Button(payload="parents.start:photos"),
    Button(payload="parents.photos_platform:instagram"),
    Text(text="https://www.instagram.com/stolen.kid.pics/"),
    Button(payload="parents.country:au"),
    Button(payload="parents.photos_tip:send"),
    Button(payload="parents.photos_reported:yes"),
    Button(payload="parents.photos_follow_up:yes"),
    Button(payload="parents.photos_details:skip"),
    Button(payload="report.consent:no"),
    Button(payload="report.review:submit"),
]


async def test_a_young_person_who_chooses_it_gets_the_young_follow_up(rig: DeskRig, db: Database, clock: Clock) -> None:
    filed = await report(rig, YOUNG, YOUNG_REPORT)
    assert filed.tip is not None
    [row] = await follow_up_rows(db)
    assert (row.young, row.country, row.category, row.status) == (True, "BR", "grooming", "scheduled")
    assert row.due_at == rig.clock.now + timedelta(hours=48)
    assert rig.identity.unseal(row.contact_token or "") == YOUNG
    async with db.sessions() as session:
        tip = (await session.execute(select(Tip))).scalar_one()
    # The tip itself keeps no way to reach them: nobody asked, nobody may write.
    assert (tip.self_report, tip.contact_token) == (True, None)

    clock.advance(hours=48)
    assert await scheduler(db, rig).run_once() == 1
    [(chat, question)] = await take_questions(db)
    assert (chat, question.young) == (YOUNG, True)
    asked = await rig.app.handle(chat, question)
    [message] = asked.messages
    assert "Discord" in message.text
    assert "adulto de confiança" in message.text, message.text


async def test_a_young_person_who_says_no_gets_nothing_later(rig: DeskRig, db: Database) -> None:
    events = [Button(payload="young.follow_up:no") if e == YOUNG_REPORT[9] else e for e in YOUNG_REPORT]
    filed = await report(rig, YOUNG, events)
    assert filed.tip is not None
    assert await follow_up_rows(db) == []


async def test_a_parent_gets_the_same_follow_up_as_any_reporter(rig: DeskRig, db: Database) -> None:
    await report(rig, PARENT, PARENT_REPORT)
    [row] = await follow_up_rows(db)
    assert (row.young, row.country, row.category) == (False, "AU", "stolen_photos")
    assert rig.identity.unseal(row.contact_token or "") == PARENT


async def test_a_parent_who_says_no_gets_nothing_later(rig: DeskRig, db: Database) -> None:
    events = [Button(payload="parents.photos_follow_up:no") if e == PARENT_REPORT[8] else e for e in PARENT_REPORT]
    await report(rig, PARENT, events)
    assert await follow_up_rows(db) == []
