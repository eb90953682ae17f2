"""Migration 0009 (privacy at rest) on a database that already has tips: a date a person typed is
kept (read as it is until `tipline keys rotate` seals it), a sealed date longer than the old 40
characters fits, and going down keeps every tip, emptying only dates an older release cannot hold."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from bot.storage import migrate
from bot.storage.db import Database

T1 = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
SEALED_LENGTH_DATE = "f" * 140


def _columns(connection: Connection, table: str) -> set[str]:
    return {column["name"] for column in inspect(connection).get_columns(table)}


async def test_typed_dates_survive_and_sealed_ones_fit(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    try:
        await migrate.upgrade(db, "0008")
        async with db.engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO reported_accounts (id, platform, canonical_id, url, kind, first_seen, last_seen) "
                    "VALUES (1, 'tiktok', 'bad.actor', 'https://www.tiktok.com/@bad.actor', 'account', :t1, :t1)"
                ),
                {"t1": T1},
            )
            await connection.execute(
                text(
                    "INSERT INTO cases (id, account_id, status, priority, urgent, tip_count, created_at, updated_at) "
                    "VALUES (1, 1, 'new', 100, false, 1, :t1, :t1)"
                ),
                {"t1": T1},
            )
            await connection.execute(
                text(
                    "INSERT INTO tips (id, reference, case_id, category, platform, language, reporter, "
                    "child_in_danger, urgent, contact_consent, created_at, seen_when, seen_date) VALUES "
                    "(1, 'TIP-AAAAAA', 1, 'grooming', 'tiktok', 'es', 'p1', false, false, false, :t1, "
                    "'date', '3 de marzo')"
                ),
                {"t1": T1},
            )
            before = await connection.run_sync(_columns, "tips")

        await migrate.upgrade(db, "0009")
        async with db.engine.begin() as connection:
            kept = (await connection.execute(text("SELECT seen_when, seen_date FROM tips WHERE id = 1"))).one()
            await connection.execute(
                text(
                    "INSERT INTO tips (id, reference, case_id, category, platform, language, reporter, "
                    "child_in_danger, urgent, contact_consent, created_at, seen_date) VALUES "
                    "(2, 'TIP-BBBBBB', 1, 'grooming', 'tiktok', 'es', 'p2', false, false, false, :t1, :sealed)"
                ),
                {"t1": T1, "sealed": SEALED_LENGTH_DATE},
            )
            fitted = (await connection.execute(text("SELECT seen_date FROM tips WHERE id = 2"))).scalar_one()
            assert await connection.run_sync(_columns, "tips") == before
            assert "key_fingerprints" in await connection.run_sync(lambda c: inspect(c).get_table_names())
        assert tuple(kept) == ("date", "3 de marzo")
        assert fitted == SEALED_LENGTH_DATE

        await migrate.downgrade(db, "0008")
        async with db.engine.connect() as connection:
            rows = (await connection.execute(text("SELECT id, seen_date FROM tips ORDER BY id"))).all()
            after = await connection.run_sync(_columns, "tips")
        assert [tuple(row) for row in rows] == [(1, "3 de marzo"), (2, None)]
        assert after == before
    finally:
        await db.dispose()
