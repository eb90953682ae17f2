"""A fake Telegram Bot API HTTP server for end-to-end tests of Tipline's drivers.

Why an HTTP server and not a mocked client: Tipline runs two real clients (aiogram 3 and
python-telegram-bot 22) and must behave the same with both. Mocking either client's session
would test our idea of how that client talks to Telegram; answering real HTTP requests on
127.0.0.1 tests what the client actually sends (URL layout, urlencoded vs multipart bodies,
JSON-encoded nested objects) and how it actually reacts to Telegram's answers (429 with
``retry_after``, 5xx, HTML error pages from a proxy, slow answers).

The fake keeps just enough state to answer like Telegram: per-chat message ids, the messages
in each chat (so edits and deletes of unknown messages fail as they do for real), the update
queue for ``getUpdates`` with offset confirmation, the webhook, bot commands and descriptions.

Usage::

    async with FakeBotAPI(token="123:ABC") as api:
        bot = Bot(api.token, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
        api.push_update(api.message_update(chat_id=42, text="/start"))
        ...
        await api.wait_for(lambda calls: any(c.method == "sendMessage" for c in calls))

Every request is recorded in :attr:`FakeBotAPI.calls` with its decoded parameters; uploaded
files are recorded as ``{"filename", "size", "content_type"}`` and their bytes are dropped,
except for ``sendDocument`` whose content (the bot's own export) is kept in
:attr:`FakeBotAPI.documents`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import pprint
import re
import secrets
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal, Self

import aiohttp
from aiohttp import web
from multidict import MultiMapping

from tests.fakes._entities import EntityParseError, parse_formatted, utf16_len

__all__ = [
    "Call",
    "FakeBotAPI",
    "MediaKind",
    "SentDocument",
]

JSONDict = dict[str, Any]
MediaKind = Literal["photo", "video", "document", "sticker", "voice", "animation"]

_PATH = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z0-9_]+)/?$")

# Parameters Telegram types as strings. Form-encoded bodies carry every value as text and
# both clients JSON-encode non-strings, so everything *else* is JSON-decoded ("42" -> 42,
# "true" -> True, '{"inline_keyboard": ...}' -> dict). These stay text even if they look like
# numbers, e.g. a message whose text is "42".
_STRING_PARAMS = frozenset(
    {
        "action",
        "animation",
        "audio",
        "business_connection_id",
        "callback_query_id",
        "caption",
        "currency",
        "custom_emoji_id",
        "description",
        "document",
        "emoji",
        "file_id",
        "first_name",
        "game_short_name",
        "inline_message_id",
        "ip_address",
        "language_code",
        "message_effect_id",
        "name",
        "parse_mode",
        "payload",
        "photo",
        "provider_token",
        "query",
        "question",
        "secret_token",
        "short_description",
        "start_parameter",
        "sticker",
        "text",
        "thumbnail",
        "title",
        "url",
        "video",
        "video_note",
        "voice",
    }
)
# Parameters that are objects or arrays. Telegram accepts them JSON-encoded as a string even
# inside a JSON body, so those are decoded too: tests always see the structure.
_JSON_PARAMS = frozenset(
    {
        "allowed_updates",
        "caption_entities",
        "commands",
        "entities",
        "link_preview_options",
        "media",
        "reply_markup",
        "reply_parameters",
        "scope",
    }
)
# Update types delivered when allowed_updates was never set or set to [] (Bot API docs).
_ALL_UPDATE_TYPES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "message_reaction",
        "message_reaction_count",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)
_DEFAULT_UPDATE_TYPES = _ALL_UPDATE_TYPES - {"chat_member", "message_reaction", "message_reaction_count"}
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_COMMAND = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")

_STATUS_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
_METHOD_STATUS_DESCRIPTIONS = {
    ("deletemessage", 400): "Bad Request: message can't be deleted",
    ("editmessagetext", 400): "Bad Request: message can't be edited",
    ("editmessagereplymarkup", 400): "Bad Request: message can't be edited",
}
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
# What clients see when a reverse proxy in front of the Bot API is up but Telegram is not.
_OUTAGE_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    "</body>\r\n</html>\r\n"
)
_MAX_TEXT = 4096
_GROUP_MEMBER_ID = 777_000_001  # default sender of messages built for group chats
_MAX_CAPTION = 1024


@dataclass(slots=True)
class Call:
    """One request the fake received, in arrival order.

    ``at`` is :func:`time.monotonic` at arrival, so tests can check spacing between attempts
    (back-off, ``retry_after``). ``status`` is the HTTP status the fake answered with; it is
    0 while the answer is still pending (long poll, injected delay). ``encoding`` is how the
    body arrived: ``"urlencoded"``, ``"multipart"``, ``"json"`` or ``"none"``.
    """

    method: str
    params: dict[str, Any]
    at: float
    encoding: str = "none"
    status: int = 0


@dataclass(frozen=True, slots=True)
class SentDocument:
    """A file the bot sent with ``sendDocument``; its bytes are the bot's own export."""

    chat_id: int | str
    filename: str
    content_type: str
    content: bytes
    caption: str | None

    @property
    def text(self) -> str:
        """The content as text (UTF-8, a BOM is dropped), for CSV export assertions."""
        return self.content.decode("utf-8-sig")


@dataclass(slots=True)
class _Rule:
    method: str  # lower-cased method name or "*"
    chat_id: int | str | None
    times: int
    status: int = 0
    description: str | None = None
    retry_after: int | None = None
    delay: float = 0.0

    def matches(self, method: str, params: Mapping[str, Any]) -> bool:
        if self.method not in ("*", method.lower()):
            return False
        return self.chat_id is None or str(params.get("chat_id")) == str(self.chat_id)


@dataclass(slots=True)
class _Upload:
    filename: str
    content_type: str
    content: bytes

    def describe(self) -> JSONDict:
        return {"filename": self.filename, "size": len(self.content), "content_type": self.content_type}


class _ApiError(Exception):
    """A Telegram-shaped failure raised by a method handler."""

    def __init__(self, status: int, description: str, parameters: JSONDict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


@dataclass(slots=True)
class _Signal:
    """Wake every waiter when something changes; usable from sync code (push_update)."""

    _waiters: set[asyncio.Future[None]] = field(default_factory=set)

    def fire(self) -> None:
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)
        self._waiters.clear()

    def arm(self) -> asyncio.Future[None]:
        """A future the next fire() sets, registered at once: a fire() before it is awaited is not lost."""
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.add(waiter)
        return waiter

    def disarm(self, waiter: asyncio.Future[None]) -> None:
        self._waiters.discard(waiter)

    async def wait(self, timeout: float) -> None:  # noqa: ASYNC109 - a bounded wait is the point
        waiter = self.arm()
        try:
            await asyncio.wait_for(waiter, timeout=max(timeout, 0.0))
        except TimeoutError:
            pass
        finally:
            self.disarm(waiter)


_Handler = Callable[[JSONDict, dict[str, _Upload]], Awaitable[Any]]


