"""The words around the directory's routes, in the reader's language (issue #15)."""

from __future__ import annotations

from functools import cache

import pytest

from bot.directory.routes import RouteItem, Routes
from bot.directory.testing import LOCALES
from bot.engine.routes import route_parts
from bot.i18n import Locales, html_to_plain

LANGUAGES = ("en", "es", "pt-BR", "fr", "de", "ar", "ru")


@cache
def all_locales() -> Locales:
    return Locales(LOCALES)


def unconfirmed(**contact: str) -> list[str]:
    item = RouteItem(kind="helpline", name="A line", source="https://example.org/", confirmed=False, **contact)
    return [part.key for part in route_parts(Routes(items=[item], urgent=False))]


def test_an_unconfirmed_phone_number_says_check_this_number() -> None:
    assert "route-unconfirmed-number" in unconfirmed(phone="0800 000 000")
    assert "route-unconfirmed" not in unconfirmed(phone="0800 000 000")


def test_an_unconfirmed_link_says_check_this_link() -> None:
    assert "route-unconfirmed" in unconfirmed(url="https://example.org/form")
    assert "route-unconfirmed" in unconfirmed(url="https://example.org/form", phone="0800 000 000")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_unconfirmed_notes_differ_for_numbers_and_links(language: str) -> None:
    locales = all_locales()
    assert locales.text(language, "route-unconfirmed-number") != locales.text(language, "route-unconfirmed")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_greeting_names_no_placeholder_charity_when_none_is_set(language: str) -> None:
    """Unset, TIPLINE_CHARITY_NAME is "Tipline": the greeting then says only "This is Tipline"."""
    locales = all_locales()
    unnamed = html_to_plain(locales.text(language, "greeting", {"charity": "Tipline"}))
    named = html_to_plain(locales.text(language, "greeting", {"charity": "Save the Kids"}))
    first_line = unnamed.splitlines()[0]
    assert "Tipline" in first_line
    assert first_line.count("Tipline") == 1  # never "Tipline, run by Tipline"
    assert "our charity" not in unnamed
    assert "Save the Kids" in named.splitlines()[0]
    for key in ("bot-description", "about-privacy"):
        text = html_to_plain(locales.text(language, key, {"charity": "Tipline"}))
        assert "run by Tipline" not in text
        assert text.count("Tipline") < html_to_plain(locales.text(language, key, {"charity": "Tipline X"})).count(
            "Tipline"
        )
