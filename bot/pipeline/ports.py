"""The seams between the pipeline and a Telegram client library (aiogram or python-telegram-bot: `bot.drivers`).

A driver implements `TelegramDriver`: it turns updates into `Incoming` items and performs the three
Bot API calls the pipeline needs, raising one of the `DeliveryError`s below so the pipeline can
tell "wait this long" from "try again later" from "this will never work". Everything else (the
inbox, the worker, the outbox, rate limits, retries, the webhook server) lives in the pipeline.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict
from sqlalchemy.ext.asyncio import AsyncSession

from bot.engine.events import Event

log = logging.getLogger(__name__)

ButtonRows = tuple[tuple[tuple[str, str], ...], ...]
"""Rows of (label, callback payload), as a turn's `OutgoingMessage.buttons`."""

CHAT_KEY_PREFIX = "tg:"
LANE_SEPARATOR = "#"
"""`tg:-100123#cards`: a second ordered queue of calls to the same chat (the volunteer group's case
cards), so the desk's replies to volunteers need not wait behind a flood of card posts and edits."""


def chat_key_of(chat_id: int) -> str:
    return f"{CHAT_KEY_PREFIX}{chat_id}"


def chat_id_of(chat_key: str) -> int:
    if not chat_key.startswith(CHAT_KEY_PREFIX):
        raise ValueError("not a Telegram chat key")
    return int(chat_key.removeprefix(CHAT_KEY_PREFIX).partition(LANE_SEPARATOR)[0])


def lane_of(chat_key: str, lane: str) -> str:
    """The chat key of `lane`: the same chat (and its sending limits), its own order."""
    return f"{chat_key}{LANE_SEPARATOR}{lane}"


def is_lane(chat_key: str) -> bool:
    return LANE_SEPARATOR in chat_key


def is_group(chat_id: int) -> bool:
    """Groups and channels have negative ids; people's private chats positive ones."""
    return chat_id < 0


class DeliveryError(Exception):
    """A Bot API call did not succeed. `description` is safe to log: it never holds message text."""

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description


class RetryAfter(DeliveryError):
    """Telegram's flood control (429): this chat must wait `seconds` before the next call."""

    def __init__(self, seconds: float, description: str = "Too Many Requests") -> None:
        super().__init__(description)
        self.seconds = seconds


class TransientFailure(DeliveryError):
    """Might work later: a server error, a network error, a timeout, an outage page."""


class PermanentFailure(DeliveryError):
    """Will not work however often it is repeated: a bad request, a blocked bot, a chat that is gone."""


class InboxItem(BaseModel):
    """What the inbox keeps of an update: the event and what is needed to answer, nothing about the person."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    chat_key: str
    event: Event
    callback_id: str | None = None
    """A button press's query id, so the button's spinner can be stopped."""
    user_id: int | None = None
    """Who sent it, only where the chat does not say (the volunteer group): the desk decides every
    action on it. Never set for people's private chats, whose chat is the person."""
    thread_id: int | None = None
    """The forum topic of a message in the volunteer group, so the answer goes to the same topic."""


@dataclass(frozen=True, slots=True)
class Incoming:
    """One update as received: `item` is None for updates Tipline ignores (groups, channels, edits)."""

    update_id: int
    item: InboxItem | None = None


def read_update(parse: Callable[[Mapping[str, Any]], Incoming], data: Mapping[str, Any]) -> Incoming:
    """One update from Telegram (with an integer update_id) through the driver's `parse_update`.

    One it cannot read is skipped (acknowledged, kept nowhere) instead of refused: Telegram would
    send it again and again, polled or posted, and every update behind it would wait. Its content is
    not logged, only its id.
    """
    try:
        return parse(data)
    except ValueError:
        log.warning("an update Tipline cannot read was skipped", extra={"update_id": data["update_id"]})
        return Incoming(update_id=data["update_id"])


@dataclass(frozen=True)
class BotProfile:
    """What Telegram shows about the bot, per language code ("" is the default for every language)."""

    commands: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    short_descriptions: dict[str, str] = field(default_factory=dict)
    chat_commands: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    """Commands shown in one chat only, to everyone in it (the volunteer group: the desk's commands)."""


