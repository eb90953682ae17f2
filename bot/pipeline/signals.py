"""Wake-ups between the pipeline's loops, without losing one that arrives while a loop is busy."""

from __future__ import annotations

import asyncio
import contextlib


class Signal:
    """`notify()` wakes every waiter; a loop that reads `generation` before working and waits with
    it sleeps only if nothing was notified meanwhile."""

    def __init__(self) -> None:
        self.generation = 0
        self._event = asyncio.Event()

    def notify(self) -> None:
        self.generation += 1
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, since: int, timeout: float, stop: asyncio.Event | None = None) -> None:  # noqa: ASYNC109
        """Return when notified after `since`, after `timeout` seconds, or when `stop` is set."""
        if self.generation != since or timeout <= 0 or (stop is not None and stop.is_set()):
            return
        waiters = {asyncio.ensure_future(self._event.wait())}
        if stop is not None:
            waiters.add(asyncio.ensure_future(stop.wait()))
        try:
            await asyncio.wait(waiters, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()


async def sleep_unless(stop: asyncio.Event, seconds: float) -> bool:
    """Sleep `seconds` or until `stop` is set; True if stopping."""
    if seconds > 0 and not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), seconds)
    return stop.is_set()
