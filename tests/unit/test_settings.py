"""Configuration fails early, naming the setting; the local secret is made once and kept."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import ConfigError, load_settings


def test_defaults_use_an_embedded_sqlite_file(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path)
    assert settings.database_url == f"sqlite+aiosqlite:///{tmp_path / 'tipline.db'}"


def test_postgres_urls_from_hosting_providers_are_accepted() -> None:
    settings = load_settings(database_url="postgres://u:p@db/tipline")
    assert settings.database_url == "postgresql+asyncpg://u:p@db/tipline"


def test_an_unknown_database_names_the_setting() -> None:
    with pytest.raises(ConfigError, match="TIPLINE_DATABASE_URL: must start with sqlite"):
        load_settings(database_url="mysql://localhost/x")


def test_production_requires_a_secret_key() -> None:
    with pytest.raises(ConfigError, match="TIPLINE_SECRET_KEY is required"):
        load_settings(env="production")


def test_a_short_secret_key_is_refused() -> None:
    with pytest.raises(ConfigError, match="TIPLINE_SECRET_KEY: must be at least 32"):
        load_settings(secret_key="short")


def test_local_secret_is_generated_once_private_and_reused(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    first = settings.secret()
    assert len(first) >= 32
    key_file = tmp_path / "data" / "secret.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert load_settings(data_dir=tmp_path / "data").secret() == first


def test_bad_environment_stops_the_cli_with_the_setting_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIPLINE_ENV", "staging")
    assert main(["flows", "check"]) == 2
    assert "TIPLINE_ENV:" in capsys.readouterr().err
