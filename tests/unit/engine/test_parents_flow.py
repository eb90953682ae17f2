"""The parents' flow, walked as a parent would: every path to its end, with the right routes for the
platform and country, and a tip filed from the stolen-photos path with the account given once."""

from __future__ import annotations

from bot.engine import World
from bot.engine.events import Button
from bot.engine.keys import MENU_PAYLOAD
from bot.engine.replies import Joined, Msg, Reply, SubmitTip
from bot.flowspec.model import ChoiceStep, MessageStep
from bot.i18n import Locales
from tests.unit.engine.conftest import Chat, walk_to_review
from tests.unit.engine.test_engine_properties import html_problems

CHECKLIST_APPS = ["Instagram", "TikTok", "YouTube", "Snapchat", "Facebook", "Roblox", "Discord"]
ACCOUNT_QUESTIONS = {"parents-photos-account-ask", "report-account-ask"}


def routes_of(reply: Reply) -> list[dict[str, str]]:
    """Each route item a routes step showed: its label key, name and contact lines."""
    routes = reply.params["routes"]
    assert isinstance(routes, Joined)
    items = []
    for part in routes.parts:
        if part.key != "route-item":
            continue
        label = part.params["label"]
        assert isinstance(label, Msg)
        items.append({"kind": label.key, "name": str(part.params["name"]), "contact": str(part.params["contact"])})
    return items


def notes_of(reply: Reply) -> list[str]:
    routes = reply.params["routes"]
    assert isinstance(routes, Joined)
    return [part.key for part in routes.parts if part.key != "route-item"]


def reply_for(chat: Chat, key: str) -> Reply:
    [reply] = [r for r in chat.replies if r.key == key]
    return reply


def country_of(chat: Chat) -> str | None:
    return chat.state.profile.country


def in_country(chat: Chat, code: str) -> None:
    """A person who already told us their country (it is remembered in the profile)."""
    chat.state.profile.country, chat.state.profile.country_confirmed = code, True


def open_parents_menu(chat: Chat) -> None:
    chat.start()
    chat.press("menu-parent")
    assert chat.position == "parents.start"


def ends_with_the_menu(chat: Chat, key: str) -> None:
    assert chat.keys[-1] == key
    assert chat.buttons() == {"button-menu": MENU_PAYLOAD}
    assert chat.state.flow is None  # nothing of the path stays in the conversation
    chat.press("button-menu")
    assert chat.position == "main.menu"


def test_the_parents_menu_offers_every_path(chat: Chat) -> None:
    open_parents_menu(chat)
    assert chat.keys == ["parents-start-ask"]
    assert list(chat.buttons()) == [
        "parents-start-photos",
        "parents-start-contact",
        "parents-start-safer",
        "parents-start-public",
        "parents-start-talk",
    ]


# ---- My child's photos were taken and reposted -----------------------------------------------------


def walk_to_photos_tip(chat: Chat) -> None:
    open_parents_menu(chat)
    chat.press("parents-start-photos")
    assert chat.keys == ["parents-photos-calm", "parents-photos-first", "parents-photos-platform-ask"]
    chat.press("Instagram")
    assert chat.keys == ["parents-photos-account-ask"]
    assert chat.replies[0].params["platform"] == "Instagram"
    chat.type("https://www.instagram.com/Stolen.Kid.Pics/?igshid=abc")
    assert chat.keys[0] == "parents-photos-report"
    # Platform routes for stolen photos: the impersonation form, the privacy report for a child under
    # 13, the copyright report for whoever took the photo, and the in-app steps.
    report = chat.replies[0]
    assert [item["kind"] for item in routes_of(report)] == [
        "route-kind-platform_form",
        "route-kind-platform_privacy",
        "route-kind-platform_copyright",
        "route-kind-platform_in_app",
    ]
    assert "https://help.instagram.com/165828726894770" in routes_of(report)[0]["contact"]
    assert "steps-instagram" in notes_of(report)
    # The country is not known yet: it is asked once, then the path goes on where it was.
    assert chat.keys[-1] == "country-ask"
    assert chat.position == "parents.country"
    chat.press("Australia")
    assert chat.keys == ["parents-photos-hotline", "parents-photos-removal", "parents-photos-tip-ask"]
    hotline = routes_of(chat.replies[0])
    assert [item["name"] for item in hotline] == ["eSafety Commissioner"]
    removal = routes_of(chat.replies[1])
    # StopNCII is for adults about their own images, never for a parent about their child's.
    assert [item["name"] for item in removal] == ["Take It Down (NCMEC)"]
    assert chat.position == "parents.photos_tip"


