"""Telegram's limits on what the bot says about itself, and fitting a text within them."""

from __future__ import annotations

PROFILE_LIMITS = {"bot-description": 512, "bot-short-description": 120}
COMMAND_DESCRIPTION_LIMIT = 256
"""Telegram's limits, in characters: a longer text is refused (and the bot would go without it)."""


def fit(text: str, limit: int) -> str:
    """The text, or as much of it as fits in `limit` characters, cut at a space and ended with "…"
    (a charity's long name must not cost it the bot's description in Telegram)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"
