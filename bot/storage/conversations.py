"""Conversation state in the database: loaded and saved per update, with an optimistic version check.

The statements are built once (Core, with bound parameters): these run for every update, and
building them again each time cost more than SQLite took to run them. A caller processing a batch
of updates may read all their conversations in one query first (`prefetch_conversations`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.engine.state import STATE_VERSION, ConversationState, Profile
from bot.storage.models import Conversation

log = logging.getLogger(__name__)

CONVERSATIONS: Table = Conversation.__table__  # type: ignore[assignment]
_LOAD = select(CONVERSATIONS.c.state, CONVERSATIONS.c.version).where(CONVERSATIONS.c.chat_key == bindparam("key"))
_LOAD_MANY = select(CONVERSATIONS.c.chat_key, CONVERSATIONS.c.state, CONVERSATIONS.c.version).where(
    CONVERSATIONS.c.chat_key.in_(bindparam("keys", expanding=True))
)
_SAVE = (
    update(CONVERSATIONS)
    .where(CONVERSATIONS.c.chat_key == bindparam("key"), CONVERSATIONS.c.version == bindparam("loaded"))
    .values(state=bindparam("new_state"), version=bindparam("new_version"), updated_at=bindparam("now"))
)

_CREATE = {
    "sqlite": sqlite.insert(CONVERSATIONS).on_conflict_do_nothing(index_elements=["chat_key"]),
    "postgresql": postgresql.insert(CONVERSATIONS).on_conflict_do_nothing(index_elements=["chat_key"]),
}

Saved = tuple[dict[str, Any], int]
"""A conversation row as read: its state (JSON) and version."""


class ConcurrentUpdate(Exception):
    """Someone else saved this conversation since we loaded it; the caller retries the update."""


async def prefetch_conversations(session: AsyncSession, chat_keys: Iterable[str]) -> dict[str, Saved | None]:
    """Every chat's saved row in one query (None for a chat never seen), for `load_conversation`."""
    keys = list(dict.fromkeys(chat_keys))
    found: dict[str, Saved | None] = dict.fromkeys(keys)
    if keys:
        for chat_key, state, version in (await session.execute(_LOAD_MANY, {"keys": keys})).all():
            found[chat_key] = (state, version)
    return found


async def load_conversation(
    session: AsyncSession, chat_key: str, prefetched: Mapping[str, Saved | None] | None = None
) -> tuple[ConversationState, int | None]:
    """The saved state and its version; a fresh state and None for a chat never seen.

    `prefetched` (from `prefetch_conversations` in the same transaction) saves the query; a chat
    missing from it is read. A stale row there is caught by the version check when saving."""
    if prefetched is not None and chat_key in prefetched:
        row = prefetched[chat_key]
    else:
        found = (await session.execute(_LOAD, {"key": chat_key})).first()
        row = None if found is None else (found[0], found[1])
    if row is None:
        return ConversationState(), None
    data, version = row
    try:
        state = ConversationState.model_validate(data)
        if state.version == STATE_VERSION:
            return state, version
    except ValidationError:
        pass
    # A state from an older release: keep the person's choices, restart what was under way.
    log.warning("conversation state of an unknown shape was reset", extra={"state_version": data.get("version")})
    profile = data.get("profile")
    try:
        kept = Profile.model_validate(profile) if isinstance(profile, dict) else Profile()
    except ValidationError:
        kept = Profile()
    return ConversationState(profile=kept), version


async def save_conversation(
    session: AsyncSession, chat_key: str, state: ConversationState, version: int | None, now: datetime
) -> None:
    data = state.model_dump(mode="json")
    if version is None:  # a new chat; if another worker created it meanwhile, nothing is inserted
        create = _CREATE[session.get_bind().dialect.name]
        result = await session.execute(create, {"chat_key": chat_key, "state": data, "version": 1, "updated_at": now})
    else:
        result = await session.execute(
            _SAVE, {"key": chat_key, "loaded": version, "new_state": data, "new_version": version + 1, "now": now}
        )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise ConcurrentUpdate(chat_key)
