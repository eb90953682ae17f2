"""A young person's own path ("It's happening to me"), the hotline's facts, and the safer routes,
through the pure engine."""

from __future__ import annotations

import pytest

from bot.engine.keys import MENU_PAYLOAD
from bot.engine.replies import Joined, Msg, SubmitTip
from bot.i18n import Locales
from tests.unit.engine.conftest import Chat, skip_hotline_facts, walk_to_account, walk_to_review


def route_labels(chat: Chat, key: str) -> list[str]:
    """The route kinds' labels shown by the reply `key`, in order."""
    reply = next(r for r in chat.replies if r.key == key)
    routes = reply.params["routes"]
    assert isinstance(routes, Joined)
    labels = []
    for part in routes.parts:
        if part.key == "route-item":
            label = part.params["label"]
            assert isinstance(label, Msg)
            labels.append(label.key)
    return labels


def route_names(chat: Chat, key: str) -> str:
    reply = next(r for r in chat.replies if r.key == key)
    return repr(reply.params["routes"])


def every_key_said(chat: Chat) -> list[str]:
    return [reply.key for outcome in chat.outcomes for reply in outcome.replies]


def start_young(chat: Chat) -> None:
    chat.start()
    chat.press("menu-young")
    assert chat.keys == ["young-safe-ask"]
    chat.press("young-safe-yes")
    assert chat.keys == ["young-not-your-fault", "young-what-ask"]


def test_a_young_persons_whole_path_never_asks_about_contact(chat: Chat) -> None:
    start_young(chat)
    chat.press("young-what-threats")
    assert chat.keys == ["young-stop-images", "young-images-ask"]
    chat.press("young-images-yes")
    assert chat.position == "young.country"
    chat.press("United Kingdom")
    assert chat.keys == ["young-takedown", "young-talk", "young-report-ask"]
    takedown = route_names(chat, "young-takedown")
    assert "Take It Down" in takedown
    assert "Report Remove" in takedown
    assert "Childline" in route_names(chat, "young-talk")
    chat.press("young-report-yes")
    chat.press("Discord")
    chat.type("https://discord.com/users/123456789012345678")
    assert chat.keys == ["young-platform-routes", "young-followup-ask"]
    chat.press("young-followup-no")
    chat.type("He says he will tell my parents")
    chat.press("seen-today")
    chat.press("age-13_15")
    chat.press("risk-money")
    assert chat.keys == ["facts-risk-noted", "young-risks-ask"]
    chat.press("facts-risks-done")
    assert chat.position == "young.review"
    review = chat.replies[-1].params
    assert review["seen"] == Msg(key="seen-today")
    assert review["age"] == Msg(key="age-13_15")
    chat.press("review-submit")
    assert chat.keys == ["young-submitted", "young-done"]
    (tip,) = chat.effects
    assert isinstance(tip, SubmitTip)
    answers = tip.answers
    assert answers.self_report is True
    assert answers.contact_consent is None
    assert (answers.category, answers.child_age, answers.seen_when) == ("sexual_imagery", "13_15", "today")
    assert answers.risks == ["threats", "money"]
    assert answers.follow_up is False
    assert not [key for key in every_key_said(chat) if "consent" in key]


def walk_young_to_follow_up(chat: Chat) -> None:
    start_young(chat)
    chat.press("young-what-asked")
    chat.press("young-images-no")
    chat.press("Brazil")
    chat.press("young-report-yes")
    chat.press("Discord")
    chat.type("@tiolegal")
    assert chat.keys == ["young-platform-routes", "young-followup-ask"]


def test_a_young_person_may_choose_the_bots_check_back_and_is_told_no_person_writes(
    chat: Chat, locales: Locales
) -> None:
    walk_young_to_follow_up(chat)
    text = locales.text("en", "young-followup-ask")
    assert "automatic message from this bot" in text
    assert "No person will write to you" in text
    assert '"No, thanks"' in text
    assert locales.text("en", "young-followup-no") == "No, thanks"
    chat.press("young-followup-yes")
    chat.press("button-skip")
    chat.press("button-skip")
    chat.press("button-skip")
    chat.press("facts-risks-done")
    chat.press("review-submit")
    assert chat.keys == ["young-submitted", "young-done-followup"]
    (tip,) = chat.effects
    assert isinstance(tip, SubmitTip)
    assert (tip.answers.self_report, tip.answers.follow_up, tip.answers.contact_consent) == (True, True, None)
    assert not [key for key in every_key_said(chat) if "consent" in key]


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "pt-BR", "ru", "ar"])
def test_the_young_follow_up_question_names_its_own_no_button(locales: Locales, language: str) -> None:
    """The text tells the young person which button to press if someone else may read the chat."""
    assert locales.text(language, "young-followup-no") in locales.text(language, "young-followup-ask")
    assert "/stopcontact" in locales.text(language, "young-followup-ask")
    assert "/stopcontact" in locales.text(language, "young-done-followup")


