"""Migration 0003 on a database that already has tips: the queue's columns and links are filled in."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from bot.storage import migrate
from bot.storage.db import Database

T1 = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
T2 = datetime(2026, 1, 7, 18, 30, tzinfo=UTC)


async def test_existing_cases_get_their_queue_columns_and_links(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    try:
        await migrate.upgrade(db, "0002")
        async with db.engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO reported_accounts (id, platform, canonical_id, url, kind, first_seen, last_seen) "
                    "VALUES (1, 'tiktok', 'main', 'https://www.tiktok.com/@main', 'account', :t1, :t2), "
                    "(2, 'tiktok', 'friend', 'https://www.tiktok.com/@friend', 'account', :t1, :t1)"
                ),
                {"t1": T1, "t2": T2},
            )
            await connection.execute(
                text(
                    "INSERT INTO cases (id, account_id, status, priority, urgent, tip_count, created_at, updated_at) "
                    "VALUES (1, 1, 'new', 45, false, 2, :t1, :t2)"
                ),
                {"t1": T1, "t2": T2},
            )
            tip = (
                "INSERT INTO tips (id, reference, case_id, category, platform, language, reporter, "
                "reported_to_platform, child_in_danger, urgent, contact_consent, created_at) VALUES "
            )
            await connection.execute(
                text(
                    tip + "(1, 'TIP-AAAAAA', 1, 'collecting_photos', 'tiktok', 'en', 'p1', 'not_yet', false, false, "
                    "false, :t1), "
                    "(2, 'TIP-BBBBBB', 1, 'grooming', 'tiktok', 'en', 'p2', 'yes', false, true, false, :t2)"
                ),
                {"t1": T1, "t2": T2},
            )
            await connection.execute(
                text("INSERT INTO tip_accounts (tip_id, account_id, role) VALUES (1, 1, 'reported'), (1, 2, 'related')")
            )
        await migrate.upgrade(db)
        async with db.engine.connect() as connection:
            row = (
                await connection.execute(
                    text(
                        "SELECT platform, category, reporter_count, platform_told, first_tip_at, last_tip_at, "
                        "assignee_id, merged_into_id FROM cases WHERE id = 1"
                    )
                )
            ).one()
            links = (await connection.execute(text("SELECT account_id, linked_id, source FROM account_links"))).all()
        platform, category, reporters, told, first, last, assignee, merged = row
        assert (platform, category, reporters, bool(told), assignee, merged) == (
            "tiktok",
            "grooming",
            2,
            True,
            None,
            None,
        )
        assert first is not None
        assert last is not None
        assert sorted(tuple(link) for link in links) == [(1, 2, "tip"), (2, 1, "tip")]
        await migrate.downgrade(db, "0002")
        assert await migrate.current_revision(db) == "0002"
    finally:
        await db.dispose()
