"""What a person typed, made safe to keep and to show: one sanitiser for every way text comes in.

A NUL cannot be stored on PostgreSQL (the tip would never be filed); a lone surrogate cannot be
encoded at all; bidi controls (embeddings, overrides and the isolates U+2066–U+2069) let a line
show other than it reads, on a card or in a history. They are removed before anything else sees
the text. Telegram counts lengths in UTF-16 code units: `utf16_len` and `clip` count the same way.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Arabic letter mark, LRM/RLM, embeddings and overrides (U+202A–202E), isolates (U+2066–2069)."""
_UNSAFE = re.compile("[\x00\ud800-\udfff" + BIDI_CONTROLS + "]")
ELLIPSIS = "…"


def sanitise(text: str) -> str:
    """`text` without NUL, lone surrogates and bidi controls (Arabic and Hebrew need none of them)."""
    return _UNSAFE.sub("", text)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: an emoji outside the BMP is two units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-16 units (an ellipsis included), never inside a surrogate pair."""
    if utf16_len(text) <= limit:
        return text
    budget = max(limit - 1, 0)
    size = 0
    for index, char in enumerate(text):
        size += 2 if ord(char) > 0xFFFF else 1
        if size > budget:
            return text[:index] + ELLIPSIS
    return text
