"""`tipline volunteers`: the first admin comes from here; changes are audited as "cli"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.cases.export import zip_members
from bot.cli import main
from bot.storage.db import Database
from bot.storage.models import DeskEvent
from tests.conftest import run_sync


@pytest.fixture
def cli(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("TIPLINE_DATABASE_URL", database_url)
    monkeypatch.setenv("TIPLINE_DATA_DIR", str(tmp_path / "data"))
    return database_url


def test_add_list_role_remove(cli: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIPLINE_STAFF_LANGUAGE", "de")  # the desk's language, not the operator's
    assert main(["volunteers", "list"]) == 0
    assert "add the first admin" in capsys.readouterr().out
    assert main(["volunteers", "add", "4242", "sam.k", "--role", "admin"]) == 0
    assert main(["volunteers", "add", "77", "ali"]) == 0
    assert capsys.readouterr().out.splitlines() == ["sam.k added as admin", "ali added as volunteer"]
    assert main(["volunteers", "add", "78", "ali"]) == 1
    # The operator reads English, whatever the staff language: the desk translates, the CLI does not.
    assert capsys.readouterr().err == "tipline: that Telegram user or that alias is already a volunteer\n"
    assert main(["volunteers", "add", "79", "<b>x</b>"]) == 1
    assert capsys.readouterr().err == (
        "tipline: an alias is 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit\n"
    )
    assert main(["volunteers", "role", "77", "coordinator"]) == 0
    capsys.readouterr()
    assert main(["volunteers", "list", "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(v["alias"], v["role"], v["telegram_user_id"]) for v in listed] == [
        ("ali", "coordinator", 77),
        ("sam.k", "admin", 4242),
    ]
    assert main(["volunteers", "remove", "ali"]) == 0
    assert main(["volunteers", "remove", "ali"]) == 1
    assert capsys.readouterr().err == "tipline: no volunteer 'ali'\n"

    async def audit() -> list[tuple[str, str, str]]:
        db = Database(cli)
        try:
            async with db.transaction() as session:
                rows = (await session.execute(select(DeskEvent).order_by(DeskEvent.id))).scalars().all()
                return [(row.actor, row.action, row.detail["alias"]) for row in rows]
        finally:
            await db.dispose()

    assert run_sync(audit()) == [
        ("cli", "volunteer_added", "sam.k"),
        ("cli", "volunteer_added", "ali"),
        ("cli", "volunteer_role", "ali"),
        ("cli", "volunteer_removed", "ali"),
    ]


def test_cases_export_writes_the_zip(cli: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "export.zip"
    assert main(["cases", "export", str(out), "--since", "2026-01-01", "--format", "csv"]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: 0 cases, 0 tips"
    assert sorted(zip_members(out)) == ["README.txt", "cases.csv", "tips.csv"]
    assert main(["cases", "export", str(out), "--until", "2026-01-01"]) == 2
    assert main(["cases", "export", str(out), "--since", "2026-02-01", "--until", "2026-01-01"]) == 2
