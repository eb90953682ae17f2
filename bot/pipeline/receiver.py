"""Receiving updates: every update is committed to the inbox BEFORE Telegram is told it arrived.

Long polling acknowledges an update when the next getUpdates asks for a higher offset, so the
offset only moves past a batch once the batch is committed; a crash in between means Telegram
sends the batch again, and the inbox ignores the update_ids it already has. A webhook acknowledges
with its 2xx answer, so it answers only after the commit, and 503 when the database is away
(Telegram then retries). Pending updates are never dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from aiohttp import web

from bot.pipeline.guard import ConnectionGuard
from bot.pipeline.inbox import Inbox
from bot.pipeline.metrics import Metrics
from bot.pipeline.ports import DeliveryError, Incoming, PermanentFailure, RetryAfter, TelegramDriver, read_update
from bot.pipeline.ratelimit import backoff
from bot.pipeline.signals import Signal, sleep_unless

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name, not a secret
MAX_BODY_BYTES = 1024 * 1024
"""Telegram's updates are a few kilobytes; anything near this is not from Telegram."""
BODY_TIMEOUT_SECONDS = 10.0
MAX_JSON_DEPTH = 64
"""Telegram's updates nest a dozen levels; a body nested deeper is not an update (and a deep enough
one exhausts the parser's recursion)."""
RETRY_MAX_SECONDS = 30.0
HEALTH_TIMEOUT_SECONDS = 5.0


class Poller:
    def __init__(
        self,
        driver: TelegramDriver,
        inbox: Inbox,
        inbox_signal: Signal,
        *,
        wait_seconds: int,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        metrics: Metrics | None = None,
    ) -> None:
        self.driver = driver
        self.inbox = inbox
        self.inbox_signal = inbox_signal
        self.wait_seconds = wait_seconds
        self.metrics = metrics or Metrics()
        self.clock = clock
        self.offset: int | None = None
        """None at start: Telegram then sends every update not yet acknowledged, by any earlier run."""

    async def run(self, stop: asyncio.Event) -> None:
        failures = 0
        while not stop.is_set():
            try:
                updates = await self._poll(stop)
            except RetryAfter as exc:
                self.metrics.flood(max(exc.seconds, 0.0))
                log.warning("getUpdates is flood-limited", extra={"retry_in": exc.seconds})
                await sleep_unless(stop, exc.seconds)
                continue
            except DeliveryError as exc:
                failures += 1
                self.metrics.receive_failed(exc.description)
                delay = backoff(failures, 1.0, RETRY_MAX_SECONDS)
                level = logging.ERROR if isinstance(exc, PermanentFailure) else logging.WARNING
                log.log(level, "getUpdates failed", extra={"error": exc.description, "retry_in": delay})
                await sleep_unless(stop, delay)
                continue
            if updates is None:  # stopping
                return
            failures = 0
            self.metrics.received(0)  # Telegram answered: any streak of failed polls is over
            if updates:
                if not await self._save(updates, stop):
                    return  # stopping before the batch was saved: Telegram keeps it for the next run
                self.metrics.received(len(updates))
                self.offset = max(update.update_id for update in updates) + 1
                self.inbox_signal.notify()

    async def _poll(self, stop: asyncio.Event) -> list[Incoming] | None:
        """One long poll, abandoned (it only reads) if the bot is stopping."""
        poll = asyncio.ensure_future(self.driver.get_updates(self.offset, self.wait_seconds))
        stopping = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({poll, stopping}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()
        if not poll.done():
            poll.cancel()
            await asyncio.gather(poll, return_exceptions=True)
            return None
        return poll.result()

    async def _save(self, updates: list[Incoming], stop: asyncio.Event) -> bool:
        """Commit the batch, retrying while the database is away; False if stopped first."""
        failures = 0
        while True:
            try:
                await self.inbox.save_updates(updates, self.clock())
                return True
            except Exception as exc:
                failures += 1
                delay = backoff(failures, 0.5, RETRY_MAX_SECONDS)
                log.error("cannot save updates; not acknowledging them", extra={"error": type(exc).__name__})
                if await sleep_unless(stop, delay):
                    return False

    async def acknowledge(self) -> None:
        """Tell Telegram about the last saved batch (at a clean stop), so a restart need not fetch it again."""
        if self.offset is None:
            return
        # If this fails, the next run fetches the batch again and the inbox ignores it.
        with contextlib.suppress(DeliveryError, TimeoutError):
            await asyncio.wait_for(self.driver.get_updates(self.offset, 0), HEALTH_TIMEOUT_SECONDS)


class WebhookReceiver:
    """The aiohttp application Telegram posts updates to (/healthz is on the health listener:
    `bot.pipeline.health`, the same in polling mode)."""

    def __init__(
        self,
        driver: TelegramDriver,
        inbox: Inbox,
        inbox_signal: Signal,
        *,
        path: str,
        secret: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        metrics: Metrics | None = None,
        max_body_bytes: int = MAX_BODY_BYTES,
        body_timeout: float = BODY_TIMEOUT_SECONDS,
        guard: ConnectionGuard | None = None,
    ) -> None:
        self.driver = driver
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout
        self.guard = guard
        """Connection cap and header deadline (`pipeline/guard.py`); its middleware runs first."""
        self.inbox = inbox
        self.metrics = metrics or Metrics()
        self.inbox_signal = inbox_signal
        self.path = path or "/"
        self._secret = secret.encode()
        self.clock = clock

    def application(self) -> web.Application:
        middlewares = [self.guard.middleware] if self.guard is not None else []
        app = web.Application(client_max_size=self.max_body_bytes, middlewares=middlewares)
        app.router.add_post(self.path, self.receive)
        return app

    def _authorised(self, request: web.Request) -> web.Response | None:
        given = request.headers.get(SECRET_HEADER)
        if given is None:
            return web.Response(status=401, text="missing secret token")
        # Compared as bytes in constant time; a header that is not even ASCII simply does not match.
        if not hmac.compare_digest(given.encode("utf-8", "replace"), self._secret):
            return web.Response(status=403, text="wrong secret token")
        return None

    async def receive(self, request: web.Request) -> web.Response:
        refused = self._authorised(request)
        if refused is not None:
            return refused
        if request.content_length is not None and request.content_length > self.max_body_bytes:
            return _closing(web.Response(status=413, text="too large"))
        try:
            async with asyncio.timeout(self.body_timeout):
                body = await request.read()
        except TimeoutError:
            return _closing(web.Response(status=408, text="body too slow"))
        except web.HTTPRequestEntityTooLarge:
            return _closing(web.Response(status=413, text="too large"))
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested past the parser's recursion
            return web.Response(status=400, text="not JSON")
        if _deeper_than(data, MAX_JSON_DEPTH):
            return web.Response(status=400, text="nested too deep")
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return web.Response(status=400, text="not an update")
        # It came with Telegram's secret, so it is Telegram's: one it cannot read is recorded as seen.
        incoming = read_update(self.driver.parse_update, data)
        try:
            await self.inbox.save_updates([incoming], self.clock())
        except Exception as exc:
            log.error("cannot save an update; asking Telegram to retry", extra={"error": type(exc).__name__})
            return web.Response(status=503, text="try again")
        self.metrics.received(1)
        if incoming.item is not None:
            self.inbox_signal.notify()
        return web.Response(status=200)


def _closing(response: web.Response) -> web.Response:
    """A hostile or broken request's answer: the connection is not kept for another."""
    response.force_close()
    return response


def _deeper_than(value: object, limit: int) -> bool:
    """Whether JSON nests deeper than `limit`, found without recursion."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
