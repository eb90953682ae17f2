"""The volunteer desk inside the Telegram pipeline (`bot.pipeline`), through three small hooks.

- Worker: `DeskPipeline.turn` decides per update whether it is the desk's (the volunteer group; a
  volunteer's desk command or a desk button in a private chat) or the reporter conversation's, and
  returns the outbox rows of either, plus what the desk queued meanwhile (the runtime's hooks post
  a case's card from inside a reporter's turn). Everything lands in the worker's transaction.
- Dispatch: the desk's actions become outbox rows (`desk_post`, `desk_edit`, `desk_export`, and
  `callback` with a notice), and events for reporters become inbox rows of the reporter's chat, so
  a relayed question or news goes through the same per-chat queue as the reporter's own updates.
  Those rows carry negative update ids: never a Telegram update's, and first in their chat's queue.
- Sender: `DeskCalls.call` makes the desk's Bot API calls. A card's message id comes back from
  `send_message` and is stored on the case; a card edit or a reply under a card looks the id up
  when it is made (the card may only just have been posted); an export is built when its turn
  comes, outside any transaction that holds other chats' messages.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import tempfile
import time
import weakref
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.export import write_export
from bot.engine.events import Button, Command, Start, Text
from bot.pipeline.ports import (
    CHAT_KEY_PREFIX,
    BotClient,
    ButtonRows,
    InboxItem,
    PermanentFailure,
    chat_id_of,
    is_group,
)
from bot.pipeline.split import split_html
from bot.pipeline.store import CALLBACK, INBOX, PENDING, PipelineStore, message_payload
from bot.staff.desk import Desk
from bot.staff.messages import DeskRequest, EditCard, ExportJob, Outbound, Post, Toast, ToReporter
from bot.staff.texts import StaffTexts
from bot.storage.models import Case

log = logging.getLogger(__name__)

DESK_POST, DESK_EDIT, DESK_EXPORT = "desk_post", "desk_edit", "desk_export"
DESK_KINDS = frozenset({DESK_POST, DESK_EDIT, DESK_EXPORT})
EXPORT_TIMEOUT_SECONDS = 1800.0
"""Building and uploading an export: a year of a busy charity's tips takes about a minute."""
TELEGRAM_FILE_LIMIT = 50_000_000
"""The Bot API refuses uploads over 50 MB."""
_INTERNAL_BASE = -(2**62)
_NOT_MODIFIED = "message is not modified"
_EDIT_GONE = ("message to edit not found", "message can't be edited")

Rows = list[dict[str, Any]]
EngineTurn = Callable[[AsyncSession, InboxItem, datetime], Awaitable[Rows]]


def internal_update_id() -> int:
    """An inbox id for an event the bot made itself: negative (Telegram's are positive), unique,
    and growing with time, so such events of one chat are taken in the order they were queued."""
    return _INTERNAL_BASE + time.time_ns() // 1000 * 1000 + secrets.randbelow(1000)


class OutboxDispatch:
    """The desk's `Dispatch`: actions become rows held per transaction, for the worker to insert
    with the batch (so the sender is told at once); events for reporters go into the inbox."""

    def __init__(self) -> None:
        self._rows: weakref.WeakKeyDictionary[AsyncSession, Rows] = weakref.WeakKeyDictionary()

    async def __call__(self, session: AsyncSession, actions: Sequence[Outbound], now: datetime) -> None:
        rows = self._rows.setdefault(session, [])
        for action in actions:
            if isinstance(action, ToReporter):
                if not action.chat_key.startswith(CHAT_KEY_PREFIX):  # a tip filed in the console chat
                    log.info("desk: an event for a reporter outside Telegram was dropped")
                    continue
                item = InboxItem(chat_key=action.chat_key, event=action.event)
                payload = item.model_dump(mode="json", exclude={"chat_key"}, exclude_none=True)
                await session.execute(
                    INBOX.insert().values(
                        update_id=internal_update_id(),
                        chat_key=action.chat_key,
                        status=PENDING,
                        payload=payload,
                        attempts=0,
                        received_at=now,
                    )
                )
            else:
                rows += _rows_for(action, now)

    def take(self, session: AsyncSession) -> Rows:
        return self._rows.pop(session, [])


