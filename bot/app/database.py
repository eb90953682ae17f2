"""Opening the database for any command: its folder made, its schema brought up to date or checked."""

from __future__ import annotations

from bot.app.errors import StartupError
from bot.app.keys import adopt_old_conversations, check_fingerprint, identity_for
from bot.settings import Settings
from bot.storage import migrate
from bot.storage.db import Database


async def open_database(settings: Settings, *, auto_migrate: bool = False) -> Database:
    """The database at TIPLINE_DATABASE_URL with a schema that matches this code (migrated first if
    asked); StartupError saying what to do when it cannot be opened or is out of date, or was made
    with another pseudonym key. It opens and seals the encrypted columns with the settings' keys."""
    if settings.database_url.startswith("sqlite"):
        settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    identity = identity_for(settings)
    db = Database(settings.database_url, sealer=identity)
    try:
        if auto_migrate:
            await migrate.upgrade(db)
        await migrate.ensure_current(db)
        await check_fingerprint(db, identity)
        await adopt_old_conversations(db, identity)
    except StartupError:
        await db.dispose()
        raise
    except migrate.SchemaOutOfDate as exc:
        await db.dispose()
        raise StartupError(str(exc)) from None
    except Exception as exc:
        await db.dispose()
        raise StartupError(f"cannot open the database at TIPLINE_DATABASE_URL: {exc}") from exc
    return db
