"""Every step of every flow, walked through the console driver in every language, with nothing
falling back to English and nothing Fluent could not format.

The walker plays many short conversations: at each question it presses a button it has not
pressed yet (so every option gets tried), types a valid answer where text is asked, and starts
again when a path ends, until every reachable step has been seen.
"""

from __future__ import annotations

import functools
import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from bot.app import open_tipline
from bot.drivers.console import ConsoleChat
from bot.engine.check import edges
from bot.engine.events import Button, Start, Text
from bot.engine.options import option_id, options_of
from bot.flowspec.model import ChoiceStep, InputStep, Step
from bot.i18n import Locales
from bot.paths import locales_dir
from bot.settings import Settings
from bot.storage.conversations import load_conversation
from bot.turn import TurnRunner

LANGUAGES = Locales(locales_dir()).languages
MAX_WALKS = 120
MAX_EVENTS_PER_WALK = 60
NOWHERE = 1_000_000


@functools.cache
def english_example(platform: str) -> str:
    if platform == "other":
        return "https://forum.example.org/u/someone"
    return Locales(locales_dir()).text("en", f"example-{platform}").split(" or ")[0]


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[TurnRunner]:
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'walk.db'}",
        data_dir=tmp_path,
        secret_key=SecretStr("walker-secret-0123456789abcdef0123456789"),
    )
    tipline = await open_tipline(settings, auto_migrate=True)
    yield tipline
    await tipline.db.dispose()


def reachable_steps(app: TurnRunner) -> dict[str, Step]:
    flows = app.world.flows
    seen: dict[str, Step] = {}
    todo = [flows.entry]
    while todo:
        ref = todo.pop()
        step = flows.get(ref)
        if ref in seen or step is None:
            continue
        seen[ref] = step
        todo += [
            flows.resolve(target, ref.partition(".")[0]) for _, target in edges(flows, ref, step, app.world.directory)
        ]
    return seen


def distance_to_unseen(app: TurnRunner, steps: dict[str, Step], payload: str, unseen: set[str]) -> int:
    """How many steps after pressing `payload` the nearest unseen step is (a large number if none),
    not counting paths that come back through the question the button answers."""
    flows, directory = app.world.flows, app.world.directory
    where, _, chosen = payload.rpartition(":")
    step = steps.get(where)
    option = (
        next((o for o in options_of(step, directory, app.world.languages) if o.id == chosen), None) if step else None
    )
    target = (option.goto if option and option.goto else getattr(step, "next", None)) if step else None
    if target is None:
        return NOWHERE
    frontier, seen = [flows.resolve(target, where.partition(".")[0])], {where}
    for distance in range(len(steps)):
        if any(ref in unseen for ref in frontier):
            return distance
        seen.update(frontier)
        frontier = [
            flows.resolve(t, ref.partition(".")[0])
            for ref in frontier
            if ref in steps
            for _, t in edges(flows, ref, steps[ref], directory)
        ]
        frontier = [ref for ref in frontier if ref not in seen]
        if not frontier:
            break
    return NOWHERE


@pytest.mark.parametrize("language", LANGUAGES)
async def test_every_step_of_every_flow_in_every_language(app: TurnRunner, language: str) -> None:
    steps = reachable_steps(app)
    # Questions are seen where the conversation rests; the steps that pass on by themselves
    # (messages, routes, the tip, endings) by their text having been shown.
    questions = {ref for ref, step in steps.items() if isinstance(step, ChoiceStep | InputStep)}
    texts = {ref: {step.text, *(alt.text for alt in step.text_if)} for ref, step in steps.items()}
    visited: set[str] = set()
    shown: set[str] = set()
    pressed: set[str] = set()
    skipped_inputs: set[str] = set()
    render = app.locales.text

    def recording_text(lang: str, key: str, *args: Any, **kwargs: Any) -> str:
        if lang == language:
            shown.add(key)
        return render(lang, key, *args, **kwargs)

    app.locales.text = recording_text  # type: ignore[method-assign]

    def unseen() -> set[str]:
        return (questions - visited) | {ref for ref in steps.keys() - questions if not texts[ref] & shown}

    def best(buttons: list[str], this_walk: set[str]) -> str:
        """The button nearest to something unseen; one not pressed in this walk, then ever, on a tie."""
        todo = unseen()
        return min(buttons, key=lambda b: (distance_to_unseen(app, steps, b, todo), b in this_walk, b in pressed))

    for walk in range(MAX_WALKS):
        # A new person each time: nothing remembered, so the country question is asked too.
        chat = f"console:walker-{walk}"
        console = ConsoleChat(app, io.StringIO(), chat_key=chat)
        await console.send(Start(language_code=language))
        this_walk: set[str] = set()
        for _ in range(MAX_EVENTS_PER_WALK):
            async with app.db.transaction() as session:
                state, _ = await load_conversation(session, app.conversation_key(chat))
            where = state.position
            if where is None:
                break  # the path ended (an `end` step): start again
            visited.add(where)
            step = steps[where]
            buttons = [b for b in console.buttons.values() if not b.startswith("~")]
            if where == app.world.language_step:  # stay in the language under test
                choice = next(b for b in buttons if b.endswith(":" + option_id(language)))
                await console.send(Button(payload=choice))
            elif isinstance(step, InputStep) and not (step.skip and where not in skipped_inputs):
                answer = {"text": "Seen yesterday evening.", "country": "AU"}.get(step.input)
                await console.send(Text(text=answer or english_example(state.answers.platform or "other")))
            elif isinstance(step, InputStep):
                skipped_inputs.add(where)
                await console.send(Button(payload=buttons[-1]))
            else:
                choice = best(buttons, this_walk)
                pressed.add(choice)
                this_walk.add(choice)
                await console.send(Button(payload=choice))
        if not unseen():
            break

    assert unseen() == set(), f"never reached in {language}"
    fallbacks = {key for lang, key in app.locales.fallbacks if lang == language}
    assert fallbacks == set(), f"{language} fell back to English for these messages"
    assert app.locales.errors == set()
