"""Choosing the language: from Telegram at first contact, by /language or the menu at any time."""

from __future__ import annotations

import dataclasses

import pytest

from bot.engine import World
from bot.engine.options import match_language
from tests.unit.engine.conftest import Chat, walk_to_review

LANGUAGES = ("ar", "de", "en", "es", "fr", "pt-BR", "ru")


@pytest.fixture
def polyglot(world: World) -> World:
    names = {"en": "English", "es": "Español", "pt-BR": "Português (Brasil)", "ar": "العربية"}
    return dataclasses.replace(world, languages=LANGUAGES, language_names=names)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("es", "es"),
        ("es-MX", "es"),
        ("pt-br", "pt-BR"),
        ("pt", "pt-BR"),
        ("pt_br", "pt-BR"),
        ("PT-BR", "pt-BR"),
        ("ar", "ar"),
        ("zh-hans", None),
        ("", None),
        (None, None),
    ],
)
def test_telegram_language_codes_match_the_available_languages(code: str | None, expected: str | None) -> None:
    assert match_language(code, LANGUAGES) == expected


def test_first_contact_takes_the_telegram_language(polyglot: World) -> None:
    chat = Chat(polyglot)
    chat.start(language_code="pt-br")
    assert chat.state.profile.language == "pt-BR"


def test_an_unknown_telegram_language_falls_back_to_english(polyglot: World) -> None:
    chat = Chat(polyglot)
    chat.start(language_code="zh-hans")
    assert chat.state.profile.language == "en"


def test_the_menu_offers_every_language_by_its_own_name(polyglot: World) -> None:
    chat = Chat(polyglot)
    chat.start()
    chat.press("menu-language")
    assert chat.keys == ["language-ask"]
    labels = chat.buttons()
    assert labels["Español"] == "main.language:es"
    assert labels["Português (Brasil)"] == "main.language:pt_br"
    chat.press("Português (Brasil)")
    assert chat.state.profile.language == "pt-BR"
    assert chat.keys == ["menu-ask"]


def test_switching_language_mid_report_keeps_every_answer(polyglot: World) -> None:
    chat = Chat(polyglot)
    walk_to_review(chat)
    answers = chat.state.answers.model_copy(deep=True)
    chat.command("language")
    assert chat.keys == ["language-ask"]
    chat.press("Español")
    assert chat.state.profile.language == "es"
    assert chat.position == "report.review"
    assert chat.keys == ["report-review"]
    assert chat.state.answers == answers


def test_switching_language_while_editing_returns_through_both_detours(polyglot: World) -> None:
    chat = Chat(polyglot)
    walk_to_review(chat)
    chat.press("review-edit")
    chat.press("edit-category")
    chat.command("language")
    chat.press("العربية")
    assert chat.position == "report.category"
    chat.press("category-grooming")
    assert chat.position == "report.review"
    assert chat.state.answers.category == "grooming"


def test_a_remembered_language_survives_start(polyglot: World) -> None:
    chat = Chat(polyglot)
    chat.start(language_code="de")
    chat.command("language")
    chat.press("Español")
    chat.start(language_code="de")
    assert chat.state.profile.language == "es"
