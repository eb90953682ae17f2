"""Tipline's turns, assembled: content loaded and checked, the world built, the database opened."""

from __future__ import annotations

from datetime import timedelta

from bot.app.content import build_world, load_content
from bot.app.database import open_database
from bot.app.keys import identity_for, retention_for
from bot.settings import Settings
from bot.turn import TurnRunner
from bot.turn.limits import ReporterLimits


async def open_tipline(settings: Settings, *, auto_migrate: bool) -> TurnRunner:
    """The turn runner, on a database whose schema matches this code (migrated first if asked)."""
    content = load_content(settings)
    world = build_world(settings, content)
    db = await open_database(settings, auto_migrate=auto_migrate)
    limits = ReporterLimits(tips_per_day=settings.tips_per_day, updates_per_minute=settings.updates_per_minute)
    return TurnRunner(
        world,
        content.locales,
        db,
        identity_for(settings),
        settings.charity_name,
        follow_up_after=timedelta(hours=settings.follow_up_hours),
        retention=retention_for(settings),
        limits=limits,
    )
