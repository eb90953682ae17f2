"""The webhook's guard against hostile connections: a cap on open connections, and a deadline for
a request's line and headers (aiohttp has none: 200 slow connections were all still held after
80 seconds). The body has its own deadline and size cap in the receiver; idle connections are
closed by aiohttp's keep-alive timeout.

It sits between asyncio and aiohttp's protocol, forwarding every call, so aiohttp is used as it is.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GuardLimits:
    header_timeout: float
    keepalive_timeout: float
    max_connections: int


class ConnectionGuard:
    """Counts the open connections and closes those that are too many or too slow to ask."""

    def __init__(self, limits: GuardLimits) -> None:
        self.limits = limits
        self.open: dict[asyncio.BaseTransport, _Guarded] = {}
        self.refused = 0
        self.timed_out = 0

    def factory(self, make: Callable[[], asyncio.Protocol]) -> Callable[[], asyncio.Protocol]:
        return lambda: _Guarded(make(), self)

    @web.middleware
    async def middleware(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """Headers arrived: the header deadline is met. After the answer, the next request on this
        connection has the keep-alive time to begin and the header time to finish its headers."""
        guarded = self.open.get(request.transport) if request.transport is not None else None
        if guarded is not None:
            guarded.disarm()
        try:
            return await handler(request)
        finally:
            if guarded is not None:
                guarded.arm(self.limits.keepalive_timeout + self.limits.header_timeout)


class _Guarded(asyncio.Protocol):
    def __init__(self, inner: asyncio.Protocol, guard: ConnectionGuard) -> None:
        self.inner = inner
        self.guard = guard
        self.transport: asyncio.BaseTransport | None = None
        self._timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        self.inner.connection_made(transport)
        if len(self.guard.open) >= self.guard.limits.max_connections:
            self.guard.refused += 1
            if self.guard.refused == 1 or self.guard.refused % 1000 == 0:
                log.warning(
                    "webhook: too many open connections; new ones are closed", extra={"refused": self.guard.refused}
                )
            transport.close()
            return
        self.guard.open[transport] = self
        self.arm(self.guard.limits.header_timeout)

    def arm(self, seconds: float) -> None:
        self.disarm()
        if self.transport is not None and not self.transport.is_closing():
            self._timer = asyncio.get_running_loop().call_later(seconds, self._too_slow)

    def disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _too_slow(self) -> None:
        self._timer = None
        if self.transport is not None and not self.transport.is_closing():
            self.guard.timed_out += 1
            self.transport.close()

    def data_received(self, data: bytes) -> None:
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received()

    def connection_lost(self, exc: Exception | None) -> None:
        self.disarm()
        if self.transport is not None:
            self.guard.open.pop(self.transport, None)
        self.inner.connection_lost(exc)

    def pause_writing(self) -> None:
        self.inner.pause_writing()

    def resume_writing(self) -> None:
        self.inner.resume_writing()


class GuardedSite(web.TCPSite):
    """aiohttp's TCP site with every connection going through the guard."""

    def __init__(self, runner: web.BaseRunner, host: str, port: int, guard: ConnectionGuard) -> None:
        super().__init__(runner, host, port)
        self.guard = guard

    async def start(self) -> None:
        await web.BaseSite.start(self)
        server = self._runner.server
        assert server is not None
        self._server = await asyncio.get_running_loop().create_server(
            self.guard.factory(server), self._host, self._port, reuse_address=self._reuse_address
        )
