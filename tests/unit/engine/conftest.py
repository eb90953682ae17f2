"""A conversation harness over the pure engine: press buttons by label, type text, inspect state."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from bot.directory import load_directory
from bot.engine import Outcome, World, step
from bot.engine.events import Button, Command, Event, Media, MediaKind, Start, Text
from bot.engine.replies import Effect, Reply
from bot.engine.state import ConversationState
from bot.flowspec import load_flows
from bot.i18n import Locales
from bot.paths import flows_dir, locales_dir


@pytest.fixture(scope="session")
def locales() -> Locales:
    return Locales(locales_dir())


@pytest.fixture(scope="session")
def world(locales: Locales) -> World:
    return World(
        flows=load_flows(flows_dir()),
        directory=load_directory(flows_dir() / "directory"),
        languages=locales.languages,
    )


@dataclass
class Chat:
    """Drives the engine like a person would, keeping the state between events."""

    world: World
    state: ConversationState = field(default_factory=ConversationState)
    replies: list[Reply] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    def send(self, event: Event) -> list[Reply]:
        outcome = step(self.world, self.state, event)
        # State must survive the JSON round trip the database gives it.
        self.state = ConversationState.model_validate_json(outcome.state.model_dump_json())
        assert self.state == outcome.state
        self.replies, self.effects = outcome.replies, outcome.effects
        self.outcomes.append(outcome)
        return outcome.replies

    def start(self, language_code: str | None = "en") -> list[Reply]:
        return self.send(Start(language_code=language_code))

    def type(self, text: str) -> list[Reply]:
        return self.send(Text(text=text))

    def command(self, name: str) -> list[Reply]:
        return self.send(Command(name=name))

    def media(self, kind: MediaKind = "photo", message_id: int | None = 77) -> list[Reply]:
        return self.send(Media(kind=kind, message_id=message_id))

    def buttons(self) -> dict[str, str]:
        """Label (key or literal) → payload, for every button in the latest replies."""
        return {b.label: b.payload for r in self.replies for row in r.buttons for b in row}

    def press(self, label: str) -> list[Reply]:
        buttons = self.buttons()
        assert label in buttons, f"no button {label!r}; have {sorted(buttons)}"
        return self.send(Button(payload=buttons[label]))

    @property
    def keys(self) -> list[str]:
        return [r.key for r in self.replies]

    @property
    def position(self) -> str | None:
        return self.state.position


@pytest.fixture
def chat(world: World) -> Chat:
    return Chat(world)


def walk_to_account(chat: Chat, platform: str = "Instagram", category: str = "category-collecting_photos") -> None:
    chat.start()
    chat.press("menu-report")
    chat.press("report-safety-no")
    chat.press(category)
    chat.press(platform)
    assert chat.position == "report.account"


def skip_hotline_facts(chat: Chat) -> None:
    """Pass the optional questions a hotline asks (when, age, known, risks) without answering."""
    assert chat.position == "report.seen", chat.keys
    for _ in range(3):
        chat.press("button-skip")
    chat.press("facts-risks-done")


def walk_to_review(chat: Chat, account: str = "https://instagram.com/some.account") -> None:
    walk_to_account(chat)
    chat.type(account)
    chat.press("report-related-no")
    chat.press("reported-not_yet")
    chat.press("report-followup-no")
    chat.type("They repost photos from a family account.")
    skip_hotline_facts(chat)
    if chat.position == "report.country":
        chat.press("Australia")
    chat.press("report-consent-no")
    assert chat.position == "report.review"
