"""The routing table gives everyone somewhere to go, in a safe order, with sources."""

from __future__ import annotations

import itertools

import pytest

from bot.directory import CATEGORIES, RouteItem
from bot.directory.testing import DATA, LOCALES
from bot.directory.testing import real_directory as directory

COUNTRIES = [*sorted(directory().countries), None, "ZZ", "SA", "gb"]


def _all_routes() -> list[tuple[str, str, str | None]]:
    return list(itertools.product(CATEGORIES, directory().platform_ids, COUNTRIES))


def test_every_category_platform_and_country_gets_sourced_routes() -> None:
    fluent = (LOCALES / "en" / "directory.ftl").read_text(encoding="utf-8")
    for category, platform, country in _all_routes():
        routes = directory().routes(category, platform, country)
        assert routes.items, (category, platform, country)
        for item in routes.items:
            assert item.source.strip(), item
            assert item.url or item.phone or item.email or item.note_key, item
            if item.note_key:
                assert f"\n{item.note_key} =" in fluent, item.note_key
        keys = [(i.kind, i.name, i.url, i.phone) for i in routes.items]
        assert len(keys) == len(set(keys)), keys


@pytest.mark.parametrize("category", CATEGORIES)
def test_urgent_categories_put_the_emergency_number_first(category: str) -> None:
    rule_urgent = category in {"sexual_imagery", "grooming", "trading_network"}
    for platform, country in itertools.product(directory().platform_ids, COUNTRIES):
        routes = directory().routes(category, platform, country)
        assert routes.urgent is rule_urgent
        assert (routes.items[0].kind == "emergency") is rule_urgent


@pytest.mark.parametrize("category", CATEGORIES)
def test_danger_puts_emergency_first_for_any_category(category: str) -> None:
    routes = directory().routes(category, "instagram", "US", danger=True)
    assert routes.urgent
    assert routes.items[0] == RouteItem(
        kind="emergency",
        name="Emergency",
        name_key="service-emergency",
        phone="911",
        note_key="route-note-emergency",
        source="https://safechildguide.com/apps/discord/report ; "
        "https://mochildcareaware.org/child-care-educator-child-abuse-hotlines",
        confirmed=True,
    )
    assert [i.kind for i in routes.items].count("emergency") == 1


def test_uk_sexual_imagery_goes_to_iwf_and_platform_never_to_us() -> None:
    routes = directory().routes("sexual_imagery", "instagram", "GB")
    kinds = [i.kind for i in routes.items]
    names = [i.name for i in routes.items]
    assert kinds[:4] == ["emergency", "hotline", "platform_form", "platform_in_app"]
    assert routes.items[0].phone == "999"
    assert "Internet Watch Foundation (IWF)" in names
    assert "Take It Down (NCMEC)" in names
    assert "Report Remove (Childline, IWF)" in names
    assert routes.urgent


def test_grooming_goes_to_police_before_the_platform() -> None:
    kinds = [i.kind for i in directory().routes("grooming", "discord", "GB").items]
    assert kinds.index("police") < kinds.index("platform_form")
    names = [i.name for i in directory().routes("grooming", "discord", "GB").items]
    assert "CEOP Safety Centre (National Crime Agency)" in names


def test_ceop_is_not_offered_for_stolen_photos() -> None:
    names = [i.name for i in directory().routes("stolen_photos", "instagram", "GB").items]
    assert "CEOP Safety Centre (National Crime Agency)" not in names


def test_stolen_photos_use_the_impersonation_form_and_never_the_nude_image_tools() -> None:
    """Ordinary photos reposted: Take It Down and Report Remove take only nude or sexual images."""
    for country in ("US", "GB", "CA", "AU"):
        items = directory().routes("stolen_photos", "instagram", country).items
        assert items[0].kind == "platform_form"
        assert items[0].url == directory().platforms["instagram"].reports["impersonation"].url
        assert not any(i.kind in ("take_it_down", "report_remove") for i in items), country


