"""The follow-up (issue 16) on a real database: scheduled with the report, asked by the scheduler
through the reporter's inbox, answered once from the right chat only, escalated when the account
is still there, stopped by /stopcontact, one reminder at most, across a restart and with two
schedulers at once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select

from bot.cases import followups
from bot.desk.messages import EditCard
from bot.engine.events import Button, Command, Event, FollowUpQuestion, Start, Text
from bot.identity import Identity
from bot.pipeline.addresses import Addresses
from bot.pipeline.inbox import ClaimedUpdate, Inbox
from bot.pipeline.scheduler import FollowUpScheduler
from bot.pipeline.signals import Signal
from bot.pipeline.tables import INBOX, PENDING, WriteGate
from bot.storage.db import Database
from bot.storage.models import CaseEvent, FollowUp, Tip
from bot.turn import TurnResult
from tests.integration.cases.conftest import SECRET, Clock, DeskRig

CHAT = "tg:4242"
REPORT: list[Event] = [
    Start(language_code="en"),
    Button(payload="main.menu:report"),
    Button(payload="report.safety:no"),
    Button(payload="report.category:sexualised_comments"),
    Button(payload="report.platform:instagram"),
    Text(text="https://www.instagram.com/bad.comments_01/"),
    Button(payload="report.related_ask:no"),
    Button(payload="report.reported:yes"),
    Button(payload="report.follow_up:yes"),
    Button(payload="report.details:skip"),
    Button(payload="report.seen:skip"),
    Button(payload="report.age:skip"),
    Button(payload="report.knows:skip"),
    Button(payload="report.risks:done"),
    Button(payload="report.country:au"),
    Button(payload="report.consent:no"),
    Button(payload="report.review:submit"),
]


async def report(rig: DeskRig, chat: str = CHAT, events: list[Event] = REPORT) -> TurnResult:
    result = None
    for event in events:
        result = await rig.app.handle(chat, event)
    assert result is not None
    assert result.tip is not None, "the report was filed"
    return result


def scheduler(db: Database, rig: DeskRig, gate: WriteGate | None = None) -> FollowUpScheduler:
    gate = gate or WriteGate(db)
    return FollowUpScheduler(
        gate, Inbox(gate, rig.identity), rig.identity, Signal(), remind_after=timedelta(hours=24), clock=rig.clock
    )


async def queued(db: Database) -> list[ClaimedUpdate]:
    async with db.sessions() as session:
        rows = (await session.execute(select(INBOX).where(INBOX.c.status == PENDING).order_by(INBOX.c.id))).all()
    addresses = Addresses(Identity(SECRET))
    return [
        ClaimedUpdate(
            row.id,
            row.update_id,
            row.chat_key,
            row.payload or {},
            row.attempts,
            addresses.open(row.chat_key, row.address),
        )
        for row in rows
    ]


async def take_questions(db: Database) -> list[tuple[str, FollowUpQuestion]]:
    """The follow-up questions waiting in the inbox, removed from it (as the worker would)."""
    found = []
    for update in await queued(db):
        item = update.item()
        assert isinstance(item.event, FollowUpQuestion)
        found.append((item.chat_key, item.event))
    async with db.transaction() as session:
        await session.execute(INBOX.delete())
    return found


async def follow_up_rows(db: Database) -> list[FollowUp]:
    async with db.sessions() as session:
        return list((await session.execute(select(FollowUp).order_by(FollowUp.id))).scalars().all())


async def test_a_report_with_consent_schedules_a_sealed_follow_up_at_48_hours(rig: DeskRig, db: Database) -> None:
    filed = await report(rig)
    [row] = await follow_up_rows(db)
    assert row.status == "scheduled"
    assert row.due_at == rig.clock.now + timedelta(hours=48)
    assert filed.tip is not None
    assert row.tip_id == filed.tip.tip_id
    assert row.contact_token is not None
    assert CHAT not in row.contact_token
    assert "4242" not in row.contact_token
    assert rig.identity.unseal(row.contact_token) == CHAT
    assert (row.country, row.category, row.young) == ("AU", "sexualised_comments", False)


async def test_no_follow_up_without_consent(rig: DeskRig, db: Database) -> None:
    events = [Button(payload="report.follow_up:no") if e == REPORT[8] else e for e in REPORT]
    await report(rig, events=events)
    assert await follow_up_rows(db) == []


async def test_the_question_is_asked_when_due_and_still_there_gives_the_next_routes(
    rig: DeskRig, db: Database, clock: Clock
) -> None:
    await report(rig)
    ticker = scheduler(db, rig)
    clock.advance(hours=47)
    assert await ticker.run_once() == 0
    clock.advance(hours=1)
    assert await ticker.run_once() == 1
    [(chat, question)] = await take_questions(db)
    assert chat == CHAT
    assert not question.reminder
    assert "bad.comments_01" in question.account
    asked = await rig.app.handle(chat, question)
    [message] = asked.messages
    assert "Is this Instagram account still there?" in message.text
    payloads = [data for row in message.buttons for _, data in row]
    assert payloads == [f"~fu{question.follow_up_id}:{a}" for a in ("gone", "still", "unsure")]

    rig.recorder.take()
    answered = await rig.app.handle(CHAT, Button(payload=payloads[1]))
    text = answered.messages[0].text
    [card] = [a for a in rig.recorder.take() if isinstance(a, EditCard)]  # the desk's card is redrawn
    assert "The platform did not act within 48 h" in card.text
    assert "The platform has not acted" in text
    assert "eSafety Commissioner" in text
    assert "within 48 hours" in text
    assert "when you reported it to the platform" in text
    assert "ACCCE" not in text  # the police route is for grooming and imagery, not comments
    async with db.sessions() as session:
        actions = (await session.execute(select(CaseEvent.action, CaseEvent.actor))).all()
    assert (followups.DID_NOT_ACT, "reporter") in actions
    [row] = await follow_up_rows(db)
    assert (row.status, row.answer, row.contact_token) == ("answered", "still", None)

    again = await rig.app.handle(CHAT, Button(payload=payloads[0]))  # a second answer changes nothing
    assert "already closed" in again.messages[0].text
    [row] = await follow_up_rows(db)
    assert row.answer == "still"


async def test_an_answer_from_another_chat_is_ignored(rig: DeskRig, db: Database, clock: Clock) -> None:
    await report(rig)
    clock.advance(hours=48)
    await scheduler(db, rig).run_once()
    [(_, question)] = await take_questions(db)
    forged = await rig.app.handle("tg:999", Button(payload=f"~fu{question.follow_up_id}:gone"))
    assert "already closed" in forged.messages[0].text
    [row] = await follow_up_rows(db)
    assert row.status == "asked"
    assert row.answer is None


async def test_stopcontact_cancels_the_follow_up_and_drops_a_queued_question(
    rig: DeskRig, db: Database, clock: Clock
) -> None:
    await report(rig)
    again = [e for e in REPORT if e != Button(payload="report.country:au")]  # the country is remembered
    await report(rig, chat=CHAT, events=again)  # a second report, also with a follow-up
    clock.advance(hours=48)
    [first, second] = await follow_up_rows(db)
    async with db.transaction() as session:  # the first is asked already; the second still waits
        row = await session.get_one(FollowUp, first.id)
        row.due_at = clock.now - timedelta(minutes=1)
        second_row = await session.get_one(FollowUp, second.id)
        second_row.due_at = clock.now + timedelta(hours=1)
    await scheduler(db, rig).run_once()
    [(_, question)] = await take_questions(db)
    await rig.app.handle(CHAT, Command(name="stopcontact"))
    late = await rig.app.handle(CHAT, question)  # queued before /stopcontact: not shown
    assert late.messages == []
    clock.advance(hours=2)
    assert await scheduler(db, rig).run_once() == 0
    assert await queued(db) == []
    assert [(r.status, r.contact_token) for r in await follow_up_rows(db)] == [("cancelled", None)] * 2
    pressed = await rig.app.handle(CHAT, Button(payload=f"~fu{question.follow_up_id}:still"))
    assert "already closed" in pressed.messages[0].text


async def test_one_reminder_at_most_then_it_expires(rig: DeskRig, db: Database, clock: Clock) -> None:
    await report(rig)
    ticker = scheduler(db, rig)
    clock.advance(hours=48)
    await ticker.run_once()
    [(_, first)] = await take_questions(db)
    clock.advance(hours=24)
    assert await ticker.run_once() == 1
    [(_, reminder)] = await take_questions(db)
    assert reminder.reminder
    assert reminder.follow_up_id == first.follow_up_id
    reminded = await rig.app.handle(CHAT, reminder)
    assert "A gentle reminder" in reminded.messages[0].text
    clock.advance(hours=24)
    assert await ticker.run_once() == 1  # expired: nothing sent
    assert await queued(db) == []
    clock.advance(days=30)
    assert await ticker.run_once() == 0
    [row] = await follow_up_rows(db)
    assert (row.status, row.contact_token) == ("expired", None)


async def test_a_due_follow_up_survives_a_restart(rig: DeskRig, db: Database, database_url: str, clock: Clock) -> None:
    await report(rig)
    clock.advance(hours=49)
    # A new process: its own connection to the same database, its own scheduler.
    reopened = Database(database_url)
    try:
        assert await scheduler(reopened, rig).run_once() == 1
    finally:
        await reopened.dispose()
    [(chat, _)] = await take_questions(db)
    assert chat == CHAT


async def test_two_schedulers_ask_each_follow_up_exactly_once(
    rig: DeskRig, db: Database, database_url: str, clock: Clock
) -> None:
    for number in range(12):
        await report(rig, chat=f"tg:{7000 + number}")
    clock.advance(hours=48)
    other = Database(database_url)
    try:
        # On PostgreSQL, two processes' worth of connections racing for the same rows; on SQLite
        # (one process is the supported shape) two loops sharing the process's write gate.
        gate = WriteGate(db)
        first = scheduler(db, rig, gate)
        second = scheduler(other, rig, None if gate.postgres else gate)
        counts = await asyncio.gather(first.run_once(), second.run_once(), first.run_once(), second.run_once())
    finally:
        await other.dispose()
    assert sum(counts) == 12
    questions = await take_questions(db)
    assert sorted(chat for chat, _ in questions) == sorted(f"tg:{7000 + n}" for n in range(12))
    assert {row.status for row in await follow_up_rows(db)} == {"asked"}


async def test_the_report_text_cites_the_platform_policy_and_only_what_was_said(rig: DeskRig) -> None:
    for event in REPORT[:7]:
        await rig.app.handle(CHAT, event)
    shown = await rig.app.handle(CHAT, Button(payload="report.reported:paste"))
    paste, asked_again = shown.messages
    assert "<pre>" in paste.text
    body = paste.text.split("<pre>")[1].split("</pre>")[0]
    assert body.splitlines() == [
        "I am reporting this account: https://www.instagram.com/bad.comments_01/",
        "It posts sexualised comments about children.",
        'I believe this breaks your policy "Child Sexual Exploitation, Abuse and Nudity (Meta Community Standards)":'
        " https://transparency.meta.com/policies/community-standards/child-sexual-exploitation-abuse-nudity/",
        "Please review this account and remove it.",
    ]
    assert [data for row in asked_again.buttons for _, data in row] == [
        "report.reported:yes",
        "report.reported:not_yet",
        "report.reported:paste",
    ]


async def test_the_report_text_is_in_the_reporters_language(rig: DeskRig) -> None:
    events = [Start(language_code="es"), *REPORT[1:7], Button(payload="report.reported:paste")]
    result = None
    for event in events:
        result = await rig.app.handle(CHAT, event)
    assert result is not None
    assert "Denuncio esta cuenta" in result.messages[0].text
    assert "Publica comentarios sexualizados sobre menores." in result.messages[0].text


async def test_forget_ends_the_follow_up_and_its_way_to_reach_the_person(rig: DeskRig, db: Database) -> None:
    filed = await report(rig)
    assert filed.tip is not None
    await rig.app.handle(CHAT, Command(name="forget"))
    await rig.app.handle(CHAT, Button(payload="~forget:yes"))
    [row] = await follow_up_rows(db)
    assert (row.status, row.due_at, row.contact_token) == ("cancelled", None, None)
    assert row.reporter != rig.identity.pseudonym(CHAT)  # nothing leads back to the person
    async with db.sessions() as session:
        tip = await session.get_one(Tip, filed.tip.tip_id)
    assert row.reporter == tip.reporter  # the tip's new, unlinked reporter: the card still counts the answer
    assert await scheduler(db, rig).run_once() == 0
