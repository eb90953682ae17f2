"""The engine through its public surface: events in, replies, state and effects out."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.engine import World, step
from bot.engine.events import Button, Start, Text
from bot.engine.keys import MENU_PAYLOAD
from bot.engine.machine import MAX_TEXT
from bot.engine.replies import CountryName, DeleteUserMessage, Msg, SubmitTip
from bot.engine.state import ConversationState
from tests.unit.engine.conftest import Chat, skip_hotline_facts, walk_to_account, walk_to_review


def test_start_greets_and_offers_the_main_menu(chat: Chat) -> None:
    chat.start()
    assert chat.keys == ["greeting", "menu-ask"]
    assert set(chat.buttons()) == {
        "menu-report",
        "menu-young",
        "menu-parent",
        "menu-danger",
        "menu-about",
        "menu-language",
    }
    assert chat.position == "main.menu"


def test_language_comes_from_telegram_and_falls_back_to_english(world: World) -> None:
    assert step(world, ConversationState(), Start(language_code="xx-YY")).state.profile.language == "en"
    assert step(world, ConversationState(), Start(language_code=None)).state.profile.language == "en"


def test_safety_first_child_in_danger_asks_country_then_shows_emergency_number(chat: Chat) -> None:
    chat.start(language_code="en")  # plain English suggests no country
    chat.press("menu-report")
    assert chat.keys == ["report-safety-ask"]
    chat.press("report-safety-yes")
    assert chat.position == "report.danger_country"
    chat.press("Australia")
    assert chat.keys[0] == "danger-emergency"
    routes = chat.replies[0].params["routes"]
    assert "000" in repr(routes)
    assert chat.position == "report.danger_next"
    assert chat.state.answers.child_in_danger is True
    chat.press("danger-continue")
    assert chat.position == "report.category"
    assert chat.state.answers.child_in_danger is True


def test_danger_from_the_menu_uses_the_remembered_country(chat: Chat) -> None:
    chat.start()
    chat.state.profile.country, chat.state.profile.country_confirmed = "GB", True
    chat.press("menu-danger")
    assert chat.keys[0] == "danger-emergency"
    assert "999" in repr(chat.replies[0].params["routes"])
    chat.press("danger-done")
    assert chat.keys == ["danger-end-now"]
    assert chat.buttons() == {"button-menu": MENU_PAYLOAD}


def test_sexual_imagery_warns_not_to_save_and_asks_no_description(chat: Chat) -> None:
    chat.start()
    chat.press("menu-report")
    chat.press("report-safety-no")
    chat.press("category-sexual_imagery")
    assert chat.keys == ["report-csam-warning", "report-platform-ask"]
    chat.press("TikTok")
    chat.type("@someone")
    chat.press("report-related-no")
    chat.press("reported-yes")
    chat.press("report-followup-no")
    assert chat.keys == ["report-details-ask-csam"]


def test_account_is_normalised_and_stored(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("https://www.instagram.com/Some.Account/?igshid=abc123")
    account = chat.state.answers.accounts[0]
    assert (account.platform, account.id, account.role) == ("instagram", "some.account", "reported")
    assert chat.position == "report.related_ask"


@pytest.mark.parametrize("bad", ["hello there", "https://example.com/not-instagram", "instagram.com/explore/"])
def test_bad_account_input_gets_a_platform_specific_example_and_keeps_answers(chat: Chat, bad: str) -> None:
    walk_to_account(chat)
    before = chat.state.answers.model_copy(deep=True)
    chat.type(bad)
    assert chat.keys[0].startswith("account-error-")
    assert chat.replies[0].params["example"] == Msg(key="example-instagram")
    assert chat.keys[-1] == "report-account-ask"
    assert chat.position == "report.account"
    assert chat.state.answers == before


def test_link_of_another_platform_is_offered_as_that_platform(chat: Chat) -> None:
    walk_to_account(chat, platform="TikTok")
    chat.type("https://x.com/SomeOne")
    assert chat.keys == ["account-switch-platform"]
    assert chat.replies[0].params["other"] == "X (Twitter)"
    chat.press("button-yes")
    assert chat.state.answers.platform == "x"
    assert chat.state.answers.accounts[0].id == "someone"
    assert chat.position == "report.related_ask"


def test_a_post_of_another_platform_is_kept_as_evidence_of_that_platform(chat: Chat) -> None:
    walk_to_account(chat, platform="TikTok")
    chat.type("https://x.com/SomeOne/status/123")
    chat.press("button-yes")
    assert chat.keys == ["account-post-kept", "report-account-ask"]
    assert chat.state.answers.platform == "x"
    assert [(a.id, a.role) for a in chat.state.answers.accounts] == [("status/123", "evidence")]


def test_declining_the_platform_switch_asks_again(chat: Chat) -> None:
    walk_to_account(chat, platform="TikTok")
    chat.type("https://x.com/SomeOne")
    chat.press("button-no")
    assert chat.keys == ["report-account-ask"]
    assert chat.state.answers.accounts == []
    assert chat.state.answers.platform == "tiktok"


def test_text_while_a_yes_no_question_is_pending_reasks_it(chat: Chat) -> None:
    walk_to_account(chat, platform="TikTok")
    chat.type("https://x.com/SomeOne")
    chat.type("what?")
    assert chat.keys == ["error-use-buttons", "account-switch-platform"]


def test_related_accounts_are_added_once(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("@main.account")
    chat.press("report-related-yes")
    chat.type("https://www.instagram.com/helper_one/")
    assert chat.keys[0] == "account-added"
    chat.press("report-related-yes")
    chat.type("instagram.com/HELPER_ONE")
    assert chat.keys[0] == "account-duplicate"
    chat.press("report-related-yes")
    chat.press("report-related-done")
    roles = [(a.id, a.role) for a in chat.state.answers.accounts]
    assert roles == [("main.account", "reported"), ("helper_one", "related")]
    assert chat.position == "report.reported"


def test_platform_routes_show_the_platforms_own_report_route(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("@main.account")
    chat.press("report-related-no")
    assert chat.keys == ["report-platform-routes", "report-reported-ask"]
    parts = chat.replies[0].params["routes"]
    assert "instagram" in repr(parts).lower()


def test_free_text_over_the_limit_is_refused_and_nothing_is_lost(chat: Chat) -> None:
    walk_to_review(chat)
    chat.press("review-edit")
    chat.press("edit-details")
    before = chat.state.answers.model_copy(deep=True)
    chat.type("x" * 2001)
    assert chat.keys[0] == "error-too-long"
    assert chat.replies[0].params["limit"] == 2000
    assert chat.position == "report.details"
    assert chat.state.answers == before


def test_text_longer_than_anything_allowed_is_refused_everywhere(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("y" * (MAX_TEXT + 1))
    assert chat.keys[0] == "error-too-long"
    assert chat.position == "report.account"


def test_empty_text_is_answered(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("   ")
    assert chat.keys == ["error-empty", "report-account-ask"]


def test_text_at_a_choice_asks_for_the_buttons(chat: Chat) -> None:
    chat.start()
    chat.press("menu-report")
    chat.type("yes!")
    assert chat.keys == ["error-use-buttons", "report-safety-ask"]
    assert chat.position == "report.safety"


def test_country_can_be_typed_in_any_form(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("@acct")
    chat.press("report-related-no")
    chat.press("reported-yes")
    chat.press("report-followup-no")
    chat.press("button-skip")
    skip_hotline_facts(chat)
    assert chat.position == "report.country"
    chat.type("Narnia")
    assert chat.keys[0] == "error-country-unknown"
    chat.type("uk")
    assert chat.state.profile.country == "GB"
    assert chat.keys[0] == "report-hotline-routes"


def test_stale_button_reasks_the_current_step_without_changes(chat: Chat) -> None:
    chat.start()
    old_menu = chat.buttons()
    chat.press("menu-report")
    before = chat.state.model_copy(deep=True)
    chat.send(Button(payload=old_menu["menu-about"]))
    assert chat.keys == ["error-stale-button", "report-safety-ask"]
    assert chat.state == before


@pytest.mark.parametrize(
    "payload", ["", ":", "report.safety:maybe", "nonsense", "~cancel:yes", "~menu:go", "x" * 300, "report.safety:"]
)
def test_forged_or_unknown_payloads_change_nothing(chat: Chat, payload: str) -> None:
    chat.start()
    chat.press("menu-report")
    before = chat.state.model_copy(deep=True)
    chat.send(Button(payload=payload))
    assert chat.keys[-1] == "report-safety-ask"
    assert chat.state == before


def test_cancel_asks_first_then_abandons_the_report(chat: Chat) -> None:
    walk_to_account(chat)
    chat.command("cancel")
    assert chat.keys == ["cancel-confirm"]
    chat.press("button-yes")
    assert chat.keys[0] == "cancel-done"
    assert chat.position == "main.menu"
    assert chat.state.answers.category is None


def test_cancel_can_be_taken_back(chat: Chat) -> None:
    walk_to_account(chat)
    chat.command("cancel")
    chat.press("button-no")
    assert chat.keys == ["cancel-kept", "report-account-ask"]
    assert chat.state.answers.category == "collecting_photos"


def test_cancel_with_nothing_under_way(chat: Chat) -> None:
    chat.start()
    chat.command("cancel")
    assert chat.keys == ["error-nothing-to-cancel", "menu-ask"]


def test_start_restarts_cleanly_but_remembers_language_and_country(chat: Chat) -> None:
    walk_to_review(chat)
    chat.start(language_code="de")
    assert chat.keys == ["cancel-confirm"]  # like /cancel: a report is never thrown away unasked
    assert chat.state.answers.accounts
    chat.press("button-yes")
    assert chat.keys == ["cancel-done", "menu-ask"]
    assert chat.position == "main.menu"
    assert chat.state.answers.accounts == []
    assert chat.state.profile.country == "AU"
    assert chat.state.profile.language == "en"


def test_media_is_deleted_refused_and_the_step_goes_on(chat: Chat) -> None:
    walk_to_account(chat)
    before = chat.state.model_copy(deep=True)
    chat.media("photo", message_id=42)
    assert chat.effects == [DeleteUserMessage(message_id=42)]
    assert chat.keys == ["media-refused", "report-account-ask"]
    assert chat.state == before


def test_help_and_unknown_commands_reask_the_step(chat: Chat) -> None:
    walk_to_account(chat)
    chat.command("help")
    assert chat.keys == ["help", "report-account-ask"]
    chat.command("frobnicate")
    assert chat.keys == ["error-unknown-command", "report-account-ask"]


def test_review_shows_every_answer(chat: Chat) -> None:
    walk_to_review(chat)
    params = chat.replies[-1].params
    assert params["category"] == Msg(key="category-collecting_photos")
    assert params["accounts"] == "https://www.instagram.com/some.account/"
    assert params["details"] == "They repost photos from a family account."
    assert params["country"] == CountryName(code="AU", fallback="Australia")
    assert params["consent"] == Msg(key="review-no")


def test_edit_from_review_returns_to_review(chat: Chat) -> None:
    walk_to_review(chat)
    chat.press("review-edit")
    chat.press("edit-category")
    chat.press("category-grooming")
    assert chat.position == "report.review"
    assert chat.state.answers.category == "grooming"
    chat.press("review-edit")
    chat.press("edit-consent")
    chat.press("report-consent-yes")
    assert chat.position == "report.review"
    assert chat.state.answers.contact_consent is True


def test_editing_the_platform_asks_for_the_account_again(chat: Chat) -> None:
    walk_to_review(chat)
    chat.press("review-edit")
    chat.press("edit-account")
    chat.press("TikTok")
    assert chat.position == "report.account_edit"
    chat.type("tiktok.com/@other.one")
    assert chat.position == "report.review"
    assert [a.id for a in chat.state.answers.accounts] == ["other.one"]


def test_changing_the_country_from_review(chat: Chat) -> None:
    walk_to_review(chat)
    chat.press("review-edit")
    chat.press("edit-country")
    chat.type("Canada")
    assert chat.position == "report.review"
    assert chat.state.profile.country == "CA"


def test_cancel_from_review_confirms(chat: Chat) -> None:
    walk_to_review(chat)
    chat.press("review-cancel")
    chat.press("button-no")
    assert chat.position == "report.review"
    chat.press("review-cancel")
    chat.press("button-yes")
    assert chat.keys == ["cancel-done"]
    assert chat.state.answers.accounts == []


def test_submit_emits_the_tip_and_ends_with_the_menu(chat: Chat) -> None:
    walk_to_review(chat)
    chat.press("review-submit")
    [effect] = chat.effects
    assert isinstance(effect, SubmitTip)
    assert effect.answers.category == "collecting_photos"
    assert effect.answers.accounts[0].id == "some.account"
    assert effect.country == "AU"
    assert chat.keys == ["tip-submitted", "report-done"]
    assert "reference" in chat.replies[0].params
    # Nothing of the report stays in the conversation; the profile does.
    assert chat.state.answers.accounts == []
    assert chat.state.profile.country == "AU"
    chat.press("button-menu")
    assert chat.position == "main.menu"


def test_country_is_remembered_for_the_next_report(chat: Chat) -> None:
    walk_to_review(chat)
    chat.press("review-submit")
    chat.press("button-menu")
    chat.press("menu-report")
    chat.press("report-safety-no")
    chat.press("category-other")
    chat.press("Instagram")
    chat.type("@again")
    chat.press("report-related-no")
    chat.press("reported-yes")
    chat.press("report-followup-no")
    chat.press("button-skip")
    skip_hotline_facts(chat)
    assert chat.keys[0] == "report-hotline-routes"  # the country question was not asked again
    assert chat.position == "report.consent"


def test_about_explains_privacy_and_returns_to_the_menu(chat: Chat) -> None:
    chat.start()
    chat.press("menu-about")
    assert chat.keys == ["about-privacy"]
    chat.press("button-menu")
    assert chat.keys == ["menu-ask"]


def test_text_when_idle_shows_the_menu_with_the_young_persons_choice_first(chat: Chat) -> None:
    chat.type("hello")
    assert chat.keys == ["menu-text-hint", "menu-ask"]
    assert next(iter(chat.buttons())) == "menu-young"


def test_step_never_mutates_its_input(world: World) -> None:
    state = ConversationState()
    first = step(world, state, Start(language_code="en"))
    frozen = first.state.model_dump()
    step(world, first.state, Text(text="hi"))
    assert first.state.model_dump() == frozen
    assert state == ConversationState()


def test_step_is_deterministic(world: World) -> None:
    a = step(world, ConversationState(), Start(language_code="en"))
    b = step(world, ConversationState(), Start(language_code="en"))
    assert (a.state, a.replies, a.effects) == (b.state, b.replies, b.effects)


def test_a_conversation_pointing_at_a_removed_step_recovers(world: World) -> None:
    state = ConversationState(flow="report", step="no_such_step")
    outcome = step(world, state, Text(text="hello"))
    assert outcome.state.position == "main.menu"


def test_a_country_guessed_from_the_language_is_offered_first_and_confirmed(chat: Chat) -> None:
    chat.start(language_code="pt-BR")
    assert (chat.state.profile.country, chat.state.profile.country_confirmed) == ("BR", False)
    chat.press("menu-report")
    chat.press("report-safety-yes")
    assert chat.keys == ["country-ask-danger-guessed"]
    first_button = chat.replies[0].buttons[0][0]
    assert (first_button.label, first_button.payload) == ("Brazil", "report.danger_country:br")
    chat.press("Brazil")
    assert chat.state.profile.country_confirmed is True
    assert chat.keys[0] == "danger-emergency"


def test_a_country_outside_the_quick_list_can_be_typed_and_is_named(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("@acct")
    chat.press("report-related-no")
    chat.press("reported-yes")
    chat.press("report-followup-no")
    chat.press("button-skip")
    skip_hotline_facts(chat)
    chat.type("Deutschland")
    assert chat.state.profile.country == "DE"
    assert chat.position == "report.consent"
    chat.press("report-consent-no")
    assert chat.replies[-1].params["country"] == CountryName(code="DE", fallback="Germany")
    chat.press("review-edit")
    chat.press("edit-country")
    assert chat.keys == ["country-ask-change"]
    chat.type("Kenya")  # a country with no hotline of its own in the directory
    assert chat.state.profile.country == "KE"
    assert chat.position == "report.review"


def test_no_guessed_country_asks_plainly(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("@acct")
    chat.press("report-related-no")
    chat.press("reported-yes")
    chat.press("report-followup-no")
    chat.press("button-skip")
    skip_hotline_facts(chat)
    assert chat.keys == ["country-ask"]  # not "Are you in ?" with nothing to name


def test_related_accounts_stop_at_the_cap_and_the_report_goes_on(world: World) -> None:
    chat = Chat(replace(world, max_related_accounts=2))
    walk_to_account(chat)
    chat.type("@main.account")
    for name in ("one", "two"):
        chat.press("report-related-yes")
        chat.type(f"@helper_{name}")
    chat.press("report-related-yes")
    chat.type("@helper_three")
    assert chat.keys[0] == "account-related-limit"
    related = [a.id for a in chat.state.answers.accounts if a.role == "related"]
    assert related == ["helper_one", "helper_two"]
    assert chat.position == "report.reported"  # on with the report, the guidance next
