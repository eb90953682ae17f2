"""What volunteers read: every text exists, user values are escaped, a card always fits."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import content_problems
from bot.cases.audit import AuditEntry
from bot.cases.detail import CaseDetail, TipLine
from bot.cases.network import ConnectedCase, Network
from bot.cases.priority import CaseFacts, assess
from bot.cases.queries import AccountLine
from bot.cases.queue import QueueFilter
from bot.cases.volunteers import VOLUNTEER_PROBLEMS, VolunteerError
from bot.desk.cards import case_card, why
from bot.desk.keys import CARD_LIMIT, STAFF_KEYS, USAGES, staff_problems
from bot.desk.payloads import parse
from bot.desk.views import case_view, history_line, queue_text
from bot.desk.words import StaffTexts
from bot.i18n import Locales, html_to_plain
from bot.limits import MESSAGE_LIMIT
from bot.paths import locales_dir
from bot.settings import Settings
from bot.text import utf16_len

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
HOSTILE = '<script>alert(1)</script> & <a href="https://evil.example">x</a>'


@pytest.fixture(scope="module")
def locales() -> Locales:
    return Locales(locales_dir())


@pytest.fixture(scope="module")
def texts(locales: Locales) -> StaffTexts:
    return StaffTexts(locales, "en", {"instagram": "Instagram"})


def tip(reference: str = "TIP-ABC234", details: str | None = "seen it", **overrides: object) -> TipLine:
    values: dict[str, object] = {
        "reference": reference,
        "created_at": T0,
        "category": "grooming",
        "reported_to_platform": "not_yet",
        "country": "AU",
        "language": "en",
        "details": details,
        "contact_consent": True,
        "child_in_danger": False,
        "reporter": "3f2a",
        "reporter_tips": 2,
    }
    values.update(overrides)
    return TipLine(**values)  # type: ignore[arg-type]


def detail(**overrides: object) -> CaseDetail:
    facts = CaseFacts({"sexual_imagery": 3, "other": 1}, False, 4, 3, T0, T0 + timedelta(days=2), False)
    values: dict[str, object] = {
        "id": 17,
        "status": "new",
        "outcome": None,
        "assessment": assess(facts),
        "platform": "instagram",
        "account": AccountLine("instagram", "bad.account", "https://www.instagram.com/bad.account/", "reported"),
        "others": (),
        "more_accounts": False,
        "first_tip_at": T0,
        "last_tip_at": T0 + timedelta(days=2),
        "created_at": T0,
        "assignee": None,
        "merged_into": None,
        "consenting": 2,
        "reporter_told": False,
        "latest": (tip(),),
    }
    values.update(overrides)
    return CaseDetail(**values)  # type: ignore[arg-type]


def test_every_desk_text_exists_and_every_staff_text_is_used(locales: Locales) -> None:
    assert staff_problems(locales, "en") == []
    staff = "".join(path.read_text() for path in (locales_dir() / "en").glob("*staff.ftl"))
    defined = set(re.findall(r"^(desk-[a-z0-9_-]+) =", staff, re.M))
    assert defined == set(STAFF_KEYS)


def test_a_missing_text_and_a_missing_staff_language_are_reported(tmp_path: Path) -> None:
    shutil.copytree(locales_dir() / "en", tmp_path / "en")
    staff = tmp_path / "en" / "staff.ftl"
    staff.write_text(staff.read_text().replace("desk-card-title =", "desk-card-renamed ="))
    problems = staff_problems(Locales(tmp_path), "xx")
    assert any("TIPLINE_STAFF_LANGUAGE" in line for line in problems)
    assert any("'desk-card-title'" in line for line in problems)


def test_the_card_explains_the_priority(texts: StaffTexts) -> None:
    text, buttons = case_card(texts, detail())
    plain = html_to_plain(text)
    assert "URGENT: sexual imagery; 4 tips from 3 people in 2 days; the platform has not been told yet" in plain
    assert "reporter #3f2a (2 tips)" in plain
    assert [label for row in buttons for label, _ in row] == [
        "Claim",
        "Details",
        "In progress",
        "Reported to platform",
        "Escalated",
        "Close…",
        "Platform outcome",
        "Abuse…",
    ]
    assert all(parse(payload) is not None for row in buttons for _, payload in row)


def test_every_value_from_a_person_is_escaped(texts: StaffTexts) -> None:
    hostile = detail(
        account=AccountLine("other", HOSTILE, HOSTILE, "reported"),
        assignee="sam",
        latest=(tip(details=HOSTILE, country=HOSTILE),),
    )
    text, _ = case_card(texts, hostile)
    assert "<script>" not in text
    assert '<a href="https://evil.example">' not in text
    assert html_to_plain(text).count("<script>alert(1)</script>") == 4  # id, link, country, details
    entry = AuditEntry(T0, "sam", "note", {"text": HOSTILE})
    assert "<script>" not in history_line(texts, entry)


def test_a_card_fits_in_one_message_whatever_the_tips_say(texts: StaffTexts) -> None:
    huge = "<" * 4000
    many = tuple(
        AccountLine("instagram", f"acc{i}", "https://www.instagram.com/" + "x" * 2000, "related") for i in range(30)
    )
    text, _ = case_card(
        texts, detail(latest=tuple(tip(details=huge) for _ in range(3)), others=many, more_accounts=True)
    )
    assert len(html_to_plain(text)) <= CARD_LIMIT
    assert "…and more: /case 17" in html_to_plain(text)


def test_closed_and_merged_cards_offer_what_still_makes_sense(texts: StaffTexts) -> None:
    _, closed = case_card(texts, detail(status="closed", outcome="removed"))
    assert [label for row in closed for label, _ in row] == ["Reopen", "Details"]
    merged_text, merged = case_card(texts, detail(status="closed", outcome="duplicate", merged_into=3))
    assert merged == ()
    assert "Merged into case #3" in html_to_plain(merged_text)


def test_case_view_lists_history_and_the_network(texts: StaffTexts) -> None:
    network = Network((ConnectedCase(9, "in_progress", "instagram", "friend.acc", 1),), accounts=3, truncated=True)
    history = [
        AuditEntry(T0, "system", "case_opened", {"tip": "TIP-ABC234"}),
        AuditEntry(T0, "sam", "status", {"before": "new", "after": "closed", "outcome": "removed"}),
        AuditEntry(T0, "reporter", "answered", {"tip": "TIP-ABC234", "text": "yesterday"}),
        AuditEntry(T0, "sam", "notified", {"count": 1, "status": "reported_to_platform"}),
        AuditEntry(T0, "sam", "something_new", {}),
    ]
    text, _ = case_view(texts, detail(), history, 12, network)
    plain = html_to_plain(text)
    assert "latest 5 of 12" in plain
    assert "sam · the reporter was told: reported to platform" in plain
    assert "system · opened with tip TIP-ABC234" in plain
    assert "sam · closed: removed" in plain
    assert "reporter · answer on TIP-ABC234: yesterday" in plain
    assert "sam · something_new" in plain
    assert "#9 · Instagram friend.acc · in progress · 1 step" in plain
    assert "the network is larger than shown" in plain


def test_flows_check_reports_a_missing_desk_text(tmp_path: Path) -> None:
    shutil.copytree(locales_dir(), tmp_path / "locales")
    staff = tmp_path / "locales" / "en" / "staff.ftl"
    staff.write_text(staff.read_text().replace("desk-help =", "desk-helpless ="))
    problems = content_problems(Settings(locales_dir=tmp_path / "locales", data_dir=tmp_path))
    desk = [line for line in problems if "desk-" in line]
    assert f"{tmp_path / 'locales' / 'en'}: missing message 'desk-help' (used by the volunteer desk)" in desk
    # Every language's staff texts are checked against English too (a charity may work in any of them).
    others = [lang.name for lang in (tmp_path / "locales").iterdir() if lang.name != "en"]
    for lang in others:
        assert f"{tmp_path / 'locales' / lang}: missing message 'desk-helpless' (present in en)" in desk
        assert f"{tmp_path / 'locales' / lang / 'staff.ftl'}: extra message 'desk-help' (not in en)" in desk
    assert len(desk) == 1 + 2 * len(others)


BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u2066\u2067\u2068\u2069"))
USAGE_KEYWORDS = {
    "queue": ("/queue [", "[mine] [page N]"),
    "status": ("/status ID in_progress|reported|escalated",),
    "status-close": ("/status ID in_progress|reported|escalated", "/close ID "),
    "ask": ("/ask ID ", "/ask TIP-XXXXXX "),
    "volunteers": ("/volunteers [add ", "| remove ", "| role "),
}


def test_every_language_names_the_arguments_but_keeps_the_commands_and_keywords(locales: Locales) -> None:
    assert len(locales.languages) == 7
    for language in locales.languages:
        texts = StaffTexts(locales, language, {})
        for command in USAGES:
            line = texts.label(f"desk-usage-{command}").translate(BIDI_MARKS)
            name = command.partition("-")[0]
            assert line.startswith(f"/{name}"), (language, line)
            for keyword in USAGE_KEYWORDS.get(command, ()):
                assert keyword in line, (language, command, line)
            if language not in ("en", "ru", "ar"):  # ru and ar keep ID, LINK… as their /help does
                assert not re.search(r"\btext\b|PLATFORM|OTHER|INTO|USER|\bROLE\b|OUTCOME|, or ", line), line
                assert language == "fr" or "question" not in line, line  # the same word in French
        usage = html_to_plain(texts.usage("find")).translate(BIDI_MARKS)
        assert usage.endswith(": " + texts.label("desk-usage-find").translate(BIDI_MARKS)), (language, usage)


def test_a_volunteer_error_keeps_its_english_message_for_the_cli() -> None:
    assert [str(VolunteerError(kind)) for kind in VOLUNTEER_PROBLEMS if kind != "not_found"] == [
        "a Telegram user id is a positive number (the person's, not a group's)",
        "an alias is 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit",
        "the aliases system, reporter and cli are kept for the bot, reporters and the command line",
        "a role is one of: volunteer, coordinator, admin",
        "that Telegram user or that alias is already a volunteer",
    ]
    missing = VolunteerError("not_found", who="ali")
    assert (str(missing), missing.kind, missing.params) == ("no volunteer 'ali'", "not_found", {"who": "ali"})


def test_a_volunteer_error_is_rendered_in_the_staff_language(locales: Locales) -> None:
    spanish = StaffTexts(locales, "es", {})
    text = html_to_plain(spanish.volunteer_error(VolunteerError("not_found", who="<b>ali</b>")))
    assert text == "No se hizo: «<b>ali</b>» no forma parte del voluntariado."
    assert "no volunteer" not in text


def test_roles_actors_and_the_priority_are_joined_in_the_staff_language(locales: Locales) -> None:
    french = StaffTexts(locales, "fr", {"instagram": "Instagram"})
    assert html_to_plain(why(french, detail().assessment)).startswith(
        "URGENT\u00a0: images sexuelles\u00a0; 4 signalements de 3 personnes en 2 jours\u00a0; "
    )
    arabic = StaffTexts(locales, "ar", {})
    assert html_to_plain(why(arabic, detail().assessment)).count("؛") == 2
    assert ";" not in why(arabic, detail().assessment)
    spanish = StaffTexts(locales, "es", {})
    assert [html_to_plain(spanish.role(role)) for role in ("volunteer", "coordinator", "admin")] == [
        "voluntariado",
        "coordinación",
        "administración",
    ]
    lines = [
        html_to_plain(history_line(spanish, AuditEntry(T0, actor, "claimed", {})))
        for actor in ("system", "reporter", "cli", "sam")
    ]
    assert [line.split(" · ")[1] for line in lines] == ["sistema", "denunciante", "consola del servidor", "sam"]


def test_the_queue_heading_names_its_filters_in_the_staff_language(locales: Locales) -> None:
    wanted = QueueFilter("reported_to_platform", "instagram", "collecting_photos", mine=True)
    german = StaffTexts(locales, "de", {"instagram": "Instagram"})
    heading = html_to_plain(queue_text(german, [], wanted, 0, more=False)[0]).splitlines()[0]
    assert heading == (
        f"Warteschlange: {html_to_plain(german.status('reported_to_platform'))}, Instagram, "
        f"{html_to_plain(german.category('collecting_photos'))}, meine Fälle · Seite 1"
    )
    assert not re.search(r"reported_to_platform|collecting_photos|\bmine\b", heading), heading
    arabic = StaffTexts(locales, "ar", {"instagram": "Instagram"})
    assert html_to_plain(queue_text(arabic, [], wanted, 0, more=False)[0]).splitlines()[0].count("،") == 3
    assert html_to_plain(queue_text(german, [], QueueFilter(), 1, more=False)[0]).startswith(
        "Warteschlange · Seite 2\n"
    )


@pytest.mark.parametrize("language", Locales(locales_dir()).languages)
def test_a_card_shows_a_young_persons_own_report_and_the_hotlines_facts(language: str) -> None:
    texts = StaffTexts(Locales(locales_dir()), language, {"discord": "Discord"})
    young = tip(
        self_report=True,
        seen_when="date",
        seen_date="3 <March>",
        child_age="13_15",
        knows_child=None,
        risks=("threats", "money"),
    )
    card, _buttons = case_card(texts, detail(latest=(young,)))
    locales = texts.locales
    plain = html_to_plain(card)
    assert html_to_plain(locales.text(language, "desk-card-self-report")) in plain
    assert "3 <March>" in plain  # what the reporter typed, escaped in the HTML
    assert "3 &lt;March&gt;" in card
    for key in ("desk-age-13_15", "desk-risk-threats", "desk-risk-money"):
        assert html_to_plain(locales.text(language, key)) in plain
    assert html_to_plain(locales.text(language, "desk-fact-knows", {"knows": ""})).split(":")[0] not in plain


def test_a_tip_without_the_facts_shows_none_of_them(texts: StaffTexts) -> None:
    card, _buttons = case_card(texts, detail(latest=(tip(),)))
    for key in ("seen:", "apparent age:", "knows the child:", "risks:", "young person it is happening to"):
        assert key not in html_to_plain(card)


def test_a_card_padded_with_emoji_fits_telegram_in_utf16_units(texts: StaffTexts) -> None:
    """Telegram counts UTF-16 units: a code-point count let a card of emoji grow past 4096 for good."""
    emoji = "🧒" * 3000  # 3,000 code points, 6,000 UTF-16 units
    links = tuple(
        AccountLine("instagram", f"acc{n}{emoji[:60]}", f"https://www.instagram.com/acc{n}/{emoji[:400]}", "tip")
        for n in range(5)
    )
    big = detail(
        others=links,
        account=AccountLine("instagram", "bad" + emoji[:50], "https://www.instagram.com/bad/" + emoji, "reported"),
        latest=tuple(tip(f"TIP-ABC23{n}", details=emoji) for n in range(3)),
    )
    text, _buttons = case_card(texts, big)
    assert utf16_len(html_to_plain(text)) <= MESSAGE_LIMIT
    assert "Case #17" in html_to_plain(text)


def test_a_card_that_cannot_fit_becomes_a_short_card(texts: StaffTexts) -> None:
    tags = "#" * 5000
    huge = detail(account=AccountLine("instagram", "a", "https://www.instagram.com/a/", "reported"), platform=tags)
    text, buttons = case_card(texts, huge)
    assert utf16_len(html_to_plain(text)) <= MESSAGE_LIMIT
    assert "/case 17" in html_to_plain(text)
    assert buttons  # still workable from its buttons


def test_typed_line_breaks_cannot_fake_a_history_entry(texts: StaffTexts) -> None:
    note = AuditEntry(T0, "ali", "note", {"text": "fine\n2026-03-01 09:00 · sam.coord: closed: removed"})
    line = html_to_plain(history_line(texts, note))
    assert "\n" not in line
    assert "fine ↵ 2026-03-01 09:00" in line


def test_an_abuse_tip_and_a_case_of_new_reporters_are_said_on_the_card(texts: StaffTexts) -> None:
    facts = CaseFacts({"other": 3}, False, 3, 3, T0, T0 + timedelta(hours=1), False, fresh_reporter_count=3)
    text, _ = case_card(texts, detail(assessment=assess(facts), latest=(tip(abuse=True),)))
    plain = html_to_plain(text)
    assert "Every reporter of this case is new" in plain
    assert "Marked as abuse: not counted." in plain
