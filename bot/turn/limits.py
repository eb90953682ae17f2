"""The reporters' limits as a turn applies them: before the engine (updates a minute) and at filing
(tips a day, blocks). The engine stays pure and never knows; the turn says what the person is told.

What a limit never does: hide an emergency number, a platform's report route or a hotline. The
report's guidance is shown before a tip is filed, and the notices themselves repeat the emergency
advice, so a person slowed down still knows where to turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import limits
from bot.engine.events import Button, Command, Event, Media, Start, Text
from bot.engine.replies import Reply, Slot

LIMITED_CHATS = "tg:"
"""Telegram's chats: the public. `tipline chat` in a terminal is the operator's own, never limited."""
FROM_THE_PERSON = (Start, Text, Button, Command, Media)
"""Events a person sends (and may flood); the charity's own (questions, news) are never limited."""
REFERENCE_SLOT = Slot(slot="reference")


class Filing(Enum):
    ALLOWED = "allowed"
    OVER_LIMIT = "over_limit"
    BLOCKED = "blocked"
    """Filed aside, out of the queue; the reporter is not told (telling would teach the farm)."""


@dataclass(frozen=True, slots=True)
class ReporterLimits:
    tips_per_day: int
    updates_per_minute: int

    @staticmethod
    def applies_to(chat_key: str) -> bool:
        return chat_key.startswith(LIMITED_CHATS)

    async def admit(self, session: AsyncSession, pseudonym: str, event: Event, now: datetime) -> Reply | bool | None:
        """True: go on. A Reply: stop, and say this. None: stop silently (already told this minute)."""
        if not isinstance(event, FROM_THE_PERSON) or self.updates_per_minute == 0:
            return True
        admission = await limits.count_update(session, pseudonym, now, self.updates_per_minute)
        if admission.allowed:
            return True
        if not admission.tell or admission.until is None:
            return None
        seconds = max(int((admission.until - now).total_seconds()) + 1, 1)
        return Reply(key="limit-slow-down", params={"seconds": seconds})

    async def filing(self, session: AsyncSession, pseudonym: str, now: datetime) -> tuple[Filing, datetime | None]:
        standing = await limits.standing(session, pseudonym)
        if standing.blocked:
            return Filing.BLOCKED, None
        if standing.unlimited or self.tips_per_day == 0:
            return Filing.ALLOWED, None
        until = await limits.next_tip_at(session, pseudonym, now, self.tips_per_day)
        return (Filing.ALLOWED, None) if until is None else (Filing.OVER_LIMIT, until)


def refused_filing(replies: list[Reply], until: datetime) -> list[Reply]:
    """The replies with the "your report has been sent" one replaced by when they can send again.

    That reply is the one waiting for the tip's reference; everything else (the guidance, what
    happens next) stays as it was."""
    notice = Reply(key="limit-tips-per-day", params={"when": until.strftime("%Y-%m-%d %H:%M UTC")})
    return [notice if REFERENCE_SLOT in reply.params.values() else reply for reply in replies]
