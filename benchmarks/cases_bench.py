"""The volunteer desk at scale: `/queue`, `/find`, `/case` and adding a tip against 1,000,000 tips over
300,000 accounts, and an export of all of it with its peak memory.

    .venv/bin/python -m benchmarks.cases_bench                       # PostgreSQL (TIPLINE_TEST_POSTGRES_URL)
    .venv/bin/python -m benchmarks.cases_bench --tips 100000 --accounts 30000 --cases 25000
    .venv/bin/python -m benchmarks.cases_bench --sqlite /tmp/bench.db --tips 100000 ...

A fresh database is created (and dropped afterwards unless --keep), migrated, and filled with
`benchmarks.cases_data` through COPY (PostgreSQL) or executemany (SQLite). Each operation is timed
end to end as the desk runs it: permission check, queries, rendering, and the transaction's commit.
The export runs in a child process so its peak RSS is its own, for the whole period and for one
month: flat memory means the two peaks are about the same.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import text

from benchmarks import cases_data as data
from bot.cases.export import write_export
from bot.cases.tips import Reporter, submit_tip
from bot.desk.desk import Desk
from bot.desk.messages import DeskRequest, Recorder
from bot.desk.words import StaffTexts
from bot.directory.testing import real_directory
from bot.engine.events import Command
from bot.engine.replies import SubmitTip
from bot.engine.state import AccountAnswer, Answers
from bot.i18n import Locales
from bot.identity import Identity
from bot.paths import locales_dir
from bot.storage import migrate
from bot.storage.db import Database

ADMIN_URL = os.environ.get("TIPLINE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
REPEAT = 40
CHUNK = 20_000
VOLUNTEER_CHAT = "bench:volunteers"
COORDINATOR = 10_001  # vol01
VOLUNTEER = 10_002

SEALER = Identity(b"benchmark-secret-key-0123456789abcdef0123")
"""Free text is sealed at rest (bot/storage/sealed.py); rows loaded raw stay plain and read as they are."""


def _dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


def _with_db(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + name


def _chunks(rows: Iterable[tuple[Any, ...]], size: int = CHUNK) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# ---- loading ---------------------------------------------------------------------------------------


async def load_postgres(url: str, size: data.Size) -> None:
    counts = data.tip_counts(size)
    connection = await asyncpg.connect(_dsn(url))
    try:
        await connection.copy_records_to_table(
            "volunteers",
            records=data.volunteer_rows(),
            columns=["id", "telegram_user_id", "alias", "role", "created_at", "created_by"],
        )
        await connection.copy_records_to_table(
            "reported_accounts", records=data.accounts(size), columns=list(data.ACCOUNT_COLUMNS)
        )
        await connection.copy_records_to_table(
            "cases", records=data.cases_and_facts(size, counts), columns=list(data.CASE_COLUMNS)
        )
        links: set[tuple[int, int]] = set()

        def tips() -> Iterator[tuple[Any, ...]]:
            for tip in data.all_tips(size, counts):
                if tip.related is not None:
                    links.update({(tip.case_id, tip.related), (tip.related, tip.case_id)})
                yield data.tip_row(tip)

        await connection.copy_records_to_table("tips", records=tips(), columns=list(data.TIP_COLUMNS))
        tip_accounts = (row for tip in data.all_tips(size, counts) for row in data.tip_account_rows(tip))
        await connection.copy_records_to_table(
            "tip_accounts", records=tip_accounts, columns=["tip_id", "account_id", "role"]
        )
        await connection.copy_records_to_table(
            "account_links",
            records=((a, b, "tip", data.START) for a, b in sorted(links)),
            columns=["account_id", "linked_id", "source", "created_at"],
        )
        for table in ("volunteers", "reported_accounts", "cases", "tips"):
            sequence = f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"  # noqa: S608 - our own table names
            await connection.execute(sequence)
        await connection.execute("ANALYZE")
    finally:
        await connection.close()


async def load_sqlite(db: Database, size: data.Size) -> None:
    counts = data.tip_counts(size)
    tables: list[tuple[str, tuple[str, ...], Iterable[tuple[Any, ...]]]] = [
        (
            "volunteers",
            ("id", "telegram_user_id", "alias", "role", "created_at", "created_by"),
            data.volunteer_rows(),
        ),
        ("reported_accounts", data.ACCOUNT_COLUMNS, data.accounts(size)),
        ("cases", data.CASE_COLUMNS, data.cases_and_facts(size, counts)),
        ("tips", data.TIP_COLUMNS, (data.tip_row(tip) for tip in data.all_tips(size, counts))),
        (
            "tip_accounts",
            ("tip_id", "account_id", "role"),
            (row for tip in data.all_tips(size, counts) for row in data.tip_account_rows(tip)),
        ),
    ]
    links: set[tuple[int, int]] = set()
    for tip in data.all_tips(size, counts):
        if tip.related is not None:
            links.update({(tip.case_id, tip.related), (tip.related, tip.case_id)})
    tables.append(
        (
            "account_links",
            ("account_id", "linked_id", "source", "created_at"),
            ((a, b, "tip", data.START) for a, b in sorted(links)),
        )
    )
    async with db.engine.begin() as connection:
        for table, columns, rows in tables:
            names, values = ", ".join(columns), ", ".join(":" + c for c in columns)
            statement = text(f"INSERT INTO {table} ({names}) VALUES ({values})")  # noqa: S608 - our own constants
            for batch in _chunks(rows):
                await connection.execute(
                    statement, [_sqlite_row(dict(zip(columns, row, strict=True))) for row in batch]
                )
        await connection.execute(text("ANALYZE"))


def _sqlite_row(row: dict[str, Any]) -> dict[str, Any]:
    """SQLAlchemy's own DateTime format on SQLite (what the models read back)."""
    return {
        k: v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(v, datetime) else v for k, v in row.items()
    }


