"""Volunteers ask, reporters answer, reporters hear what became of their tip; nobody learns who
the other side is, and an answer only ever lands in the case of the reporter who was asked."""

from __future__ import annotations

from sqlalchemy import select

from bot.cases.audit import history
from bot.cases.detail import reporter_tag
from bot.desk.messages import DeskRequest, Outbound, Post, ToReporter
from bot.engine.events import Button, Command, Event, RelayQuestion, StatusNotice, Text
from bot.engine.state import ConversationState
from bot.storage.conversations import load_conversation, save_conversation
from bot.storage.models import Tip
from bot.turn import TurnResult
from tests.integration.cases.conftest import VOLUNTEER_CHAT, DeskRig, file_tip, volunteer

REPORTER = "tg:5551"
SOMEONE_ELSE = "tg:7777"


async def desk(rig: DeskRig, command: str, args: str) -> list[Outbound]:
    async with rig.db.transaction() as session:
        await rig.desk.handle(session, DeskRequest(10, VOLUNTEER_CHAT, Command(name=command, args=args)))
    return rig.recorder.take()


async def deliver(rig: DeskRig, actions: list[Outbound]) -> dict[str, TurnResult]:
    """Feed the events meant for reporters through the turn, as the pipeline's inbox would."""
    results = {}
    for action in actions:
        if isinstance(action, ToReporter):
            results[action.chat_key] = await rig.app.handle(action.chat_key, action.event)
    return results


def plain(result: TurnResult) -> str:
    return "\n".join(message.plain for message in result.messages)


async def setup(rig: DeskRig) -> int:
    await volunteer(rig.db, 10, "sam.volunteer")
    await rig.app.handle(REPORTER, Command(name="help"))  # the reporter's chat exists, as it would
    tip = await file_tip(rig.db, "https://www.instagram.com/bad.account/", reporter=REPORTER, consent=True)
    await file_tip(rig.db, "instagram.com/bad.account", reporter="tg:8888", consent=False)  # no consent: never asked
    return tip.case_id


async def test_question_and_answer_go_through_without_identities(rig: DeskRig) -> None:
    case_id = await setup(rig)
    asked = await desk(rig, "ask", f"{case_id} When did you <b>first</b> see it?")
    relayed = [a for a in asked if isinstance(a, ToReporter)]
    assert [a.chat_key for a in relayed] == [REPORTER]
    assert "Question sent to the reporter of case" in "".join(a.text for a in asked if isinstance(a, Post))

    shown = (await deliver(rig, asked))[REPORTER]
    assert "When did you <b>first</b> see it?" in plain(shown)
    assert "sam.volunteer" not in plain(shown)  # the reporter does not learn who asks
    (payload,) = [payload for message in shown.messages for row in message.buttons for _, payload in row]
    await rig.app.handle(REPORTER, Button(payload=payload))
    thanks = await rig.app.handle(REPORTER, Text(text="Yesterday, <around> 9pm"))
    assert "passed on" in plain(thanks)

    (post,) = rig.recorder.take()
    assert isinstance(post, Post)
    assert (post.chat_key, post.reply_to_card) == (VOLUNTEER_CHAT, case_id)
    assert "Yesterday, &lt;around&gt; 9pm" in post.text
    async with rig.db.transaction() as session:
        pseudonym = (await session.execute(select(Tip.reporter).where(Tip.case_id == case_id))).scalars().first()
        entries, _ = await history(session, case_id)
    assert pseudonym is not None
    for leak in (REPORTER, "5551", pseudonym, pseudonym[:12]):
        assert leak not in post.text
    assert "reporter #" + reporter_tag(pseudonym, case_id) in post.text
    assert [(e.actor, e.action) for e in entries[-2:]] == [("sam.volunteer", "asked"), ("reporter", "answered")]


