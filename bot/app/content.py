"""Loading what the bot says and knows, checked, and the engine's world built from it."""

from __future__ import annotations

from bot.app.checks import Content, load_checked
from bot.app.errors import StartupError
from bot.engine import World
from bot.i18n import html_to_plain
from bot.settings import Settings


def load_content(settings: Settings) -> Content:
    """Flows, directory and locales, refused on any problem `tipline flows check` would report."""
    content, problems = load_checked(settings)
    if problems or content is None:
        raise StartupError(
            "the flows, directory or locales have problems (run `tipline flows check`):\n" + "\n".join(problems)
        )
    return content


def build_world(settings: Settings, content: Content) -> World:
    languages = content.locales.languages
    return World(
        flows=content.flows,
        directory=content.directory,
        default_language=settings.default_language,
        languages=languages,
        language_names={lang: html_to_plain(content.locales.text(lang, "language-name")) for lang in languages},
        max_related_accounts=settings.max_related_accounts,
    )
