"""What goes into the desk (a volunteer's command or button) and what comes out of it.

The desk never calls Telegram. It describes what should happen (post, edit a card, upload an
export, feed an event to a reporter's chat) and hands that to a `Dispatch`, which in production
writes outbox and inbox rows in the same transaction as the change, so a card is never lost
and never sent for a change that was rolled back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.engine.events import Button, Command, RelayQuestion, StatusNotice, Text

ButtonRows = tuple[tuple[tuple[str, str], ...], ...]
"""Rows of (label, callback payload)."""


@dataclass(frozen=True, slots=True)
class DeskRequest:
    """A volunteer's command or button press, or anything else said in the volunteer chat."""

    user_id: int
    """Who typed or pressed it: the only thing a permission is ever decided on."""
    chat_key: str
    event: Command | Button | Text
    thread_id: int | None = None
    """The forum topic it came from, so the answer goes to the same topic."""
    callback_id: str | None = None


@dataclass(frozen=True, slots=True)
class Post:
    """A message to a chat: the volunteer group, or a volunteer's private chat."""

    chat_key: str
    text: str
    buttons: ButtonRows = ()
    thread_id: int | None = None
    reply_to_card: int | None = None
    """A case id: send as a reply under that case's card (plain, if the card is not known)."""
    card_of: int | None = None
    """A case id: this message IS the case's card; the sender records its message id."""


@dataclass(frozen=True, slots=True)
class EditCard:
    """Redraw a case's card. Which message that is gets decided when it is sent (the card's id may
    only just have come back from Telegram); a case with no card yet gets one posted."""

    chat_key: str
    case_id: int
    text: str
    buttons: ButtonRows
    thread_id: int | None = None


@dataclass(frozen=True, slots=True)
class Toast:
    """Answer a button press (stops the spinner), with a short notice or none."""

    chat_key: str
    callback_id: str
    text: str | None = None


@dataclass(frozen=True, slots=True)
class ExportJob:
    """Build an export and post it as a file. Done by the sender, outside the worker's transaction:
    streaming a large period takes long and must not hold up other chats."""

    chat_key: str
    since: datetime
    until: datetime
    formats: tuple[str, ...]
    thread_id: int | None = None


@dataclass(frozen=True, slots=True)
class ToReporter:
    """An event for a reporter's chat, processed like their own updates: in order, with their state."""

    chat_key: str
    event: RelayQuestion | StatusNotice


@dataclass(frozen=True, slots=True)
class ChartJob:
    """Draw the platform accountability chart of a period and post it as a photo (issue 16). Done by
    the sender when its turn comes, like an export: drawing must not hold the worker's transaction."""

    chat_key: str
    since: datetime
    until: datetime
    thread_id: int | None = None


@dataclass(frozen=True, slots=True)
class RemoveMember:
    """Take a person out of the volunteer group (a volunteer removed from the desk): done by the
    sender, where the bot is an admin; where it cannot, the group is told to do it by hand."""

    chat_key: str
    user_id: int
    alias: str


Outbound = Post | EditCard | Toast | ExportJob | ToReporter | ChartJob | RemoveMember


class Dispatch(Protocol):
    async def __call__(self, session: AsyncSession, actions: Sequence[Outbound], now: datetime) -> None:
        """Queue the actions inside the caller's transaction."""


class Recorder:
    """A Dispatch that keeps what it was given: for tests and benchmarks."""

    def __init__(self) -> None:
        self.actions: list[Outbound] = []

    async def __call__(self, session: AsyncSession, actions: Sequence[Outbound], now: datetime) -> None:
        self.actions.extend(actions)

    def take(self) -> list[Outbound]:
        taken, self.actions = self.actions, []
        return taken
