"""Only volunteers get anything from the desk, on every request; forged buttons do nothing, and say
so in the log without ids or text."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from bot.desk.messages import DeskRequest, EditCard, Post, Toast
from bot.engine.events import Button, Command, Text
from bot.storage.models import Case, CaseEvent
from tests.integration.cases.conftest import VOLUNTEER_CHAT, DeskRig, file_tip, volunteer

STRANGER = 666_000_111
PRIVATE = f"tg:{STRANGER}"


async def send(rig: DeskRig, user_id: int, event: Command | Button | Text, chat: str = VOLUNTEER_CHAT) -> list[object]:
    callback = "cb-1" if isinstance(event, Button) else None
    async with rig.db.transaction() as session:
        await rig.desk.handle(session, DeskRequest(user_id, chat, event, callback_id=callback))
    return list(rig.recorder.take())


async def audit_rows(rig: DeskRig) -> int:
    async with rig.db.transaction() as session:
        return int(await session.scalar(select(func.count()).select_from(CaseEvent)) or 0)


def texts_of(actions: list[object]) -> str:
    return "\n".join(a.text for a in actions if isinstance(a, Post | EditCard) or (isinstance(a, Toast) and a.text))  # type: ignore[misc]


STRANGER_REQUESTS: list[Command | Button] = [
    Command(name="queue"),
    Command(name="case", args="1"),
    Command(name="find", args="https://www.instagram.com/bad.account/"),
    Command(name="stats"),
    Command(name="export"),
    Command(name="claim", args="1"),
    Command(name="ask", args="1 who are you?"),
    Command(name="volunteers", args="add 666000111 me admin"),
    Button(payload="cs:claim:1"),
    Button(payload="cs:out:1:removed"),
    Button(payload="cs:view:1"),
    Button(payload="cs:q:0:*:*:*:*"),
]


async def test_someone_who_is_not_a_volunteer_gets_nothing_and_is_logged(
    rig: DeskRig, caplog: pytest.LogCaptureFixture
) -> None:
    await volunteer(rig.db, 10, "sam", "admin")
    tip = await file_tip(rig.db, "https://www.instagram.com/bad.account/", details="secret detail", consent=True)
    before = await audit_rows(rig)
    for chat in (VOLUNTEER_CHAT, PRIVATE):
        for event in STRANGER_REQUESTS:
            caplog.clear()
            with caplog.at_level(logging.INFO):
                actions = await send(rig, STRANGER, event, chat)
            if isinstance(event, Button):
                assert actions == [Toast(chat, "cb-1", None)], event  # the spinner stops; nothing else
            else:
                assert actions == [], event
            refusals = [r for r in caplog.records if "not a volunteer" in r.getMessage()]
            assert len(refusals) == 1, event
            logged = " ".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
            for secret in (str(STRANGER), "cs:", "bad.account", "secret detail", VOLUNTEER_CHAT, "who are you"):
                assert secret not in logged
    assert await audit_rows(rig) == before
    async with rig.db.transaction() as session:
        case = await session.get_one(Case, tip.case_id)
    assert (case.status, case.assignee_id) == ("new", None)


async def test_chatter_in_the_volunteer_group_is_not_for_the_bot(
    rig: DeskRig, caplog: pytest.LogCaptureFixture
) -> None:
    await volunteer(rig.db, 10, "sam")
    with caplog.at_level(logging.INFO):
        assert await send(rig, 10, Text(text="coffee?")) == []
        assert await send(rig, STRANGER, Text(text="hello")) == []
        assert await send(rig, STRANGER, Command(name="help")) == []
    assert not caplog.records


async def test_a_volunteer_is_checked_on_every_press_not_once(rig: DeskRig) -> None:
    await volunteer(rig.db, 10, "sam")
    await volunteer(rig.db, 1, "root", "admin")
    tip = await file_tip(rig.db, "https://www.instagram.com/bad.account/")
    claimed = await send(rig, 10, Button(payload=f"cs:claim:{tip.case_id}"))
    assert any(isinstance(a, EditCard) for a in claimed)
    removed = await send(rig, 1, Command(name="volunteers", args="remove sam"))
    assert "sam is no longer a volunteer" in texts_of(removed)
    assert await send(rig, 10, Button(payload=f"cs:claim:{tip.case_id}")) == [Toast(VOLUNTEER_CHAT, "cb-1", None)]


async def test_a_role_too_low_is_refused_and_logged(rig: DeskRig, caplog: pytest.LogCaptureFixture) -> None:
    await volunteer(rig.db, 10, "sam")
    a = await file_tip(rig.db, "https://www.instagram.com/a.account/")
    b = await file_tip(rig.db, "https://www.instagram.com/b.account/", reporter="chat-2")
    before = await audit_rows(rig)
    with caplog.at_level(logging.WARNING):
        for event in (
            Command(name="merge", args=f"{a.case_id} {b.case_id}"),
            Command(name="export", args="7d"),
            Command(name="volunteers", args="add 5 eve admin"),
        ):
            actions = await send(rig, 10, event)
            assert texts_of(actions) == "Your role does not allow that."
    assert await audit_rows(rig) == before
    assert [r.__dict__.get("action") for r in caplog.records] == ["merge", "export", "volunteers"]


async def test_forged_payloads_from_a_volunteer_are_out_of_date_not_errors(
    rig: DeskRig, caplog: pytest.LogCaptureFixture
) -> None:
    await volunteer(rig.db, 10, "sam")
    tip = await file_tip(rig.db, "https://www.instagram.com/bad.account/")
    with caplog.at_level(logging.WARNING):
        for payload, expected in (
            ("cs:zap:1", "That button is out of date."),
            (f"cs:st:{tip.case_id}:new", "That is not a status."),
            (f"cs:out:{tip.case_id}:because", "Closing needs an outcome"),
            ("cs:claim:987654", "There is no case #987654."),
        ):
            actions = await send(rig, 10, Button(payload=payload))
            assert len(actions) == 1
            assert isinstance(actions[0], Toast)
            assert (actions[0].text or "").startswith(expected)
    assert "987654" not in " ".join(str(r.__dict__) for r in caplog.records)


async def test_routing_desk_or_reporter_conversation(rig: DeskRig) -> None:
    await volunteer(rig.db, 10, "sam")
    async with rig.db.transaction() as session:
        wants = rig.desk.wants
        assert await wants(session, STRANGER, VOLUNTEER_CHAT, Text(text="anything"))
        assert await wants(session, 10, "tg:10", Command(name="queue"))
        assert not await wants(session, STRANGER, PRIVATE, Command(name="queue"))  # the public: "unknown command"
        assert await wants(session, STRANGER, PRIVATE, Button(payload="cs:claim:1"))  # refused and logged by the desk
        assert not await wants(session, 10, "tg:10", Command(name="start"))
        assert not await wants(session, 10, "tg:10", Button(payload="report.category:grooming"))
        assert not await wants(session, 10, "tg:10", Text(text="/queue"))