async def test_an_answer_from_any_other_chat_is_dropped(rig: DeskRig) -> None:
    case_id = await setup(rig)
    asked = await desk(rig, "ask", f"{case_id} Is it still up?")
    (question,) = [a.event for a in asked if isinstance(a, ToReporter)]
    assert isinstance(question, RelayQuestion)

    # Delivered to the wrong chat (a bug, or a forged inbox row): it is not even shown.
    assert (await rig.app.handle(SOMEONE_ELSE, question)).messages == []
    # A conversation tampered with to be "answering" it: the answer is refused by the turn.
    async with rig.db.transaction() as session:
        key = rig.app.conversation_key(SOMEONE_ELSE)
        _state, version = await load_conversation(session, key)
        forged = ConversationState(asked=[question.question_id], answering=question.question_id)
        await save_conversation(session, key, forged, version, rig.clock.now)
    await rig.app.handle(SOMEONE_ELSE, Text(text="injected answer"))
    assert rig.recorder.take() == []
    async with rig.db.transaction() as session:
        entries, _ = await history(session, case_id)
    assert "answered" not in [e.action for e in entries]

    # The real reporter can still answer it.
    await deliver(rig, asked)
    await rig.app.handle(REPORTER, Button(payload=f"~answer:{question.question_id}"))
    await rig.app.handle(REPORTER, Text(text="yes"))
    assert len(rig.recorder.take()) == 1


async def test_reporters_are_told_of_platform_reports_and_closing_and_see_it_in_mytips(rig: DeskRig) -> None:
    case_id = await setup(rig)
    reported = await desk(rig, "status", f"{case_id} reported")
    closed = await desk(rig, "close", f"{case_id} removed")
    news = [a for a in (*reported, *closed) if isinstance(a, ToReporter)]
    assert [(a.chat_key, type(a.event).__name__) for a in news] == [(REPORTER, "StatusNotice")] * 2
    told = [plain(r) for a in news for r in (await deliver(rig, [a])).values()]
    assert "reported to the platform by us" in told[0]
    assert "closed: the content or account was removed" in told[1]
    assert "sam.volunteer" not in "".join(told)
    assert any("The reporter was told." in a.text for a in closed if isinstance(a, Post))
    mytips = await rig.app.handle(REPORTER, Command(name="mytips"))
    assert "closed: the content or account was removed" in plain(mytips)


async def test_after_stopcontact_nothing_more_reaches_the_reporter(rig: DeskRig) -> None:
    case_id = await setup(rig)
    asked = await desk(rig, "ask", f"{case_id} Still there?")  # queued before the reporter withdrew
    await rig.app.handle(REPORTER, Command(name="stopcontact"))
    pending: list[Event] = [a.event for a in asked if isinstance(a, ToReporter)]
    pending.append(StatusNotice(reference="TIP-ABC234", status_key="tip-status-reported"))
    for event in pending:
        assert (await rig.app.handle(REPORTER, event)).messages == []
    refused = await desk(rig, "ask", f"{case_id} And now?")
    assert [a.text for a in refused if isinstance(a, Post)] == [
        f"No reporter of case #{case_id} agreed to be contacted."
    ]
    assert [a for a in await desk(rig, "close", f"{case_id} removed") if isinstance(a, ToReporter)] == []


async def test_ask_one_tip_by_its_reference(rig: DeskRig) -> None:
    case_id = await setup(rig)
    second = await file_tip(rig.db, "@bad.account", platform="instagram", reporter="tg:9999", consent=True)
    asked = await desk(rig, "ask", f"{second.reference.lower()} Only you, please")
    assert [a.chat_key for a in asked if isinstance(a, ToReporter)] == ["tg:9999"]
    wrong = await desk(rig, "ask", "TIP-ZZZZZZ who?")
    assert [a.text for a in wrong if isinstance(a, Post)] == [
        "TIP-ZZZZZZ is not a tip of this case, or its reporter cannot be contacted."
    ]
    assert second.case_id == case_id
