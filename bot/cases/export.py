"""`/export`: the cases and tips of a period as CSV and/or JSON, in one zip file, streamed.

Rows are read through a server-side cursor and written as they come, so memory stays flat however
large the period. Nothing in the file identifies a reporter: no chat, no contact token, no
pseudonym. Each reporter appears as an alias keyed to this one export (a fresh random key each
time), so tips of one person can be grouped inside a file but not matched across files.
Cells a spreadsheet would run as a formula are defused with a leading apostrophe.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import secrets
import zipfile
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, TextIO

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.priority import level_for
from bot.storage.models import Case, ReportedAccount, Tip, TipAccount, Volunteer

Format = Literal["csv", "json"]
FORMATS: tuple[Format, ...] = ("csv", "json")
CHUNK = 2000
ALIAS_HEX = 12
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

CASE_FIELDS = (
    "case_id",
    "status",
    "outcome",
    "priority",
    "level",
    "category",
    "platform",
    "account",
    "account_url",
    "tips",
    "reporters",
    "first_tip_at",
    "last_tip_at",
    "platform_told",
    "assignee",
    "merged_into",
    "opened_at",
)
TIP_FIELDS = (
    "reference",
    "case_id",
    "created_at",
    "category",
    "platform",
    "accounts",
    "related_accounts",
    "reported_to_platform",
    "child_in_danger",
    "urgent",
    "country",
    "language",
    "details",
    "contact_consent",
    "reporter",
    "self_report",
    "seen_when",
    "seen_date",
    "child_age",
    "knows_child",
    "risk_signals",
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    cases: int
    tips: int


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


class _Table:
    """One table written as it streams: CSV and/or a JSON array, each into its own temporary file."""

    def __init__(self, folder: Path, name: str, fields: Sequence[str], formats: Sequence[Format]) -> None:
        self.fields = fields
        self.paths: dict[str, Path] = {}
        self._csv: csv.DictWriter[str] | None = None
        self._json: TextIO | None = None
        self._handles: list[TextIO] = []
        self.rows = 0
        if "csv" in formats:
            handle = self._open(folder, f"{name}.csv", newline="")
            self._csv = csv.DictWriter(handle, fieldnames=list(fields))
            self._csv.writeheader()
        if "json" in formats:
            self._json = self._open(folder, f"{name}.json")
            self._json.write("[")

    def _open(self, folder: Path, filename: str, newline: str | None = None) -> TextIO:
        path = folder / filename
        handle = path.open("w", encoding="utf-8", newline=newline)
        self.paths[filename] = path
        self._handles.append(handle)
        return handle

    def write(self, row: dict[str, Any]) -> None:
        if self._csv is not None:
            self._csv.writerow({key: _cell(value) for key, value in row.items()})
        if self._json is not None:
            record = {key: value.isoformat() if isinstance(value, datetime) else value for key, value in row.items()}
            self._json.write(("\n" if self.rows == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
        self.rows += 1

    def close(self) -> None:
        """Finish the files; safe to call again (the clean-up after an error calls it too)."""
        if self._json is not None and not self._json.closed:
            self._json.write("\n]\n")
        for handle in self._handles:
            handle.close()


async def write_export(
    session: AsyncSession,
    since: datetime,
    until: datetime,
    destination: Path,
    formats: Sequence[Format] = FORMATS,
    *,
    alias_key: bytes | None = None,
) -> ExportResult:
    """Write the zip to `destination`. Cases are those with a tip filed in [since, until)."""
    key = alias_key if alias_key is not None else secrets.token_bytes(32)
    destination.parent.mkdir(parents=True, exist_ok=True)
    work = destination.parent / f".{destination.name}.parts"
    work.mkdir(exist_ok=True)
    tables: list[_Table] = []
    try:
        cases = _Table(work, "cases", CASE_FIELDS, formats)
        tables.append(cases)
        async for row in _case_rows(session, since, until):
            cases.write(row)
        cases.close()
        tips = _Table(work, "tips", TIP_FIELDS, formats)
        tables.append(tips)
        async for row in _tip_rows(session, since, until, key):
            tips.write(row)
        tips.close()
        with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("README.txt", _readme(since, until))
            for table in tables:
                for filename, path in table.paths.items():
                    archive.write(path, filename)
        return ExportResult(destination, cases.rows, tips.rows)
    finally:
        for table in tables:
            table.close()
            for path in table.paths.values():
                path.unlink(missing_ok=True)
        work.rmdir()


def _readme(since: datetime, until: datetime) -> str:
    return (
        f"Tipline export: cases with a tip filed from {since.isoformat()} to {until.isoformat()} (exclusive).\n"
        "Reporters are aliases valid in this file only; nothing here identifies a reporter.\n"
        "Cells that begin with ' had it added so that spreadsheets do not run them as formulas.\n"
    )


async def _case_rows(session: AsyncSession, since: datetime, until: datetime) -> AsyncIterator[dict[str, Any]]:
    """Plain columns, not ORM objects: the session's identity map would otherwise keep every case."""
    in_period = exists().where(Tip.case_id == Case.id, Tip.created_at >= since, Tip.created_at < until)
    query = (
        select(
            Case.id,
            Case.status,
            Case.outcome,
            Case.priority,
            Case.urgent,
            Case.category,
            Case.platform,
            ReportedAccount.canonical_id,
            ReportedAccount.url,
            Case.tip_count,
            Case.reporter_count,
            Case.first_tip_at,
            Case.last_tip_at,
            Case.platform_told,
            Volunteer.alias,
            Case.merged_into_id,
            Case.created_at,
        )
        .join(ReportedAccount, ReportedAccount.id == Case.account_id)
        .outerjoin(Volunteer, Volunteer.id == Case.assignee_id)
        .where(in_period)
        .order_by(Case.id)
        .execution_options(yield_per=CHUNK)
    )
    async for row in await session.stream(query):
        yield {
            "case_id": row.id,
            "status": row.status,
            "outcome": row.outcome,
            "priority": row.priority,
            "level": level_for(row.priority, row.urgent),
            "category": row.category,
            "platform": row.platform,
            "account": row.canonical_id,
            "account_url": row.url,
            "tips": row.tip_count,
            "reporters": row.reporter_count,
            "first_tip_at": row.first_tip_at,
            "last_tip_at": row.last_tip_at,
            "platform_told": row.platform_told,
            "assignee": row.alias,
            "merged_into": row.merged_into_id,
            "opened_at": row.created_at,
        }


