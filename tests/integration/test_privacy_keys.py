"""The keys: a database remembers which pseudonym key made it and refuses another; the sealing key
rotates (`tipline keys rotate`) without losing a contact token; the SQLite file is private."""

from __future__ import annotations

import asyncio
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import JSON, column, select, table, text

from bot.app import StartupError, open_database
from bot.app.keys import identity_for
from bot.cli import main
from bot.identity import Identity
from bot.settings import Settings
from bot.storage.db import Database
from bot.storage.models import FollowUp, ForwardEvent, Tip
from tests.integration.cases.conftest import file_tip

OLD, NEW = "o" * 40, "n" * 40
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
FORWARD = table(
    "forward_outbox",
    *(column(name) for name in ("event_id", "destination", "kind", "status", "attempts", "not_before", "created_at")),
    column("payload", JSON),
)
LINK = "https://www.instagram.com/bad.actor_01/"


async def test_another_pseudonym_key_is_refused_clearly(tipline_settings: Settings) -> None:
    db = await open_database(tipline_settings)
    await db.dispose()
    other = tipline_settings.model_copy(update={"secret_key": SecretStr(NEW)})
    with pytest.raises(StartupError, match="made with another pseudonym key"):
        await open_database(other)
    # Rotating only the sealing key, with the pseudonym key kept apart, is fine.
    rotated = tipline_settings.model_copy(
        update={
            "secret_key": SecretStr(NEW),
            "pseudonym_key": tipline_settings.secret_key,
            "previous_secret_keys": tipline_settings.secret_key,
        }
    )
    db = await open_database(rotated)
    await db.dispose()


async def test_keys_rotate_seals_everything_again(
    tipline_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tipline_settings.model_copy(update={"secret_key": SecretStr(OLD)})
    old = identity_for(before)
    db = await open_database(before)
    try:
        tip = await file_tip(db, LINK, reporter="tg:4242", consent=True, details="Quokka", identity=old)
        async with db.transaction() as session:  # a tip stored in clear by an older release
            await session.execute(text("UPDATE tips SET details = 'plain Wombat' WHERE id = :id"), {"id": tip.tip_id})
            session.add(
                FollowUp(
                    tip_id=tip.tip_id,
                    case_id=tip.case_id,
                    reporter=old.pseudonym("tg:4242"),
                    contact_token=old.seal("tg:4242"),
                    category="grooming",
                    status="scheduled",
                    due_at=NOW,
                    created_at=NOW,
                )
            )
            session.add(_event("e1", {"tip": {"details": "sealed Quokka"}}))  # sealed with the old key
        async with db.transaction() as session:  # and an event an older release queued in clear
            await session.execute(
                FORWARD.insert().values(**_columns("e2")),
                {"payload": {"tip": {"details": "plain Numbat"}}},
            )
    finally:
        await db.dispose()

    monkeypatch.setenv("TIPLINE_DATABASE_URL", tipline_settings.database_url)
    monkeypatch.setenv("TIPLINE_DATA_DIR", str(tipline_settings.data_dir))
    monkeypatch.setenv("TIPLINE_SECRET_KEY", NEW)
    monkeypatch.setenv("TIPLINE_PSEUDONYM_KEY", OLD)
    assert await asyncio.to_thread(main, ["keys", "rotate"]) == 1  # the old key is not given: unreadable
    out = capsys.readouterr().out
    assert "tips.contact_token: 0 sealed again, 0 sealed for the first time, 1 unreadable" in out
    assert "tips.details: 0 sealed again, 1 sealed for the first time" in out  # text an older release left in clear
    assert "forward_outbox.payload: 0 sealed again, 1 sealed for the first time, 1 unreadable" in out
    monkeypatch.setenv("TIPLINE_PREVIOUS_SECRET_KEYS", OLD)
    assert await asyncio.to_thread(main, ["keys", "rotate"]) == 0
    out = capsys.readouterr().out
    assert "tips.contact_token: 1 sealed again" in out
    assert "follow_ups.contact_token: 1 sealed again" in out
    assert "forward_outbox.payload: 2 sealed again" in out  # the one first sealed by the run before, too
    assert "can now be emptied" in out

    new_only = Identity(NEW.encode(), pseudonym_secret=OLD.encode())
    db = Database(tipline_settings.database_url, sealer=new_only)
    try:
        async with db.transaction() as session:
            stored = await session.get_one(Tip, tip.tip_id)
            raw = (await session.execute(text("SELECT details FROM tips"))).scalar_one()
            reporter = (await session.execute(select(Tip.reporter))).scalar_one()
            follow_up = (await session.execute(select(FollowUp.contact_token))).scalar_one()
            events = (await session.execute(select(ForwardEvent.payload).order_by(ForwardEvent.id))).scalars().all()
            raw_events = (await session.execute(text("SELECT payload FROM forward_outbox"))).scalars().all()
    finally:
        await db.dispose()
    assert stored.contact_token is not None
    assert new_only.unseal(stored.contact_token) == "tg:4242"
    assert Identity(OLD.encode()).unseal(stored.contact_token) is None  # the old key opens nothing now
    assert stored.details == "plain Wombat"
    assert "Wombat" not in raw
    assert reporter == old.pseudonym("tg:4242") == new_only.pseudonym("tg:4242")
    assert follow_up is not None
    assert new_only.unseal(follow_up) == "tg:4242"
    assert events == [{"tip": {"details": "sealed Quokka"}}, {"tip": {"details": "plain Numbat"}}]
    assert "Numbat" not in repr(raw_events)
    assert "Quokka" not in repr(raw_events)


def _columns(event_id: str) -> dict[str, object]:
    return {
        "event_id": event_id,
        "destination": "webhook",
        "kind": "tip.filed",
        "status": "pending",
        "attempts": 0,
        "not_before": NOW,
        "created_at": NOW,
    }


def _event(event_id: str, payload: dict[str, object]) -> ForwardEvent:
    return ForwardEvent(payload=payload, **_columns(event_id))


async def test_the_sqlite_file_and_data_folder_are_private(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", secret_key=SecretStr(OLD))
    db = await open_database(settings, auto_migrate=True)
    await db.dispose()
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "data" / "tipline.db").stat().st_mode) == 0o600
