"""Helpers for the case queue and volunteer desk tests: tips filed straight into a real database,
volunteers, a desk whose outbound actions are recorded, and a clock the test moves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Literal

import pytest

from bot.app import build_world, load_content
from bot.cases.tips import Reporter, StoredTip, submit_tip
from bot.cases.volunteers import Actor, Role, actor_for, add_volunteer
from bot.desk.desk import Desk
from bot.desk.messages import Recorder
from bot.desk.words import StaffTexts
from bot.directory import NotRecognised
from bot.directory.testing import real_directory
from bot.engine import World
from bot.engine.replies import SubmitTip
from bot.engine.state import AccountAnswer, Answers
from bot.i18n import Locales
from bot.identity import Identity
from bot.paths import locales_dir
from bot.settings import Settings
from bot.storage.db import Database
from bot.turn import TurnRunner

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
VOLUNTEER_CHAT = "tg:-1001234567890"
SECRET = b"test-secret-key-0123456789abcdef0123456789"


@dataclass
class Clock:
    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def identity() -> Identity:
    return Identity(SECRET)


def account(text: str, role: Literal["reported", "related"] = "reported", platform: str | None = None) -> AccountAnswer:
    found = real_directory().recognise(text, platform)
    assert not isinstance(found, NotRecognised), text
    return AccountAnswer(platform=found.platform, id=found.id, url=found.url, kind=found.kind, role=role)


async def file_tip(
    db: Database,
    *links: str,
    related: tuple[str, ...] = (),
    category: str = "collecting_photos",
    reporter: str = "chat-1",
    identity: Identity | None = None,
    consent: bool = False,
    at: datetime = START,
    told: str | None = "not_yet",
    danger: bool = False,
    details: str | None = "seen on a public profile",
    country: str | None = "AU",
    language: str = "en",
    platform: str | None = None,
) -> StoredTip:
    """A reviewed report filed straight into the database, as the turn would file it."""
    accounts = [account(links[0], platform=platform)]
    accounts += [account(link, platform=accounts[0].platform) for link in links[1:]]
    accounts += [account(link, "related", accounts[0].platform) for link in related]
    answers = Answers(
        child_in_danger=danger,
        category=category,
        platform=accounts[0].platform,
        accounts=accounts,
        reported_to_platform=told,
        details=details,
        contact_consent=consent,
    )
    ident = identity or Identity(SECRET)
    who = Reporter(pseudonym=ident.pseudonym(reporter), contact_token=ident.seal(reporter) if consent else None)
    async with db.transaction() as session:
        return await submit_tip(session, SubmitTip(answers=answers, country=country, language=language), who, at)


async def volunteer(db: Database, user_id: int, alias: str, role: Role = "volunteer") -> Actor:
    async with db.transaction() as session:
        await add_volunteer(session, user_id, alias, role, "test", START)
        found = await actor_for(session, user_id)
    assert found is not None
    return found


@pytest.fixture(scope="session")
def locales() -> Locales:
    return Locales(locales_dir())


@pytest.fixture(scope="session")
def texts(locales: Locales) -> StaffTexts:
    directory = real_directory()
    return StaffTexts(locales, "en", {pid: p.name for pid, p in directory.platforms.items()})


@dataclass
class DeskRig:
    """A desk on a real database whose outbound actions are recorded, and the reporter's turn
    wired to it the way `tipline run` wires them."""

    db: Database
    desk: Desk
    app: TurnRunner
    recorder: Recorder
    clock: Clock
    identity: Identity
    sent: list[object] = field(default_factory=list)


@pytest.fixture(scope="session")
def world_and_locales() -> tuple[World, Locales]:
    """The real flows and texts, loaded and checked once: they never change during a run."""
    settings = Settings()
    content = load_content(settings)
    return build_world(settings, content), content.locales


@pytest.fixture
def rig(
    db: Database, clock: Clock, identity: Identity, texts: StaffTexts, world_and_locales: tuple[World, Locales]
) -> DeskRig:
    recorder = Recorder()
    desk = Desk(texts, identity, real_directory(), recorder, volunteer_chat_key=VOLUNTEER_CHAT, clock=clock)
    world, locales = world_and_locales
    app = TurnRunner(world, locales, db, identity, "Test Charity", clock=clock, hooks=desk)
    return DeskRig(db, desk, app, recorder, clock, identity)
