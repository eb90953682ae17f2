"""Migration 0008 (the hotline facts) on a database that already has tips: older tips read as "not asked"
(no self-report, no facts), new tips keep the facts, and down again drops only these columns."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from bot.storage import migrate
from bot.storage.db import Database

T1 = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
FACTS = {"self_report", "seen_when", "seen_date", "child_age", "knows_child", "risk_signals"}


def _tip_columns(connection: Connection) -> set[str]:
    return {column["name"] for column in inspect(connection).get_columns("tips")}


async def test_old_tips_read_as_not_asked_and_down_drops_only_the_facts(empty_database_url: str) -> None:
    db = Database(empty_database_url)
    try:
        await migrate.upgrade(db, "0007")
        async with db.engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO reported_accounts (id, platform, canonical_id, url, kind, first_seen, last_seen) "
                    "VALUES (1, 'discord', '123456789012345678', 'https://discord.com/users/123456789012345678', "
                    "'account', :t1, :t1)"
                ),
                {"t1": T1},
            )
            await connection.execute(
                text(
                    "INSERT INTO cases (id, account_id, status, priority, urgent, tip_count, created_at, updated_at) "
                    "VALUES (1, 1, 'new', 280, true, 1, :t1, :t1)"
                ),
                {"t1": T1},
            )
            await connection.execute(
                text(
                    "INSERT INTO tips (id, reference, case_id, category, platform, language, reporter, "
                    "child_in_danger, urgent, contact_consent, created_at) VALUES "
                    "(1, 'TIP-AAAAAA', 1, 'grooming', 'discord', 'pt-BR', 'p1', false, true, false, :t1)"
                ),
                {"t1": T1},
            )
            before = await connection.run_sync(_tip_columns)
        assert not (FACTS & before)

        await migrate.upgrade(db)
        async with db.engine.begin() as connection:
            old = (
                await connection.execute(
                    text(
                        "SELECT self_report, seen_when, seen_date, child_age, knows_child, risk_signals "
                        "FROM tips WHERE id = 1"
                    )
                )
            ).one()
            await connection.execute(
                text(
                    "INSERT INTO tips (id, reference, case_id, category, platform, language, reporter, "
                    "child_in_danger, urgent, contact_consent, created_at, self_report, seen_when, child_age, "
                    "risk_signals) VALUES (2, 'TIP-BBBBBB', 1, 'sexual_imagery', 'discord', 'pt-BR', 'p2', false, "
                    "true, false, :t1, true, 'today', '13_15', 'threats money')"
                ),
                {"t1": T1},
            )
            new = (
                await connection.execute(
                    text("SELECT self_report, seen_when, child_age, risk_signals FROM tips WHERE id = 2")
                )
            ).one()
        assert (bool(old[0]), *old[1:]) == (False, None, None, None, None, None)
        assert (bool(new[0]), *new[1:]) == (True, "today", "13_15", "threats money")

        await migrate.downgrade(db, "0007")
        async with db.engine.connect() as connection:
            after = await connection.run_sync(_tip_columns)
            count = (await connection.execute(text("SELECT count(*) FROM tips"))).scalar_one()
        assert after == before
        assert count == 2
    finally:
        await db.dispose()
