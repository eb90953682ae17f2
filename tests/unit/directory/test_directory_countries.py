"""Finding the country people type, and guessing it only when the guess is fair."""

from __future__ import annotations

import pytest

from bot.directory.testing import real_directory as directory


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("UK", "GB"),
        ("u.k.", "GB"),
        ("United Kingdom", "GB"),
        ("england", "GB"),
        ("gb", "GB"),
        ("USA", "US"),
        ("united states of america", "US"),
        ("  Australia ", "AU"),
        ("españa", "ES"),
        ("ESPANA", "ES"),
        ("Deutschland", "DE"),
        ("Brasil", "BR"),
        ("the Philippines", "PH"),
        ("new zealand", "NZ"),
        ("Éire", "IE"),
        ("Österreich", "AT"),
        ("Côte d’Ivoire", "CI"),
        ("cote d'ivoire", "CI"),
        ("Japan", "JP"),
        ("المملكة العربية السعودية", "SA"),
        ("Saudi Arabia", "SA"),
        ("भारत", "IN"),
        ("jp", "JP"),
        ("Norway", "NO"),
    ],
)
def test_find_country(text: str, code: str) -> None:
    assert directory().find_country(text) == code


@pytest.mark.parametrize("text", ["", "   ", "atlantis", "xx", "zz", "123", "the"])
def test_find_country_unknown(text: str) -> None:
    assert directory().find_country(text) is None


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("en-AU", "AU"),
        ("en_au", "AU"),
        ("pt-br", "BR"),
        ("en-GB", "GB"),
        ("de", "DE"),
        ("fil", "PH"),
        ("en", None),
        ("es", None),
        ("pt", None),
        ("fr", None),
        ("ar", None),
        ("", None),
        (None, None),
        ("en-ZZ", None),
        ("zh-Hans", None),
    ],
)
def test_suggest_country_is_conservative(language: str | None, code: str | None) -> None:
    assert directory().suggest_country(language) == code


def test_common_countries_are_listed_countries() -> None:
    common = directory().common_countries
    assert common[:3] == ["AU", "GB", "US"]
    assert all(code in directory().countries for code in common)


def test_every_country_in_the_reference_is_listed() -> None:
    for code in ["US", "CA", "GB", "AU", "NZ", "IE", "DE", "FR", "ES", "BR", "IN", "PH"]:
        country = directory().countries[code]
        assert country.code == code
        assert country.emergency, code
        assert all(n.source for n in country.emergency)


def test_country_name_covers_unlisted_countries() -> None:
    assert directory().country_name("sa") == "Saudi Arabia"
    assert directory().country_name("GB") == "United Kingdom"
    assert directory().country_name("ZZ") is None


def test_country_splits_reporting_lines_from_helplines() -> None:
    gb = directory().countries["GB"]
    assert gb.hotlines == ("iwf", "ceop", "uk_police_101", "report_remove", "report_harmful_content")
    assert gb.helplines == ("nspcc_helpline", "childline_uk")
