"""The console driver: the same flows and storage as Telegram, in a terminal.

Buttons are numbered; type the number to press one. Anything else is sent as text; `/quit` leaves.
Used for trying the bot without a token, for training volunteers and for demos.
"""

from __future__ import annotations

import asyncio
from typing import TextIO

from bot.engine.events import Button, Command, Event, Start, Text
from bot.i18n import html_to_plain
from bot.text import sanitise
from bot.turn import OutgoingMessage, TurnRunner

QUIT_COMMANDS = frozenset({"/quit", "/exit"})


def parse_input(line: str, buttons: dict[str, str]) -> Event | None:
    """What a typed line means: a button number, a command, or text. None for an empty line."""
    text = sanitise(line).strip()
    if not text:
        return None
    if text in buttons:
        return Button(payload=buttons[text])
    if text.startswith("/") and len(text) > 1 and not text[1].isspace():
        name, _, args = text[1:].partition(" ")
        if name.lower() == "start":
            return Start()
        return Command(name=name.lower(), args=args.strip())
    return Text(text=text)


class ConsoleChat:
    def __init__(self, app: TurnRunner, out: TextIO, chat_key: str = "console:local") -> None:
        self.app = app
        self.out = out
        self.chat_key = chat_key
        self.buttons: dict[str, str] = {}
        self.language = app.world.default_language
        """The conversation's language, as the last answer came in: the console's own words follow it."""

    async def send(self, event: Event) -> list[OutgoingMessage]:
        result = await self.app.handle(self.chat_key, event)
        self.language = result.language
        self.show(result.messages)
        return result.messages

    def _say(self, key: str) -> str:
        return html_to_plain(self.app.locales.text(self.language, key))

    def show(self, messages: list[OutgoingMessage]) -> None:
        numbered: dict[str, str] = {}
        for message in messages:
            self.out.write("\n" + message.plain + "\n")
            for row in message.buttons:
                for label, payload in row:
                    number = str(len(numbered) + 1)
                    numbered[number] = payload
                    self.out.write(f"  [{number}] {label}\n")
        # Only the latest buttons can be pressed by number; after a free-text question, "2" is text.
        self.buttons = numbered
        self.out.flush()

    async def run(self, stdin: TextIO, language_code: str | None = None) -> None:
        if language_code is not None and language_code in self.app.locales.languages:
            self.language = language_code
        self.out.write(self._say("console-banner") + "\n")
        await self.send(Start(language_code=language_code))
        while True:
            self.out.write(f"\n{self._say('console-prompt')}> ")
            self.out.flush()
            line = await asyncio.to_thread(stdin.readline)
            if not line or line.strip().lower() in QUIT_COMMANDS:
                self.out.write("\n" + self._say("console-farewell") + "\n")
                return
            event = parse_input(line, self.buttons)
            if event is not None:
                await self.send(event)
