"""A real HTTP receiver and a real SMTP server on 127.0.0.1, a desk and turn wired for forwarding
the way `tipline run` wires them, and the schema every event must validate against."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import socket
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from aiohttp import web
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from sqlalchemy import select

from bot.app.forward import attach_forwarding, build_forwarder
from bot.engine.events import Button, Command, Event, Start, Text
from bot.forward.deliver import Forwarder
from bot.i18n import Locales
from bot.paths import locales_dir
from bot.pipeline.tables import WriteGate
from bot.settings import Settings
from bot.storage.models import ForwardEvent
from bot.turn import TurnRunner
from tests.integration.cases.conftest import DeskRig, clock, identity, rig, texts, world_and_locales  # noqa: F401  (fixtures)
from tests.integration.telegram.harness import REPORT

SECRET = "forward-secret-0123456789abcdef0123456789"
SCHEMA_PATH = Path(__file__).resolve().parents[3] / "docs" / "forwarding" / "event.schema.json"


@pytest.fixture(scope="session")
def locales() -> Locales:
    return Locales(locales_dir())


@pytest.fixture(scope="session")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


# ---- the charity's webhook receiver ----------------------------------------------------------------


@dataclass
class Receiver:
    """Verifies every request as docs/forwarding.md tells a receiver to, and can be told to misbehave."""

    secret: bytes
    mode: str = "ok"
    """ok, fail (503), slow (answers after `slow_seconds`), reject (400)."""
    slow_seconds: float = 5.0
    accepted: list[dict[str, Any]] = field(default_factory=list)
    raw: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    attempts: int = 0
    bad_signatures: int = 0
    url: str = ""

    def ids(self) -> list[str]:
        return [event["id"] for event in self.accepted]

    def kinds(self) -> list[str]:
        return [event["kind"] for event in self.accepted]

    async def handle(self, request: web.Request) -> web.Response:
        self.attempts += 1
        body = await request.read()
        self.raw.append((dict(request.headers), body))
        timestamp = request.headers.get("Tipline-Timestamp", "")
        signature = request.headers.get("Tipline-Signature", "")
        # The documented check, written out here, not borrowed from the code under test.
        expected = "v1=" + hmac.new(self.secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        fresh = timestamp.isdigit() and abs(time.time() - int(timestamp)) <= 300
        if not (fresh and hmac.compare_digest(expected, signature)):
            self.bad_signatures += 1
            return web.Response(status=401, text="bad signature")
        if self.mode == "fail":
            return web.Response(status=503, text="down for maintenance")
        if self.mode == "reject":
            return web.Response(status=400, text="we do not take this")
        if self.mode == "slow":
            await asyncio.sleep(self.slow_seconds)
        event = json.loads(body)
        assert request.headers["Tipline-Event-Id"] == event["id"]
        assert request.headers["Tipline-Event-Kind"] == event["kind"]
        self.accepted.append(event)
        return web.Response(status=204)


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    found = Receiver(SECRET.encode())
    app = web.Application()
    app.router.add_post("/tipline", found.handle)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    found.url = f"http://{host}:{port}/tipline"
    try:
        yield found
    finally:
        await runner.cleanup()


# ---- the charity's mail server ------------------------------------------------------------------------


@dataclass
class Mailbox:
    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    refuse: bool = False
    port: int = 0
    logins: list[tuple[str, str]] = field(default_factory=list)

    def authenticate(self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any) -> AuthResult:
        """Any login is let in (and remembered): the test checks what Tipline sent."""
        if isinstance(data, LoginPassword):
            self.logins.append((data.login.decode(), data.password.decode()))
        return AuthResult(success=True)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.refuse:
            return "451 try again later"
        content = envelope.content if isinstance(envelope.content, bytes) else str(envelope.content).encode()
        self.messages.append(message_from_bytes(content, policy=policy.default))
        self.envelopes.append((str(envelope.mail_from), [str(r) for r in envelope.rcpt_tos]))
        return "250 OK"


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    with socket.socket() as probe:  # a free port (aiosmtpd checks it is up by connecting to it)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    box = Mailbox(port=port)
    controller = Controller(
        box, hostname="127.0.0.1", port=port, authenticator=box.authenticate, auth_require_tls=False
    )
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


# ---- Tipline, wired for forwarding ---------------------------------------------------------------------


def forward_settings(base: Settings, **changes: Any) -> Settings:
    """Settings validated as an operator's would be (model_copy would skip the checks)."""
    values = base.model_dump() | {
        "forward_backoff_seconds": 0.05,
        "forward_backoff_max_seconds": 0.2,
        "forward_timeout": 2.0,
        "forward_per_minute": 0.0,
    }
    values |= changes
    return Settings(**values)


def forwarder_for(desk_rig: DeskRig, settings: Settings) -> Forwarder:
    attach_forwarding(desk_rig.app, settings)
    found = build_forwarder(desk_rig.app, settings, WriteGate(desk_rig.db))
    assert found is not None
    found.poll_seconds = 0.02
    return found


async def report(app: TurnRunner, chat: str, link: str = "https://www.instagram.com/Bad.Actor_01/") -> None:
    """A whole report through the reporter's turn, as a person makes it."""
    for action, value in REPORT:
        event: Event
        if value == "/start":
            event = Start()
        elif action == "text" and value.startswith("/"):
            event = Command(name=value[1:])
        elif action == "text":
            event = Text(text=link if value.startswith("https://") else value)
        elif action == "press":
            event = Button(payload=value)
        else:
            continue
        await app.handle(chat, event)


async def until_states(desk_rig: DeskRig, wanted: set[str], seconds: float = 30) -> None:
    """Until every queued row of the forwarding outbox is in one of `wanted`."""
    deadline = time.monotonic() + seconds
    while True:
        async with desk_rig.db.transaction() as session:
            found = set((await session.scalars(select(ForwardEvent.status))).all())
        if found <= wanted:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {wanted}; rows are {found}")
        await asyncio.sleep(0.05)


async def wait_until(condition: Any, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)
