"""Fitting what the bot says about itself within Telegram's limits (`bot.limits`)."""

from __future__ import annotations


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
