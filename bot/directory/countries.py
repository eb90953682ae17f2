"""Finding a country from what a person types, and guessing it from Telegram's language.

People type "uk", "España", "deutschland" or "the Philippines"; the routing needs an
ISO code. Matching folds case and accents so that "Espana" and "ESPAÑA" both work.
Guessing from the language is deliberately conservative: a wrong country sends a
person to the wrong police, so plain "en" guesses nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping


def fold(text: str) -> str:
    """Casefold, drop accents and punctuation, collapse spaces: the form names are matched in."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    kept = re.sub(r"[.\u2019'’]", "", kept)
    kept = re.sub(r"[\s&,()\-_/]+", " ", kept).strip()
    return kept.removeprefix("the ")


class CountryIndex:
    """Name → code lookup over CLDR names plus the aliases in countries.yaml."""

    def __init__(self, names: Mapping[str, Iterable[str]], languages: Mapping[str, str]) -> None:
        self._codes = set(names)
        self._index: dict[str, str] = {}
        for code, spellings in names.items():
            for spelling in spellings:
                self._index.setdefault(fold(spelling), code)
        self._languages = dict(languages)

    def find(self, text: str) -> str | None:
        key = fold(text)
        if not key:
            return None
        if key in self._index:
            return self._index[key]
        code = key.upper()
        return code if len(code) == 2 and code in self._codes else None

    def suggest(self, language_code: str | None) -> str | None:
        if not language_code:
            return None
        parts = re.split(r"[-_]", language_code.strip())
        region = next((p.upper() for p in parts[1:] if re.fullmatch(r"[A-Za-z]{2}", p)), None)
        if region is not None:
            return region if region in self._codes else None
        return self._languages.get(parts[0].lower())
