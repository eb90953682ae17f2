"""The keys, put to work: the identity built from the settings, the database's record of which
pseudonym key it was made with, and conversations of an older release moved under pseudonyms."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Table, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from bot.app.errors import StartupError
from bot.cases.retention import Retention
from bot.identity import Identity
from bot.settings import Settings
from bot.storage.conversations import CONVERSATIONS, on_the_hour
from bot.storage.db import Database
from bot.storage.models import KeyFingerprint

PSEUDONYM_PURPOSE = "pseudonym"


def identity_for(settings: Settings) -> Identity:
    return Identity(
        settings.secret(), previous=settings.previous_secrets(), pseudonym_secret=settings.pseudonym_secret()
    )


def retention_for(settings: Settings) -> Retention:
    return Retention(
        draft_ttl=timedelta(hours=settings.draft_ttl_hours),
        conversation_idle=timedelta(days=settings.conversation_idle_days),
        case_retention=timedelta(days=settings.case_retention_days),
    )


async def check_fingerprint(db: Database, identity: Identity) -> None:
    """Record the pseudonym key's fingerprint on first use; refuse another key afterwards."""
    table: Table = KeyFingerprint.__table__  # type: ignore[assignment]
    insert = postgresql.insert if not db.is_sqlite else sqlite.insert
    fingerprint = identity.fingerprint()
    async with db.transaction() as session:
        await session.execute(
            insert(table)
            .values(purpose=PSEUDONYM_PURPOSE, fingerprint=fingerprint, created_at=datetime.now(UTC))
            .on_conflict_do_nothing(index_elements=["purpose"])
        )
        recorded = await session.scalar(
            select(KeyFingerprint.fingerprint).where(KeyFingerprint.purpose == PSEUDONYM_PURPOSE)
        )
    if recorded != fingerprint:
        raise StartupError(
            "this database was made with another pseudonym key: with this one every reporter would look like a "
            "stranger and /mytips would be empty. Set the key it was made with: TIPLINE_PSEUDONYM_KEY (or "
            "TIPLINE_PSEUDONYM_KEY_FILE) if you set one, else TIPLINE_SECRET_KEY (or TIPLINE_SECRET_KEY_FILE, or "
            "the data folder's secret.key); after rotating TIPLINE_SECRET_KEY, set TIPLINE_PSEUDONYM_KEY to the "
            "old key (docs/privacy.md, 'Keys')"
        )


async def adopt_old_conversations(db: Database, identity: Identity) -> int:
    """Conversations saved by a release that keyed them by the chat itself, moved under the chat's
    pseudonym (the migration could not: it has no key). Returns how many were moved."""
    async with db.transaction() as session:
        rows = (
            await session.execute(
                select(CONVERSATIONS.c.chat_key, CONVERSATIONS.c.updated_at).where(
                    CONVERSATIONS.c.chat_key.contains(":")
                )
            )
        ).all()
        for chat_key, updated_at in rows:
            key = identity.pseudonym(chat_key)
            taken = await session.scalar(select(CONVERSATIONS.c.chat_key).where(CONVERSATIONS.c.chat_key == key))
            if taken is not None:
                await session.execute(delete(CONVERSATIONS).where(CONVERSATIONS.c.chat_key == chat_key))
                continue
            await session.execute(
                update(CONVERSATIONS)
                .where(CONVERSATIONS.c.chat_key == chat_key)
                .values(chat_key=key, updated_at=on_the_hour(updated_at))
            )
    return len(rows)
