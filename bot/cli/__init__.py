"""`tipline`: one entry point to chat in the console, run the bot, migrate, check flows and work the queue.

One module per command group; each adds its sub-commands with `register(commands)` and handles
them as `handler(settings, args) -> exit code` (`common.py`: 0 ok, 1 problems found, 2 usage or
configuration error).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bot.app import StartupError
from bot.cli import (
    cases,
    chat,
    directory,
    flows,
    forward,
    health,
    keys,
    migrate,
    outbox,
    purge,
    reporter,
    run,
    stats,
    tips,
    volunteers,
)
from bot.cli.common import EXIT_USAGE
from bot.settings import ConfigError, load_settings

__all__ = ["main"]

GROUPS = (
    chat,
    run,
    migrate,
    flows,
    tips,
    cases,
    stats,
    volunteers,
    reporter,
    directory,
    outbox,
    forward,
    purge,
    keys,
    health,
)
"""The command groups, in the order `tipline --help` lists them."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return EXIT_USAGE
    try:
        settings = load_settings()
        return int(args.handler(settings, args))
    except (ConfigError, StartupError) as exc:
        print(f"tipline: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tipline", description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for group in GROUPS:
        group.register(commands)
    return parser