def test_a_young_person_who_says_no_hears_that_nobody_will_contact_them(chat: Chat) -> None:
    walk_young_to_follow_up(chat)
    chat.press("young-followup-no")
    chat.press("button-skip")
    chat.press("button-skip")
    chat.press("button-skip")
    chat.press("facts-risks-done")
    chat.press("review-submit")
    assert chat.keys == ["young-submitted", "young-done"]
    (tip,) = chat.effects
    assert isinstance(tip, SubmitTip)
    assert tip.answers.follow_up is False


def test_not_safe_shows_the_emergency_number_first_then_goes_on(chat: Chat) -> None:
    chat.start()
    chat.press("menu-young")
    chat.press("young-safe-no")
    assert chat.position == "young.country"
    chat.press("Germany")
    assert chat.keys == ["young-emergency", "young-not-your-fault", "young-what-ask"]
    # 110 first, "call this first"; 112 only as the alternative.
    assert route_labels(chat, "young-emergency") == ["route-kind-emergency", "route-kind-emergency-other"]
    routes = chat.replies[0].params["routes"]
    assert isinstance(routes, Joined)
    assert [part.key for part in routes.parts].count("route-note-emergency") == 1
    assert chat.state.answers.child_in_danger is True


def test_no_images_goes_straight_to_someone_to_talk_to_and_can_end_without_reporting(chat: Chat) -> None:
    start_young(chat)
    chat.press("young-what-asked")
    assert chat.keys == ["young-stop", "young-images-ask"]
    chat.press("young-images-no")
    chat.press("Brazil")
    assert chat.keys == ["young-talk", "young-report-ask"]
    chat.press("young-report-no")
    assert chat.keys == ["young-end"]
    assert chat.buttons() == {"button-menu": MENU_PAYLOAD}
    assert chat.effects == []


def test_every_helpline_step_has_someone_even_where_we_know_no_one(chat: Chat) -> None:
    start_young(chat)
    chat.press("young-what-groomed")
    chat.press("young-images-no")
    chat.type("Egypt")
    labels = route_labels(chat, "young-talk")
    assert labels, "a young person in a country without data still gets the international fallback"


def test_text_at_the_menu_offers_the_young_persons_choice_first(chat: Chat) -> None:
    chat.start()
    chat.type("um adulto no discord está me pedindo fotos e estou com medo")
    assert chat.keys == ["menu-text-hint", "menu-ask"]
    first_row = chat.replies[-1].buttons[0]
    assert [button.label for button in first_row] == ["menu-young"]
    chat.press("menu-young")
    assert chat.keys == ["young-safe-ask"]


def test_start_mid_report_asks_before_discarding(chat: Chat) -> None:
    start_young(chat)
    chat.start()
    assert chat.keys == ["cancel-confirm"]
    chat.press("button-no")
    assert chat.keys == ["cancel-kept", "young-what-ask"]
    assert chat.state.answers.self_report is True


def test_start_on_the_menu_just_greets(chat: Chat) -> None:
    chat.start()
    chat.start()
    assert chat.keys == ["greeting", "menu-ask"]


