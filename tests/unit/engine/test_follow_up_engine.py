"""The engine's part of the follow-up (issue 16): the question and its three buttons, answers as
effects, forged buttons refused, and the report text offered without storing an answer."""

from __future__ import annotations

from bot.engine.events import Button, FollowUpQuestion
from bot.engine.replies import FollowUpAnswer, PasteReport
from tests.unit.engine.conftest import Chat, walk_to_account


def test_the_question_has_gone_still_and_cant_tell(chat: Chat) -> None:
    chat.start()
    chat.send(FollowUpQuestion(follow_up_id=7, reference="TIP-ABCDEF", account="https://x.com/a", platform="x"))
    assert chat.keys[-1] == "followup-question"
    assert chat.buttons() == {
        "followup-gone": "~fu7:gone",
        "followup-still": "~fu7:still",
        "followup-unsure": "~fu7:unsure",
    }
    chat.press("followup-still")
    assert chat.effects == [FollowUpAnswer(follow_up_id=7, answer="still")]
    assert chat.keys[0] == "followup-answer"


def test_a_young_persons_question_and_a_reminder(chat: Chat) -> None:
    chat.start()
    event = FollowUpQuestion(
        follow_up_id=3, reference="TIP-ABCDEF", account="https://x.com/a", platform="x", reminder=True, young=True
    )
    chat.send(event)
    [reply] = chat.replies
    assert reply.key == "followup-question-young"
    assert reply.params["reminder"] == "yes"


def test_forged_follow_up_buttons_change_nothing(chat: Chat) -> None:
    chat.start()
    for payload in ("~fuabc:gone", "~fu7:maybe", "~fu:still"):
        chat.send(Button(payload=payload))
        assert chat.effects == []
        assert chat.keys[0] == "error-stale-button"


def test_the_report_text_is_offered_with_the_reported_question_and_stores_nothing(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("https://instagram.com/some.account")
    chat.press("report-related-no")
    chat.press("report-paste-button")
    assert [type(effect) for effect in chat.effects] == [PasteReport]
    assert chat.keys == ["report-paste", "report-reported-ask"]
    assert chat.state.answers.model_dump()["reported_to_platform"] is None
    chat.press("reported-yes")
    assert chat.keys == ["report-followup-ask"]
    chat.press("report-followup-yes")
    assert chat.state.answers.model_dump()["reported_to_platform"] == "yes"
    assert chat.state.answers.follow_up is True
