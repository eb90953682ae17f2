"""A reporter's own tips, withdrawing consent, and answering a volunteer's relayed question."""

from __future__ import annotations

from bot.engine.events import Button, RelayQuestion
from bot.engine.replies import ListMyTips, RelayAnswer, Slot, WithdrawConsent
from tests.unit.engine.conftest import Chat, walk_to_account


def test_mytips_asks_the_turn_and_keeps_the_report_under_way(chat: Chat) -> None:
    walk_to_account(chat)
    chat.command("mytips")
    assert chat.effects == [ListMyTips()]
    assert chat.keys == ["mytips", "report-account-ask"]
    assert chat.replies[0].params["tips"] == Slot(slot="mytips")
    assert chat.position == "report.account"


def test_mytips_when_idle_does_not_reopen_anything(chat: Chat) -> None:
    chat.command("mytips")
    assert chat.keys == ["mytips"]


def test_stopcontact_withdraws_consent(chat: Chat) -> None:
    chat.start()
    chat.command("stopcontact")
    assert chat.effects == [WithdrawConsent()]
    assert chat.keys == ["consent-withdrawn", "menu-ask"]


def test_a_relayed_question_is_answered_with_a_button_then_text(chat: Chat) -> None:
    walk_to_account(chat)
    chat.send(RelayQuestion(question_id=7, reference="TIP-ABC234", text="When did you see it <b>?"))
    assert chat.keys == ["relay-question"]
    assert chat.replies[0].params["question"] == "When did you see it <b>?"
    chat.press("relay-answer-button")
    assert chat.keys == ["relay-answer-ask"]
    chat.type("Yesterday evening")
    assert chat.effects == [RelayAnswer(question_id=7, text="Yesterday evening")]
    assert chat.keys == ["relay-answer-sent", "report-account-ask"]
    assert chat.position == "report.account"
    assert chat.state.asked == []


def test_a_question_can_be_left_unanswered(chat: Chat) -> None:
    chat.start()
    chat.send(RelayQuestion(question_id=3, reference="TIP-ABC234", text="Still there?"))
    chat.press("relay-answer-button")
    chat.command("cancel")
    assert chat.keys == ["relay-answer-cancelled", "menu-ask"]
    assert chat.effects == []
    assert chat.state.asked == [3]  # the button still works later


def test_a_forged_answer_button_cannot_reach_another_case(chat: Chat) -> None:
    chat.start()
    chat.send(Button(payload="~answer:99"))
    assert chat.keys[0] == "error-stale-button"
    chat.type("injected text")
    assert chat.effects == []
    assert chat.state.answering is None


def test_an_answer_is_accepted_once(chat: Chat) -> None:
    chat.start()
    chat.send(RelayQuestion(question_id=5, reference="TIP-ABC234", text="?"))
    payload = chat.buttons()["relay-answer-button"]
    chat.send(Button(payload=payload))
    chat.type("first")
    chat.send(Button(payload=payload))
    assert chat.keys[0] == "error-stale-button"
