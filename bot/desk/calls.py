"""The volunteer desk on the Telegram pipeline's sender side: the desk's own Bot API calls.

`DeskCalls` (the pipeline's `MoreCalls`) makes them when their turn in the chat comes. A card's
message id comes back from `send_message` and is stored on the case; a card edit or a reply under
a card looks the id up when it is made (the card may only just have been posted); an export is
built when its turn comes, outside any transaction that holds other chats' messages.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import update

from bot.cases.accountability import platform_stats
from bot.cases.export import write_export
from bot.desk.charts import figure, png
from bot.desk.outcome_texts import chart_labels, chart_title
from bot.desk.words import StaffTexts
from bot.limits import FILE_LIMIT
from bot.pipeline.outbox import message_payload
from bot.pipeline.ports import BotClient, PermanentFailure
from bot.pipeline.tables import WriteGate
from bot.storage.models import Case

log = logging.getLogger(__name__)

DESK_POST, DESK_EDIT, DESK_EXPORT = "desk_post", "desk_edit", "desk_export"
DESK_CHART = "desk_chart"
"""The platform accountability chart (issue 16), drawn when its turn comes: `bot.desk.aftercare`."""
DESK_REMOVE = "desk_remove"
"""A person taken out of the volunteer group (ban, then unban): a volunteer removed from the desk."""
DESK_KINDS = frozenset({DESK_POST, DESK_EDIT, DESK_EXPORT, DESK_CHART, DESK_REMOVE})
MESSAGE_KINDS = DESK_KINDS - {DESK_REMOVE}
EXPORT_TIMEOUT_SECONDS = 1800.0
"""Building and uploading an export: a year of a busy charity's tips takes about a minute."""
_NOT_MODIFIED = "message is not modified"
_EDIT_GONE = ("message to edit not found", "message can't be edited")


class DeskCalls:
    """The desk's Bot API calls (`MoreCalls`), made by the sender when their turn in the chat comes."""

    kinds = DESK_KINDS
    message_kinds = MESSAGE_KINDS
    slow_kinds = frozenset({DESK_EXPORT, DESK_CHART})

    def __init__(self, gate: WriteGate, texts: StaffTexts, exports: Path) -> None:
        self.gate = gate
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
        elif kind == DESK_CHART:
            await self._chart(client, chat_id, payload)
        elif kind == DESK_REMOVE:
            await self._remove(client, chat_id, payload)
        else:
            raise PermanentFailure(f"unknown desk call {kind!r}")

    # ---- the group's audience ---------------------------------------------------------------------

    async def _remove(self, client: BotClient, chat_id: int, payload: dict[str, Any]) -> None:
        """Take someone out of the group; where Telegram refuses (the bot is not an admin allowed to
        ban, or they are an admin), say so in the group: they can still read every card."""
        alias = str(payload.get("alias") or "?")
        try:
            await client.remove_chat_member(chat_id, int(payload["user_id"]))
        except PermanentFailure as exc:
            log.warning("could not take someone out of the volunteer group", extra={"error": exc.description})
            text = self.texts.t("desk-remove-failed", alias=alias, reason=exc.description)
            await client.send_message(chat_id, text, ())

    # ---- cards -----------------------------------------------------------------------------------

    async def card(self, case_id: int, chat_id: int) -> int | None:
        """The message id of the case's card in this chat, if it was posted there."""
        async with self.gate.db.sessions() as session:
            case = await session.get(Case, case_id)
        if case is None or case.card_chat_id != chat_id:
            return None
        return case.card_message_id

    async def placed(self, case_id: int, chat_id: int, message_id: int) -> None:
        async with self.gate.write() as session:
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
            async with self.gate.db.sessions() as session:  # reads only: no write lock held meanwhile
                result = await write_export(session, since, until, Path(folder) / name, payload["formats"])
            size = await asyncio.to_thread(lambda: result.path.stat().st_size)
            period = {"since": self.texts.when(since), "until": self.texts.when(until)}
            if size > FILE_LIMIT:
                text = self.texts.t("desk-export-too-large", size=round(size / 1e6), **period)
                await client.send_message(chat_id, text, (), thread_id=thread)
                return
            caption = self.texts.t("desk-export-caption", cases=result.cases, tips=result.tips, **period)
            await client.send_document(chat_id, result.path, name, caption, thread_id=thread)

    # ---- the platform accountability chart (issue 16) -----------------------------------------------

    async def _chart(self, client: BotClient, chat_id: int, payload: dict[str, Any]) -> None:
        since, until = datetime.fromisoformat(payload["since"]), datetime.fromisoformat(payload["until"])
        async with self.gate.db.sessions() as session:  # reads only
            stats = await platform_stats(session, since, until)
        title = chart_title(self.texts, stats)
        image = await asyncio.to_thread(lambda: png(figure(stats, chart_labels(self.texts), title)))
        caption = self.texts.t("desk-chart-caption", reported=stats.reported, removed=stats.removed)
        name = f"tipline-platforms-{since:%Y%m%d}-{until:%Y%m%d}.png"
        await client.send_photo(chat_id, image, name, caption, thread_id=payload.get("thread_id"))
