"""`tipline health`: ask the running bot's /healthz (the container's HEALTHCHECK, or an operator at a shell)."""

from __future__ import annotations

import argparse
import json
import urllib.error
import urllib.request
from typing import Any

from bot.cli.common import EXIT_OK, EXIT_PROBLEMS, fail
from bot.settings import Settings

TIMEOUT_SECONDS = 4.0
_ANY_ADDRESS = {"0.0.0.0": "127.0.0.1", "::": "::1", "[::]": "[::1]", "": "127.0.0.1"}  # noqa: S104 - mapped away


def register(commands: Any) -> None:
    health = commands.add_parser(
        "health", help="ask the running bot (on TIPLINE_HEALTH_LISTEN) whether it is healthy; exit 0 if so"
    )
    health.set_defaults(handler=_health)


def health_url(settings: Settings) -> str:
    host, _, port = settings.health_listen.rpartition(":")
    host = _ANY_ADDRESS.get(host, host)
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}/healthz"


def _health(settings: Settings, _args: argparse.Namespace) -> int:
    url = health_url(settings)
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - http to ourselves
            body = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        reasons = json.loads(exc.read() or b"{}").get("reasons") or [f"HTTP {exc.code}"]
        return fail("unhealthy: " + "; ".join(reasons))
    except (OSError, ValueError) as exc:
        return fail(f"no answer from {url} ({exc}); is `tipline run` running, with this TIPLINE_HEALTH_LISTEN?")
    print(f"healthy: {body.get('inbox_pending', 0)} update(s) and {body.get('outbox_pending', 0)} call(s) waiting")
    return EXIT_OK if body.get("status") == "ok" else EXIT_PROBLEMS


__all__ = ["health_url", "register"]