async def _tip_rows(
    session: AsyncSession, since: datetime, until: datetime, key: bytes
) -> AsyncIterator[dict[str, Any]]:
    """Tips with their accounts: one joined stream, ordered by tip, so a tip's rows arrive together."""
    query = (
        select(
            Tip.id,
            Tip.reference,
            Tip.case_id,
            Tip.created_at,
            Tip.category,
            Tip.platform,
            Tip.reported_to_platform,
            Tip.child_in_danger,
            Tip.urgent,
            Tip.country,
            Tip.language,
            Tip.details,
            Tip.contact_consent,
            Tip.reporter,
            Tip.self_report,
            Tip.seen_when,
            Tip.seen_date,
            Tip.child_age,
            Tip.knows_child,
            Tip.risk_signals,
            TipAccount.role,
            ReportedAccount.platform.label("account_platform"),
            ReportedAccount.canonical_id,
        )
        .join(TipAccount, TipAccount.tip_id == Tip.id)
        .join(ReportedAccount, ReportedAccount.id == TipAccount.account_id)
        .where(Tip.created_at >= since, Tip.created_at < until)
        .order_by(Tip.created_at, Tip.id, ReportedAccount.id)
        .execution_options(yield_per=CHUNK)
    )
    current: dict[str, Any] | None = None
    current_id: int | None = None
    async for row in await session.stream(query):
        if row.id != current_id:
            if current is not None:
                yield _finish(current)
            current_id = row.id
            current = {
                "reference": row.reference,
                "case_id": row.case_id,
                "created_at": row.created_at,
                "category": row.category,
                "platform": row.platform,
                "accounts": [],
                "related_accounts": [],
                "reported_to_platform": row.reported_to_platform,
                "child_in_danger": row.child_in_danger,
                "urgent": row.urgent,
                "country": row.country,
                "language": row.language,
                "details": row.details,
                "contact_consent": row.contact_consent,
                "reporter": _alias(key, row.reporter),
                "self_report": row.self_report,
                "seen_when": row.seen_when,
                "seen_date": row.seen_date,
                "child_age": row.child_age,
                "knows_child": row.knows_child,
                "risk_signals": row.risk_signals,
            }
        assert current is not None
        current["related_accounts" if row.role == "related" else "accounts"].append(
            f"{row.account_platform}:{row.canonical_id}"
        )
    if current is not None:
        yield _finish(current)


def _finish(tip: dict[str, Any]) -> dict[str, Any]:
    tip["accounts"] = " ".join(tip["accounts"])
    tip["related_accounts"] = " ".join(tip["related_accounts"])
    return tip


def _alias(key: bytes, pseudonym: str) -> str:
    return "R-" + hmac.new(key, pseudonym.encode(), hashlib.sha256).hexdigest()[:ALIAS_HEX]


def read_csv(data: bytes) -> list[dict[str, str]]:
    """A CSV member of an export, parsed (for tests and tools)."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def zip_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}
