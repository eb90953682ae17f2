"""Events are queued in the transaction that caused them, for every kind the issue names, carry the
export's fields and nothing that leads to a reporter, and validate against the published schema."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import jsonschema
import pytest
from sqlalchemy import select, text

from bot.app.forward import attach_forwarding
from bot.desk.messages import DeskRequest, EditCard
from bot.engine.events import Button, Command, Text
from bot.forward.emit import emit_followup_answered, emit_outcome_recorded, emit_tip_erased
from bot.forward.events import KINDS
from bot.forward.queue import EMAIL, WEBHOOK, ForwardQueue
from bot.settings import Settings
from bot.storage.models import ForwardEvent, Tip
from tests.integration.cases.conftest import START, VOLUNTEER_CHAT, DeskRig, volunteer
from tests.integration.forward.conftest import SECRET, forward_settings, report

REPORTER = "tg:5551907342"
OTHER = "tg:6662418035"


@pytest.fixture
def settings(tipline_settings: Settings) -> Settings:
    return forward_settings(
        tipline_settings,
        forward_url="http://127.0.0.1:9/tipline",
        forward_secret=SECRET,
        forward_email="desk@charity.example",
        smtp_url="smtp+plain://127.0.0.1:25",
    )


async def rows(rig: DeskRig) -> list[ForwardEvent]:
    async with rig.db.transaction() as session:
        return list((await session.scalars(select(ForwardEvent).order_by(ForwardEvent.id))).all())


async def desk(rig: DeskRig, command: str, args: str) -> None:
    async with rig.db.transaction() as session:
        await rig.desk.handle(session, DeskRequest(10, VOLUNTEER_CHAT, Command(name=command, args=args)))
    rig.recorder.take()


async def every_kind(rig: DeskRig, settings: Settings) -> list[ForwardEvent]:
    """A tip, another on a second account, each case change, an answer, a follow-up, an outcome and an erasure."""
    attach_forwarding(rig.app, settings)
    await volunteer(rig.db, 10, "sam.volunteer", "coordinator")
    await report(rig.app, REPORTER)
    await report(rig.app, OTHER, "https://www.instagram.com/other.account/")
    await desk(rig, "claim", "1")
    await desk(rig, "status", "1 reported")
    await desk(rig, "close", "1 removed")
    await desk(rig, "reopen", "1")
    await desk(rig, "merge", "2 into 1")
    queue = ForwardQueue.from_settings(settings)
    async with rig.db.transaction() as session:
        reference = await session.scalar(select(Tip.reference).order_by(Tip.id).limit(1))
        assert reference is not None
        await emit_followup_answered(session, queue, reference, 1, "still_there", rig.clock())
        await emit_outcome_recorded(session, queue, 1, "still_up", rig.clock() - timedelta(hours=2), rig.clock())
        await emit_tip_erased(session, queue, reference, 1, rig.clock())
    return await rows(rig)


def payloads(found: list[ForwardEvent], destination: str) -> list[dict[str, Any]]:
    return [row.payload for row in found if row.destination == destination and row.payload is not None]


async def test_every_kind_is_queued_and_valid(
    rig: DeskRig, settings: Settings, validator: jsonschema.Draft202012Validator
) -> None:
    found = await every_kind(rig, settings)
    webhook = payloads(found, WEBHOOK)
    for event in webhook + payloads(found, EMAIL):
        validator.validate(event)
    assert [event["kind"] for event in webhook] == [
        "case.opened",
        "tip.filed",
        "case.opened",
        "tip.filed",
        "case.status_changed",  # the claim started the work
        "case.status_changed",
        "case.closed",
        "case.status_changed",  # reopened
        "case.merged",
        "followup.answered",
        "case.outcome_recorded",
        "tip.erased",
    ]
    assert set(KINDS) - {event["kind"] for event in webhook} == {"question.answered"}  # tested below
    # The mailbox gets each event but the "opened" twin of a new case's tip (one mail per new case).
    mailed = [event["kind"] for event in webhook if event["kind"] != "case.opened"]
    assert [event["kind"] for event in payloads(found, EMAIL)] == mailed
    # One id per event, the same at every destination.
    by_destination = {
        d: [row.event_id for row in found if row.destination == d and row.kind != "case.opened"]
        for d in (WEBHOOK, EMAIL)
    }
    assert by_destination[WEBHOOK] == by_destination[EMAIL]
    assert len(set(by_destination[WEBHOOK])) == len(by_destination[WEBHOOK])

    tip = webhook[1]
    assert tip["tip"]["accounts"] == ["instagram:bad.actor_01"]
    assert tip["tip"]["category"] == "grooming"
    assert tip["tip"]["contact_consent"] is True
    assert tip["case"]["account_url"] == "https://www.instagram.com/bad.actor_01/"
    assert tip["change"] == {"new_case": True}
    closed = webhook[6]
    assert (closed["case"]["status"], closed["change"]["outcome"]) == ("closed", "removed")
    assert closed["case"]["assignee"] is None
    merged = webhook[8]
    assert merged["change"]["merged_case_id"] == 2
    assert merged["change"]["merged_case"]["merged_into"] == 1


async def test_nothing_leads_back_to_a_reporter(rig: DeskRig, settings: Settings) -> None:
    found = await every_kind(rig, settings)
    async with rig.db.transaction() as session:
        tips = (await session.scalars(select(Tip))).all()
    secrets_at_rest = {REPORTER, OTHER, "5551907342", "6662418035"}
    secrets_at_rest |= {tip.reporter for tip in tips} | {tip.reporter[:12] for tip in tips}
    secrets_at_rest |= {tip.contact_token for tip in tips if tip.contact_token}
    text = repr([row.payload for row in found])
    assert [leak for leak in secrets_at_rest if leak in text] == []
    for row in found:
        if row.payload and "tip" in row.payload and row.kind == "tip.filed":
            assert "reporter" not in row.payload["tip"]


async def test_free_text_goes_to_the_webhook_by_default_and_never_to_email_by_default(
    rig: DeskRig, settings: Settings
) -> None:
    attach_forwarding(rig.app, settings)
    await report(rig.app, REPORTER)
    found = await rows(rig)
    (hook,) = [row.payload for row in found if row.kind == "tip.filed" and row.destination == WEBHOOK]
    (mail,) = [row.payload for row in found if row.kind == "tip.filed" and row.destination == EMAIL]
    assert hook is not None
    assert mail is not None
    assert "He asks kids" in hook["tip"]["details"]
    assert mail["tip"]["details"] is None


async def test_the_free_text_setting_withholds_it_from_the_webhook(rig: DeskRig, settings: Settings) -> None:
    attach_forwarding(rig.app, forward_settings(settings, forward_free_text=False, forward_email=None))
    await report(rig.app, REPORTER)
    (hook,) = [row.payload for row in await rows(rig) if row.kind == "tip.filed"]
    assert hook is not None
    assert hook["tip"]["details"] is None


async def test_an_answer_to_a_volunteers_question_is_forwarded(
    rig: DeskRig, settings: Settings, validator: jsonschema.Draft202012Validator
) -> None:
    attach_forwarding(rig.app, forward_settings(settings, forward_email=None))
    await volunteer(rig.db, 10, "sam.volunteer")
    await report(rig.app, REPORTER)
    async with rig.db.transaction() as session:
        await rig.desk.handle(session, DeskRequest(10, VOLUNTEER_CHAT, Command(name="ask", args="1 When?")))
    (relayed,) = [a for a in rig.recorder.take() if hasattr(a, "event")]
    shown = await rig.app.handle(REPORTER, relayed.event)
    (payload,) = [p for message in shown.messages for row in message.buttons for _, p in row]
    await rig.app.handle(REPORTER, Button(payload=payload))
    await rig.app.handle(REPORTER, Text(text="Last night"))
    (answer,) = [row.payload for row in await rows(rig) if row.kind == "question.answered"]
    assert answer is not None
    validator.validate(answer)
    assert answer["change"]["answer_text"] == "Last night"


async def test_an_erasure_redacts_the_tips_words_from_events_not_yet_delivered(
    rig: DeskRig, settings: Settings
) -> None:
    attach_forwarding(rig.app, settings)
    await report(rig.app, REPORTER)
    async with rig.db.transaction() as session:
        reference = await session.scalar(select(Tip.reference))
        assert reference is not None
        await emit_tip_erased(session, ForwardQueue.from_settings(settings), reference, 1, START)
    found = await rows(rig)
    assert "He asks kids" not in repr([row.payload for row in found])
    assert [row.kind for row in found if row.destination == WEBHOOK][-1] == "tip.erased"


async def test_an_erasure_redacts_queued_events_even_with_forwarding_off(rig: DeskRig, settings: Settings) -> None:
    attach_forwarding(rig.app, settings)
    await report(rig.app, REPORTER)
    async with rig.db.transaction() as session:
        reference = await session.scalar(select(Tip.reference))
        assert reference is not None
        assert await emit_tip_erased(session, ForwardQueue([]), reference, 1, START) == []
    assert "He asks kids" not in repr([row.payload for row in await rows(rig)])


async def test_without_forwarding_nothing_is_queued_and_the_desk_is_as_before(
    rig: DeskRig, tipline_settings: Settings
) -> None:
    hooks = rig.app.hooks
    assert not attach_forwarding(rig.app, tipline_settings)
    assert rig.app.hooks is hooks
    assert rig.desk.observers == []
    await report(rig.app, REPORTER)
    assert await rows(rig) == []


async def test_a_follow_up_answer_must_be_one_of_the_three(rig: DeskRig, settings: Settings) -> None:
    async with rig.db.transaction() as session:
        with pytest.raises(ValueError, match="gone, still_there, unsure"):
            await emit_followup_answered(session, ForwardQueue.from_settings(settings), "TIP-AAAAAA", 1, "maybe", START)


async def test_an_event_rolled_back_with_its_transaction_is_not_sent(rig: DeskRig, settings: Settings) -> None:
    """Queued in the same transaction: a desk action that fails takes its event with it."""
    attach_forwarding(rig.app, settings)
    await volunteer(rig.db, 10, "sam.volunteer")
    await report(rig.app, REPORTER)
    before = len(await rows(rig))

    class Boom(Exception):
        pass

    async def claim_then_fail() -> None:
        async with rig.db.transaction() as session:
            await rig.desk.handle(session, DeskRequest(10, VOLUNTEER_CHAT, Command(name="claim", args="1")))
            assert len((await session.scalars(select(ForwardEvent))).all()) == before + 2
            raise Boom

    with pytest.raises(Boom):
        await claim_then_fail()
    assert len(await rows(rig)) == before


async def test_queued_events_are_sealed_at_rest_and_read_in_clear(rig: DeskRig, settings: Settings) -> None:
    attach_forwarding(rig.app, settings)
    await report(rig.app, REPORTER)
    async with rig.db.transaction() as session:
        stored = (await session.execute(text("SELECT payload FROM forward_outbox"))).scalars().all()
    assert stored
    for raw in stored:
        document = raw if isinstance(raw, dict) else json.loads(raw)
        assert list(document) == ["sealed"]  # a backup of the database alone shows no event
    assert "He asks kids" in repr(payloads(await rows(rig), WEBHOOK))


async def test_a_reporters_forget_tells_the_charitys_systems_and_redraws_the_card(
    rig: DeskRig, settings: Settings
) -> None:
    attach_forwarding(rig.app, settings)
    await report(rig.app, REPORTER)
    rig.recorder.take()
    await rig.app.handle(REPORTER, Command(name="forget"))
    await rig.app.handle(REPORTER, Button(payload="~forget:yes"))
    found = await rows(rig)
    assert "He asks kids" not in repr([row.payload for row in found])
    erased = [row.payload for row in found if row.kind == "tip.erased" and row.destination == WEBHOOK]
    async with rig.db.transaction() as session:
        reference = await session.scalar(select(Tip.reference))
    assert [event["tip"]["reference"] for event in erased if event is not None] == [reference]
    assert any(isinstance(action, EditCard) for action in rig.recorder.take())
