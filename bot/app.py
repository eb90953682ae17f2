"""Assembling Tipline from settings: data loaded and checked once, the database opened, the runtime built."""

from __future__ import annotations

from dataclasses import dataclass

from bot.directory import Directory, load_directory
from bot.engine.machine import World
from bot.flowspec import load_flows
from bot.flowspec.check import check_flows
from bot.flowspec.model import FlowSet
from bot.i18n import Locales, html_to_plain
from bot.identity import Identity
from bot.runtime import Tipline
from bot.settings import Settings
from bot.storage import migrate
from bot.storage.db import Database


class StartupError(Exception):
    """Tipline cannot start; the message says what to fix."""


@dataclass(frozen=True)
class Content:
    """Everything the bot says and knows, loaded from flows/ and locales/."""

    flows: FlowSet
    directory: Directory
    locales: Locales


def load_content(settings: Settings) -> Content:
    flows = load_flows(settings.flows_dir)
    directory = load_directory(settings.flows_dir / "directory")
    locales = Locales(settings.locales_dir, default=settings.default_language)
    return Content(flows=flows, directory=directory, locales=locales)


def build_world(settings: Settings, content: Content) -> World:
    languages = content.locales.languages
    problems = check_flows(content.flows, content.directory, settings.flows_dir, languages)
    if problems:
        raise StartupError("the flows have problems (run `tipline flows check`):\n" + "\n".join(problems))
    return World(
        flows=content.flows,
        directory=content.directory,
        default_language=settings.default_language,
        languages=languages,
        language_names={lang: html_to_plain(content.locales.text(lang, "language-name")) for lang in languages},
    )


async def open_tipline(settings: Settings, *, auto_migrate: bool) -> Tipline:
    """The runtime, on a database whose schema matches this code (migrated first if asked)."""
    content = load_content(settings)
    world = build_world(settings, content)
    if settings.database_url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(settings.database_url)
    try:
        if auto_migrate:
            await migrate.upgrade(db)
        await migrate.ensure_current(db)
    except migrate.SchemaOutOfDate as exc:
        await db.dispose()
        raise StartupError(str(exc)) from None
    except Exception as exc:
        await db.dispose()
        raise StartupError(f"cannot open the database at TIPLINE_DATABASE_URL: {exc}") from exc
    return Tipline(world, content.locales, db, Identity(settings.secret()), settings.charity_name)
