"""The volunteer desk on the Telegram pipeline's worker side (`bot.pipeline`).

- `DeskRouter.turn` (the pipeline's `UpdateRouter`) decides per update whether it is the desk's
  (the volunteer group; a volunteer's desk command or a desk button in a private chat) or the
  reporter conversation's, and returns the outbox rows of either, plus what the desk queued
  meanwhile (a turn's case hooks post a case's card from inside a reporter's turn). Everything
  lands in the worker's transaction.
- `OutboxDispatch`: the desk's actions become outbox rows (`desk_post`, `desk_edit`,
  `desk_export`, and `callback` with a notice), and events for reporters are queued in the inbox
  of the reporter's chat, so a relayed question or news goes through the same per-chat queue as
  the reporter's own updates.

The sender side (the desk's own Bot API calls) is `calls.py`.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import null, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.desk.calls import DESK_CHART, DESK_EDIT, DESK_EXPORT, DESK_POST, DESK_REMOVE
from bot.desk.desk import Desk
from bot.desk.messages import (
    ChartJob,
    DeskRequest,
    EditCard,
    ExportJob,
    Outbound,
    Post,
    RemoveMember,
    Toast,
    ToReporter,
)
from bot.engine.events import Button, Command, MemberJoined, Start, Text
from bot.pipeline.inbox import Inbox
from bot.pipeline.outbox import buttons_payload, call_row
from bot.pipeline.ports import (
    CHAT_KEY_PREFIX,
    ConversationTurn,
    InboxItem,
    Rows,
    chat_id_of,
    is_group,
    lane_of,
)
from bot.pipeline.split import split_html
from bot.pipeline.tables import CALLBACK, OUTBOX, PENDING, SENT, literally

log = logging.getLogger(__name__)

CARDS = "cards"
"""The group's lane for case cards and the messages under them: replies to volunteers' commands go
in the group's own lane, ahead of a flood of cards (`bot.pipeline.ports.lane_of`)."""
SUPERSEDED = "superseded by a later edit of the same card"


class OutboxDispatch:
    """The desk's `Dispatch`: actions become rows held per transaction, for the worker to insert
    with the batch (so the sender is told at once); events for reporters go into the inbox."""

    def __init__(self, inbox: Inbox) -> None:
        self.inbox = inbox
        self._rows: weakref.WeakKeyDictionary[AsyncSession, Rows] = weakref.WeakKeyDictionary()

    async def __call__(self, session: AsyncSession, actions: Sequence[Outbound], now: datetime) -> None:
        rows = self._rows.setdefault(session, [])
        for action in actions:
            if isinstance(action, ToReporter):
                if not action.chat_key.startswith(CHAT_KEY_PREFIX):  # a tip filed in the console chat
                    log.info("desk: an event for a reporter outside Telegram was dropped")
                    continue
                await self.inbox.queue_event(session, InboxItem(chat_key=action.chat_key, event=action.event), now)
            elif isinstance(action, EditCard):
                await self._supersede(session, rows, action, now)
                rows += _rows_for(action, now)
            else:
                rows += _rows_for(action, now)

    async def _supersede(self, session: AsyncSession, rows: Rows, edit: EditCard, now: datetime) -> None:
        """Several pending edits of one card are sent as one, the latest: earlier ones are dropped
        from this transaction and marked done in the outbox (unless a sender holds them right now)."""
        lane = lane_of(edit.chat_key, CARDS)
        rows[:] = [
            row for row in rows if not (row["kind"] == DESK_EDIT and row["payload"].get("case_id") == edit.case_id)
        ]
        waiting = select(OUTBOX.c.id).where(
            literally(OUTBOX.c.status, PENDING),
            OUTBOX.c.chat_key == lane,
            literally(OUTBOX.c.kind, DESK_EDIT),
            OUTBOX.c.payload["case_id"].as_integer() == edit.case_id,
        )
        if session.get_bind().dialect.name == "postgresql":
            waiting = waiting.with_for_update(skip_locked=True)
        await session.execute(
            update(OUTBOX)
            .where(OUTBOX.c.id.in_(waiting.scalar_subquery()))
            .values(status=SENT, payload=null(), done_at=now, last_error=SUPERSEDED)
        )

    def take(self, session: AsyncSession) -> Rows:
        return self._rows.pop(session, [])


