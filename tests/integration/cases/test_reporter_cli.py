"""`tipline reporter unlimit|limit TIP-…`: an operator lifts the limits for one reporter, named by a tip."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.cases.limits import next_tip_at
from bot.cases.retention import forget_reporter
from bot.cli import main
from bot.storage.db import Database
from bot.storage.models import DeskEvent, ReporterLimit, Tip
from bot.turn.limits import Filing, ReporterLimits
from tests.integration.cases.conftest import START, file_tip


async def test_an_operator_lifts_and_restores_one_reporters_limits(
    db: Database, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIPLINE_DATABASE_URL", database_url)
    monkeypatch.setenv("TIPLINE_DATA_DIR", str(tmp_path / "data"))
    tips = [await file_tip(db, f"https://x.com/account_{n}", reporter="busy") for n in range(2)]
    limited = ReporterLimits(tips_per_day=2, updates_per_minute=30)
    async with db.transaction() as session:
        pseudonym = (await session.execute(select(Tip.reporter))).scalars().first()
        assert pseudonym is not None
        assert await next_tip_at(session, pseudonym, START, 2) is not None
        assert (await limited.filing(session, pseudonym, START))[0] is Filing.OVER_LIMIT

    assert await asyncio.to_thread(main, ["reporter", "unlimit", tips[1].reference.lower()]) == 0
    assert f"the reporter of {tips[1].reference} is now not limited" in capsys.readouterr().out
    async with db.transaction() as session:
        assert (await limited.filing(session, pseudonym, START))[0] is Filing.ALLOWED
        events = (await session.execute(select(DeskEvent.actor, DeskEvent.action))).all()
    assert ("cli", "reporter_unlimit") in events

    assert await asyncio.to_thread(main, ["reporter", "unlimit", tips[0].reference]) == 0
    assert "already not limited" in capsys.readouterr().out
    assert await asyncio.to_thread(main, ["reporter", "limit", tips[0].reference]) == 0
    async with db.transaction() as session:
        assert (await limited.filing(session, pseudonym, START))[0] is Filing.OVER_LIMIT
        row = (await session.execute(select(ReporterLimit))).scalar_one()
    assert row.pseudonym == pseudonym
    assert not row.unlimited

    assert await asyncio.to_thread(main, ["reporter", "unlimit", "TIP-ZZZZZZ"]) == 1
    assert "no tip TIP-ZZZZZZ" in capsys.readouterr().err
    assert await asyncio.to_thread(main, ["reporter", "unlimit", "hello there"]) == 2


async def test_forgetting_is_no_way_around_the_daily_limit(db: Database) -> None:
    for n in range(2):
        await file_tip(db, f"https://x.com/account_{n}", reporter="busy")
    limited = ReporterLimits(tips_per_day=2, updates_per_minute=30)
    async with db.transaction() as session:
        pseudonym = (await session.execute(select(Tip.reporter))).scalars().first()
        assert pseudonym is not None
        erased = await forget_reporter(session, pseudonym, "reporter", START)
    assert erased.tips == 2
    async with db.transaction() as session:
        assert await session.scalar(select(Tip.id).where(Tip.reporter == pseudonym)) is None  # unlinked
        filing, until = await limited.filing(session, pseudonym, START + timedelta(hours=1))
        assert filing is Filing.OVER_LIMIT
        assert until == START + timedelta(days=1)  # counted from the moment they were forgotten
        row = (await session.execute(select(ReporterLimit))).scalar_one()
        assert (row.forgotten_tips, row.pseudonym) == (2, pseudonym)
        assert (await limited.filing(session, pseudonym, START + timedelta(days=1, minutes=1)))[0] is Filing.ALLOWED