class FakeBotAPI:
    """Telegram Bot API on 127.0.0.1 with an ephemeral port; see the module docstring.

    Args:
        token: the only token accepted; any other answers 401 like Telegram.
        bot_username: the bot's username in ``getMe`` and ``/command@username`` handling.
        bot_first_name: the bot's display name.
        check_markup: reject text whose ``parse_mode`` markup does not parse (as Telegram
            does) and echo plain text + entities. Turn off only to test a driver's handling
            of a different failure.
        deliver_webhooks: when a webhook is set, POST queued updates to it in order like
            Telegram does (retrying failures, visible in ``getWebhookInfo``). Off by default
            so a test that only sets a webhook does not need a receiver.
        webhook_retry_delay: pause between failed webhook deliveries.
    """

    def __init__(
        self,
        token: str = "123:ABC",  # noqa: S107 - a fake token for a fake server
        *,
        bot_username: str = "tipline_test_bot",
        bot_first_name: str = "Tipline Test",
        check_markup: bool = True,
        deliver_webhooks: bool = False,
        webhook_retry_delay: float = 0.2,
    ) -> None:
        self.token = token
        bot_id_text = token.split(":", 1)[0]
        self.bot_id = int(bot_id_text) if bot_id_text.isdigit() else 1
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.check_markup = check_markup
        self.deliver_webhooks = deliver_webhooks
        self.webhook_retry_delay = webhook_retry_delay

        self.calls: list[Call] = []
        self.documents: list[SentDocument] = []
        self.photos: list[SentDocument] = []
        """Pictures the bot uploaded with ``sendPhoto`` (the accountability chart), bytes kept."""
        # Requests whose path or token was wrong: (HTTP method, path with the token redacted).
        self.rejected: list[tuple[str, str]] = []

        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._closing = False
        self._unreachable = False
        self._rules: list[_Rule] = []
        self._blocked: set[str] = set()

        self._updates: list[JSONDict] = []
        self._next_update_id = 1
        self._allowed_updates: frozenset[str] = _DEFAULT_UPDATE_TYPES
        self._poller: asyncio.Future[None] | None = None
        self._updates_signal = _Signal()
        self._calls_signal = _Signal()
        self._stop_signal = _Signal()

        self._chats: dict[str, JSONDict] = {}
        self.members: dict[str, dict[int, str]] = {}
        """Groups' members as the fake knows them: chat id → user id → status (``member``,
        ``administrator``, ``creator``, ``kicked``). ``banChatMember`` and ``unbanChatMember`` change it."""
        self._bot_admin_in: set[str] = set()
        self._public: dict[str, str] = {}
        self._messages: dict[str, dict[int, JSONDict]] = {}
        self._next_message_id: dict[str, int] = {}
        self._callback_ids: set[str] = set()
        self._file_counter = itertools.count(1)

        self.webhook: JSONDict = {}
        self._webhook_task: asyncio.Task[None] | None = None
        self._webhook_error: tuple[int, str] | None = None

        self.commands: dict[tuple[str, str], list[JSONDict]] = {}
        self.descriptions: dict[str, str] = {}
        self.short_descriptions: dict[str, str] = {}

        self._handlers: dict[str, tuple[str, _Handler]] = {}
        for name, handler in (
            ("getMe", self._get_me),
            ("getUpdates", self._get_updates),
            ("sendMessage", self._send_message),
            ("editMessageText", self._edit_message_text),
            ("editMessageReplyMarkup", self._edit_message_reply_markup),
            ("deleteMessage", self._delete_message),
            ("answerCallbackQuery", self._answer_callback_query),
            ("sendChatAction", self._send_chat_action),
            ("setMyCommands", self._set_my_commands),
            ("getMyCommands", self._get_my_commands),
            ("deleteMyCommands", self._delete_my_commands),
            ("setMyDescription", self._set_my_description),
            ("getMyDescription", self._get_my_description),
            ("setMyShortDescription", self._set_my_short_description),
            ("getMyShortDescription", self._get_my_short_description),
            ("setWebhook", self._set_webhook),
            ("deleteWebhook", self._delete_webhook),
            ("getWebhookInfo", self._get_webhook_info),
            ("sendDocument", self._send_document),
            ("sendPhoto", self._send_photo),
            ("banChatMember", self._ban_chat_member),
            ("unbanChatMember", self._unban_chat_member),
            ("getChat", self._get_chat),
            ("close", self._true),
            ("logOut", self._true),
        ):
            self._handlers[name.lower()] = (name, handler)

    # -----------------------------------------------------------------------------------------
    # lifecycle
    # -----------------------------------------------------------------------------------------

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    async def start(self) -> None:
        """Listen on 127.0.0.1 on a free port (never a fixed one: tests run in parallel)."""
        if self._runner is not None:
            raise RuntimeError("FakeBotAPI is already started")
        self._closing = False
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        if self.deliver_webhooks:
            self._webhook_task = asyncio.create_task(self._webhook_loop(), name="fake-bot-api-webhook")

    async def stop(self) -> None:
        """Wake pending long polls and delays so shutdown is immediate, then close the server."""
        self._closing = True
        self._stop_signal.fire()
        self._updates_signal.fire()
        if self._poller is not None and not self._poller.done():
            self._poller.set_result(None)
        if self._webhook_task is not None:
            self._webhook_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._webhook_task
            self._webhook_task = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``: the value for ``TIPLINE_TELEGRAM_API_URL``.

        aiogram: ``TelegramAPIServer.from_base(base_url)``. PTB: ``base_url=f"{base_url}/bot"``
        (PTB appends the token to it).
        """
        if self._port is None:
            raise RuntimeError("FakeBotAPI is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def bot_user(self) -> JSONDict:
        """The bot as a Telegram ``User``, as ``getMe`` returns it."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    # -----------------------------------------------------------------------------------------
    # inspection
    # -----------------------------------------------------------------------------------------

    def calls_to(self, method: str, **params: Any) -> list[Call]:
        """Calls to ``method`` (case-insensitive) whose params equal every given value.

        Values are compared as given and then as strings, so ``chat_id=42`` also matches a
        ``"42"`` that a client sent as text.
        """
        wanted = method.lower()
        found: list[Call] = []
        for call in self.calls:
            if call.method.lower() != wanted:
                continue
            if all(
                key in call.params and (call.params[key] == value or str(call.params[key]) == str(value))
                for key, value in params.items()
            ):
                found.append(call)
        return found

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Updates not yet confirmed by a ``getUpdates`` offset (or delivered to a webhook)."""
        return list(self._updates)

    @property
    def drop_pending_updates_calls(self) -> list[Call]:
        """setWebhook/deleteWebhook calls that asked Telegram to drop pending updates.

        Tipline must never do that (it would lose tips), so tests assert this stays empty.
        """
        return [
            call
            for call in self.calls
            if call.method in ("setWebhook", "deleteWebhook") and call.params.get("drop_pending_updates") is True
        ]

    def chat_history(self, chat_id: int | str) -> list[JSONDict]:
        """What the chat shows now: user and bot messages, after edits and deletions."""
        return list(self._messages.get(str(chat_id), {}).values())

    def format_calls(self, calls: Iterable[Call] | None = None) -> str:
        """A readable dump of calls for assertion messages (times relative to the first)."""
        selected = list(self.calls if calls is None else calls)
        if not selected:
            return "  (no calls)"
        origin = selected[0].at
        lines = []
        for index, call in enumerate(selected):
            params = pprint.pformat(call.params, width=100, compact=True, sort_dicts=False)
            if len(params) > 600:
                params = params[:600] + " ..."
            lines.append(f"  #{index} +{call.at - origin:.3f}s {call.method} [{call.status or '...'}] {params}")
        return "\n".join(lines)

    async def wait_for(
        self,
        predicate: Callable[[list[Call]], object],
        timeout: float = 5.0,  # noqa: ASYNC109 - part of the brief's API; failure dumps the calls
        *,
        what: str | None = None,
    ) -> list[Call]:
        """Wait until ``predicate(calls)`` is truthy and return the calls seen then.

        Drivers work in background tasks, so tests wait for an effect instead of sleeping.
        On timeout this raises ``AssertionError`` listing every call, which is usually enough
        to see what the driver did instead.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            snapshot = list(self.calls)
            if predicate(snapshot):
                return snapshot
            remaining = deadline - loop.time()
            if remaining <= 0:
                label = what or getattr(predicate, "__name__", "predicate")
                raise AssertionError(
                    f"FakeBotAPI: {label} did not hold within {timeout}s; {len(snapshot)} call(s):\n"
                    f"{self.format_calls(snapshot)}"
                )
            await self._calls_signal.wait(remaining)

    async def wait_for_call(
        self,
        method: str,
        timeout: float = 5.0,  # noqa: ASYNC109 - mirrors wait_for
        **params: Any,
    ) -> Call:
        """Wait for the first call matching :meth:`calls_to` and return it."""
        await self.wait_for(
            lambda _: bool(self.calls_to(method, **params)),
            timeout,
            what=f"a call to {method} with {params}",
        )
        return self.calls_to(method, **params)[0]

    # -----------------------------------------------------------------------------------------
    # fault injection
    # -----------------------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        *,
        chat_id: int | str | None = None,
        status: int = 429,
        retry_after: int = 1,
        description: str | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` matching calls with a Telegram-shaped error.

        ``method="*"`` matches any method. A 429 carries ``parameters.retry_after`` and
        Telegram's "Too Many Requests: retry after N" text; other statuses get Telegram's usual
        description for that status (for deleteMessage + 400: "message can't be deleted").
        Failed calls are still recorded, so tests can count attempts.
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        self._rules.append(
            _Rule(
                method=method.lower(),
                chat_id=chat_id,
                times=times,
                status=status,
                description=description,
                retry_after=retry_after if status == 429 else None,
            )
        )

    def delay_next(self, method: str, seconds: float, *, chat_id: int | str | None = None, times: int = 1) -> None:
        """Hold the answer to the next ``times`` matching calls for ``seconds``.

        The call is recorded on arrival and the real answer follows the delay, so a client
        with a shorter timeout gives up while Telegram (the fake) still acts on it: exactly
        the "did my message go out?" ambiguity the outbox must survive.
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        self._rules.append(_Rule(method=method.lower(), chat_id=chat_id, times=times, delay=seconds))

    def set_unreachable(self, unreachable: bool = True) -> None:
        """Answer every request with 502 and an nginx HTML page, as during a Telegram outage.

        Note the body is HTML, not JSON: aiogram then raises ``ClientDecodeError`` (not a
        ``TelegramServerError``) and PTB a ``NetworkError``; drivers must treat both as
        transient.
        """
        self._unreachable = unreachable

    def block_chat(self, chat_id: int | str, blocked: bool = True) -> None:
        """Make sends to ``chat_id`` fail with 403 "bot was blocked by the user"."""
        if blocked:
            self._blocked.add(str(chat_id))
        else:
            self._blocked.discard(str(chat_id))

    def clear_faults(self) -> None:
        """Forget pending fail/delay rules and end an outage."""
        self._rules.clear()
        self._unreachable = False

    # -----------------------------------------------------------------------------------------
    # groups: members, the bot's rights, public or private
    # -----------------------------------------------------------------------------------------

    def add_member(self, chat_id: int, user_id: int, status: str = "member") -> None:
        """``user_id`` is in the group ``chat_id`` (as member, administrator or creator)."""
        self.members.setdefault(str(chat_id), {})[user_id] = status

    def is_member(self, chat_id: int, user_id: int) -> bool:
        return self.members.get(str(chat_id), {}).get(user_id) in ("member", "administrator", "creator")

    def make_bot_admin(self, chat_id: int, admin: bool = True) -> None:
        """Whether the bot is an admin of ``chat_id`` allowed to ban members (it is not, by default,
        as a bot just added to a group is not)."""
        if admin:
            self._bot_admin_in.add(str(chat_id))
        else:
            self._bot_admin_in.discard(str(chat_id))

    def make_public(self, chat_id: int, username: str | None) -> None:
        """Give the group a public @username (anyone can find and read a public group), or take it away."""
        if username:
            self._public[str(chat_id)] = username
        else:
            self._public.pop(str(chat_id), None)

    # -----------------------------------------------------------------------------------------
    # updates
    # -----------------------------------------------------------------------------------------

    def push_update(self, update: JSONDict) -> JSONDict:
        """Queue ``update`` for getUpdates (or webhook delivery) and return it.

        An ``update_id`` is assigned when missing; ids always increase, as Telegram's do.
        """
        update = dict(update)
        if "update_id" not in update:
            update["update_id"] = self._take_update_id()
        else:
            self._next_update_id = max(self._next_update_id, int(update["update_id"]) + 1)
        self._updates.append(update)
        self._updates.sort(key=lambda u: int(u["update_id"]))
        self._updates_signal.fire()
        return update

    def message_update(
        self,
        chat_id: int,
        text: str,
        user_id: int | None = None,
        language_code: str | None = "en",
        *,
        first_name: str = "Alex",
        username: str | None = None,
        chat_type: str | None = None,
        entities: list[JSONDict] | None = None,
        reply_to_message_id: int | None = None,
    ) -> JSONDict:
        """A text message from a user, as an update (with ``update_id``).

        In a private chat the user id equals the chat id, as in Telegram. Text starting with
        "/" gets the ``bot_command`` entity Telegram adds, which command filters rely on.
        The message is stored in the chat, so the bot can reply to it or delete it.
        """
        fields: JSONDict = {"text": text}
        if entities is None and text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            entities = [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]
        if entities:
            fields["entities"] = entities
        if reply_to_message_id is not None:
            fields["reply_to_message"] = self._stored(chat_id, reply_to_message_id)
        message = self._user_message(chat_id, user_id, language_code, first_name, username, chat_type, fields)
        return {"update_id": self._take_update_id(), "message": message}

    def command_update(
        self,
        chat_id: int,
        command: str,
        args: str = "",
        user_id: int | None = None,
        language_code: str | None = "en",
        *,
        mention_bot: bool = False,
        **kwargs: Any,
    ) -> JSONDict:
        """``/command args`` (optionally ``/command@bot``), as a message update."""
        text = f"/{command.lstrip('/')}"
        if mention_bot:
            text += f"@{self.bot_username}"
        if args:
            text += f" {args}"
        return self.message_update(chat_id, text, user_id, language_code, **kwargs)

    def callback_update(
        self,
        chat_id: int,
        data: str,
        message_id: int | None = None,
        user_id: int | None = None,
        language_code: str | None = "en",
        *,
        first_name: str = "Alex",
        check_button: bool = True,
    ) -> JSONDict:
        """A button press: a ``callback_query`` carrying ``data`` and the message it was on.

        ``message_id`` defaults to the bot's latest message in the chat with an inline
        keyboard. With ``check_button`` the data must be on one of that message's buttons
        (a typo in a test fails here, not as a confusing driver error); pass False to
        simulate stale or forged data. The query id is remembered so answerCallbackQuery
        accepts it and rejects unknown ids as Telegram does.
        """
        message = self._keyboard_message(chat_id, message_id)
        if check_button:
            buttons = [
                button.get("callback_data")
                for row in message.get("reply_markup", {}).get("inline_keyboard", [])
                for button in row
            ]
            if data not in buttons:
                raise ValueError(
                    f"no button with callback_data {data!r} on message {message['message_id']} "
                    f"in chat {chat_id}; buttons: {buttons}"
                )
        query_id = str(secrets.randbits(62))
        self._callback_ids.add(query_id)
        query: JSONDict = {
            "id": query_id,
            "from": self._user(
                user_id if user_id is not None else (chat_id if chat_id > 0 else _GROUP_MEMBER_ID),
                first_name,
                None,
                language_code,
            ),
            "chat_instance": str(abs(hash(("chat_instance", str(chat_id))))),
            "message": json.loads(json.dumps(message)),
            "data": data,
        }
        return {"update_id": self._take_update_id(), "callback_query": query}

    def media_update(
        self,
        chat_id: int,
        kind: MediaKind,
        *,
        caption: str | None = None,
        user_id: int | None = None,
        language_code: str | None = "en",
        first_name: str = "Alex",
        file_name: str | None = None,
        mime_type: str | None = None,
        file_size: int = 12_345,
    ) -> JSONDict:
        """A photo/video/document/sticker/voice/animation message from a user.

        The file objects have Telegram's shapes (a photo is a list of sizes; an animation
        also carries a ``document`` for old clients), so both clients parse them.
        """
        file_id = f"{kind.upper()}-{next(self._file_counter)}-{secrets.token_hex(6)}"
        base = {"file_id": file_id, "file_unique_id": f"U{secrets.token_hex(5)}", "file_size": file_size}
        fields: JSONDict
        if kind == "photo":
            fields = {
                "photo": [
                    {**base, "file_id": f"{file_id}-s", "width": 90, "height": 60, "file_size": 1_000},
                    {**base, "width": 1280, "height": 853},
                ]
            }
        elif kind == "video":
            fields = {
                "video": {
                    **base,
                    "width": 1280,
                    "height": 720,
                    "duration": 5,
                    "mime_type": mime_type or "video/mp4",
                    **({"file_name": file_name} if file_name else {}),
                }
            }
        elif kind == "document":
            fields = {
                "document": {
                    **base,
                    "file_name": file_name or "evidence.pdf",
                    "mime_type": mime_type or "application/pdf",
                }
            }
        elif kind == "sticker":
            fields = {
                "sticker": {
                    **base,
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                    "emoji": "🙂",
                }
            }
        elif kind == "voice":
            fields = {"voice": {**base, "duration": 3, "mime_type": mime_type or "audio/ogg"}}
        elif kind == "animation":
            animation = {
                **base,
                "width": 320,
                "height": 240,
                "duration": 2,
                "file_name": file_name or "animation.mp4",
                "mime_type": mime_type or "video/mp4",
            }
            fields = {"animation": animation, "document": dict(animation)}
        else:  # pragma: no cover - Literal exhausts the kinds
            raise ValueError(f"unknown media kind {kind!r}")
        if caption is not None and kind != "sticker":
            fields["caption"] = caption
        message = self._user_message(chat_id, user_id, language_code, first_name, None, None, fields)
        return {"update_id": self._take_update_id(), "message": message}

    def add_bot_message(self, chat_id: int, text: str, *, reply_markup: JSONDict | None = None) -> JSONDict:
        """Store a message as if the bot had sent it (no call is recorded) and return it.

        For tests that start mid-conversation, e.g. a button press on a menu the bot sent
        in an earlier run.
        """
        return self._bot_message(chat_id, {"text": text, "reply_markup": reply_markup})

    def edited_message_update(self, chat_id: int, message_id: int, text: str) -> JSONDict:
        """The user edited an earlier text message: an ``edited_message`` update."""
        message = self._stored(chat_id, message_id)
        message["text"] = text
        message["edit_date"] = int(time.time())
        return {"update_id": self._take_update_id(), "edited_message": json.loads(json.dumps(message))}

    def my_chat_member_update(self, chat_id: int, new_status: str = "kicked", old_status: str = "member") -> JSONDict:
        """The user blocked (``kicked``) or unblocked (``member``) the bot in a private chat."""

        def member(status: str) -> JSONDict:
            value: JSONDict = {"status": status, "user": self.bot_user}
            if status == "kicked":
                value["until_date"] = 0
            return value

        chat = self._chat(chat_id)
        update: JSONDict = {
            "chat": chat,
            "from": self._user(chat_id, chat.get("first_name", "Alex"), None, None),
            "date": int(time.time()),
            "old_chat_member": member(old_status),
            "new_chat_member": member(new_status),
        }
        return {"update_id": self._take_update_id(), "my_chat_member": update}

    def chat_member_update(
        self,
        chat_id: int,
        user_id: int,
        new_status: str = "member",
        old_status: str = "left",
        *,
        is_member: bool = False,
        first_name: str = "Sam",
    ) -> JSONDict:
        """Someone's membership of a group changed (joined: ``left`` → ``member``): a ``chat_member``
        update, which Telegram sends only to a bot that is an admin and asked for it in
        ``allowed_updates``. ``is_member`` is a ``restricted`` member's. The fake's member list follows."""
        user = self._user(user_id, first_name, None, None)
        new, old = _chat_member(new_status, user, is_member), _chat_member(old_status, user, False)
        if new_status in ("member", "administrator", "creator") or (new_status == "restricted" and is_member):
            self.add_member(chat_id, user_id, "member" if new_status == "restricted" else new_status)
        elif new_status == "kicked":
            self.members.setdefault(str(chat_id), {})[user_id] = "kicked"
        else:
            self.members.get(str(chat_id), {}).pop(user_id, None)
        update: JSONDict = {
            "chat": self._chat(chat_id),
            "from": user,
            "date": int(time.time()),
            "old_chat_member": old,
            "new_chat_member": new,
        }
        return {"update_id": self._take_update_id(), "chat_member": update}

    async def post_to_webhook(
        self,
        url: str,
        update: JSONDict,
        *,
        secret_token: str | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109 - passed to aiohttp.ClientTimeout
    ) -> tuple[int, str]:
        """POST ``update`` to ``url`` as Telegram does and return ``(status, body)``.

        Telegram sends a JSON body and, when a secret was set, the
        ``X-Telegram-Bot-Api-Secret-Token`` header; a webhook handler must check it.
        """
        if "update_id" not in update:
            update = {**update, "update_id": self._take_update_id()}
        headers = {"Content-Type": "application/json"}
        if secret_token is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret_token
        async with (
            aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout)) as session,
            session.post(url, data=json.dumps(update), headers=headers) as response,
        ):
            return response.status, await response.text()

    # -----------------------------------------------------------------------------------------
    # HTTP plumbing
    # -----------------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        match = _PATH.match(request.path)
        if match is None or match.group("token") != self.token:
            redacted = request.path.replace(self.token, "<token>") if self.token else request.path
            self.rejected.append((request.method, redacted))
            if self._unreachable:
                return self._outage_response()
            if match is None:
                return _error_response(404, "Not Found")
            return _error_response(401, "Unauthorized")

        try:
            params, uploads, encoding = await _decode_request(request)
        except ValueError as exc:
            return _error_response(400, f"Bad Request: {exc}")
        name, handler = self._handlers.get(match.group("method").lower(), (match.group("method"), None))
        call = Call(method=name, params=params, at=time.monotonic(), encoding=encoding)
        self.calls.append(call)
        self._calls_signal.fire()
        try:
            response = await self._answer(call, handler, uploads)
        finally:
            self._calls_signal.fire()
        return response

    async def _answer(self, call: Call, handler: _Handler | None, uploads: dict[str, _Upload]) -> web.Response:
        if self._unreachable:
            call.status = 502
            return self._outage_response()
        fail = self._take_rule(call, delay=False)
        delay = self._take_rule(call, delay=True)
        if delay is not None:
            await self._sleep(delay.delay)
        if fail is not None:
            description = (
                fail.description
                or (f"Too Many Requests: retry after {fail.retry_after}" if fail.status == 429 else None)
                or _METHOD_STATUS_DESCRIPTIONS.get((call.method.lower(), fail.status))
                or _STATUS_DESCRIPTIONS.get(fail.status, "Error")
            )
            parameters = {"retry_after": fail.retry_after} if fail.retry_after is not None else None
            call.status = fail.status
            return _error_response(fail.status, description, parameters)
        if handler is None:
            call.status = 404
            return _error_response(404, "Not Found")
        try:
            result = await handler(call.params, uploads)
        except _ApiError as exc:
            call.status = exc.status
            return _error_response(exc.status, exc.description, exc.parameters)
        call.status = 200
        body: JSONDict = {"ok": True, "result": result}
        if call.method == "setWebhook":
            body["description"] = "Webhook was set"
        elif call.method == "deleteWebhook":
            body["description"] = "Webhook was deleted"
        return web.json_response(body)

    def _outage_response(self) -> web.Response:
        return web.Response(status=502, text=_OUTAGE_PAGE, content_type="text/html")

    def _take_rule(self, call: Call, *, delay: bool) -> _Rule | None:
        for rule in self._rules:
            if (rule.delay > 0) == delay and rule.matches(call.method, call.params):
                rule.times -= 1
                if rule.times <= 0:
                    self._rules.remove(rule)
                return rule
        return None

    async def _sleep(self, seconds: float) -> None:
        """Sleep that ends early when the server stops, so shutdown never waits on a delay."""
        if not self._closing:
            await self._stop_signal.wait(seconds)

    # -----------------------------------------------------------------------------------------
    # state helpers
    # -----------------------------------------------------------------------------------------

    def _take_update_id(self) -> int:
        update_id = self._next_update_id
        self._next_update_id += 1
        return update_id

    def _take_message_id(self, chat_id: int | str) -> int:
        key = str(chat_id)
        message_id = self._next_message_id.get(key, 1)
        self._next_message_id[key] = message_id + 1
        return message_id

    def _user(self, user_id: int, first_name: str, username: str | None, language_code: str | None) -> JSONDict:
        user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    def _chat(self, chat_id: int | str) -> JSONDict:
        key = str(chat_id)
        if key not in self._chats:
            if isinstance(chat_id, str) and chat_id.startswith("@"):
                chat: JSONDict = {"id": -1001000000000 - len(self._chats), "type": "channel", "title": chat_id[1:]}
                chat["username"] = chat_id[1:]
            elif int(chat_id) > 0:
                chat = {"id": int(chat_id), "type": "private", "first_name": "Alex"}
            elif key.startswith("-100"):
                chat = {"id": int(chat_id), "type": "supergroup", "title": "Test group"}
            else:
                chat = {"id": int(chat_id), "type": "group", "title": "Test group"}
            self._chats[key] = chat
        return dict(self._chats[key])

    def _user_message(
        self,
        chat_id: int,
        user_id: int | None,
        language_code: str | None,
        first_name: str,
        username: str | None,
        chat_type: str | None,
        fields: JSONDict,
    ) -> JSONDict:
        key = str(chat_id)
        if key not in self._chats:
            kind = chat_type or ("private" if chat_id > 0 else "supergroup")
            chat: JSONDict = {"id": chat_id, "type": kind}
            if kind == "private":
                chat["first_name"] = first_name
                if username:
                    chat["username"] = username
            else:
                chat["title"] = "Test group"
            self._chats[key] = chat
        if user_id is None:  # in a private chat the user id is the chat id
            user_id = chat_id if chat_id > 0 else _GROUP_MEMBER_ID
        sender = self._user(user_id, first_name, username, language_code)
        message: JSONDict = {
            "message_id": self._take_message_id(chat_id),
            "from": sender,
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            **fields,
        }
        self._messages.setdefault(key, {})[message["message_id"]] = message
        return json.loads(json.dumps(message))  # type: ignore[no-any-return]

    def _stored(self, chat_id: int | str, message_id: int) -> JSONDict:
        try:
            return self._messages[str(chat_id)][int(message_id)]
        except KeyError:
            raise LookupError(f"no message {message_id} in chat {chat_id}") from None

    def _keyboard_message(self, chat_id: int, message_id: int | None) -> JSONDict:
        if message_id is not None:
            return self._stored(chat_id, message_id)
        for message in reversed(self.chat_history(chat_id)):
            if message.get("from", {}).get("id") == self.bot_id and "reply_markup" in message:
                return message
        raise LookupError(f"the bot sent no message with an inline keyboard to chat {chat_id}")

    def _allowed(self, update: JSONDict) -> bool:
        kinds = set(update) - {"update_id"}
        return bool(kinds & self._allowed_updates)

    # -----------------------------------------------------------------------------------------
    # Bot API methods
    # -----------------------------------------------------------------------------------------

    async def _true(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        return True

    async def _get_me(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        return self.bot_user

    async def _get_updates(self, params: JSONDict, uploads: dict[str, _Upload]) -> list[JSONDict]:
        if self.webhook.get("url"):
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = _int_param(params, "offset", None)
        limit = min(max(_int_param(params, "limit", 100) or 100, 1), 100)
        timeout = max(_int_param(params, "timeout", 0) or 0, 0)
        self._set_allowed_updates(params.get("allowed_updates"))
        if offset is not None:
            if offset < 0:
                self._updates = self._updates[offset:] if -offset < len(self._updates) else self._updates
            else:
                self._updates = [u for u in self._updates if int(u["update_id"]) >= offset]

        # Telegram serves one long poll per bot; a new one ends the previous with a 409.
        if self._poller is not None and not self._poller.done():
            self._poller.set_result(None)
        loop = asyncio.get_running_loop()
        me: asyncio.Future[None] = loop.create_future()
        self._poller = me
        deadline = loop.time() + timeout
        try:
            while True:
                batch = self._take_batch(limit)
                remaining = deadline - loop.time()
                if batch or remaining <= 0 or self._closing:
                    return batch
                # Armed before yielding: an update pushed in between must wake this poll, not wait it out.
                waiter = self._updates_signal.arm()
                try:
                    await asyncio.wait({waiter, me}, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    self._updates_signal.disarm(waiter)
                if me.done() and not self._closing:
                    raise _ApiError(409, _STATUS_DESCRIPTIONS[409])
        finally:
            if self._poller is me:
                self._poller = None

    def _set_allowed_updates(self, allowed: Any) -> None:
        """Telegram remembers allowed_updates until changed; [] means the default set."""
        if allowed is None:
            return
        self._allowed_updates = frozenset(allowed) if allowed else _DEFAULT_UPDATE_TYPES

    def _take_batch(self, limit: int) -> list[JSONDict]:
        # Updates of types the bot opted out of are discarded, as Telegram never sends them.
        self._updates = [u for u in self._updates if self._allowed(u)]
        return [json.loads(json.dumps(u)) for u in self._updates[:limit]]

    def _check_chat(self, params: JSONDict) -> int | str:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _ApiError(400, "Bad Request: chat_id is empty")
        if isinstance(chat_id, str) and not chat_id.startswith("@"):
            if not chat_id.lstrip("-").isdigit():
                raise _ApiError(400, "Bad Request: chat not found")
            chat_id = int(chat_id)  # a JSON body may carry the id as a string; Telegram accepts it
        if str(chat_id) in self._blocked:
            raise _ApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    def _formatted(
        self, params: JSONDict, text_key: str, entities_key: str, limit: int, too_long: str, empty: str | None
    ) -> tuple[str, list[JSONDict] | None]:
        raw = params.get(text_key)
        text = "" if raw is None else str(raw)
        entities: list[JSONDict] | None = params.get(entities_key)
        if self.check_markup and text:
            try:
                plain, parsed = parse_formatted(text, params.get("parse_mode"))
            except EntityParseError as exc:
                raise _ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
            except ValueError:
                raise _ApiError(400, "Bad Request: unsupported parse_mode") from None
            text = plain
            if parsed is not None:
                entities = parsed
        if empty is not None and not text.strip():
            raise _ApiError(400, empty)
        if utf16_len(text) > limit:
            raise _ApiError(400, too_long)
        return text, entities or None

    def _inline_markup(self, params: JSONDict) -> JSONDict | None:
        """Validate reply_markup; return it when Telegram would echo it on the message.

        Only inline keyboards are part of the returned Message; reply keyboards, removal and
        force-reply are accepted but not echoed, as in Telegram.
        """
        markup = params.get("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _ApiError(
                400, 'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
            )
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not button.get("text"):
                    raise _ApiError(400, "Bad Request: can't parse inline keyboard button: Text must be non-empty")
                actions = set(button) - {"text", "style", "icon_custom_emoji_id"}
                if not actions:
                    raise _ApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the "
                        "inline keyboard",
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode("utf-8")) <= 64:
                    raise _ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _bot_message(self, chat_id: int | str, fields: JSONDict) -> JSONDict:
        message: JSONDict = {
            "message_id": self._take_message_id(chat_id),
            "from": self.bot_user,
            "chat": self._chat(chat_id),
            "date": int(time.time()),
            **{key: value for key, value in fields.items() if value is not None},
        }
        self._messages.setdefault(str(chat_id), {})[message["message_id"]] = message
        return json.loads(json.dumps(message))  # type: ignore[no-any-return]

    def _reply_to(self, chat_id: int | str, params: JSONDict) -> JSONDict | None:
        reply = params.get("reply_parameters")
        message_id = reply.get("message_id") if isinstance(reply, dict) else params.get("reply_to_message_id")
        if message_id is None:
            return None
        stored = self._messages.get(str(chat_id), {}).get(int(message_id))
        if stored is None:
            allow = isinstance(reply, dict) and reply.get("allow_sending_without_reply")
            if allow:
                return None
            raise _ApiError(400, "Bad Request: message to be replied not found")
        quoted = {key: value for key, value in stored.items() if key != "reply_to_message"}
        return json.loads(json.dumps(quoted))  # type: ignore[no-any-return]

    async def _send_message(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        chat_id = self._check_chat(params)
        text, entities = self._formatted(
            params,
            "text",
            "entities",
            _MAX_TEXT,
            "Bad Request: message is too long",
            "Bad Request: message text is empty",
        )
        markup = self._inline_markup(params)
        return self._bot_message(
            chat_id,
            {
                "text": text,
                "entities": entities,
                "link_preview_options": params.get("link_preview_options"),
                "reply_to_message": self._reply_to(chat_id, params),
                "reply_markup": markup,
            },
        )

    def _editable(self, params: JSONDict) -> JSONDict | None:
        """The stored message an edit targets, or None for an inline message."""
        if params.get("inline_message_id"):
            return None
        chat_id = self._check_chat(params)
        message_id = _int_param(params, "message_id", None)
        if message_id is None:
            raise _ApiError(400, "Bad Request: message identifier is not specified")
        message = self._messages.get(str(chat_id), {}).get(message_id)
        if message is None:
            raise _ApiError(400, "Bad Request: message to edit not found")
        if message.get("from", {}).get("id") != self.bot_id:
            raise _ApiError(400, "Bad Request: message can't be edited")
        return message

    async def _edit_message_text(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict | bool:
        text, entities = self._formatted(
            params,
            "text",
            "entities",
            _MAX_TEXT,
            "Bad Request: MESSAGE_TOO_LONG",
            "Bad Request: text must be non-empty",
        )
        markup = self._inline_markup(params)
        message = self._editable(params)
        if message is None:
            return True
        if "text" not in message:
            raise _ApiError(400, "Bad Request: there is no text in the message to edit")
        if (
            message.get("text") == text
            and message.get("entities") == entities
            and message.get("reply_markup") == markup
        ):
            raise _ApiError(400, _NOT_MODIFIED)
        # Like Telegram: editing text without reply_markup removes the inline keyboard.
        for key, value in (("text", text), ("entities", entities), ("reply_markup", markup)):
            if value is None:
                message.pop(key, None)
            else:
                message[key] = value
        if params.get("link_preview_options") is not None:
            message["link_preview_options"] = params["link_preview_options"]
        message["edit_date"] = int(time.time())
        return json.loads(json.dumps(message))  # type: ignore[no-any-return]

    async def _edit_message_reply_markup(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict | bool:
        markup = self._inline_markup(params)
        message = self._editable(params)
        if message is None:
            return True
        if message.get("reply_markup") == markup:
            raise _ApiError(400, _NOT_MODIFIED)
        if markup is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return json.loads(json.dumps(message))  # type: ignore[no-any-return]

    async def _delete_message(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        chat_id = params.get("chat_id")
        if chat_id is None:
            raise _ApiError(400, "Bad Request: chat_id is empty")
        message_id = _int_param(params, "message_id", None)
        messages = self._messages.get(str(chat_id), {})
        if message_id is None or message_id not in messages:
            raise _ApiError(400, "Bad Request: message to delete not found")
        del messages[message_id]
        return True

    async def _answer_callback_query(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        query_id = params.get("callback_query_id")
        if str(query_id) not in self._callback_ids:
            raise _ApiError(400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
        if utf16_len(str(params.get("text") or "")) > 200:
            raise _ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        return True

    def _group_and_user(self, params: JSONDict) -> tuple[str, int]:
        chat_id = self._check_chat(params)
        if isinstance(chat_id, int) and chat_id > 0:
            raise _ApiError(400, "Bad Request: chat member status can't be changed in private chats")
        user_id = params.get("user_id")
        if not isinstance(user_id, int) and not (isinstance(user_id, str) and user_id.isdigit()):
            raise _ApiError(400, "Bad Request: invalid user_id specified")
        key = str(chat_id)
        if key not in self._bot_admin_in:
            raise _ApiError(400, "Bad Request: not enough rights to restrict/ban chat member")
        return key, int(user_id)

    async def _ban_chat_member(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        key, user_id = self._group_and_user(params)
        members = self.members.setdefault(key, {})
        if members.get(user_id) in ("administrator", "creator"):
            raise _ApiError(400, "Bad Request: user is an administrator of the chat")
        members[user_id] = "kicked"
        return True

    async def _unban_chat_member(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        key, user_id = self._group_and_user(params)
        members = self.members.setdefault(key, {})
        status = members.get(user_id)
        if status == "kicked":
            members.pop(user_id)
        elif status == "member" and not _flag(params.get("only_if_banned")):
            members.pop(user_id)  # Telegram's rule: an unban without only_if_banned removes a member
        return True

    async def _get_chat(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        chat_id = self._check_chat(params)
        chat = self._chat(chat_id)
        username = self._public.get(str(chat_id))
        if username:
            chat["username"] = username
        # ChatFullInfo's required fields (Bot API 9).
        chat["accent_color_id"] = 0
        chat["max_reaction_count"] = 11
        chat["accepted_gift_types"] = {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        }
        return chat

    async def _send_chat_action(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        self._check_chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise _ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    @staticmethod
    def _scope_key(params: JSONDict) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    async def _set_my_commands(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _ApiError(400, 'Bad Request: parameter "commands" is required')
        if len(commands) > 100:
            raise _ApiError(400, "Bad Request: too many commands")
        for command in commands:
            if not isinstance(command, dict) or not _COMMAND.match(str(command.get("command", ""))):
                raise _ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._scope_key(params)] = commands
        return True

    async def _get_my_commands(self, params: JSONDict, uploads: dict[str, _Upload]) -> list[JSONDict]:
        return self.commands.get(self._scope_key(params), [])

    async def _delete_my_commands(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        self.commands.pop(self._scope_key(params), None)
        return True

    async def _set_my_description(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        description = str(params.get("description") or "")
        if len(description) > 512:
            raise _ApiError(400, "Bad Request: description is too long")
        self.descriptions[str(params.get("language_code") or "")] = description
        return True

    async def _get_my_description(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        language = str(params.get("language_code") or "")
        return {"description": self.descriptions.get(language, self.descriptions.get("", ""))}

    async def _set_my_short_description(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        description = str(params.get("short_description") or "")
        if len(description) > 120:
            raise _ApiError(400, "Bad Request: short description is too long")
        self.short_descriptions[str(params.get("language_code") or "")] = description
        return True

    async def _get_my_short_description(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        language = str(params.get("language_code") or "")
        value = self.short_descriptions.get(language, self.short_descriptions.get("", ""))
        return {"short_description": value}

    async def _set_webhook(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        url = str(params.get("url") or "")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_TOKEN.match(str(secret)):
            raise _ApiError(400, "Bad Request: secret token contains unallowed characters")
        if url and not url.startswith(("https://", "http://127.0.0.1", "http://localhost", "http://[::1]")):
            raise _ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        if params.get("drop_pending_updates") is True:
            self._updates.clear()
        self._set_allowed_updates(params.get("allowed_updates"))
        if not url:
            self.webhook = {}
            return True
        self.webhook = {
            "url": url,
            "secret_token": None if secret is None else str(secret),
            "max_connections": _int_param(params, "max_connections", 40),
            "has_custom_certificate": "certificate" in params,
        }
        self._webhook_error = None
        if self._poller is not None and not self._poller.done():
            self._poller.set_result(None)
        self._updates_signal.fire()
        return True

    async def _delete_webhook(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        if params.get("drop_pending_updates") is True:
            self._updates.clear()
        self.webhook = {}
        self._webhook_error = None
        return True

    async def _get_webhook_info(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        info: JSONDict = {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": bool(self.webhook.get("has_custom_certificate", False)),
            "pending_update_count": len(self._updates),
        }
        if self.webhook:
            info["max_connections"] = self.webhook["max_connections"]
            info["ip_address"] = "127.0.0.1"
            if self._allowed_updates != _DEFAULT_UPDATE_TYPES:
                info["allowed_updates"] = sorted(self._allowed_updates)
        if self._webhook_error is not None:
            info["last_error_date"], info["last_error_message"] = self._webhook_error
        return info

    async def _send_document(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        chat_id = self._check_chat(params)
        document = params.get("document")
        if document is None or document == "":
            raise _ApiError(400, "Bad Request: there is no document in the request")
        caption, caption_entities = self._formatted(
            params,
            "caption",
            "caption_entities",
            _MAX_CAPTION,
            "Bad Request: message caption is too long",
            None,
        )
        upload = uploads.get("document")
        if upload is not None:
            if not upload.content:
                raise _ApiError(400, "Bad Request: file must be non-empty")
            self.documents.append(
                SentDocument(
                    chat_id=chat_id,
                    filename=upload.filename,
                    content_type=upload.content_type,
                    content=upload.content,
                    caption=caption or None,
                )
            )
            file_obj: JSONDict = {
                "file_name": upload.filename,
                "mime_type": upload.content_type,
                "file_size": len(upload.content),
            }
        else:  # a file_id or URL the bot re-sends
            file_obj = {"file_name": "document"}
        file_obj = {
            "file_id": f"DOC-{next(self._file_counter)}-{secrets.token_hex(6)}",
            "file_unique_id": f"U{secrets.token_hex(5)}",
            **file_obj,
        }
        return self._bot_message(
            chat_id,
            {
                "document": file_obj,
                "caption": caption or None,
                "caption_entities": caption_entities,
                "reply_to_message": self._reply_to(chat_id, params),
                "reply_markup": self._inline_markup(params),
            },
        )

    async def _send_photo(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        """Like Telegram: an uploaded picture (kept in `photos`) with an optional formatted caption."""
        chat_id = self._check_chat(params)
        upload = uploads.get("photo")
        if upload is None or not upload.content:
            raise _ApiError(400, "Bad Request: there is no photo in the request")
        caption, caption_entities = self._formatted(
            params, "caption", "caption_entities", _MAX_CAPTION, "Bad Request: message caption is too long", None
        )
        self.photos.append(SentDocument(chat_id, upload.filename, upload.content_type, upload.content, caption or None))
        size = {"file_id": f"PHOTO-{next(self._file_counter)}", "file_unique_id": f"U{secrets.token_hex(5)}"}
        return self._bot_message(
            chat_id,
            {
                "photo": [{**size, "width": 1200, "height": 750, "file_size": len(upload.content)}],
                "caption": caption or None,
                "caption_entities": caption_entities,
                "reply_markup": self._inline_markup(params),
            },
        )

    # -----------------------------------------------------------------------------------------
    # webhook delivery
    # -----------------------------------------------------------------------------------------

    async def _webhook_loop(self) -> None:
        """Deliver queued updates to the webhook one at a time, in order, retrying failures."""
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
            while not self._closing:
                url = self.webhook.get("url")
                if not url or not self._updates:
                    await self._updates_signal.wait(1.0)
                    continue
                update = self._updates[0]
                if not self._allowed(update):
                    self._updates.pop(0)
                    continue
                headers = {"Content-Type": "application/json"}
                secret = self.webhook.get("secret_token")
                if secret:
                    headers["X-Telegram-Bot-Api-Secret-Token"] = secret
                try:
                    async with session.post(url, data=json.dumps(update), headers=headers) as response:
                        await response.read()
                        ok = 200 <= response.status < 300
                        error = f"Wrong response from the webhook: {response.status} {response.reason}"
                except (aiohttp.ClientError, TimeoutError) as exc:
                    ok, error = False, f"Connection failed: {type(exc).__name__}"
                if ok:
                    if self._updates and self._updates[0] is update:
                        self._updates.pop(0)
                    self._webhook_error = None
                else:
                    self._webhook_error = (int(time.time()), error)
                    await self._sleep(self.webhook_retry_delay)


def _error_response(status: int, description: str, parameters: JSONDict | None = None) -> web.Response:
    body: JSONDict = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


def _int_param(params: Mapping[str, Any], key: str, default: int | None) -> int | None:
    value = params.get(key, default)
    if value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _ApiError(400, f"Bad Request: wrong parameter {key}") from None


_ADMIN_RIGHTS = (
    "can_be_edited",
    "is_anonymous",
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_send_welcome_messages",
)
_RESTRICTED_RIGHTS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_react_to_messages",
    "can_edit_tag",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
)


def _chat_member(status: str, user: JSONDict, is_member: bool) -> JSONDict:
    """A ChatMember object of ``status`` with the fields Telegram always sends for it."""
    value: JSONDict = {"status": status, "user": user}
    if status == "kicked":
        value["until_date"] = 0
    elif status == "creator":
        value["is_anonymous"] = False
    elif status == "administrator":
        value |= dict.fromkeys(_ADMIN_RIGHTS, False)
    elif status == "restricted":
        value |= dict.fromkeys(_RESTRICTED_RIGHTS, False) | {"is_member": is_member, "until_date": 0}
    return value


def _flag(value: Any) -> bool:
    """A boolean parameter as a client sent it: JSON ``true`` or the text ``true``/``True``."""
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _decode_value(name: str, value: str) -> Any:
    if name in _STRING_PARAMS:
        return value
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    if isinstance(decoded, float) and not math.isfinite(decoded):
        return value
    return decoded


def _resolve_attachments(value: Any, uploads: Mapping[str, _Upload]) -> Any:
    """Replace ``attach://name`` references by the upload's description (never its bytes)."""
    if isinstance(value, str) and value.startswith("attach://"):
        upload = uploads.get(value.removeprefix("attach://"))
        return value if upload is None else upload.describe()
    if isinstance(value, list):
        return [_resolve_attachments(item, uploads) for item in value]
    if isinstance(value, dict):
        return {key: _resolve_attachments(item, uploads) for key, item in value.items()}
    return value


async def _decode_request(request: web.Request) -> tuple[JSONDict, dict[str, _Upload], str]:
    """Decode a Bot API request the way Telegram accepts them: query, JSON, form, multipart.

    aiogram and PTB both send ``application/x-www-form-urlencoded`` bodies, switching to
    ``multipart/form-data`` when a file is attached; nested objects (reply_markup,
    link_preview_options, entities) travel as JSON strings inside the form.
    """
    params: JSONDict = {}
    uploads: dict[str, _Upload] = {}
    _merge_form(params, request.query)
    encoding = "none"
    content_type = request.content_type
    if request.can_read_body:
        if content_type == "application/json":
            encoding = "json"
            try:
                body = await request.json()
            except ValueError:
                raise ValueError("can't parse JSON object") from None
            if not isinstance(body, dict):
                raise ValueError("JSON object expected")
            for key, value in body.items():
                if key in _JSON_PARAMS and isinstance(value, str):
                    value = _decode_value(key, value)
                params[key] = value
        elif content_type == "multipart/form-data":
            encoding = "multipart"
            reader = await request.multipart()
            while (part := await reader.next()) is not None:
                if not isinstance(part, aiohttp.BodyPartReader) or part.name is None:
                    continue
                if part.filename is not None:
                    content = await part.read()
                    uploads[part.name] = _Upload(
                        filename=part.filename,
                        content_type=part.headers.get("Content-Type", "application/octet-stream"),
                        content=bytes(content),
                    )
                else:
                    params[part.name] = _decode_value(part.name, await part.text())
        else:
            encoding = "urlencoded"
            _merge_form(params, await request.post())
    # Top-level file parameters, whether sent as the field itself (PTB: a part named
    # "document") or as a reference to another part (aiogram: document=attach://<random>).
    files: dict[str, _Upload] = {}
    for key, value in params.items():
        if isinstance(value, str) and value.startswith("attach://") and value[9:] in uploads:
            files[key] = uploads[value[9:]]
    for name, upload in uploads.items():
        if name not in params and not _referenced(params, f"attach://{name}"):
            files[name] = upload
            params[name] = upload.describe()
    params = {key: _resolve_attachments(value, uploads) for key, value in params.items()}
    return params, files, encoding


def _referenced(value: Any, reference: str) -> bool:
    if isinstance(value, str):
        return value == reference
    if isinstance(value, list):
        return any(_referenced(item, reference) for item in value)
    if isinstance(value, dict):
        return any(_referenced(item, reference) for item in value.values())
    return False


def _merge_form(params: JSONDict, form: MultiMapping[Any]) -> None:
    for key, value in form.items():
        if isinstance(value, str):
            params[key] = _decode_value(key, value)
