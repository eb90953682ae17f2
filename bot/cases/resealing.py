"""`tipline keys rotate`: every sealed value sealed again with the current key, and text stored in
clear by an older release sealed for the first time. Afterwards the previous keys can be dropped.

Values are read and written raw (no column type in between), in batches by primary key.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Integer, Text, column, select, table, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.identity import SEALED_PREFIX, Identity
from bot.storage.sealed import SEALED_DETAIL_KEYS, SEALED_DOCUMENT_KEY

BATCH = 500
_ALWAYS_SEALED = (
    ("tips", "contact_token"),
    ("follow_ups", "contact_token"),
    ("inbox", "address"),
    ("outbox", "address"),
)
_FREE_TEXT = (("tips", "details"), ("tips", "seen_date"))


@dataclass
class Resealed:
    """Per column: values sealed again, sealed for the first time, and unreadable (no key opens them)."""

    resealed: dict[str, int] = field(default_factory=dict)
    first_sealed: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, int] = field(default_factory=dict)

    def count(self, bucket: dict[str, int], name: str) -> None:
        bucket[name] = bucket.get(name, 0) + 1


async def reseal_everything(session: AsyncSession, identity: Identity) -> Resealed:
    done = Resealed()
    for table_name, column_name in _ALWAYS_SEALED + _FREE_TEXT:
        plain_allowed = (table_name, column_name) in _FREE_TEXT
        await _reseal_column(session, identity, done, table_name, column_name, plain_allowed)
    await _reseal_details(session, identity, done)
    await _reseal_documents(session, identity, done)
    return done


def _again(identity: Identity, done: Resealed, name: str, value: str, plain_allowed: bool) -> str | None:
    """The value sealed with the current key; None to leave it as it is."""
    if value.startswith(SEALED_PREFIX):
        sealed = identity.reseal(value)
        done.count(done.unreadable if sealed is None else done.resealed, name)
        return sealed
    if not plain_allowed:
        done.count(done.unreadable, name)
        return None
    done.count(done.first_sealed, name)
    return identity.seal(value)


async def _reseal_column(
    session: AsyncSession, identity: Identity, done: Resealed, table_name: str, column_name: str, plain_allowed: bool
) -> None:
    rows = table(table_name, column("id", Integer), column(column_name, Text))
    value_column = rows.c[column_name]
    name = f"{table_name}.{column_name}"
    await _in_batches(
        session,
        select(rows.c.id, value_column).where(value_column.is_not(None), value_column != ""),
        rows.c.id,
        lambda value: _again(identity, done, name, value, plain_allowed),
        lambda id_, new: update(rows).where(rows.c.id == id_).values({column_name: new}),
    )


async def _reseal_details(session: AsyncSession, identity: Identity, done: Resealed) -> None:
    rows = table("case_events", column("id", Integer), column("detail", JSON))
    name = "case_events.detail"

    def again(detail: dict[str, Any]) -> dict[str, Any] | None:
        changed = False
        for key in SEALED_DETAIL_KEYS:
            value = detail.get(key)
            if isinstance(value, str):
                new = _again(identity, done, name, value, True)
                if new is not None:
                    detail = {**detail, key: new}
                    changed = True
        return detail if changed else None

    await _in_batches(
        session,
        select(rows.c.id, rows.c.detail),
        rows.c.id,
        again,
        lambda id_, new: update(rows).where(rows.c.id == id_).values(detail=new),
    )


async def _reseal_documents(session: AsyncSession, identity: Identity, done: Resealed) -> None:
    """Events queued for the charity's systems: `{"sealed": token}`, or a document stored in clear."""
    rows = table("forward_outbox", column("id", Integer), column("payload", JSON))
    name = "forward_outbox.payload"

    def again(document: dict[str, Any] | None) -> dict[str, Any] | None:
        if not document:
            return None
        token = document.get(SEALED_DOCUMENT_KEY) if len(document) == 1 else None
        if isinstance(token, str) and token.startswith(SEALED_PREFIX):
            sealed = identity.reseal(token)
            done.count(done.unreadable if sealed is None else done.resealed, name)
            return None if sealed is None else {SEALED_DOCUMENT_KEY: sealed}
        done.count(done.first_sealed, name)
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
        return {SEALED_DOCUMENT_KEY: identity.seal(text)}

    await _in_batches(
        session,
        select(rows.c.id, rows.c.payload).where(rows.c.payload.is_not(None)),
        rows.c.id,
        again,
        lambda id_, new: update(rows).where(rows.c.id == id_).values(payload=new),
    )


async def _in_batches(
    session: AsyncSession,
    query: Any,
    key: Any,
    again: Callable[[Any], Any],
    write: Callable[[int, Any], Any],
) -> None:
    after = 0
    while True:
        batch = (await session.execute(query.where(key > after).order_by(key).limit(BATCH))).all()
        if not batch:
            return
        for id_, value in batch:
            new = again(value)
            if new is not None:
                await session.execute(write(id_, new))
        after = batch[-1][0]