def _rows_for(action: Outbound, now: datetime) -> Rows:
    if isinstance(action, Toast):
        payload: dict[str, Any] = {"callback_id": action.callback_id}
        if action.text:
            payload["text"] = action.text
        return [call_row(action.chat_key, CALLBACK, payload, now)]
    if isinstance(action, EditCard):
        payload = {"case_id": action.case_id, "text": action.text, "buttons": buttons_payload(action.buttons)}
        return [
            call_row(lane_of(action.chat_key, CARDS), DESK_EDIT, payload | _maybe("thread_id", action.thread_id), now)
        ]
    if isinstance(action, ExportJob):
        payload = {
            "since": action.since.isoformat(),
            "until": action.until.isoformat(),
            "formats": list(action.formats),
        }
        return [call_row(action.chat_key, DESK_EXPORT, payload | _maybe("thread_id", action.thread_id), now)]
    if isinstance(action, RemoveMember):
        return [removal_row(action.chat_key, action.user_id, action.alias, now)]
    if isinstance(action, ChartJob):
        payload = {"since": action.since.isoformat(), "until": action.until.isoformat()}
        return [call_row(action.chat_key, DESK_CHART, payload | _maybe("thread_id", action.thread_id), now)]
    assert isinstance(action, Post)
    extra = (
        _maybe("thread_id", action.thread_id)
        | _maybe("reply_to_case", action.reply_to_card)
        | _maybe("card_of", action.card_of)
    )
    # A card is edited in place, so it is never split; a long `/case` is, buttons under its last part.
    parts = [action.text] if action.card_of is not None else split_html(action.text)
    about_a_card = action.card_of is not None or action.reply_to_card is not None
    chat_key = (
        lane_of(action.chat_key, CARDS) if about_a_card and is_group(chat_id_of(action.chat_key)) else action.chat_key
    )
    return [
        call_row(
            chat_key,
            DESK_POST,
            {"text": part, "buttons": buttons_payload(action.buttons if number == len(parts) else ())} | extra,
            now,
        )
        for number, part in enumerate(parts, start=1)
    ]


def removal_row(chat_key: str, user_id: int, alias: str, now: datetime) -> dict[str, Any]:
    """The outbox row that takes `user_id` out of the group `chat_key` (also queued by `tipline
    volunteers remove`, for the running bot's sender to make)."""
    return call_row(chat_key, DESK_REMOVE, {"user_id": user_id, "alias": alias}, now)


def _edits(row: dict[str, Any], case_id: int) -> bool:
    return bool(row["kind"] == DESK_EDIT and row["payload"].get("case_id") == case_id)


def _a_group(chat_key: str) -> bool:
    return chat_key.startswith(CHAT_KEY_PREFIX) and is_group(chat_id_of(chat_key))


def _maybe(key: str, value: int | None) -> dict[str, Any]:
    return {} if value is None else {key: value}


class DeskRouter:
    """What the worker asks: is this update the desk's, and what does it send."""

    def __init__(self, desk: Desk, dispatch: OutboxDispatch) -> None:
        self.desk = desk
        self.dispatch = dispatch

    async def turn(self, session: AsyncSession, item: InboxItem, now: datetime, conversation: ConversationTurn) -> Rows:
        """The outbox rows for one update: the desk's, or the reporter conversation's and any card
        the turn's case hooks produced. Rows queued for a turn that fails are dropped with it."""
        try:
            chat_id = chat_id_of(item.chat_key)
            if is_group(chat_id):
                await self._group(session, item, now)
                rows: Rows = []
            else:
                request = await self._private(session, item, chat_id)
                if request is None:
                    rows = await conversation(session, item, now)
                else:
                    await self.desk.handle(session, request)
                    rows = []
            return rows + self.dispatch.take(session)
        except BaseException:
            self.dispatch.take(session)
            raise

    async def _group(self, session: AsyncSession, item: InboxItem, now: datetime) -> None:
        """A group's update is the desk's or nobody's: never the reporter conversation's."""
        if item.chat_key != self.desk.volunteer_chat_key:
            return  # the volunteer chat was moved while this waited: not for the old group
        if isinstance(item.event, MemberJoined):
            if item.user_id is not None:
                await self.desk.member_joined(session, item.user_id, now)
            return
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
