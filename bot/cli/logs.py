"""Logging for long-running commands: one line per record, with the record's fields greppable.

Never message text, chat ids or the token: the code logs ids of updates and calls, and kinds of errors.
"""

from __future__ import annotations

import json
import logging
import sys

_STANDARD_RECORD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


class KeyValueFormatter(logging.Formatter):
    """`time level logger message key=value ...`: the `extra` fields a log call gives, greppable."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = {key: value for key, value in vars(record).items() if key not in _STANDARD_RECORD_FIELDS}
        if fields:
            line += " " + " ".join(f"{key}={json.dumps(value, default=str)}" for key, value in fields.items())
        return line


def configure_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(KeyValueFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiogram's dispatcher is not used; its loggers and aiohttp's access log stay quiet.
    for name in ("aiogram", "aiohttp.access", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)