def test_the_report_asks_what_a_hotline_needs_and_each_can_be_skipped(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("https://instagram.com/some.account")
    chat.press("report-related-no")
    chat.press("reported-not_yet")
    chat.press("report-followup-no")
    chat.press("button-skip")
    assert chat.keys == ["facts-seen-ask"]
    chat.press("seen-date")
    assert chat.keys == ["facts-seen-date-ask"]
    chat.type("3 March")
    chat.press("age-under_10")
    chat.press("button-yes")
    chat.press("risk-meeting")
    chat.press("risk-meeting")  # twice is once
    noted = chat.press("risk-identifiable")[0]
    assert noted.key == "facts-risk-noted"
    risks = noted.params["risks"]
    assert isinstance(risks, Joined)
    assert [part.key for part in risks.parts if isinstance(part, Msg)] == ["risk-meeting", "risk-identifiable"]
    chat.press("facts-risks-done")
    answers = chat.state.answers
    assert (answers.seen_when, answers.seen_date, answers.child_age, answers.knows_child) == (
        "date",
        "3 March",
        "under_10",
        True,
    )
    assert answers.risks == ["meeting", "identifiable"]
    assert chat.position == "report.country"


def test_skipping_every_fact_stores_none_of_them(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("https://instagram.com/some.account")
    chat.press("report-related-no")
    chat.press("reported-not_yet")
    chat.press("report-followup-no")
    chat.press("button-skip")
    skip_hotline_facts(chat)
    answers = chat.state.answers
    assert (answers.seen_when, answers.child_age, answers.knows_child, answers.risks) == (None, None, None, [])


def test_the_danger_path_shows_the_hotline_at_once_and_ends_with_call_now(chat: Chat) -> None:
    chat.start()
    chat.press("menu-report")
    chat.press("report-safety-yes")
    chat.press("United States")
    assert chat.keys == ["danger-emergency", "danger-hotline", "danger-next-ask"]
    assert "CyberTipline" in route_names(chat, "danger-hotline")
    chat.press("danger-done")
    assert chat.keys == ["danger-end-now"]


def test_a_trading_network_warns_not_to_open_join_or_download(chat: Chat) -> None:
    chat.start()
    chat.press("menu-report")
    chat.press("report-safety-no")
    chat.press("category-trading_network")
    assert chat.keys == ["report-trading-warning", "report-platform-ask"]


def test_an_account_on_another_platform_gets_its_own_platforms_route(chat: Chat) -> None:
    walk_to_account(chat, category="category-trading_network")
    chat.type("https://instagram.com/some.account")
    chat.press("report-related-yes")
    chat.type("https://t.me/some_group")
    chat.press("report-related-no")
    routes = chat.replies[0].params["routes"]
    assert isinstance(routes, Joined)
    names = [part.params["name"] for part in routes.parts if part.key == "route-item"]
    assert "Instagram" in names
    assert "Telegram" in names


def test_text_that_is_neither_a_link_nor_a_name_says_so(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("😱😱 !!")
    assert chat.keys == ["account-error-not_a_name", "report-account-ask"]
    assert chat.state.answers.accounts == []


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "pt-BR", "ru", "ar"])
def test_the_review_lists_what_the_hotline_asked_in_every_language(chat: Chat, locales: Locales, language: str) -> None:
    walk_to_account(chat)
    chat.type("https://instagram.com/some.account")
    chat.press("report-related-no")
    chat.press("reported-not_yet")
    chat.press("report-followup-no")
    chat.press("button-skip")
    chat.press("seen-week")
    chat.press("age-13_15")
    chat.press("button-no")
    chat.press("risk-meeting")
    chat.press("risk-money")
    chat.press("facts-risks-done")
    chat.press("Australia")
    chat.press("report-consent-no")
    assert chat.position == "report.review"
    review = chat.replies[-1]
    text = locales.text(language, review.key, review.params)
    for label in ("seen-week", "age-13_15", "review-no", "risk-meeting", "risk-money"):
        assert locales.text(language, label) in text, (language, label)
    assert text.count("\n") >= 12, "one line each: the hotline's four facts come with the rest"


def test_the_review_says_none_for_each_hotline_fact_skipped(chat: Chat, locales: Locales) -> None:
    walk_to_review(chat)
    review = chat.replies[-1]
    assert {name: review.params[name] for name in ("seen", "age", "knows", "risks")} == dict.fromkeys(
        ("seen", "age", "knows", "risks"), Msg(key="review-none")
    )
    text = locales.text("en", review.key, review.params)
    assert "When you saw it: none" in text
    assert "Risk signs: none" in text


def test_a_young_person_gets_take_it_down_never_stopncii_and_the_lines_for_young_people(chat: Chat) -> None:
    start_young(chat)
    chat.press("young-what-shared")
    chat.press("young-images-yes")
    chat.press("Germany")
    assert chat.keys == ["young-takedown", "young-talk", "young-report-ask"]
    takedown = route_names(chat, "young-takedown")
    assert "Take It Down" in takedown
    assert "StopNCII" not in takedown
    talk = route_names(chat, "young-talk")
    assert "Kinder- und Jugendtelefon" in talk
    assert "Elterntelefon" not in talk


def test_a_young_person_in_the_us_gets_take_it_down_alone(chat: Chat) -> None:
    start_young(chat)
    chat.press("young-what-threats")
    chat.press("young-images-unsure")
    chat.press("United States")
    assert route_labels(chat, "young-takedown") == ["route-kind-take_it_down"]
    assert "StopNCII" not in route_names(chat, "young-takedown")


def test_start_in_the_parents_path_asks_before_discarding_too(chat: Chat) -> None:
    chat.start()
    chat.press("menu-parent")
    chat.press("parents-start-photos")
    chat.press("Instagram")
    chat.start()
    assert chat.keys == ["cancel-confirm"]
    chat.press("button-no")
    assert chat.state.answers.platform == "instagram"


def test_start_after_a_young_persons_report_was_filed_just_greets(chat: Chat) -> None:
    walk_young_to_follow_up(chat)
    chat.press("young-followup-no")
    for _ in range(3):
        chat.press("button-skip")
    chat.press("facts-risks-done")
    chat.press("review-submit")
    assert chat.keys == ["young-submitted", "young-done"]
    chat.start()
    assert chat.keys == ["greeting", "menu-ask"]


def test_a_young_person_who_does_not_know_the_account_is_never_stuck(chat: Chat) -> None:
    start_young(chat)
    chat.press("young-what-asked")
    chat.press("young-images-no")
    chat.press("Brazil")
    chat.press("young-report-yes")
    chat.press("Discord")
    chat.press("report-account-unknown")
    # The platform's routes still; no check-back question: there is no account to ask about.
    assert chat.keys == ["young-platform-routes", "young-details-ask"]
    assert chat.state.answers.accounts == []
    assert chat.state.answers.follow_up is None
