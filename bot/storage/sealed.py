"""Columns sealed at rest: free text people typed (tip details, relayed answers) and volunteers'
notes and questions are encrypted with the sealing key on the way in and opened on the way out,
so a copy of the database alone reveals no narrative.

The key travels with the engine (`Database(..., sealer=...)`), not in a global: each column type
finds it on the dialect it is bound for. Writing a sealed column without a key raises, rather
than storing the text in clear. Rows written before sealing existed (plain text) are read as
they are; `tipline keys rotate` seals them.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from sqlalchemy import JSON, Text, TypeDecorator
from sqlalchemy.engine import Dialect

from bot.identity import SEALED_PREFIX

SEALER_ATTRIBUTE = "tipline_sealer"
SEALED_DETAIL_KEYS = ("text",)
"""The keys of an audit entry's detail that hold free text (a note, a question, an answer)."""
UNREADABLE = "[sealed with an unknown key]"


class Sealer(Protocol):
    def seal(self, value: str) -> str: ...

    def unseal(self, token: str) -> str | None: ...


class NoSealingKey(RuntimeError):
    """A sealed column was written through a database opened without the sealing key."""


def install_sealer(dialect: Dialect, sealer: Sealer) -> None:
    setattr(dialect, SEALER_ATTRIBUTE, sealer)


def _sealer(dialect: Dialect) -> Sealer:
    sealer: Sealer | None = getattr(dialect, SEALER_ATTRIBUTE, None)
    if sealer is None:
        raise NoSealingKey("this database was opened without the sealing key; free text cannot be stored")
    return sealer


def seal_value(dialect: Dialect, value: str) -> str:
    return _sealer(dialect).seal(value)


def open_value(dialect: Dialect, value: str) -> str:
    """The plain text of a stored value: unsealed, or as it is when it was never sealed."""
    if not value.startswith(SEALED_PREFIX):
        return value
    sealer: Sealer | None = getattr(dialect, SEALER_ATTRIBUTE, None)
    opened = None if sealer is None else sealer.unseal(value)
    return UNREADABLE if opened is None else opened


class SealedText(TypeDecorator[str]):
    """Text stored sealed (Fernet), read back in clear."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else seal_value(dialect, value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else open_value(dialect, value)


class SealedDetail(TypeDecorator[dict[str, Any]]):
    """An audit entry's detail (JSON) with its free-text values sealed; the rest stays queryable."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: dict[str, Any] | None, dialect: Dialect) -> dict[str, Any] | None:
        if value is None:
            return None
        return {
            key: seal_value(dialect, item) if key in SEALED_DETAIL_KEYS and isinstance(item, str) else item
            for key, item in value.items()
        }

    def process_result_value(self, value: dict[str, Any] | None, dialect: Dialect) -> dict[str, Any] | None:
        if value is None:
            return None
        return {
            key: open_value(dialect, item) if key in SEALED_DETAIL_KEYS and isinstance(item, str) else item
            for key, item in value.items()
        }


SEALED_DOCUMENT_KEY = "sealed"


class SealedDocument(TypeDecorator[dict[str, Any]]):
    """A whole JSON document stored sealed, as `{"sealed": "<token>"}`: for what is queued for the
    charity's own systems, which may carry a tip's details until it is delivered or given up.

    A document stored before sealing existed is read as it is; one no key opens reads as
    `{"unreadable": "..."}` (`tipline keys rotate` re-seals these rows before a key is dropped).
    """

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: dict[str, Any] | None, dialect: Dialect) -> dict[str, Any] | None:
        if value is None:
            return None
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        return {SEALED_DOCUMENT_KEY: seal_value(dialect, text)}

    def process_result_value(self, value: dict[str, Any] | None, dialect: Dialect) -> dict[str, Any] | None:
        if value is None:
            return None
        token = value.get(SEALED_DOCUMENT_KEY) if len(value) == 1 else None
        if not isinstance(token, str) or not token.startswith(SEALED_PREFIX):
            return value
        opened = open_value(dialect, token)
        if opened == UNREADABLE:
            return {"unreadable": UNREADABLE}
        document: dict[str, Any] = json.loads(opened)
        return document
