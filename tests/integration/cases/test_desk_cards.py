"""A reporter's tip becomes a card in the volunteer chat; a further tip about the same account, in
another link form, redraws that card and says so under it."""

from __future__ import annotations

from bot.desk.messages import EditCard, Post
from bot.i18n import html_to_plain
from tests.e2e.test_console_report import HOTLINE_FACTS, REPORT_SCRIPT, run_script
from tests.integration.cases.conftest import VOLUNTEER_CHAT, DeskRig

LINK = "https://www.instagram.com/Collector.Account/?igshid=abc"


async def test_a_tip_posts_a_card_and_a_second_tip_in_another_form_edits_it(rig: DeskRig) -> None:
    assert LINK in REPORT_SCRIPT
    await run_script(rig.app, REPORT_SCRIPT, chat="console:first")
    (card,) = rig.recorder.take()
    assert isinstance(card, Post)
    assert card.chat_key == VOLUNTEER_CHAT
    assert card.card_of is not None
    text = html_to_plain(card.text)
    assert "instagram:collector.account" in text
    assert "1 tip from 1 person" in text
    assert "Reposts photos of <kids> & comments" in text  # the details, escaped in the HTML
    assert "&lt;kids&gt; &amp; comments" in card.text
    assert "console:first" not in card.text

    second = [line if line != LINK else "instagram.com/collector.account" for line in REPORT_SCRIPT]
    await run_script(rig.app, second, chat="console:second")
    edit, note = rig.recorder.take()
    assert isinstance(edit, EditCard)
    assert edit.case_id == card.card_of
    assert "2 tips from 2 people" in html_to_plain(edit.text)
    assert isinstance(note, Post)
    assert note.reply_to_card == card.card_of
    assert "joined this case" in note.text
    for action in (card, edit, note):
        assert "console:" not in action.text


async def test_without_a_volunteer_chat_nothing_is_posted(rig: DeskRig) -> None:
    rig.desk.volunteer_chat_key = None
    await run_script(rig.app, REPORT_SCRIPT, chat="console:first")
    assert rig.recorder.take() == []


async def test_the_card_says_how_surely_the_account_was_named(rig: DeskRig) -> None:
    """A Discord username has no link; the card says it was typed, so volunteers weigh it."""
    answers = ["2", "2", "2", "He asks my daughter for photos", *HOTLINE_FACTS, "Australia", "2", "1"]
    script = [*REPORT_SCRIPT[:3], "7", "@TioLegal", *answers]
    transcript = await run_script(rig.app, script, chat="console:parent")
    assert "Your reference is TIP-" in transcript
    (card,) = rig.recorder.take()
    assert isinstance(card, Post)
    text = html_to_plain(card.text)
    assert "discord:tiolegal · named by its username" in text
    assert "(https://" not in text.split("discord:tiolegal")[1].splitlines()[0]
