"""Whom a helpline or removal tool is for: a young person sees the lines for young people (or for
anyone) and never StopNCII; a parent sees the lines for parents; nobody is left with nothing."""

from __future__ import annotations

import pytest

from bot.app.directory_audit import audit
from bot.directory import RouteItem, load_directory
from bot.directory.models import FOR_SOMEONE
from bot.directory.testing import DATA
from bot.directory.testing import real_directory as directory

COUNTRIES = [*sorted(directory().countries), None, "ZZ"]


def helplines(country: str | None, audience: str | None) -> list[RouteItem]:
    items = directory().routes("grooming", "other", country, audience=audience).items
    return [item for item in items if item.via == "helpline"]


def names(items: list[RouteItem]) -> list[str]:
    return [item.name for item in items]


def test_every_helpline_and_removal_tool_says_whom_it_is_for() -> None:
    for sid, service in directory().services.items():
        if service.kind in FOR_SOMEONE:
            assert service.audience, sid


def test_germany_children_and_parents_each_get_their_own_line() -> None:
    assert names(helplines("DE", "young")) == ["Nummer gegen Kummer - Kinder- und Jugendtelefon"]
    assert names(helplines("DE", "parents")) == ["Nummer gegen Kummer - Elterntelefon"]
    both = names(helplines("DE", None))
    assert "Nummer gegen Kummer - Elterntelefon" in both
    assert "Nummer gegen Kummer - Kinder- und Jugendtelefon" in both


def test_spain_and_the_uk_split_the_same_way() -> None:
    young, parents = names(helplines("ES", "young")), names(helplines("ES", "parents"))
    assert any("Ayuda a Niños y Adolescentes" in name for name in young)
    assert not any("Adulto y la Familia" in name for name in young)
    assert any("Adulto y la Familia" in name for name in parents)
    assert not any("Ayuda a Niños y Adolescentes" in name for name in parents)
    assert "Childline" in names(helplines("GB", "young"))
    assert "NSPCC Helpline" not in names(helplines("GB", "young"))
    assert names(helplines("GB", "parents")) == ["NSPCC Helpline"]


def test_a_line_for_anyone_is_shown_to_both() -> None:
    assert "Lifeline" in names(helplines("AU", "young"))
    assert "Lifeline" in names(helplines("AU", "parents"))
    assert "Kids Helpline" in names(helplines("AU", "young"))
    assert "Kids Helpline" not in names(helplines("AU", "parents"))


def test_where_nothing_is_for_them_the_fallback_stands_in() -> None:
    # Ireland's ISPCC Childline is for children: a parent there gets Child Helpline International.
    parents = helplines("IE", "parents")
    assert [(item.name, item.fallback) for item in parents] == [("Child Helpline International", True)]


@pytest.mark.parametrize("audience", ["young", "parents"])
def test_everyone_everywhere_gets_a_line_meant_for_them(audience: str) -> None:
    services = directory().services
    by_name = {service.name: service for service in services.values()}
    for country in COUNTRIES:
        shown = helplines(country, audience)
        assert shown, (country, audience)
        for item in shown:
            service = by_name[item.name]
            assert not service.audience or audience in service.audience, (country, item.name)


@pytest.mark.parametrize("country", ["US", "GB", "CA", None])
def test_stopncii_is_never_shown_to_a_young_person_or_a_parent(country: str | None) -> None:
    for audience in ("young", "parents"):
        items = directory().routes("sexual_imagery", "other", country, audience=audience).items
        removal = [item.name for item in items if item.via in ("take_it_down", "report_remove")]
        assert "Take It Down (NCMEC)" in removal
        assert "StopNCII.org" not in removal
    anyone = directory().routes("sexual_imagery", "other", country).items
    assert "StopNCII.org" in [item.name for item in anyone]


def test_report_remove_is_for_the_young_person_or_their_parent() -> None:
    for audience in ("young", "parents"):
        items = directory().routes("sexual_imagery", "other", "GB", audience=audience).items
        assert "Report Remove (Childline, IWF)" in [item.name for item in items]


# --- Stolen ordinary photos: the privacy and copyright routes beyond Instagram (#14) ----------------


def photo_routes(platform: str) -> dict[str, RouteItem]:
    items = directory().routes("stolen_photos", platform, "GB").items
    return {item.kind: item for item in items if item.kind in ("platform_privacy", "platform_copyright")}


@pytest.mark.parametrize(
    ("platform", "privacy", "copyright"),
    [
        ("instagram", "https://help.instagram.com/517920941588885", "https://help.instagram.com/126382350847838"),
        (
            "facebook",
            "https://www.facebook.com/help/www/428478523862899",
            "https://www.facebook.com/help/ipreporting/report/copyright/",
        ),
        (
            "youtube",
            "https://support.google.com/youtube/answer/142443",
            "https://support.google.com/youtube/answer/2807622",
        ),
        ("x", "https://help.x.com/rules-and-policies/personal-information", None),
    ],
)
def test_the_big_platforms_have_a_privacy_and_a_copyright_route(
    platform: str, privacy: str, copyright: str | None
) -> None:
    routes = photo_routes(platform)
    assert routes["platform_privacy"].url == privacy
    assert routes["platform_copyright"].url == copyright
    for item in routes.values():
        assert item.note_key, item
        assert item.source.strip(), item


def test_tiktok_gets_its_copyright_route_in_the_app_and_no_guessed_privacy_link() -> None:
    routes = photo_routes("tiktok")
    assert "platform_privacy" not in routes
    copyright = routes["platform_copyright"]
    assert copyright.url is None
    assert copyright.note_key == "route-note-tiktok-copyright-in-app"


def test_a_route_without_a_link_says_where_to_go_instead() -> None:
    for pid, platform in directory().platforms.items():
        for harm, link in platform.reports.items():
            if link.url is None:
                assert link.note_key, (pid, harm)
                assert link.where == f"(no link: {link.note_key})"


def test_the_audit_counts_only_lines_a_young_person_is_shown() -> None:
    assert "GB" not in audit(directory()).no_helpline
    fresh = load_directory(DATA)  # a private copy: the shared one is never changed
    childline = fresh.services["childline_uk"]
    fresh.services["childline_uk"] = childline.model_copy(update={"audience": ("parents",)})
    assert "GB" in audit(fresh).no_helpline  # only lines for parents left: none of its own for the young
