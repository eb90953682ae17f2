"""The Bot API through python-telegram-bot's `Bot`: the outbox's calls, long polling, webhook set-up.

PTB's `Bot` builds every request and reads every answer; its HTTP is aiohttp's, through a request
class of our own (`BaseRequest`, PTB's seam for HTTP libraries), for three reasons:

- Telegram's refusals are classified from its answer itself (status, `parameters`, description), as
  aiogram does, so both drivers raise the same `DeliveryError` with the same words for the same
  answer. PTB's exceptions would lose what the operator reads (they drop "Bad Request: " and
  lower-case the rest) and what decides retrying (401 and 404 become one `InvalidToken`).
- Every call is bounded as a whole by `api_timeout` (a long poll adds its wait; an upload its own),
  as aiogram's session bounds one, not phase by phase.
- With PTB's default client, httpx, Tipline made 120-190 updates a second in the benchmark where
  aiogram makes 300 (httpx's connection pool is scanned on every request, and without `sniffio`
  installed every request searches the import path for it); it also logs each request's URL,
  which holds the token, at INFO. Over aiohttp, both drivers make the same 300.

Network errors and timeouts are transient, like aiogram's.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from collections.abc import Awaitable, Mapping
from http import HTTPStatus
from pathlib import Path
from typing import Any, TypeVar

import aiohttp
import certifi
import telegram
from telegram import (
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.drivers.bot_api import BotApi, phrase, refusal
from bot.drivers.ptb.convert import ALLOWED_UPDATES, incoming_from
from bot.pipeline.ports import (
    BotProfile,
    ButtonRows,
    DeliveryError,
    Incoming,
    TransientFailure,
    WebhookConfig,
    read_update,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
"""On every message: a reported link must never be previewed (fetched, shown) by Telegram."""
CONNECTIONS = 100
"""Connections to the Bot API at once, as aiogram's session; the sender makes up to 4 x 64 calls at a
time, the rest wait for a connection within their timeout."""
POLL_CONNECTIONS = 1
"""getUpdates has its own connection, so a long poll never waits behind the outbox (nor it behind one)."""


class TelegramRefusal(TelegramError):
    """The Bot API answered with an error status; its own words and parameters, unaltered."""

    def __init__(self, status: int, description: str, parameters: Mapping[str, Any]) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = dict(parameters)


class NotJson(TelegramError):
    """The Bot API's address answered something that is not JSON: a proxy's page during an outage."""

    def __init__(self, status: int) -> None:
        super().__init__(f"the Bot API answered something that is not JSON (HTTP {status})")


class AiohttpRequest(BaseRequest):
    """PTB's requests over an aiohttp session, answering an error status with `TelegramRefusal`."""

    def __init__(self, connections: int, timeout: float) -> None:
        self._connections = connections
        self._timeout = timeout
        self._session: aiohttp.ClientSession | None = None
        self._closed = False

    @property
    def read_timeout(self) -> float:
        """PTB adds a long poll's wait to this."""
        return self._timeout

    async def initialize(self) -> None:
        """The session is opened by the first request, inside the event loop, as aiogram's is."""
        self._closed = False

    async def shutdown(self) -> None:
        self._closed = True
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()

    async def session(self) -> aiohttp.ClientSession:
        """The session, for the calls `BotApi` makes itself over this request's connections."""
        return self._open()

    def _open(self) -> aiohttp.ClientSession:
        if self._closed:
            raise RuntimeError("this request object is shut down")
        if self._session is None:
            tls = ssl.create_default_context(cafile=certifi.where())
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self._connections, ssl=tls))
        return self._session

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        # One bound on the whole call: the longest PTB asks for (a long poll, an upload), at least ours.
        given = [t for t in (read_timeout, write_timeout, connect_timeout, pool_timeout) if isinstance(t, int | float)]
        timeout = aiohttp.ClientTimeout(total=max([self._timeout, *given]))
        body: aiohttp.FormData | dict[str, str] | None = None
        if request_data is not None:
            body = request_data.json_parameters
            files = request_data.multipart_data
            if files:
                form = aiohttp.FormData(quote_fields=False)
                for name, value in body.items():
                    form.add_field(name, value)
                for name, (filename, content, mimetype) in files.items():
                    form.add_field(name, content, filename=filename, content_type=mimetype)
                body = form
        try:
            async with self._open().request(method, url, data=body, timeout=timeout) as response:
                status, payload = response.status, await response.read()
        except TimeoutError:
            raise TimedOut from None
        except aiohttp.ClientError as exc:
            raise NetworkError(f"{type(exc).__name__}: {exc}") from None
        if HTTPStatus.OK <= status <= 299:
            return status, payload
        try:
            answer = json.loads(payload)
        except ValueError:
            raise NotJson(status) from None
        if not isinstance(answer, dict):
            raise NotJson(status)
        parameters = answer.get("parameters")
        description = answer.get("description") or phrase(status)
        raise TelegramRefusal(status, str(description), parameters if isinstance(parameters, dict) else {})

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """As PTB's, without logging the payload (PTB logs all of it, which may be anything)."""
        try:
            data = json.loads(payload.decode("utf-8", "replace"))
        except ValueError:
            raise NotJson(200) from None
        if not isinstance(data, dict):
            raise NotJson(200)
        return data