def _row(chat_key: str, kind: str, payload: dict[str, Any], now: datetime) -> dict[str, Any]:
    return {
        "chat_key": chat_key,
        "kind": kind,
        "payload": payload,
        "status": PENDING,
        "attempts": 0,
        "not_before": now,
        "created_at": now,
    }


def _buttons(buttons: ButtonRows) -> list[list[list[str]]]:
    return [[list(button) for button in row] for row in buttons]


def _rows_for(action: Outbound, now: datetime) -> Rows:
    if isinstance(action, Toast):
        payload: dict[str, Any] = {"callback_id": action.callback_id}
        if action.text:
            payload["text"] = action.text
        return [_row(action.chat_key, CALLBACK, payload, now)]
    if isinstance(action, EditCard):
        payload = {"case_id": action.case_id, "text": action.text, "buttons": _buttons(action.buttons)}
        return [_row(action.chat_key, DESK_EDIT, payload | _maybe("thread_id", action.thread_id), now)]
    if isinstance(action, ExportJob):
        payload = {
            "since": action.since.isoformat(),
            "until": action.until.isoformat(),
            "formats": list(action.formats),
        }
        return [_row(action.chat_key, DESK_EXPORT, payload | _maybe("thread_id", action.thread_id), now)]
    assert isinstance(action, Post)
    extra = (
        _maybe("thread_id", action.thread_id)
        | _maybe("reply_to_case", action.reply_to_card)
        | _maybe("card_of", action.card_of)
    )
    # A card is edited in place, so it is never split; a long `/case` is, buttons under its last part.
    parts = [action.text] if action.card_of is not None else split_html(action.text)
    return [
        _row(
            action.chat_key,
            DESK_POST,
            {"text": part, "buttons": _buttons(action.buttons if number == len(parts) else ())} | extra,
            now,
        )
        for number, part in enumerate(parts, start=1)
    ]


def _maybe(key: str, value: int | None) -> dict[str, Any]:
    return {} if value is None else {key: value}


class DeskPipeline:
    """What the worker asks: is this update the desk's, and what does it send."""

    def __init__(self, desk: Desk, dispatch: OutboxDispatch) -> None:
        self.desk = desk
        self.dispatch = dispatch

    async def turn(self, session: AsyncSession, item: InboxItem, now: datetime, engine: EngineTurn) -> Rows:
        """The outbox rows for one update: the desk's, or the reporter conversation's and any card
        the runtime's hooks produced. Rows queued for a turn that fails are dropped with it."""
        try:
            chat_id = chat_id_of(item.chat_key)
            if is_group(chat_id):
                await self._group(session, item)
                rows: Rows = []
            else:
                request = await self._private(session, item, chat_id)
                if request is None:
                    rows = await engine(session, item, now)
                else:
                    await self.desk.handle(session, request)
                    rows = []
            return rows + self.dispatch.take(session)
        except BaseException:
            self.dispatch.take(session)
            raise

    async def _group(self, session: AsyncSession, item: InboxItem) -> None:
        """A group's update is the desk's or nobody's: never the reporter conversation's."""
        if item.chat_key != self.desk.volunteer_chat_key:
            return  # the volunteer chat was moved while this waited: not for the old group
        event: Command | Button | Text
        if isinstance(item.event, Start):
            event = Command(name="start")
        elif isinstance(item.event, Command | Button | Text):
            event = item.event
        else:
            return
        user_id = item.user_id if item.user_id is not None else 0  # unknown sender: refused as a stranger
        request = DeskRequest(user_id, item.chat_key, event, thread_id=item.thread_id, callback_id=item.callback_id)
        await self.desk.handle(session, request)

    async def _private(self, session: AsyncSession, item: InboxItem, chat_id: int) -> DeskRequest | None:
        """A desk request from a volunteer's private chat, or None for the reporter conversation."""
        event = item.event
        if not isinstance(event, Command | Button) or not await self.desk.wants(session, chat_id, item.chat_key, event):
            return None
        return DeskRequest(chat_id, item.chat_key, event, callback_id=item.callback_id)


