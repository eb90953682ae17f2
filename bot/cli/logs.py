"""Logging for long-running commands: one line per record, its fields kept apart from its words.

TIPLINE_LOG_FORMAT=json (the default in production): one JSON object per line, with `time`, `level`,
`logger`, `event` (the fixed message) and the `extra` fields the call gave, for a log collector.
text (the default elsewhere): `time level logger: event key=value ...`, for a person at a terminal.

Never message text, chat ids or the token: the code logs ids of updates and calls and kinds of
errors, and as a last guard the bot token is masked in every line should a library print it.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

_STANDARD_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
MASK = "[token]"


def _fields(record: logging.LogRecord) -> dict[str, Any]:
    return {key: value for key, value in vars(record).items() if key not in _STANDARD_RECORD_FIELDS}


class _Masking(logging.Formatter):
    def __init__(self, fmt: str | None = None, *, secrets: Iterable[str] = ()) -> None:
        super().__init__(fmt)
        self._secrets = [secret for secret in secrets if secret]

    def _masked(self, line: str) -> str:
        for secret in self._secrets:
            line = line.replace(secret, MASK)
        return line


class KeyValueFormatter(_Masking):
    """`time level logger message key=value ...`: the `extra` fields a log call gives, greppable."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = _fields(record)
        if fields:
            line += " " + " ".join(f"{key}={json.dumps(value, default=str)}" for key, value in fields.items())
        return self._masked(line)


class JsonFormatter(_Masking):
    """One JSON object per record, on one line (a traceback is one string field in it)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in _fields(record).items():
            entry.setdefault(key, value)  # a field may not overwrite the four above
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return self._masked(json.dumps(entry, ensure_ascii=False, default=str))


def configure_logging(
    log_format: str | None = "text", *, secrets: Iterable[str] = (), level: int = logging.INFO
) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter(secrets=secrets))
    else:
        handler.setFormatter(KeyValueFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets=secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiogram's dispatcher is not used; its loggers and aiohttp's access log stay quiet.
    for name in ("aiogram", "aiohttp.access", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)
