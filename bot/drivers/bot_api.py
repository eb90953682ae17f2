"""The Bot API's busiest calls spoken directly: JSON over the driver's own aiohttp session.

Every update costs Tipline about two Bot API calls (a message, a button's spinner stopped, now and
then a deletion) and a share of a long poll. Through a library's `Bot`, each call builds and
validates request models and then parses Telegram's answer into a full `Message` that nobody
reads: about 1.1 ms of CPU per message with aiogram, a third of that as plain JSON (measured in
`benchmarks/`). So both drivers make these calls here, through their library's HTTP session
and connection pool, and keep their library for what it is good at: reading updates (each one
alone, so one the library cannot read no longer holds back the others), uploads, edits and set-up.

Telegram's answers are classified once, for both drivers, as aiogram classifies them: flood
control (`retry_after`) first, then a chat migrated to a supergroup, then by status (400, 403,
404 and 413 will never work; 401, 409, 5xx and anything else may). Descriptions are Telegram's
own words, with the token and any chat id taken out: logs and the outbox never name a chat.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any

import aiohttp

from bot.pipeline.ports import ButtonRows, DeliveryError, PermanentFailure, RetryAfter, TransientFailure

PERMANENT_STATUSES = frozenset(
    {HTTPStatus.BAD_REQUEST, HTTPStatus.FORBIDDEN, HTTPStatus.NOT_FOUND, HTTPStatus.REQUEST_ENTITY_TOO_LARGE}
)
"""A bad request, a blocked bot or a chat that is gone, a method that does not exist, too large."""
NO_PREVIEW = {"is_disabled": True}
"""On every message: a reported link must never be previewed (fetched, shown) by Telegram."""
_JSON = {"Content-Type": "application/json"}
_CHAT_ID = re.compile(r"\bchat (?:id )?-?\d+")

SessionSource = Callable[[], Awaitable[aiohttp.ClientSession]]


def message_body(
    chat_id: int, text: str, buttons: ButtonRows, *, thread_id: int | None = None, reply_to: int | None = None
) -> dict[str, Any]:
    """sendMessage's parameters: HTML, no link preview, inline buttons under it."""
    body: dict[str, Any] = {
        "chat_id": chat_id,
        "text": text,
        "parse_mode": "HTML",
        "link_preview_options": NO_PREVIEW,
    }
    if buttons:
        body["reply_markup"] = keyboard(buttons)
    if thread_id is not None:
        body["message_thread_id"] = thread_id
    if reply_to is not None:
        body["reply_parameters"] = {"message_id": reply_to, "allow_sending_without_reply": True}
    return body


def keyboard(buttons: ButtonRows) -> dict[str, Any]:
    return {"inline_keyboard": [[{"text": label, "callback_data": data} for label, data in row] for row in buttons]}


def refusal(status: int, answer: Mapping[str, Any], clean: Callable[[str], str]) -> DeliveryError:
    """Telegram's error answer as the pipeline's error."""
    parameters = answer.get("parameters")
    parameters = parameters if isinstance(parameters, dict) else {}
    description = clean(str(answer.get("description") or phrase(status)))
    retry_after = parameters.get("retry_after")
    if retry_after:
        return RetryAfter(float(retry_after), description)
    if parameters.get("migrate_to_chat_id") or status in PERMANENT_STATUSES:
        return PermanentFailure(description)
    return TransientFailure(clean(f"HTTP {status}: {description}"))


def phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"


class BotApi:
    """sendMessage, deleteMessage, answerCallbackQuery and getUpdates, each bounded by a timeout."""

    def __init__(self, token: str, api_url: str, api_timeout: float, session: SessionSource) -> None:
        self._token = token
        self._base = f"{api_url.rstrip('/')}/bot{token}/"
        self.api_timeout = api_timeout
        self._timeout = aiohttp.ClientTimeout(total=api_timeout)
        self._session = session

    async def send_message(
        self, chat_id: int, text: str, buttons: ButtonRows, *, thread_id: int | None = None, reply_to: int | None = None
    ) -> int | None:
        sent = await self.call(
            "sendMessage", message_body(chat_id, text, buttons, thread_id=thread_id, reply_to=reply_to)
        )
        message_id = sent.get("message_id") if isinstance(sent, dict) else None
        return message_id if isinstance(message_id, int) else None

    async def delete_message(self, chat_id: int, message_id: int) -> None:
        await self.call("deleteMessage", {"chat_id": chat_id, "message_id": message_id})

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        body: dict[str, Any] = {"callback_query_id": callback_id}
        if text is not None:
            body["text"] = text
        await self.call("answerCallbackQuery", body)

    async def get_updates(
        self, offset: int | None, wait_seconds: int, allowed: list[str], session: SessionSource | None = None
    ) -> list[dict[str, Any]]:
        """One long poll, as raw updates: each is read by the driver's library on its own."""
        body: dict[str, Any] = {"timeout": wait_seconds, "allowed_updates": allowed}
        if offset is not None:
            body["offset"] = offset
        updates = await self.call("getUpdates", body, seconds=wait_seconds + self.api_timeout + 1, session=session)
        if not isinstance(updates, list):
            raise TransientFailure("getUpdates answered something that is not a list of updates")
        return [update for update in updates if isinstance(update, dict) and isinstance(update.get("update_id"), int)]

    async def call(
        self,
        method: str,
        body: Mapping[str, Any],
        *,
        seconds: float | None = None,
        session: SessionSource | None = None,
    ) -> Any:
        """Make one call, bounded by `seconds` (default the API timeout); its result, or a `DeliveryError`."""
        limit = self._timeout if seconds is None else aiohttp.ClientTimeout(total=seconds)
        data = json.dumps(body, ensure_ascii=False).encode()
        try:
            client = await (session or self._session)()
            async with client.post(self._base + method, data=data, headers=_JSON, timeout=limit) as response:
                status, payload = response.status, await response.read()
        except TimeoutError:
            raise TransientFailure("TimeoutError: the Bot API did not answer in time") from None
        except (aiohttp.ClientError, OSError, RuntimeError) as exc:  # RuntimeError: the session is closed
            raise TransientFailure(self.clean(f"{type(exc).__name__}: {exc}")) from None
        try:
            answer = json.loads(payload)
        except ValueError:  # e.g. a proxy's HTML page during an outage; its text is not logged
            answer = None
        if not isinstance(answer, dict):
            raise TransientFailure(f"the Bot API answered something that is not JSON (HTTP {status})")
        if HTTPStatus.OK <= status < HTTPStatus.MULTIPLE_CHOICES and answer.get("ok") is True:
            return answer.get("result")
        raise refusal(status, answer, self.clean)

    def clean(self, description: str) -> str:
        """Without the token (a network error may quote the URL) or any chat id; at most 500 characters."""
        return _CHAT_ID.sub("chat <id>", description.replace(self._token, "<token>"))[:500]
