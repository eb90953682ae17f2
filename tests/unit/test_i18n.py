"""Rendering: user text is always escaped, messages nest, languages fall back to English."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.replies import Joined, Msg, Slot
from bot.i18n import LocaleError, Locales, html_to_plain


@pytest.fixture
def locales(tmp_path: Path) -> Locales:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.ftl").write_text(
        "hello = Hello <b>{ $name }</b>\nitem = - { $x }\nlist = Items:\n    { $items }\nref = Ref { $reference }\n"
        "only-en = English only\n"
    )
    (tmp_path / "ar").mkdir()
    (tmp_path / "ar" / "a.ftl").write_text("hello = مرحبا { $name }\n")
    return Locales(tmp_path)


def test_params_are_escaped(locales: Locales) -> None:
    assert locales.text("en", "hello", {"name": "<script>&</b>"}) == "Hello <b>&lt;script&gt;&amp;&lt;/b&gt;</b>"


def test_nested_and_joined_messages_render_with_their_own_params(locales: Locales) -> None:
    items = Joined(parts=(Msg(key="item", params={"x": "a<"}), Msg(key="item", params={"x": "b"})), separator="\n")
    assert locales.text("en", "list", {"items": items}) == "Items:\n- a&lt;\n- b"


def test_slots_are_filled_after_effects(locales: Locales) -> None:
    assert (
        locales.text("en", "ref", {"reference": Slot(slot="reference")}, {"reference": "TIP-ABC234"})
        == "Ref TIP-ABC234"
    )


def test_missing_message_falls_back_to_english(locales: Locales) -> None:
    assert locales.text("ar", "only-en") == "English only"
    assert locales.text("xx", "only-en") == "English only"


def test_right_to_left_languages_isolate_placeholders(locales: Locales) -> None:
    text = locales.text("ar", "hello", {"name": "@user_name"})
    assert "\u2068@user_name\u2069" in text  # FSI … PDI: a handle cannot scramble the Arabic line


def test_missing_placeholders_render_empty_not_as_code(locales: Locales) -> None:
    assert locales.text("en", "hello") == "Hello <b></b>"


def test_unparseable_locale_is_reported_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "bad.ftl").write_text("good = fine\n\nnot valid at all\n")
    with pytest.raises(LocaleError, match=r"bad.ftl:3"):
        Locales(tmp_path)


def test_html_to_plain() -> None:
    assert html_to_plain("<b>Hi</b> &amp; &lt;3") == "Hi & <3"


def test_countries_are_named_in_the_readers_language(locales: Locales) -> None:
    from bot.engine.replies import CountryName

    (locales.folder / "es").mkdir()
    (locales.folder / "es" / "a.ftl").write_text("where = Estás en { $country }\n")
    spanish = Locales(locales.folder)
    assert spanish.text("es", "where", {"country": CountryName(code="US", fallback="United States")}) == (
        "Estás en Estados Unidos"
    )
    assert spanish.country_name("ru", "GB") == "Великобритания"
    assert spanish.country_name("xx", "GB") is None


def test_bidi_overrides_in_user_text_cannot_reverse_the_message(locales: Locales) -> None:
    text = locales.text("en", "hello", {"name": "moc.elgoog//:sptth\u202e evil \u202d\u202a\u202b\u202c"})
    assert not set(text) & {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e"}
    assert "evil" in text
    assert locales.text("en", "hello", {"name": "\u2067مرحبا\u2069 \u200f"}).count("\u2067") == 1  # isolates stay