# ---- timing ----------------------------------------------------------------------------------------


async def timed(label: str, repeat: int, work: Callable[[int], Awaitable[None]]) -> dict[str, Any]:
    await work(-1)  # warm the caches and prepared statements once
    samples = []
    for number in range(repeat):
        started = time.perf_counter()
        await work(number)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    result = {
        "operation": label,
        "median_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 2),
        "max_ms": round(samples[-1], 2),
    }
    print(f"  {label:<46} median {result['median_ms']:>7} ms   p95 {result['p95_ms']:>7} ms", flush=True)
    return result


async def measure(db: Database, size: data.Size, repeat: int) -> list[dict[str, Any]]:
    directory = real_directory()
    texts = StaffTexts(Locales(locales_dir()), "en", {pid: p.name for pid, p in directory.platforms.items()})
    identity = Identity(b"benchmark-secret-0123456789abcdef0123456789")
    recorder = Recorder()
    desk = Desk(texts, identity, directory, recorder, volunteer_chat_key=VOLUNTEER_CHAT)
    results = []

    async def command(user: int, name: str, args: str) -> None:
        async with db.transaction() as session:
            await desk.handle(session, DeskRequest(user, VOLUNTEER_CHAT, Command(name=name, args=args)))
        recorder.take()

    results.append(await timed("/queue", repeat, lambda _: command(VOLUNTEER, "queue", "")))
    results.append(await timed("/queue page 20", repeat, lambda _: command(VOLUNTEER, "queue", "page 20")))
    results.append(
        await timed("/queue tiktok grooming", repeat, lambda _: command(VOLUNTEER, "queue", "tiktok grooming"))
    )
    results.append(await timed("/queue escalated", repeat, lambda _: command(VOLUNTEER, "queue", "escalated")))
    results.append(await timed("/queue mine", repeat, lambda _: command(VOLUNTEER, "queue", "mine")))

    def account_url(n: int) -> str:
        account_id = 1 + (n * 7_919) % size.accounts
        platform = data.PLATFORMS[account_id % len(data.PLATFORMS)]
        return f"{platform} acct{account_id:07d}" if platform != "x" else f"https://x.com/acct{account_id:07d}"

    results.append(await timed("/find (any account)", repeat, lambda n: command(VOLUNTEER, "find", account_url(n + 1))))
    results.append(await timed("/find hub account", repeat, lambda _: command(VOLUNTEER, "find", "tiktok acct0000001")))
    results.append(
        await timed("/case (typical case)", repeat, lambda n: command(VOLUNTEER, "case", str(1000 + n * 997)))
    )
    results.append(await timed("/case on the hub case", repeat, lambda _: command(VOLUNTEER, "case", "1")))

    async def add_tip(account: str, platform: str, n: int) -> None:
        answers = Answers(
            category="grooming",
            platform=platform,
            accounts=[
                AccountAnswer(
                    platform=platform, id=account, url=f"https://{platform}.example/{account}", kind="account"
                )
            ],
            reported_to_platform="not_yet",
            details="benchmark tip",
            contact_consent=True,
        )
        reporter = Reporter(pseudonym=f"bench-reporter-{n}", contact_token=identity.seal(f"bench:{n}"))
        async with db.transaction() as session:
            stored = await submit_tip(
                session, SubmitTip(answers=answers, country="AU", language="en"), reporter, datetime.now(UTC)
            )
            await desk.tip_filed(session, stored, datetime.now(UTC))
        recorder.take()

    hub = data.PLATFORMS[1 % len(data.PLATFORMS)]
    results.append(
        await timed("add a tip to the hub case (+ card edit)", repeat, lambda n: add_tip("acct0000001", hub, n))
    )
    results.append(
        await timed(
            "add a tip to a typical case (+ card edit)",
            repeat,
            lambda n: add_tip(f"acct{5000 + n * 13:07d}", data.PLATFORMS[(5000 + n * 13) % len(data.PLATFORMS)], n),
        )
    )
    run = uuid.uuid4().hex[:6]
    results.append(
        await timed(
            "add a tip about a new account (+ new card)", repeat, lambda n: add_tip(f"new{run}{n}", "tiktok", n)
        )
    )
    return results


