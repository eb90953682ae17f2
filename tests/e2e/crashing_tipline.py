"""`tipline` that kills itself (SIGKILL, as the OOM killer or a power cut would) at a chosen point.

    TIPLINE_TEST_CRASH_AT=after_process:2 python -m tests.e2e.crashing_tipline run

Points, each counted from the start of the process (the N-th time it is reached):
  after_receive  updates committed to the inbox, not yet acknowledged to Telegram
  after_process  a batch processed and committed (replies queued), nothing of it sent
  before_send    about to hand a message to the Bot API
  after_send     the Bot API accepted a message; the outbox does not know yet
  poison         processing a text message that says POISON (every time: an update that kills
                 the process whenever it is tried, like one that runs it out of memory)

Otherwise this is exactly `tipline` (bot.cli.main): the same settings, database, driver (TIPLINE_DRIVER)
and code paths.
"""

from __future__ import annotations

import functools
import os
import signal
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from bot.cli import main
from bot.drivers.select import driver_class
from bot.pipeline.inbox import Inbox
from bot.pipeline.worker import Worker
from bot.turn import TurnRunner


def _die() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def _install(point: str, nth: int) -> None:
    seen = 0

    def reached() -> None:
        nonlocal seen
        seen += 1
        if seen == nth:
            _die()

    def wrap(owner: type, name: str, *, before: bool, counts: Callable[[Any], bool] = lambda _: True) -> None:
        original: Callable[..., Awaitable[Any]] = getattr(owner, name)

        @functools.wraps(original)
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            if before:
                reached()
            result = await original(*args, **kwargs)
            if not before and counts(result):
                reached()
            return result

        setattr(owner, name, wrapper)

    if point == "after_receive":
        wrap(Inbox, "save_updates", before=False)
    elif point == "after_process":
        wrap(Worker, "process_batch", before=False, counts=lambda claimed: bool(claimed))
    elif point == "before_send":
        wrap(driver_class(os.environ.get("TIPLINE_DRIVER", "aiogram")), "send_message", before=True)
    elif point == "after_send":
        wrap(driver_class(os.environ.get("TIPLINE_DRIVER", "aiogram")), "send_message", before=False)
    elif point == "poison":
        original: Callable[..., Awaitable[Any]] = TurnRunner.turn

        @functools.wraps(original)
        async def poisoned(self: TurnRunner, session: Any, chat_key: str, event: Any, *args: Any) -> Any:
            if getattr(event, "text", None) == "POISON":
                _die()
            return await original(self, session, chat_key, event, *args)

        TurnRunner.turn = poisoned  # type: ignore[method-assign,assignment]
    else:
        raise SystemExit(f"unknown crash point {point!r}")


if __name__ == "__main__":
    where, _, count = os.environ["TIPLINE_TEST_CRASH_AT"].partition(":")
    _install(where, int(count or "1"))
    raise SystemExit(main(sys.argv[1:]))
