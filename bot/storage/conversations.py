"""Conversation state in the database: loaded and saved per update, with an optimistic version check.

Conversations are keyed by the chat's pseudonym (the caller passes it), never by the chat, and
their time is kept to the hour (`on_the_hour`): enough to expire drafts and idle conversations,
too coarse to line a conversation up with the moment a tip was filed.

The statements are built once (Core, with bound parameters): these run for every update, and
building them again each time cost more than SQLite took to run them. A caller processing a batch
of updates may read all their conversations in one query first (`prefetch_conversations`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from pydantic import ValidationError
from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.engine.state import STATE_VERSION, ConversationState, Profile
from bot.storage.models import Conversation

log = logging.getLogger(__name__)

CONVERSATIONS: Table = Conversation.__table__  # type: ignore[assignment]
_COLUMNS = (
    CONVERSATIONS.c.state,
    CONVERSATIONS.c.version,
    CONVERSATIONS.c.updated_at,
    CONVERSATIONS.c.draft_expired,
)
_LOAD = select(*_COLUMNS).where(CONVERSATIONS.c.chat_key == bindparam("key"))
_LOAD_MANY = select(CONVERSATIONS.c.chat_key, *_COLUMNS).where(
    CONVERSATIONS.c.chat_key.in_(bindparam("keys", expanding=True))
)
_SAVE = (
    update(CONVERSATIONS)
    .where(CONVERSATIONS.c.chat_key == bindparam("key"), CONVERSATIONS.c.version == bindparam("loaded"))
    .values(
        state=bindparam("new_state"),
        version=bindparam("new_version"),
        updated_at=bindparam("now"),
        draft_expired=False,
    )
)

_CREATE = {
    "sqlite": sqlite.insert(CONVERSATIONS).on_conflict_do_nothing(index_elements=["chat_key"]),
    "postgresql": postgresql.insert(CONVERSATIONS).on_conflict_do_nothing(index_elements=["chat_key"]),
}


class Saved(NamedTuple):
    """A conversation row as read."""

    state: dict[str, Any]
    version: int
    updated_at: datetime
    draft_expired: bool


class Loaded(NamedTuple):
    state: ConversationState
    version: int | None
    """None for a conversation never saved."""
    updated_at: datetime | None
    draft_expired: bool
    """The purge deleted an unfinished report since the person last wrote: they are told."""


GRAIN = timedelta(hours=1)
"""`updated_at` is at most this much earlier than the last change: expiry waits this much longer,
so nothing expires early."""


def on_the_hour(now: datetime) -> datetime:
    return now.replace(minute=0, second=0, microsecond=0)


class ConcurrentUpdate(Exception):
    """Someone else saved this conversation since we loaded it; the caller retries the update."""


async def prefetch_conversations(session: AsyncSession, chat_keys: Iterable[str]) -> dict[str, Saved | None]:
    """Every chat's saved row in one query (None for a chat never seen), for `load_conversation`."""
    keys = list(dict.fromkeys(chat_keys))
    found: dict[str, Saved | None] = dict.fromkeys(keys)
    if keys:
        for chat_key, state, version, updated_at, draft_expired in (
            await session.execute(_LOAD_MANY, {"keys": keys})
        ).all():
            found[chat_key] = Saved(state, version, updated_at, bool(draft_expired))
    return found


async def load_conversation(
    session: AsyncSession, chat_key: str, prefetched: Mapping[str, Saved | None] | None = None
) -> tuple[ConversationState, int | None]:
    """The saved state and its version; a fresh state and None for a chat never seen."""
    loaded = await load_conversation_row(session, chat_key, prefetched)
    return loaded.state, loaded.version


async def load_conversation_row(
    session: AsyncSession, chat_key: str, prefetched: Mapping[str, Saved | None] | None = None
) -> Loaded:
    """The saved state with its version and age; a fresh state for a chat never seen.

    `prefetched` (from `prefetch_conversations` in the same transaction) saves the query; a chat
    missing from it is read. A stale row there is caught by the version check when saving."""
    row: Saved | None
    if prefetched is not None and chat_key in prefetched:
        row = prefetched[chat_key]
    else:
        found = (await session.execute(_LOAD, {"key": chat_key})).first()
        row = None if found is None else Saved(found[0], found[1], found[2], bool(found[3]))
    if row is None:
        return Loaded(ConversationState(), None, None, False)
    return Loaded(state_of(row.state), row.version, row.updated_at, row.draft_expired)


def state_of(data: dict[str, Any]) -> ConversationState:
    """A saved state; one from an older release keeps the person's choices and restarts the rest."""
    try:
        state = ConversationState.model_validate(data)
        if state.version == STATE_VERSION:
            return state
    except ValidationError:
        pass
    log.warning("conversation state of an unknown shape was reset", extra={"state_version": data.get("version")})
    profile = data.get("profile")
    try:
        kept = Profile.model_validate(profile) if isinstance(profile, dict) else Profile()
    except ValidationError:
        kept = Profile()
    return ConversationState(profile=kept)


async def save_conversation(
    session: AsyncSession, chat_key: str, state: ConversationState, version: int | None, now: datetime
) -> None:
    data = state.model_dump(mode="json")
    now = on_the_hour(now)
    if version is None:  # a new chat; if another worker created it meanwhile, nothing is inserted
        create = _CREATE[session.get_bind().dialect.name]
        result = await session.execute(create, {"chat_key": chat_key, "state": data, "version": 1, "updated_at": now})
    else:
        result = await session.execute(
            _SAVE, {"key": chat_key, "loaded": version, "new_state": data, "new_version": version + 1, "now": now}
        )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise ConcurrentUpdate(chat_key)