def test_stolen_photos_files_a_tip_with_the_account_given_once(chat: Chat, locales: Locales) -> None:
    walk_to_photos_tip(chat)
    chat.press("parents-photos-tip-yes")
    assert chat.state.answers.category == "stolen_photos"
    assert chat.keys == ["parents-photos-reported-ask"]
    chat.press("reported-not_yet")
    # The same check-back as any reporter's (docs/follow-up.md): may the bot ask later?
    assert chat.keys == ["report-followup-ask"]
    chat.press("report-followup-yes")
    assert chat.keys == ["parents-photos-details-ask"]
    chat.type("Twenty photos from my public account, taken last year.")
    # Country, platform and account are known: straight on to the report's consent and review.
    assert chat.keys == ["report-consent-ask"]
    chat.press("report-consent-no")
    assert chat.position == "report.review"

    review = chat.replies[-1].params
    assert review["category"] == Msg(key="category-stolen_photos")
    assert review["platform"] == "Instagram"
    assert review["accounts"] == "https://www.instagram.com/stolen.kid.pics/"
    assert chat.state.answers.reported_to_platform == "not_yet"
    assert review["reported"] != Msg(key="review-none")
    assert review["details"] == "Twenty photos from my public account, taken last year."
    shown = locales.text("en", "report-review", review)
    for expected in (
        locales.text("en", "category-stolen_photos"),
        "Instagram",
        "https://www.instagram.com/stolen.kid.pics/",
        "Twenty photos from my public account, taken last year.",
        "Australia",
    ):
        assert expected in shown, expected

    asked_for_account = [r.key for o in chat.outcomes for r in o.replies if r.key in ACCOUNT_QUESTIONS]
    assert asked_for_account == ["parents-photos-account-ask"]

    chat.press("review-submit")
    [effect] = chat.effects
    assert isinstance(effect, SubmitTip)
    assert effect.answers.category == "stolen_photos"
    reported = [(a.platform, a.id, a.role) for a in effect.answers.accounts]
    assert reported == [("instagram", "stolen.kid.pics", "reported")]
    assert effect.answers.platform == "instagram"
    assert effect.answers.details == "Twenty photos from my public account, taken last year."
    assert effect.country == "AU"
    assert effect.answers.follow_up is True
    assert effect.answers.self_report is None
    assert chat.keys == ["tip-submitted", "report-done"]
    ends_with_the_menu(chat, "report-done")


def test_stolen_photos_details_can_be_skipped(chat: Chat) -> None:
    walk_to_photos_tip(chat)
    chat.press("parents-photos-tip-yes")
    chat.press("reported-yes")
    chat.press("report-followup-no")
    assert chat.state.answers.follow_up is False
    chat.press("button-skip")
    assert chat.position == "report.consent"
    chat.press("report-consent-yes")
    assert chat.replies[-1].params["details"] == Msg(key="review-none")
    assert chat.state.answers.reported_to_platform == "yes"


def test_stolen_photos_without_a_tip_ends_with_next_steps(chat: Chat) -> None:
    walk_to_photos_tip(chat)
    chat.press("parents-photos-tip-no")
    assert chat.keys == ["parents-photos-end"]
    assert chat.effects == []
    assert chat.state.answers.accounts == []
    ends_with_the_menu(chat, "parents-photos-end")


def test_stolen_photos_in_a_country_without_its_own_hotline_gets_the_international_map(chat: Chat) -> None:
    open_parents_menu(chat)
    in_country(chat, "AT")
    chat.press("parents-start-photos")
    chat.press("TikTok")
    chat.type("tiktok.com/@someone")
    hotline = routes_of(reply_for(chat, "parents-photos-hotline"))
    assert hotline[0]["name"] == str(Msg(key="service-inhope-map"))  # named in the reader's language
    assert {item["kind"] for item in hotline} <= {"route-kind-hotline", "route-kind-international"}


def test_stolen_photos_on_another_site_are_not_named_as_a_platform(chat: Chat) -> None:
    open_parents_menu(chat)
    in_country(chat, "NZ")
    chat.press("parents-start-photos")
    [other] = [payload for payload in chat.buttons().values() if payload.endswith(":other")]
    chat.send(Button(payload=other))  # "Another site or app", whatever its label
    chat.type("https://forum.example.org/u/someone")
    assert chat.keys[0] == "parents-photos-report-other"
    assert "steps-other" in notes_of(chat.replies[0])
    chat.press("parents-photos-tip-yes")
    assert chat.keys == ["parents-photos-reported-ask-other"]


def test_the_report_flow_sends_a_parent_with_stolen_photos_to_the_parents_path(chat: Chat) -> None:
    chat.start()
    chat.press("menu-report")
    chat.press("report-safety-no")
    chat.press("category-stolen_photos")
    assert chat.state.answers.category == "stolen_photos"
    assert chat.keys == ["parents-photos-calm", "parents-photos-first", "parents-photos-platform-ask"]
    assert chat.position == "parents.photos_platform"


