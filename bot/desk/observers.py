"""Who else hears of a case change a volunteer made, as a protocol owned by the desk, so the desk
needs nothing of them: forwarding to the charity's own systems (bot/forward) is one."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.workflow import Change


class ChangeObserver(Protocol):
    async def case_changed(self, session: AsyncSession, change: Change, now: datetime) -> None:
        """Called in the desk request's transaction, after the change and its cards."""
