"""What volunteers read: every text exists, user values are escaped, a card always fits."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cases.audit import AuditEntry
from bot.cases.detail import CaseDetail, TipLine
from bot.cases.network import ConnectedCase, Network
from bot.cases.priority import CaseFacts, assess
from bot.cases.queries import AccountLine
from bot.cli import flow_problems
from bot.i18n import Locales, html_to_plain
from bot.paths import locales_dir
from bot.settings import Settings
from bot.staff.payloads import parse
from bot.staff.texts import CARD_LIMIT, STAFF_KEYS, StaffTexts, staff_problems

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
    defined = set(re.findall(r"^(desk-[a-z0-9_-]+) =", (locales_dir() / "en" / "staff.ftl").read_text(), re.M))
    assert defined == set(STAFF_KEYS)


def test_a_missing_text_and_a_missing_staff_language_are_reported(tmp_path: Path) -> None:
    shutil.copytree(locales_dir() / "en", tmp_path / "en")
    staff = tmp_path / "en" / "staff.ftl"
    staff.write_text(staff.read_text().replace("desk-card-title =", "desk-card-renamed ="))
    problems = staff_problems(Locales(tmp_path), "xx")
    assert any("TIPLINE_STAFF_LANGUAGE" in line for line in problems)
    assert any("'desk-card-title'" in line for line in problems)


def test_the_card_explains_the_priority(texts: StaffTexts) -> None:
    text, buttons = texts.card(detail())
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
    ]
    assert all(parse(payload) is not None for row in buttons for _, payload in row)


def test_every_value_from_a_person_is_escaped(texts: StaffTexts) -> None:
    hostile = detail(
        account=AccountLine("other", HOSTILE, HOSTILE, "reported"),
        assignee="sam",
        latest=(tip(details=HOSTILE, country=HOSTILE),),
    )
    text, _ = texts.card(hostile)
    assert "<script>" not in text
    assert '<a href="https://evil.example">' not in text
    assert html_to_plain(text).count("<script>alert(1)</script>") == 4  # id, link, country, details
    entry = AuditEntry(T0, "sam", "note", {"text": HOSTILE})
    assert "<script>" not in texts.history_line(entry)


def test_a_card_fits_in_one_message_whatever_the_tips_say(texts: StaffTexts) -> None:
    huge = "<" * 4000
    many = tuple(
        AccountLine("instagram", f"acc{i}", "https://www.instagram.com/" + "x" * 2000, "related") for i in range(30)
    )
    text, _ = texts.card(detail(latest=tuple(tip(details=huge) for _ in range(3)), others=many, more_accounts=True))
    assert len(html_to_plain(text)) <= CARD_LIMIT
    assert "…and more: /case 17" in html_to_plain(text)


def test_closed_and_merged_cards_offer_what_still_makes_sense(texts: StaffTexts) -> None:
    _, closed = texts.card(detail(status="closed", outcome="removed"))
    assert [label for row in closed for label, _ in row] == ["Reopen", "Details"]
    merged_text, merged = texts.card(detail(status="closed", outcome="duplicate", merged_into=3))
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
    text, _ = texts.case_view(detail(), history, 12, network)
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
    problems = flow_problems(Settings(locales_dir=tmp_path / "locales", data_dir=tmp_path))
    desk = [line for line in problems if "desk-" in line]
    assert f"{tmp_path / 'locales' / 'en'}: missing message 'desk-help' (used by the volunteer desk)" in desk
    # Every language's staff texts are checked against English too (a charity may work in any of them).
    others = [lang.name for lang in (tmp_path / "locales").iterdir() if lang.name != "en"]
    for lang in others:
        assert f"{tmp_path / 'locales' / lang}: missing message 'desk-helpless' (present in en)" in desk
        assert f"{tmp_path / 'locales' / lang / 'staff.ftl'}: extra message 'desk-help' (not in en)" in desk
    assert len(desk) == 1 + 2 * len(others)