@dataclass(frozen=True)
class WebhookConfig:
    url: str
    secret: str


class BotClient(Protocol):
    """The Bot API calls the outbox makes. Each raises a `DeliveryError` (and nothing else) on failure."""

    async def send_message(
        self, chat_id: int, text: str, buttons: ButtonRows, *, thread_id: int | None = None, reply_to: int | None = None
    ) -> int | None:
        """Send HTML text with link previews disabled, inline buttons under it; returns its message id
        (the volunteer desk keeps a case card's, to edit it later). `reply_to` may be gone: then it
        is sent as a plain message."""

    async def delete_message(self, chat_id: int, message_id: int) -> None: ...

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        """Stop the spinner on a pressed button, with a short notice if `text` is given."""

    async def edit_message(self, chat_id: int, message_id: int, text: str, buttons: ButtonRows) -> None:
        """Replace a message's HTML text and buttons (a case card), link previews disabled."""

    async def send_document(
        self, chat_id: int, path: Path, filename: str, caption: str, *, thread_id: int | None = None
    ) -> None:
        """Upload a file (an export) with an HTML caption."""

    async def send_photo(
        self, chat_id: int, content: bytes, filename: str, caption: str, *, thread_id: int | None = None
    ) -> None:
        """Upload a picture (the platform accountability chart, a PNG) with an HTML caption."""

    async def remove_chat_member(self, chat_id: int, user_id: int) -> None:
        """Take a person out of a group (a volunteer removed from the desk): banChatMember, then
        unbanChatMember with only_if_banned, so they are out but may be invited again. Needs the bot
        to be an admin of the group allowed to ban; Telegram refuses otherwise (a permanent failure)."""


class MoreCalls(Protocol):
    """Kinds of outbox calls beyond message, delete and callback (the volunteer desk's), made by the
    sender in their chat's order, within its limits and retries."""

    kinds: frozenset[str]
    message_kinds: frozenset[str]
    """Those that put a message in a chat: they count against the chat's rate limit."""
    slow_kinds: frozenset[str]
    """Those that take long (an export): made in a batch of their own."""

    def timeout(self, kind: str, default: float) -> float: ...

    async def call(self, client: BotClient, kind: str, chat_id: int, payload: dict[str, Any]) -> None:
        """Make the call; raise a `DeliveryError` as a `BotClient` does."""


Rows = list[dict[str, Any]]
"""Outbox rows (`bot.pipeline.outbox.call_row`)."""
ConversationTurn = Callable[[AsyncSession, "InboxItem", datetime], Awaitable[Rows]]
"""The reporter conversation's turn for an update, as outbox rows."""


class UpdateRouter(Protocol):
    """Who handles an update: the worker asks this (the volunteer desk) before the conversation.

    Everything happens in the worker's transaction; what the router sends comes back as outbox rows.
    """

    async def turn(self, session: AsyncSession, item: InboxItem, now: datetime, conversation: ConversationTurn) -> Rows:
        """The outbox rows for one update: the router's own, or those of `conversation(...)`."""


class TelegramDriver(BotClient, Protocol):
    """A Telegram client library, adapted: updates in, Bot API calls out."""

    async def get_updates(self, offset: int | None, wait_seconds: int) -> list[Incoming]:
        """One long poll. Updates before `offset` are acknowledged by this call (Telegram forgets them)."""

    def parse_update(self, data: Mapping[str, Any]) -> Incoming:
        """A webhook's JSON body as an item; raises ValueError when it is not an update."""

    async def start_polling_mode(self) -> None:
        """Remove a webhook left from an earlier run, keeping its pending updates."""

    async def start_webhook_mode(self, webhook: WebhookConfig) -> None:
        """Register the webhook (never dropping pending updates)."""

    async def set_profile(self, profile: BotProfile) -> list[str]:
        """Commands and descriptions; returns what failed (non-essential: the bot runs without them)."""

    async def chat_username(self, chat_id: int) -> str | None:
        """A group's public @username (getChat), None for a private group: anyone can find and join
        a public group, so the volunteer group must not be one."""

    async def close(self) -> None: ...
