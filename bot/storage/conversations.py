"""Conversation state in the database: loaded and saved per update, with an optimistic version check."""

from __future__ import annotations

import logging
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.engine.state import STATE_VERSION, ConversationState, Profile
from bot.storage.models import Conversation

log = logging.getLogger(__name__)


class ConcurrentUpdate(Exception):
    """Someone else saved this conversation since we loaded it; the caller retries the update."""


async def load_conversation(session: AsyncSession, chat_key: str) -> tuple[ConversationState, int | None]:
    """The saved state and its version; a fresh state and None for a chat never seen."""
    row = (await session.execute(select(Conversation).where(Conversation.chat_key == chat_key))).scalar_one_or_none()
    if row is None:
        return ConversationState(), None
    try:
        state = ConversationState.model_validate(row.state)
        if state.version == STATE_VERSION:
            return state, row.version
    except ValidationError:
        pass
    # A state from an older release: keep the person's choices, restart what was under way.
    log.warning("conversation state of an unknown shape was reset", extra={"state_version": row.state.get("version")})
    profile = row.state.get("profile")
    try:
        kept = Profile.model_validate(profile) if isinstance(profile, dict) else Profile()
    except ValidationError:
        kept = Profile()
    return ConversationState(profile=kept), row.version


async def save_conversation(
    session: AsyncSession, chat_key: str, state: ConversationState, version: int | None, now: datetime
) -> None:
    data = state.model_dump(mode="json")
    if version is None:
        try:
            async with session.begin_nested():
                session.add(Conversation(chat_key=chat_key, state=data, version=1, updated_at=now))
        except IntegrityError as exc:
            raise ConcurrentUpdate(chat_key) from exc
        return
    result = await session.execute(
        update(Conversation)
        .where(Conversation.chat_key == chat_key, Conversation.version == version)
        .values(state=data, version=version + 1, updated_at=now)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise ConcurrentUpdate(chat_key)
