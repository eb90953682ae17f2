"""`tipline chat`: talk to the bot in this terminal, on the local database; no Telegram needed."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from bot.app import open_tipline
from bot.drivers.console import ConsoleChat
from bot.settings import Settings


def register(commands: Any) -> None:
    chat = commands.add_parser("chat", help="talk to the bot in this terminal (no Telegram needed)")
    chat.add_argument("--as", dest="chat_name", default="local", help="a name for this console chat (default: local)")
    chat.add_argument("--language", default=None, help="language code to start in, e.g. es (default: English)")
    chat.set_defaults(handler=_chat)


def _chat(settings: Settings, args: argparse.Namespace) -> int:
    async def run() -> None:
        # The console is the local trial: it brings its own database up to date.
        turns = await open_tipline(settings, auto_migrate=True)
        try:
            await ConsoleChat(turns, sys.stdout, chat_key=f"console:{args.chat_name}").run(sys.stdin, args.language)
        finally:
            await turns.db.dispose()

    asyncio.run(run())
    return 0
