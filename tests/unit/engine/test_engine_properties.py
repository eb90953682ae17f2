"""Random conversations: the engine never crashes, never forgets an answer by accident, and every
reply renders to well-formed Telegram HTML whatever a person typed."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import World, step
from bot.engine.events import Button, Command, Event, Media, Start, Text
from bot.engine.state import Answers, ConversationState
from bot.i18n import Locales

HOSTILE = [
    "<3",
    "&",
    "</b>",
    "<b>",
    "<a href='x'>",
    "\u202eevil",
    "zero\u200bwidth\u200d",
    "{ $platform }",
    "@",
    "instagram.com/<script>",
    "x" * 5000,
    "",
    "/start",
    "💥" * 10,
    "https://www.instagram.com/real.account/",
    "https://x.com/SomeOne/status/1",
    "tiktok.com/@who",
    "Australia",
    "GB",
]
ALLOWED_TAGS = {"b", "i", "u", "s", "a", "code", "pre", "tg-spoiler", "blockquote"}


class _TagChecker(HTMLParser):
    """Telegram's HTML parse mode: only its tags, properly nested, no stray '<' or '&'."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}>")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")

    def handle_entityref(self, name: str) -> None:
        if name not in {"lt", "gt", "amp", "quot"}:
            self.problems.append(f"entity &{name};")


def html_problems(text: str) -> list[str]:
    checker = _TagChecker()
    checker.feed(text)
    checker.close()
    problems = checker.problems + [f"unclosed <{tag}>" for tag in checker.stack]
    if re.search(r"&(?!(lt|gt|amp|quot|#\d+);)", text):
        problems.append("bare &")
    return problems


@st.composite
def event_strategy(draw: st.DrawFn, payloads: list[str]) -> Event:
    kind = draw(st.sampled_from(["button", "button", "button", "text", "text", "command", "media", "start"]))
    if kind == "button" and payloads:
        return Button(payload=draw(st.sampled_from(payloads)))
    if kind == "button":
        return Button(payload=draw(st.text(max_size=70)))
    if kind == "text":
        return Text(text=draw(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=200))))
    if kind == "command":
        return Command(name=draw(st.sampled_from(["cancel", "help", "menu", "nope", "CANCEL"])))
    if kind == "media":
        return Media(kind=draw(st.sampled_from(["photo", "video", "document", "sticker"])), message_id=5)
    return Start(language_code=draw(st.sampled_from(["en", "ar", None, "pt-BR"])))


def _set_fields(answers: Answers) -> set[str]:
    return {name for name, value in answers.model_dump().items() if value not in (None, [])}


RESETTING = ("start", "cancel", "menu", "restart")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_conversations_never_crash_or_lose_answers(world: World, locales: Locales, data: st.DataObject) -> None:
    state = step(world, ConversationState(), Start(language_code="en")).state
    payloads: list[str] = []
    for _ in range(data.draw(st.integers(min_value=5, max_value=40))):
        # Mostly press the buttons on screen, as a person would; sometimes anything at all.
        event = data.draw(event_strategy(payloads))
        outcome = step(world, state, event)
        new = ConversationState.model_validate_json(outcome.state.model_dump_json())
        assert new == outcome.state

        reset = (
            isinstance(event, Start)
            or (isinstance(event, Command) and event.name.lower() in RESETTING)
            or (isinstance(event, Button) and event.payload in ("~cancel:yes", "~menu:go"))
            or new.flow is None
            or new.position == world.flows.entry
            or any(r.key in ("tip-submitted", "cancel-done") for r in outcome.replies)
        )
        if not reset:
            assert _set_fields(state.answers) <= _set_fields(new.answers), (event, state.answers, new.answers)

        assert outcome.replies, f"{event} got no answer"
        for reply in outcome.replies:
            text = locales.text(new.profile.language or "en", reply.key, reply.params, {"reference": "TIP-ABCDEF"})
            assert locales.has("en", reply.key), reply.key
            assert not html_problems(text), (reply.key, text, html_problems(text))
        payloads = [b.payload for r in outcome.replies for row in r.buttons for b in row]
        state = new


def test_the_html_checker_catches_what_telegram_refuses() -> None:
    assert html_problems("<b>ok</b> &amp; fine") == []
    assert html_problems("<b>broken")
    assert html_problems("a & b")
    assert html_problems("<script>x</script>")