class DeskCalls:
    """The desk's Bot API calls (`MoreCalls`), made by the sender when their turn in the chat comes."""

    kinds = DESK_KINDS
    message_kinds = DESK_KINDS
    slow_kinds = frozenset({DESK_EXPORT})

    def __init__(self, store: PipelineStore, texts: StaffTexts, exports: Path) -> None:
        self.store = store
        self.texts = texts
        self.exports = exports

    def timeout(self, kind: str, default: float) -> float:
        return EXPORT_TIMEOUT_SECONDS if kind == DESK_EXPORT else default

    async def call(self, client: BotClient, kind: str, chat_id: int, payload: dict[str, Any]) -> None:
        if kind == DESK_POST:
            await self._post(client, chat_id, payload)
        elif kind == DESK_EDIT:
            await self._edit(client, chat_id, payload)
        elif kind == DESK_EXPORT:
            await self._export(client, chat_id, payload)
        else:
            raise PermanentFailure(f"unknown desk call {kind!r}")

    # ---- cards -----------------------------------------------------------------------------------

    async def card(self, case_id: int, chat_id: int) -> int | None:
        """The message id of the case's card in this chat, if it was posted there."""
        async with self.store.db.sessions() as session:
            case = await session.get(Case, case_id)
        if case is None or case.card_chat_id != chat_id:
            return None
        return case.card_message_id

    async def placed(self, case_id: int, chat_id: int, message_id: int) -> None:
        async with self.store.write() as session:
            await session.execute(
                update(Case).where(Case.id == case_id).values(card_chat_id=chat_id, card_message_id=message_id)
            )

    async def _post(self, client: BotClient, chat_id: int, payload: dict[str, Any]) -> None:
        text, buttons = message_payload(payload)
        reply_case = payload.get("reply_to_case")
        reply_to = await self.card(int(reply_case), chat_id) if reply_case is not None else None
        thread = payload.get("thread_id")
        message_id = await client.send_message(chat_id, text, buttons, thread_id=thread, reply_to=reply_to)
        card_of = payload.get("card_of")
        if card_of is not None and message_id is not None:
            await self.placed(int(card_of), chat_id, message_id)

    async def _edit(self, client: BotClient, chat_id: int, payload: dict[str, Any]) -> None:
        """Edit the card where it is; a case without a card here (older than the volunteer chat,
        or deleted by someone) gets one posted."""
        case_id = int(payload["case_id"])
        text, buttons = message_payload(payload)
        message_id = await self.card(case_id, chat_id)
        if message_id is not None:
            try:
                await client.edit_message(chat_id, message_id, text, buttons)
                return
            except PermanentFailure as exc:
                if _NOT_MODIFIED in exc.description:
                    return  # two changes in a row drew the same card
                if not any(gone in exc.description for gone in _EDIT_GONE):
                    raise
        await self._post(client, chat_id, {**payload, "card_of": case_id})

    # ---- exports ---------------------------------------------------------------------------------

    async def _export(self, client: BotClient, chat_id: int, payload: dict[str, Any]) -> None:
        since, until = datetime.fromisoformat(payload["since"]), datetime.fromisoformat(payload["until"])
        thread = payload.get("thread_id")
        await asyncio.to_thread(self.exports.mkdir, parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self.exports) as folder:
            name = f"tipline-export-{since:%Y%m%d}-{until:%Y%m%d}.zip"
            async with self.store.db.sessions() as session:  # reads only: no write lock held meanwhile
                result = await write_export(session, since, until, Path(folder) / name, payload["formats"])
            size = await asyncio.to_thread(lambda: result.path.stat().st_size)
            period = {"since": self.texts.when(since), "until": self.texts.when(until)}
            if size > TELEGRAM_FILE_LIMIT:
                text = self.texts.t("desk-export-too-large", size=round(size / 1e6), **period)
                await client.send_message(chat_id, text, (), thread_id=thread)
                return
            caption = self.texts.t("desk-export-caption", cases=result.cases, tips=result.tips, **period)
            await client.send_document(chat_id, result.path, name, caption, thread_id=thread)
