"""What every `tipline` command shares: exit codes, errors on stderr, and a database session to work in."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import open_database
from bot.settings import Settings

EXIT_OK = 0
EXIT_PROBLEMS = 1
"""The command ran and found problems (a check failed, a reference is unknown, a link was not placed)."""
EXIT_USAGE = 2
"""The command could not run: bad arguments or configuration, a database that is out of date."""

T = TypeVar("T")
Work = Callable[[AsyncSession, datetime], Awaitable[T]]


def fail(message: str, code: int = EXIT_PROBLEMS) -> int:
    print(f"tipline: {message}", file=sys.stderr)
    return code


def not_a_reference(typed: str) -> int:
    """The one answer every command gives to a tip reference that cannot be one: a usage error."""
    return fail(f"{typed!r} is not a tip reference (they look like TIP-7KQ2F9)", EXIT_USAGE)


def in_transaction(settings: Settings, work: Work[T]) -> T:
    """Run `work(session, now)` in one transaction on the configured database, its schema checked first."""

    async def run() -> T:
        db = await open_database(settings)
        try:
            async with db.transaction() as session:
                return await work(session, datetime.now(UTC))
        finally:
            await db.dispose()

    return asyncio.run(run())


def print_json_lines(records: Iterable[dict[str, Any]]) -> None:
    for record in records:
        print(json.dumps(record, ensure_ascii=False))