def test_stolen_photos_can_be_chosen_when_editing_a_report(chat: Chat) -> None:
    walk_to_review(chat)
    chat.press("review-edit")
    chat.press("edit-category")
    chat.press("category-stolen_photos")
    assert chat.position == "report.review"  # the edit returns to the review, answers kept
    assert chat.state.answers.category == "stolen_photos"
    assert chat.state.answers.accounts[0].id == "some.account"


# ---- Strangers comment on or message my child ------------------------------------------------------


def test_strangers_path_block_signs_police_and_talking(chat: Chat) -> None:
    open_parents_menu(chat)
    in_country(chat, "GB")
    chat.press("parents-start-contact")
    assert chat.keys == ["parents-contact-intro", "parents-contact-where"]
    chat.press("TikTok")
    assert chat.keys == [
        "parents-contact-block",
        "parents-contact-signs",
        "parents-contact-police",
        "parents-contact-threats",
        "parents-contact-talk",
        "parents-contact-next-ask",
    ]
    block = reply_for(chat, "parents-contact-block")
    assert "route-kind-platform_form" in [item["kind"] for item in routes_of(block)]
    assert "steps-tiktok" in notes_of(block)
    police = routes_of(reply_for(chat, "parents-contact-police"))
    assert police[0] == {"kind": "route-kind-emergency", "name": str(Msg(key="service-emergency")), "contact": "999"}
    assert "CEOP Safety Centre (National Crime Agency)" in [item["name"] for item in police]
    chat.press("parents-contact-done")
    assert chat.keys == ["parents-contact-end"]
    ends_with_the_menu(chat, "parents-contact-end")


def test_strangers_path_asks_the_country_before_the_police_routes(chat: Chat) -> None:
    open_parents_menu(chat)
    chat.press("parents-start-contact")
    chat.press("Roblox")
    assert chat.keys[:2] == ["parents-contact-block", "parents-contact-signs"]
    assert chat.position == "parents.country"
    chat.type("Canada")
    assert chat.keys[0] == "parents-contact-police"
    assert "Cybertip.ca (Canadian Centre for Child Protection)" in [item["name"] for item in routes_of(chat.replies[0])]
    assert chat.position == "parents.contact_next"


def test_strangers_path_can_go_on_to_report_the_account(chat: Chat) -> None:
    open_parents_menu(chat)
    in_country(chat, "US")
    chat.press("parents-start-contact")
    chat.press("Discord")
    chat.press("parents-contact-report")
    assert chat.keys == ["report-safety-ask"]
    assert chat.position == "report.safety"


# ---- Make my child's accounts safer -----------------------------------------------------------------


def test_every_app_has_its_own_checklist_then_another_or_done(chat: Chat) -> None:
    open_parents_menu(chat)
    chat.press("parents-start-safer")
    assert chat.keys == ["parents-safer-intro", "parents-safer-ask"]
    assert list(chat.buttons()) == [*CHECKLIST_APPS, "parents-safer-pick-other"]
    seen = []
    for label in [*CHECKLIST_APPS, "parents-safer-pick-other"]:
        chat.press(label)
        checklist, question = chat.keys
        assert question == "parents-safer-more-ask"
        seen.append(checklist)
        chat.press("parents-safer-another")
        assert chat.keys == ["parents-safer-ask"]
    assert seen == [
        "parents-safer-instagram",
        "parents-safer-tiktok",
        "parents-safer-youtube",
        "parents-safer-snapchat",
        "parents-safer-facebook",
        "parents-safer-roblox",
        "parents-safer-discord",
        "parents-safer-other",
    ]
    chat.press("Roblox")
    chat.press("parents-safer-done")
    assert chat.keys == ["parents-safer-end"]
    ends_with_the_menu(chat, "parents-safer-end")


def test_every_checklist_step_names_its_sources(world: World) -> None:
    flow = world.flows.flows["parents"]
    menu = flow.steps["safer_app"]
    assert isinstance(menu, ChoiceStep)
    targets = [option.goto for option in menu.options]
    assert len(targets) == len(CHECKLIST_APPS) + 1
    for target in targets:
        assert target is not None
        step = flow.steps[target]
        assert isinstance(step, MessageStep), target
        assert step.sources, f"{target} has no sources"
        for source in step.sources:
            assert source.url.startswith(("https://", "http://")), (target, source.url)
            assert source.note, (target, source.url)


# ---- I run my child's public account -----------------------------------------------------------------


