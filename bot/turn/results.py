"""What one turn produced, ready for a driver to send."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.tips import StoredTip
from bot.i18n import html_to_plain


@dataclass(frozen=True)
class OutgoingMessage:
    """A reply ready to send: HTML text with every user-supplied part escaped, and buttons."""

    text: str
    buttons: tuple[tuple[tuple[str, str], ...], ...] = ()
    """Rows of (label, callback payload)."""

    @property
    def plain(self) -> str:
        return html_to_plain(self.text)


@dataclass
class TurnResult:
    messages: list[OutgoingMessage] = field(default_factory=list)
    delete_message_ids: list[int] = field(default_factory=list)
    tip: StoredTip | None = None
    language: str = "en"


Sink = Callable[[AsyncSession, TurnResult], Awaitable[None]]
"""Run inside the turn's transaction with its result: a driver queues the replies durably there."""
