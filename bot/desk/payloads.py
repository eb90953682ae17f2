"""The desk's button payloads: `cs:VERB:CASE[:ARG]`, and the queue's `cs:q:PAGE:FILTERS`.

Anyone can forge callback data, so a payload is only a request: it names what to do, never who may
do it. Parsing is strict (unknown verbs, stray fields and out-of-range numbers are rejected) and
every payload fits Telegram's 64-byte limit or is not offered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.cases.queue import QueueFilter

PREFIX = "cs:"
MAX_BYTES = 64
ANY = "*"

Verb = Literal[
    "claim", "unclaim", "status", "close", "outcome", "reopen", "view", "platform", "record", "abuse", "abuse_tip"
]
_VERBS: dict[str, Verb] = {
    "claim": "claim",
    "unclaim": "unclaim",
    "st": "status",
    "close": "close",
    "out": "outcome",
    "reopen": "reopen",
    "view": "view",
    "pl": "platform",  # ask what the platform did (issue 16)
    "po": "record",  # record it: `cs:po:CASE:OUTCOME`
    "ab": "abuse",
    "abt": "abuse_tip",
}
_CODES = {verb: code for code, verb in _VERBS.items()}
_WITH_ARG = frozenset({"status", "outcome", "record"})
_TOKEN = re.compile(r"[a-z0-9_]{1,32}")
_NUMBER = re.compile(r"[1-9][0-9]{0,17}")


@dataclass(frozen=True, slots=True)
class CaseButton:
    verb: Verb
    case_id: int
    """The case; for `abuse_tip`, the tip's id."""
    arg: str | None = None


@dataclass(frozen=True, slots=True)
class QueueButton:
    page: int
    filter: QueueFilter


def is_desk_payload(payload: str) -> bool:
    return payload.startswith(PREFIX)


def case_payload(verb: Verb, case_id: int, arg: str | None = None) -> str:
    parts = [PREFIX + _CODES[verb], str(case_id), *([arg] if arg is not None else [])]
    return ":".join(parts)


def queue_payload(page: int, wanted: QueueFilter) -> str | None:
    """The "next page" payload, or None if the filters would not fit in 64 bytes."""
    fields = (wanted.status, wanted.platform, wanted.category, "m" if wanted.mine else None)
    payload = ":".join([f"{PREFIX}q", str(page), *(value or ANY for value in fields)])
    return payload if len(payload.encode()) <= MAX_BYTES else None


def parse(payload: str) -> CaseButton | QueueButton | None:
    """The request a payload names, or None for anything malformed (forged, or from an old version)."""
    if not payload.startswith(PREFIX) or len(payload.encode()) > MAX_BYTES:
        return None
    parts = payload.removeprefix(PREFIX).split(":")
    if parts[0] == "q":
        return _queue(parts[1:])
    verb = _VERBS.get(parts[0])
    if verb is None or len(parts) != (3 if verb in _WITH_ARG else 2) or not _NUMBER.fullmatch(parts[1]):
        return None
    arg = parts[2] if verb in _WITH_ARG else None
    if arg is not None and not _TOKEN.fullmatch(arg):
        return None
    return CaseButton(verb, int(parts[1]), arg)


def _queue(parts: list[str]) -> QueueButton | None:
    if len(parts) != 5 or not parts[0].isdigit() or len(parts[0]) > 4:
        return None
    status, platform, category, mine = (None if value == ANY else value for value in parts[1:])
    if any(value is not None and not _TOKEN.fullmatch(value) for value in (status, platform, category)):
        return None
    if mine not in (None, "m"):
        return None
    return QueueButton(int(parts[0]), QueueFilter(status, platform, category, mine == "m"))
