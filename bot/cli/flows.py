"""`tipline flows check|graph`: every check of flows, directory and locales; the flows drawn."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bot.app import build_world, content_problems, load_content
from bot.cli.common import EXIT_OK, EXIT_PROBLEMS
from bot.engine.graph import draw
from bot.settings import Settings


def register(commands: Any) -> None:
    flows = commands.add_parser("flows", help="check or draw the conversation flows").add_subparsers(metavar="ACTION")
    check = flows.add_parser("check", help="check flows, directory and locales; exit 1 with file:step lines")
    check.set_defaults(handler=_flows_check)
    graph = flows.add_parser("graph", help="print the flows as a diagram")
    graph.add_argument("--format", choices=["mermaid", "dot"], default="mermaid")
    graph.set_defaults(handler=_flows_graph)


def _flows_check(settings: Settings, _args: argparse.Namespace) -> int:
    problems = content_problems(settings)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return EXIT_PROBLEMS
    print("flows, directory and locales: OK")
    return EXIT_OK


def _flows_graph(settings: Settings, args: argparse.Namespace) -> int:
    content = load_content(settings)
    build_world(settings, content)
    sys.stdout.write(draw(content.flows, content.directory, args.format))
    return 0