def test_sexual_imagery_offers_take_it_down_and_stopncii() -> None:
    names = [i.name for i in directory().routes("sexual_imagery", "instagram", "US").items]
    assert "Take It Down (NCMEC)" in names
    assert "StopNCII.org" in names


def test_platform_without_a_form_for_the_harm_falls_back_to_its_general_page() -> None:
    items = directory().routes("sexual_imagery", "kick", "US").items
    form = next(i for i in items if i.kind == "platform_form")
    assert form.url == "https://help.kick.com/en/articles/8539253-submitting-a-report"


@pytest.mark.parametrize("country", [None, "ZZ", "MZ", "JP"])
def test_country_without_a_hotline_gets_international_routes(country: str | None) -> None:
    items = directory().routes("sexual_imagery", "tiktok", country).items
    assert items[0].kind == "emergency"
    assert items[0].phone is None
    assert items[0].note_key == "route-note-emergency-local"
    names = [i.name for i in items]
    assert "INHOPE - find your national hotline" in names
    assert "NCMEC CyberTipline" in names
    assert any(i.kind == "international" for i in items)


def test_spain_reports_go_to_incibe_and_the_police_mailbox_not_the_map() -> None:
    items = directory().routes("sexual_imagery", "instagram", "ES").items
    urls = [i.url for i in items]
    assert "https://www.incibe.es/menores/hotline" in urls
    assert any(i.email == "denuncias.pornografia.infantil@policia.es" for i in items)
    assert not any(i.name_key == "service-inhope-map" for i in items)


def test_the_inhope_map_is_shown_only_where_a_member_exists_or_the_country_is_unknown() -> None:
    def has_map(country: str | None) -> bool:
        items = directory().routes("collecting_photos", "instagram", country).items
        return any(i.name_key == "service-inhope-map" for i in items)

    assert has_map("AT")  # an EU member state: INHOPE has a member there
    assert has_map(None)  # we do not know the country
    assert has_map("MZ")  # not in the directory: we cannot tell, so the map helps


def test_recalled_entries_are_marked_unconfirmed() -> None:
    items = directory().routes("sexual_imagery", "tumblr", "FR").items
    by_name = {i.name: i for i in items if i.kind != "platform_in_app"}
    assert by_name["Point de Contact"].confirmed is True  # its form is now seen (AUDIT-2026-12 Table 3)
    assert by_name["Tumblr"].url == "https://www.tumblr.com/abuse/minors"
    assert by_name["Tumblr"].confirmed is False  # seen only on a third-party page: click-test first
    assert by_name["PHAROS (Ministère de l'Intérieur)"].confirmed is True


def test_threads_in_app_steps_are_unconfirmed() -> None:
    items = directory().routes("other", "threads", "US").items
    in_app = next(i for i in items if i.kind == "platform_in_app")
    assert in_app.note_key == "steps-threads"
    assert in_app.confirmed is False


def test_unknown_category_or_platform_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="category"):
        directory().routes("bullying", "instagram", "GB")
    with pytest.raises(ValueError, match="platform"):
        directory().routes("grooming", "myspace", "GB")


BANNED = ["877-860-8825", "8778608825", "report@tiktok.com", "247395296162066", "ticket_form_id=149423"]


def test_sources_notes_rejected_are_not_offered() -> None:
    """NOTES.md lists details from spam pages and a streak-recovery form: never offer them."""
    for category, platform, country in _all_routes():
        for item in directory().routes(category, platform, country).items:
            offered = " ".join(filter(None, [item.url, item.phone, item.email]))
            assert not any(bad in offered for bad in BANNED), item
    for path in DATA.glob("*.yaml"):
        values = [line for line in path.read_text(encoding="utf-8").splitlines() if "url:" in line or "phone:" in line]
        assert not any(bad in line for line in values for bad in BANNED), path


def test_every_platform_has_in_app_steps() -> None:
    for platform in directory().platform_ids:
        assert directory().in_app_steps_key(platform) == f"steps-{platform}"
