"""Delivering an event to TIPLINE_FORWARD_URL: one signed POST, with a timeout, and an answer read
as delivered, to retry, or refused for good.

2xx is delivered. 408, 425, 429 and 5xx, timeouts and connection errors are worth retrying (a 429
or 503's Retry-After is honoured). Any other answer (a 4xx: the receiver refuses this request,
its address moved) is a dead letter for the operator: retrying would only repeat it. Redirects are
not followed: a signed tip goes only to the address configured.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import aiohttp

from bot.forward.signing import EVENT_ID_HEADER, KIND_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, body_of, sign

USER_AGENT = "Tipline-Forward/1"
RETRY_STATUSES = frozenset({408, 425, 429})
ERROR_BODY = 200


class TransientError(Exception):
    """Worth trying again later; `retry_after` (seconds) when the receiver said when."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentError(Exception):
    """Retrying would fail the same way: the operator has to look (`tipline forward failed`)."""


def _retry_after(value: str | None) -> float | None:
    if value is None or not value.strip().isdigit():
        return None
    return float(value.strip())


class WebhookClient:
    def __init__(self, url: str, secret: bytes, timeout: float, clock: Callable[[], float] = time.time) -> None:
        self.url = url
        self.secret = secret
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.clock = clock
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self.timeout, headers={"User-Agent": USER_AGENT})
        return self._session

    async def post(self, event_id: str, kind: str, payload: dict[str, Any]) -> None:
        body = body_of(payload)
        timestamp = int(self.clock())
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            EVENT_ID_HEADER: event_id,
            KIND_HEADER: kind,
            TIMESTAMP_HEADER: str(timestamp),
            SIGNATURE_HEADER: sign(self.secret, timestamp, body),
        }
        try:
            async with self._client().post(self.url, data=body, headers=headers, allow_redirects=False) as response:
                if 200 <= response.status < 300:
                    return
                text = (await response.text(errors="replace"))[:ERROR_BODY].strip()
                message = f"HTTP {response.status}" + (f": {text}" if text else "")
                if response.status in RETRY_STATUSES or response.status >= 500:
                    raise TransientError(message, _retry_after(response.headers.get("Retry-After")))
                if 300 <= response.status < 400:
                    where = response.headers.get("Location", "?")
                    raise PermanentError(f"{message} (redirected to {where}; set TIPLINE_FORWARD_URL to it)")
                raise PermanentError(message)
        except TimeoutError:
            raise TransientError(f"no answer within {self.timeout.total:g} s") from None
        except aiohttp.ClientError as exc:
            raise TransientError(f"{type(exc).__name__}: {exc}"[:ERROR_BODY]) from None
