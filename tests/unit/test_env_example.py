""".env.example names every setting, and only settings; copied to .env as it is, it changes nothing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.settings import Settings, load_settings

EXAMPLE = Path(__file__).resolve().parents[2] / ".env.example"
LINE = re.compile(r"^(?P<comment>#\s*)?(?P<name>TIPLINE_[A-Z0-9_]+)=(?P<value>.*)$")


def _lines() -> list[re.Match[str]]:
    return [match for line in EXAMPLE.read_text().splitlines() if (match := LINE.match(line))]


def test_every_setting_is_in_the_example_once_and_nothing_else() -> None:
    names = [match["name"] for match in _lines()]
    fields = {"TIPLINE_" + name.upper() for name in Settings.model_fields}
    assert sorted(set(names)) == sorted(fields)
    active = [match["name"] for match in _lines() if not match["comment"]]
    assert len(active) == len(set(active)), "a setting is set twice (examples go in comments)"


@pytest.fixture(autouse=True)
def _true_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIPLINE_HEALTH_LISTEN")  # tests/conftest.py points it at a free port


def test_a_copy_of_the_example_as_env_gives_the_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    defaults = Settings().model_dump()
    shutil.copy(EXAMPLE, tmp_path / ".env")
    assert Settings().model_dump() == defaults


@pytest.mark.parametrize("match", [m for m in _lines() if not m["comment"] and m["value"]], ids=lambda m: m["name"])
def test_each_value_shown_is_the_default(match: re.Match[str]) -> None:
    field = match["name"].removeprefix("TIPLINE_").lower()
    assert load_settings(**{field: match["value"]}).model_dump()[field] == Settings().model_dump()[field]