def export_in_child(url: str, since: datetime, until: datetime) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.cases_bench", "export", url, since.isoformat(), until.isoformat()]
    completed = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603 - our own module
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    print(
        f"  export {result['period']:<40} {result['tips']:>9} tips in {result['seconds']:>6} s, "
        f"zip {result['zip_mb']} MB, peak RSS {result['peak_rss_mb']} MB (baseline {result['baseline_rss_mb']} MB)",
        flush=True,
    )
    return result


def _rss_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (the peak so far) of this process, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def export_main(url: str, since: str, until: str) -> None:
    db = Database(url, sealer=SEALER)
    baseline = _rss_mb("VmRSS")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        async with db.transaction() as session:
            result = await write_export(
                session, datetime.fromisoformat(since), datetime.fromisoformat(until), Path(folder) / "export.zip"
            )
        zip_mb = await asyncio.to_thread(lambda: result.path.stat().st_size / 1e6)
    seconds = time.perf_counter() - started
    await db.dispose()
    peak = _rss_mb("VmHWM")
    print(
        json.dumps(
            {
                "period": f"{since[:10]} to {until[:10]}",
                "tips": result.tips,
                "cases": result.cases,
                "seconds": round(seconds, 1),
                "zip_mb": round(zip_mb, 1),
                "peak_rss_mb": round(peak),
                "baseline_rss_mb": round(baseline),
            }
        )
    )


async def main(args: argparse.Namespace) -> dict[str, Any]:
    size = data.Size(tips=args.tips, accounts=args.accounts, cases=args.cases, reporters=args.reporters)
    if args.sqlite:
        url = f"sqlite+aiosqlite:///{args.sqlite}"
        name = None
    else:
        name = f"tipline_bench_{uuid.uuid4().hex[:8]}"
        admin = await asyncpg.connect(_dsn(ADMIN_URL))
        await admin.execute(f'CREATE DATABASE "{name}"')
        await admin.close()
        url = _with_db(ADMIN_URL, name)
    db = Database(url, sealer=SEALER)
    try:
        await migrate.upgrade(db)
        print(f"loading {size.tips:,} tips over {size.accounts:,} accounts ({size.cases:,} cases)...", flush=True)
        started = time.perf_counter()
        if name is None:
            await load_sqlite(db, size)
        else:
            await load_postgres(url, size)
        hub = data.tip_counts(size)[0]
        print(f"  loaded in {time.perf_counter() - started:.0f} s; the hub case (#1) has {hub:,} tips", flush=True)
        results = await measure(db, size, args.repeat)
        end = data.START + timedelta(days=data.DAYS + 100)  # every tip, the latest included
        month = (data.START + timedelta(days=120), data.START + timedelta(days=150))
        exports = [
            await asyncio.to_thread(export_in_child, url, data.START, end),
            await asyncio.to_thread(export_in_child, url, *month),
        ]
        return {"size": size.__dict__, "operations": results, "exports": exports}
    finally:
        await db.dispose()
        if name is not None and not args.keep:
            admin = await asyncpg.connect(_dsn(ADMIN_URL))
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.close()


def cli() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "export":
        asyncio.run(export_main(*sys.argv[2:]))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tips", type=int, default=1_000_000)
    parser.add_argument("--accounts", type=int, default=300_000)
    parser.add_argument("--cases", type=int, default=250_000)
    parser.add_argument("--reporters", type=int, default=400_000)
    parser.add_argument("--repeat", type=int, default=REPEAT)
    parser.add_argument("--sqlite", default=None, help="a SQLite file to use instead of PostgreSQL")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL database afterwards")
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    args = parser.parse_args()
    if args.sqlite:
        Path(args.sqlite).unlink(missing_ok=True)
    figures = asyncio.run(main(args))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    cli()
