"""Running Tipline on Telegram against the fake Bot API, in this process or as `tipline run` subprocesses.

A `TelegramUser` acts like a person in a private chat: it sends text, presses the buttons the bot
actually showed, sends media. `BotProcess` runs the real command line (`python -m bot.cli run`,
or the crash-point wrapper) on the same database, and `wait_idle` waits on the database and the
fake until every update is processed and every reply sent: conditions with timeouts, never sleeps.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from sqlalchemy import text

from bot.app import build_pipeline, open_tipline, staff_chats
from bot.drivers.select import telegram_driver
from bot.engine.events import Button, Event, Start, Text
from bot.pipeline.operations import Operations
from bot.pipeline.ports import Incoming, TelegramDriver
from bot.pipeline.service import Pipeline
from bot.pipeline.split import split_html
from bot.settings import Settings
from bot.storage.db import Database
from bot.turn import TurnRunner
from tests.fakes.bot_api import FakeBotAPI, MediaKind

TOKEN = "123:ABC"
WEBHOOK_SECRET = "s3cret-Webhook_token"
REPO = Path(__file__).resolve().parents[3]
REFERENCE = re.compile(r"TIP-[23456789A-Z]{6}")

# A whole report, as a person makes it: text, presses (by callback payload) and a refused photo.
REPORT: list[tuple[str, str]] = [
    ("text", "/start"),
    ("press", "main.menu:report"),
    ("press", "report.safety:no"),
    ("press", "report.category:grooming"),
    ("press", "report.platform:instagram"),
    ("media", "photo"),
    ("text", "https://www.instagram.com/Bad.Actor_01/"),
    ("press", "report.related_ask:no"),
    ("press", "report.reported:not_yet"),
    ("press", "report.follow_up:no"),
    ("text", "He asks kids <3 & </b> for photos \u202e zero\u200bwidth"),
    ("press", "report.seen:skip"),
    ("press", "report.age:skip"),
    ("press", "report.knows:skip"),
    ("press", "report.risks:done"),
    ("press", "report.country:gb"),
    ("press", "report.consent:yes"),
    ("press", "report.review:submit"),
]


def convert_update(
    driver: str, update: dict[str, Any], staff_chats: frozenset[int] = frozenset(), bot_username: str | None = None
) -> Incoming:
    """`update` as the driver named converts it, received as JSON (neither library sees the other's objects).

    `bot_username`: the bot's own, as a driver learns it with getMe (`/cmd@name` in a group is ours)."""
    data = json.loads(json.dumps(update))
    if driver == "ptb":
        import telegram

        from bot.drivers.ptb import incoming_from as ptb_incoming

        return ptb_incoming(telegram.Update.de_json(data, None), staff_chats, bot_username)
    from aiogram.types import Update

    from bot.drivers.aiogram import incoming_from as aiogram_incoming

    return aiogram_incoming(Update.model_validate(data), staff_chats, bot_username)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def telegram_settings(base: Settings, api: FakeBotAPI, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "bot_token": SecretStr(api.token),
        "telegram_api_url": api.base_url,
        "poll_timeout": 1,
        "api_timeout": 5.0,
        # A scripted person answers instantly; real ones take seconds, so pacing tests set their own rates.
        "send_chat_rate": 0.0,
        **overrides,
    }
    return base.model_copy(update=values)


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment a `tipline run` subprocess needs for these settings."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("TIPLINE_")}
    for name, value in settings.model_dump().items():
        if value is None or name in ("flows_dir", "locales_dir"):
            continue
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        env[f"TIPLINE_{name.upper()}"] = str(value)
    env["PYTHONUNBUFFERED"] = "1"
    return env


async def wait_until(
    predicate: Callable[[], Any], within: float = 20.0, what: str = "condition", interval: float = 0.02
) -> Any:
    """Poll an async or sync predicate until truthy; fail with `what` after `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        value = predicate()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {within}s waiting for {what}")
        await asyncio.sleep(interval)


async def is_idle(operations: Operations, api: FakeBotAPI) -> bool:
    """Telegram has nothing unacknowledged, and the database nothing to process or send."""
    if api.pending_updates:
        return False
    health = await operations.health()
    return health.inbox_pending == 0 and health.outbox_pending == 0


async def wait_idle(operations: Operations, api: FakeBotAPI, within: float = 20.0) -> None:
    await wait_until(lambda: is_idle(operations, api), within, "the bot to process and answer everything")


@dataclass
class TelegramUser:
    """A person in a private chat with the bot."""

    api: FakeBotAPI
    chat_id: int
    language_code: str = "en"
    pushed: list[dict[str, Any]] = field(default_factory=list)

    def update_for(self, action: str, value: str) -> dict[str, Any]:
        if action == "text":
            if value.startswith("/"):
                name, _, args = value[1:].partition(" ")
                return self.api.command_update(self.chat_id, name, args, language_code=self.language_code)
            return self.api.message_update(self.chat_id, value, language_code=self.language_code)
        if action == "press":
            return self.api.callback_update(self.chat_id, value, language_code=self.language_code)
        if action == "media":
            kind: MediaKind = value  # type: ignore[assignment]
            return self.api.media_update(self.chat_id, kind, caption="my evidence: secret caption")
        raise ValueError(action)

    def act(self, action: str, value: str) -> dict[str, Any]:
        update = self.api.push_update(self.update_for(action, value))
        self.pushed.append(update)
        return update

    def sent_texts(self) -> list[str]:
        return [str(call.params["text"]) for call in self.api.calls_to("sendMessage", chat_id=self.chat_id)]


def script_events(script: Sequence[tuple[str, str]], language_code: str = "en") -> list[Event | None]:
    """The engine events a script stands for (None for media: its reply does not depend on the id)."""
    events: list[Event | None] = []
    for action, value in script:
        if action == "text" and value == "/start":
            events.append(Start(language_code=language_code))
        elif action == "text":
            events.append(Text(text=value))
        elif action == "press":
            events.append(Button(payload=value))
        else:
            events.append(None)
    return events


_TRANSCRIPTS: dict[tuple[tuple[tuple[str, str], ...], str], list[str]] = {}


async def expected_transcript(settings: Settings, script: Sequence[tuple[str, str]], tmp: Path) -> list[str]:
    """What the bot should send for `script`, computed by the turn alone on a scratch database."""
    key = (tuple(script), settings.charity_name)
    if key not in _TRANSCRIPTS:
        _TRANSCRIPTS[key] = await _transcript(settings, script, tmp)
    return list(_TRANSCRIPTS[key])


async def _transcript(settings: Settings, script: Sequence[tuple[str, str]], tmp: Path) -> list[str]:
    from bot.engine.events import Media
    from bot.storage import migrate

    scratch = settings.model_copy(update={"database_url": f"sqlite+aiosqlite:///{tmp / 'expected.db'}"})
    db = Database(scratch.database_url)
    await migrate.upgrade(db)
    await db.dispose()
    app = await open_tipline(scratch, auto_migrate=False)
    texts: list[str] = []
    try:
        for event in script_events(script):
            result = await app.handle("tg:1", event if event is not None else Media(kind="photo", message_id=1))
            for message in result.messages:
                texts.extend(split_html(message.text))
    finally:
        await app.db.dispose()
    return texts


def mask(texts: Sequence[str]) -> list[str]:
    return [REFERENCE.sub("TIP-XXXXXX", value) for value in texts]


def removed_duplicates(actual: Sequence[str], expected: Sequence[str]) -> int:
    """How many extra copies `actual` holds, if it is `expected` with some messages repeated; else raise."""
    extra = 0
    index = 0
    for position, value in enumerate(actual):
        if index < len(expected) and value == expected[index]:
            index += 1
        elif position > 0 and value == actual[position - 1]:
            extra += 1
        else:
            raise AssertionError(f"unexpected message #{position}: {value[:120]!r}")
    if index != len(expected):
        raise AssertionError(f"missing replies from #{index}: {expected[index][:120]!r}")
    return extra


async def dump_tables(db: Database) -> str:
    """Every row of every table, as text: for asserting what is (not) stored anywhere."""
    from bot.storage.models import Base

    parts = []
    async with db.transaction() as session:
        for table in Base.metadata.sorted_tables:
            rows = (await session.execute(text(f'SELECT * FROM "{table.name}"'))).all()  # noqa: S608 - our own names
            parts.append(json.dumps([[str(value) for value in row] for row in rows], ensure_ascii=False))
    return "\n".join(parts)


@dataclass
class InProcessBot:
    app: TurnRunner
    driver: TelegramDriver
    pipeline: Pipeline
    task: asyncio.Task[None]

    @property
    def operations(self) -> Operations:
        return self.pipeline.operations


@asynccontextmanager
async def running_bot(settings: Settings) -> AsyncIterator[InProcessBot]:
    """The whole pipeline in this process as `tipline run` builds it (the volunteer group served when
    `settings` name one), on an already migrated database, with the driver `settings` name."""
    app = await open_tipline(settings, auto_migrate=False)
    token = settings.bot_token.get_secret_value() if settings.bot_token else ""
    driver = telegram_driver(settings, token, staff_chats=staff_chats(settings))
    pipeline = build_pipeline(app, driver, settings)
    task = asyncio.create_task(pipeline.run())
    bot = InProcessBot(app, driver, pipeline, task)
    try:
        await wait_until(lambda: pipeline.receiving.is_set() or task.done(), 20, "the bot to start receiving")
        if task.done():
            task.result()
        yield bot
    finally:
        pipeline.stop()
        try:
            await asyncio.wait_for(task, 30)
        finally:
            await driver.close()
            await app.db.dispose()


class BotProcess:
    """`tipline run` in a subprocess (optionally through the crash-point wrapper)."""

    def __init__(self, settings: Settings, log_path: Path, *, crash_at: str | None = None, migrate: bool = False):
        self.env = settings_env(settings)
        if crash_at is not None:
            self.env["TIPLINE_TEST_CRASH_AT"] = crash_at
        module = "tests.e2e.crashing_tipline" if crash_at is not None else "bot.cli"
        self.argv = [sys.executable, "-m", module, "run", *(["--migrate"] if migrate else [])]
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> BotProcess:
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
                self.argv, env=self.env, cwd=self.log_path.parent, stdout=log, stderr=subprocess.STDOUT
            )
        return self

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def exited(self) -> int | None:
        assert self.process is not None
        return self.process.poll()

    async def wait_exit(self, within: float = 30.0) -> int:
        await wait_until(lambda: self.exited() is not None, within, "the bot process to exit")
        code = self.exited()
        assert code is not None
        return code

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    async def stop(self, within: float = 30.0) -> int:
        """SIGTERM, as a service manager stops it; returns the exit code."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return await self.wait_exit(within)
        finally:
            self.kill()
