"""Telegram through aiogram: updates read by aiogram's models, the busiest calls over its session.

Messages, deletions, button answers and long polls go through `BotApi` (plain JSON over aiogram's
own aiohttp session: see bot/drivers/bot_api.py for why); edits, uploads and set-up through
aiogram's `Bot`. Every call has a timeout (the session's, or the long poll's wait plus it).
aiogram's exceptions become the pipeline's as `BotApi` classifies Telegram's answers: flood
control (retry_after), permanent (bad request, blocked, not found, too large, migrated) or
transient (server errors, network errors, timeouts, an outage page).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import (
    AiogramError,
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNotFound,
    TelegramRetryAfter,
)
from aiogram.methods.base import Response
from aiogram.types import (
    BotCommand,
    BotCommandScopeChat,
    BufferedInputFile,
    FSInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)

from bot.drivers.aiogram.convert import ALLOWED_UPDATES, incoming_from
from bot.drivers.bot_api import BotApi
from bot.pipeline.ports import (
    BotProfile,
    ButtonRows,
    DeliveryError,
    Incoming,
    PermanentFailure,
    RetryAfter,
    TransientFailure,
    WebhookConfig,
    read_update,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
"""On every message: a reported link must never be previewed (fetched, shown) by Telegram."""
_RESPONSE_TYPES = (Response[Message], Response[bool])
"""aiogram builds `Response[...]` for every answer; pydantic caches such generic models only weakly,
so under load they were rebuilt again and again (a tenth of the sending time). Held here, they stay."""
_PERMANENT = (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNotFound,
    TelegramEntityTooLarge,
    TelegramMigrateToChat,
)


class AiogramDriver:
    def __init__(
        self, token: str, *, api_url: str, api_timeout: float, staff_chats: frozenset[int] = frozenset()
    ) -> None:
        self._token = token
        self.api_timeout = api_timeout
        self.staff_chats = staff_chats
        """Groups whose updates are kept (the volunteer chat); every other group is ignored."""
        self.bot_username: str | None = None
        """Learnt at start (getMe): a command `/cmd@OtherBot` in the volunteer group is not ours."""
        session = AiohttpSession(api=TelegramAPIServer.from_base(api_url), timeout=api_timeout)
        self.bot = Bot(token, session=session)
        self.api = BotApi(token, api_url, api_timeout, session.create_session)

    # ---- the outbox's calls -----------------------------------------------------------------------

    async def send_message(
        self, chat_id: int, text: str, buttons: ButtonRows, *, thread_id: int | None = None, reply_to: int | None = None
    ) -> int | None:
        return await self.api.send_message(chat_id, text, buttons, thread_id=thread_id, reply_to=reply_to)

    async def edit_message(self, chat_id: int, message_id: int, text: str, buttons: ButtonRows) -> None:
        await self._call(
            self.bot.edit_message_text(
                chat_id=chat_id,
                message_id=message_id,
                text=text,
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                reply_markup=_markup(buttons),
            )
        )

    async def send_document(
        self, chat_id: int, path: Path, filename: str, caption: str, *, thread_id: int | None = None
    ) -> None:
        # An upload takes longer than a message: a minute for every 10 MB, on top of the usual timeout.
        size = await asyncio.to_thread(lambda: path.stat().st_size)
        seconds = int(self.api_timeout + 60 * (1 + size // 10_000_000))
        await self._call(
            self.bot.send_document(
                chat_id=chat_id,
                document=FSInputFile(path, filename=filename),
                caption=caption,
                parse_mode=ParseMode.HTML,
                message_thread_id=thread_id,
                request_timeout=seconds,
            )
        )

    async def send_photo(
        self, chat_id: int, content: bytes, filename: str, caption: str, *, thread_id: int | None = None
    ) -> None:
        await self._call(
            self.bot.send_photo(
                chat_id=chat_id,
                photo=BufferedInputFile(content, filename=filename),
                caption=caption,
                parse_mode=ParseMode.HTML,
                message_thread_id=thread_id,
                request_timeout=int(self.api_timeout + 60),
            )
        )

    async def remove_chat_member(self, chat_id: int, user_id: int) -> None:
        # Banned, then unbanned only if banned: out of the group, not barred from a later invitation.
        # (An unban without only_if_banned would itself remove a member: Telegram's own rule.)
        await self._call(self.bot.ban_chat_member(chat_id=chat_id, user_id=user_id))
        await self._call(self.bot.unban_chat_member(chat_id=chat_id, user_id=user_id, only_if_banned=True))

    async def delete_message(self, chat_id: int, message_id: int) -> None:
        await self.api.delete_message(chat_id, message_id)

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        await self.api.answer_callback(callback_id, text)

    # ---- receiving ------------------------------------------------------------------------------------

    async def get_updates(self, offset: int | None, wait_seconds: int) -> list[Incoming]:
        updates = await self.api.get_updates(offset, wait_seconds, ALLOWED_UPDATES)
        return [read_update(self.parse_update, data) for data in updates]

    def parse_update(self, data: Mapping[str, Any]) -> Incoming:
        return self._convert(Update.model_validate(data, context={"bot": self.bot}))

    def _convert(self, update: Update) -> Incoming:
        try:
            return incoming_from(update, self.staff_chats, self.bot_username)
        except Exception:  # a conversion bug must not stall every chat behind this update
            log.exception("could not convert an update; it is ignored", extra={"update_id": update.update_id})
            return Incoming(update_id=update.update_id)

    # ---- start-up ----------------------------------------------------------------------------------

    async def start_polling_mode(self) -> None:
        # Never drop_pending_updates: those are people's reports.
        await self._call(self.bot.delete_webhook())
        await self._learn_username()

    async def _learn_username(self) -> None:
        me = await self._call(self.bot.get_me())
        self.bot_username = me.username

    async def start_webhook_mode(self, webhook: WebhookConfig) -> None:
        await self._call(
            self.bot.set_webhook(url=webhook.url, secret_token=webhook.secret, allowed_updates=ALLOWED_UPDATES)
        )
        await self._learn_username()

    async def set_profile(self, profile: BotProfile) -> list[str]:
        problems: list[str] = []
        for code, commands in profile.commands.items():
            listing = [BotCommand(command=name, description=text) for name, text in commands]
            await self._optional(problems, self.bot.set_my_commands(listing, language_code=code or None))
        for chat_id, commands in profile.chat_commands.items():
            listing = [BotCommand(command=name, description=text) for name, text in commands]
            await self._optional(
                problems, self.bot.set_my_commands(listing, scope=BotCommandScopeChat(chat_id=chat_id))
            )
        for code, text in profile.descriptions.items():
            await self._optional(problems, self.bot.set_my_description(description=text, language_code=code or None))
        for code, text in profile.short_descriptions.items():
            await self._optional(
                problems, self.bot.set_my_short_description(short_description=text, language_code=code or None)
            )
        return problems

    async def chat_username(self, chat_id: int) -> str | None:
        chat = await self._call(self.bot.get_chat(chat_id=chat_id))
        return chat.username or None

    async def _optional(self, problems: list[str], call: Awaitable[object]) -> None:
        try:
            await self._call(call)
        except DeliveryError as exc:
            problems.append(exc.description)

    async def close(self) -> None:
        await self.bot.session.close()

    # ---- errors -------------------------------------------------------------------------------------

    async def _call(self, call: Awaitable[T]) -> T:
        try:
            return await call
        except TelegramRetryAfter as exc:  # aiogram's own wording names the chat: use Telegram's
            raise RetryAfter(float(exc.retry_after), f"Too Many Requests: retry after {exc.retry_after}") from None
        except _PERMANENT as exc:
            raise PermanentFailure(self._clean(exc.message)) from None
        except TelegramAPIError as exc:  # server errors, network errors and timeouts, conflicts, 401
            raise TransientFailure(self._clean(f"{type(exc).__name__}: {exc.message}")) from None
        except ClientDecodeError:  # e.g. a proxy's HTML page during an outage; its text is not logged
            raise TransientFailure("ClientDecodeError: the Bot API answered something that is not JSON") from None
        except (AiogramError, OSError, TimeoutError) as exc:
            raise TransientFailure(type(exc).__name__) from None

    def _clean(self, description: str) -> str:
        """Telegram's own words, without the token or any chat id aiogram added ("... in chat 4242")."""
        return self.api.clean(description)


def _markup(buttons: ButtonRows) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=label, callback_data=payload) for label, payload in row] for row in buttons
        ]
    )