def test_public_account_path_risks_posting_followers_private_and_when_to_stop(chat: Chat) -> None:
    open_parents_menu(chat)
    chat.press("parents-start-public")
    assert chat.keys == ["parents-public-risks", "parents-public-stop", "parents-public-more-ask"]
    chat.press("parents-public-go-on")
    assert chat.keys == [
        "parents-public-check",
        "parents-public-private",
        "parents-public-when",
        "parents-public-next-ask",
    ]
    chat.press("parents-public-done")
    ends_with_the_menu(chat, "parents-public-end")


def test_public_account_path_can_stop_after_the_first_messages(chat: Chat) -> None:
    open_parents_menu(chat)
    chat.press("parents-start-public")
    chat.press("parents-public-done")
    assert chat.keys == ["parents-public-end"]
    ends_with_the_menu(chat, "parents-public-end")


def test_public_account_path_leads_to_the_checklists(chat: Chat) -> None:
    open_parents_menu(chat)
    chat.press("parents-start-public")
    chat.press("parents-public-go-on")
    chat.press("parents-start-safer")
    assert chat.keys == ["parents-safer-ask"]
    chat.press("TikTok")
    assert chat.keys == ["parents-safer-tiktok", "parents-safer-more-ask"]


def test_public_account_path_leads_to_reporting_stolen_photos(chat: Chat) -> None:
    open_parents_menu(chat)
    chat.press("parents-start-public")
    chat.press("parents-public-go-on")
    chat.press("parents-start-photos")
    assert chat.keys == ["parents-photos-calm", "parents-photos-first", "parents-photos-platform-ask"]


# ---- I need to talk to someone ----------------------------------------------------------------------


def test_talk_asks_the_country_when_unknown_then_remembers_it(chat: Chat) -> None:
    open_parents_menu(chat)
    chat.press("parents-start-talk")
    assert chat.keys == ["country-ask"]
    assert chat.position == "parents.country"
    assert country_of(chat) is None
    assert {"Australia", "United Kingdom", "Germany"} <= set(chat.buttons())
    chat.press("Germany")
    assert chat.keys == ["parents-talk", "parents-talk-end"]
    lines = routes_of(chat.replies[0])
    assert {item["kind"] for item in lines} == {"route-kind-helpline"}
    assert any("0800 111 0 550" in item["contact"] for item in lines)  # the parents' line
    ends_with_the_menu(chat, "parents-talk-end")
    assert country_of(chat) == "DE"

    chat.press("menu-parent")
    chat.press("parents-start-talk")
    assert chat.keys == ["parents-talk", "parents-talk-end"]  # not asked again


def test_talk_uses_the_remembered_country(chat: Chat) -> None:
    open_parents_menu(chat)
    in_country(chat, "AU")
    chat.press("parents-start-talk")
    assert chat.keys == ["parents-talk", "parents-talk-end"]
    # A parent is shown the lines for parents or for anyone (Lifeline), not Kids Helpline, which is
    # for young people aged 5 to 25.
    assert [item["name"] for item in routes_of(chat.replies[0])] == ["Lifeline"]


def test_talk_still_asks_when_the_country_is_only_guessed(chat: Chat) -> None:
    chat.start(language_code="pt-BR")
    assert (chat.state.profile.country, chat.state.profile.country_confirmed) == ("BR", False)
    chat.press("menu-parent")
    chat.press("parents-start-talk")
    assert chat.keys == ["country-ask-guessed"]
    assert chat.position == "parents.country"
    assert chat.replies[0].buttons[0][0].label == "Brazil"  # the guess is offered first


def test_talk_anywhere_else_gets_child_helpline_international(chat: Chat) -> None:
    open_parents_menu(chat)
    chat.press("parents-start-talk")
    chat.type("Mozambique")  # not in the directory: the international list
    assert chat.keys == ["parents-talk", "parents-talk-end"]
    assert [item["name"] for item in routes_of(chat.replies[0])] == ["Child Helpline International"]


# ---- The texts -----------------------------------------------------------------------------------------


def test_every_parents_text_renders_to_telegram_html(world: World, locales: Locales) -> None:
    steps = world.flows.flows["parents"].steps.values()
    keys = {step.text for step in steps} | {alt.text for step in steps for alt in step.text_if}
    keys |= {
        option.label
        for step in steps
        if isinstance(step, ChoiceStep)
        for option in step.options
        if not option.label.startswith("=")
    }
    params = {"platform": "Instagram", "example": "@username", "charity": "Our Charity", "routes": "x"}
    for key in sorted(keys):
        assert locales.has("en", key), key
        text = locales.text("en", key, params)
        assert not html_problems(text), (key, html_problems(text))
        assert "{" not in text, (key, text)
