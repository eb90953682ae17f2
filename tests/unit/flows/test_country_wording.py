"""A country's name is shown as it is (nominative, no article): no text puts it after a
preposition that would need the name inflected ("em Brasil" for "no Brasil", "в Германия")."""

from __future__ import annotations

import re

import pytest

from bot.paths import locales_dir

# The words after which a country's name changes form or needs an article, per language.
PREPOSITIONS = {
    "en": r"in|to|from",
    "es": r"en|a|de|desde",
    "fr": r"en|au|aux|à|de|du|dans",
    "de": r"in|nach|aus|im",
    "pt-BR": r"em|no|na|de|do|da|para",
    "ru": r"в|во|из|на",
    "ar": r"في|من|إلى",
}


def country_contexts(language: str) -> list[tuple[str, str]]:
    found = []
    for path in sorted((locales_dir() / language).glob("*.ftl")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"(\S+)\s*\{ \$country \}", text):
            found.append((path.name, match.group(1)))
    return found


@pytest.mark.parametrize("language", sorted(PREPOSITIONS))
def test_no_country_name_follows_a_preposition(language: str) -> None:
    contexts = country_contexts(language)
    assert contexts, f"{language}: no text names the country (the check would prove nothing)"
    bad = [(file, word) for file, word in contexts if re.fullmatch(PREPOSITIONS[language], word, re.IGNORECASE)]
    assert bad == [], f"{language}: a country's name after a preposition needs inflecting: {bad}"


def test_the_young_persons_guess_names_the_country_on_its_own() -> None:
    text = (locales_dir() / "pt-BR" / "young.ftl").read_text(encoding="utf-8")
    assert "Seu país: { $country }." in text
    assert "em { $country }" not in text