class _Bot(telegram.Bot):
    """PTB's `Bot` with its log kept out of Tipline's.

    PTB's Bot logs each call's parameters (message text) at DEBUG and, when an update fails to
    parse, the whole batch of updates (people's messages, names) at CRITICAL; Tipline's logs never
    hold either. Every failure still reaches the driver as an exception, and is reported from there.
    """

    _LOGGER = logging.getLogger(f"{__name__}.library")


_Bot._LOGGER.disabled = True


class PtbDriver:
    def __init__(
        self, token: str, *, api_url: str, api_timeout: float, staff_chats: frozenset[int] = frozenset()
    ) -> None:
        self._token = token
        self.api_timeout = api_timeout
        self.staff_chats = staff_chats
        """Groups whose updates are kept (the volunteer chat); every other group is ignored."""
        self.bot_username: str | None = None
        """Learnt at start (getMe): a command `/cmd@OtherBot` in the volunteer group is not ours."""
        self._request = AiohttpRequest(CONNECTIONS, api_timeout)
        self._poll_request = AiohttpRequest(POLL_CONNECTIONS, api_timeout)
        self.bot = _Bot(
            token,
            base_url=f"{api_url}/bot",
            base_file_url=f"{api_url}/file/bot",
            request=self._request,
            get_updates_request=self._poll_request,
        )
        self.api = BotApi(token, api_url, api_timeout, self._request.session)

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
        # PTB uploads from memory (an export is at most Telegram's 50 MB), read off the event loop.
        content = await asyncio.to_thread(path.read_bytes)
        # An upload takes longer than a message: a minute for every 10 MB, on top of the usual timeout.
        seconds = self.api_timeout + 60 * (1 + len(content) // 10_000_000)
        await self._call(
            self.bot.send_document(
                chat_id=chat_id,
                document=InputFile(content, filename=filename),
                caption=caption,
                parse_mode=ParseMode.HTML,
                message_thread_id=thread_id,
                write_timeout=seconds,
                read_timeout=seconds,
            ),
            seconds,
        )

    async def send_photo(
        self, chat_id: int, content: bytes, filename: str, caption: str, *, thread_id: int | None = None
    ) -> None:
        seconds = self.api_timeout + 60
        await self._call(
            self.bot.send_photo(
                chat_id=chat_id,
                photo=InputFile(content, filename=filename),
                caption=caption,
                parse_mode=ParseMode.HTML,
                message_thread_id=thread_id,
                write_timeout=seconds,
                read_timeout=seconds,
            ),
            seconds,
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
        updates = await self.api.get_updates(offset, wait_seconds, ALLOWED_UPDATES, session=self._poll_request.session)
        return [read_update(self.parse_update, data) for data in updates]

    def parse_update(self, data: Mapping[str, Any]) -> Incoming:
        if not isinstance(data.get("update_id"), int):
            raise ValueError("update_id: an update needs an integer update_id")
        try:
            update = Update.de_json(dict(data), self.bot)
        except Exception as exc:  # PTB does not validate; a body of the wrong shape fails somewhere inside
            raise ValueError(f"not an update: {type(exc).__name__}") from None
        return self._convert(update)

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
            listing = [BotCommand(name, text) for name, text in commands]
            await self._optional(problems, self.bot.set_my_commands(listing, language_code=code or None))
        for chat_id, commands in profile.chat_commands.items():
            listing = [BotCommand(name, text) for name, text in commands]
            await self._optional(problems, self.bot.set_my_commands(listing, scope=BotCommandScopeChat(chat_id)))
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
        # Bot.shutdown() would only close what Bot.initialize() (a getMe, which aiogram does not make
        # either) opened; the requests are this driver's, and closed here.
        await asyncio.gather(self._request.shutdown(), self._poll_request.shutdown())

    # ---- errors -------------------------------------------------------------------------------------

    async def _call(self, call: Awaitable[T], seconds: float | None = None) -> T:
        try:
            async with asyncio.timeout(self.api_timeout if seconds is None else seconds):
                return await call
        except TelegramRefusal as exc:
            raise self._refusal(exc) from None
        except NotJson as exc:  # e.g. a proxy's HTML page during an outage; its text is not logged
            raise TransientFailure(f"NotJson: {exc.message}") from None
        except TelegramError as exc:  # network errors and timeouts
            raise TransientFailure(self._clean(f"{type(exc).__name__}: {exc.message}")) from None
        except (OSError, TimeoutError) as exc:
            raise TransientFailure(type(exc).__name__) from None

    def _refusal(self, exc: TelegramRefusal) -> DeliveryError:
        return refusal(exc.status, {"description": exc.description, "parameters": exc.parameters}, self._clean)

    def _clean(self, description: str) -> str:
        """Telegram's own words, without the token (a network error may quote the URL) or a chat id."""
        return self.api.clean(description)


def _markup(buttons: ButtonRows) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=payload) for label, payload in row] for row in buttons]
    )
