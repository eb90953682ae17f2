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
    with pytest.raises(ConfigError, match=r"production refuses: a generated secret key \(set TIPLINE_SECRET_KEY"):
        load_settings(env="production")


KEY = "k" * 40


def test_production_refuses_a_key_file_in_the_data_folder_plain_http_and_a_short_webhook_secret(
    tmp_path: Path,
) -> None:
    inside = tmp_path / "data" / "secret.key"
    inside.parent.mkdir()
    inside.write_text(KEY)
    with pytest.raises(ConfigError) as refused:
        load_settings(
            env="production",
            data_dir=tmp_path / "data",
            secret_key_file=inside,
            telegram_api_url="http://bot-api.internal:8081",
            webhook_secret="short-secret",
        )
    message = str(refused.value)
    assert "TIPLINE_SECRET_KEY_FILE inside the data folder" in message
    assert "an http:// TIPLINE_TELEGRAM_API_URL to another host" in message
    assert "TIPLINE_WEBHOOK_SECRET shorter than 32 characters" in message


def test_production_accepts_http_only_for_a_bot_api_server_on_this_host() -> None:
    for local in ("http://127.0.0.1:8081", "http://localhost:8081", "http://[::1]:8081"):
        settings = load_settings(env="production", secret_key=KEY, telegram_api_url=local)
        assert settings.telegram_api_url == local
    with pytest.raises(ConfigError, match="http:// TIPLINE_TELEGRAM_API_URL to another host"):
        load_settings(env="production", secret_key=KEY, telegram_api_url="http://10.0.0.5:8081")


def test_production_takes_a_key_file_outside_the_data_folder(tmp_path: Path) -> None:
    key_file = tmp_path / "secrets" / "tipline_key"
    key_file.parent.mkdir()
    key_file.write_text(KEY + "\n")
    settings = load_settings(
        env="production", data_dir=tmp_path / "data", secret_key_file=key_file, webhook_secret="w" * 32
    )
    assert settings.secret() == KEY.encode()
    assert not (tmp_path / "data" / "secret.key").exists()  # nothing generated


def test_a_missing_or_short_key_file_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="TIPLINE_SECRET_KEY_FILE: cannot read"):
        load_settings(secret_key_file=tmp_path / "nothing").secret()
    short = tmp_path / "short"
    short.write_text("abc")
    with pytest.raises(ConfigError, match=r"TIPLINE_SECRET_KEY_FILE: the key in .* must be at least 32"):
        load_settings(secret_key_file=short).secret()
    with pytest.raises(ConfigError, match="not both"):
        load_settings(secret_key=KEY, secret_key_file=short)


def test_previous_keys_and_a_separate_pseudonym_key() -> None:
    settings = load_settings(secret_key=KEY, previous_secret_keys=f"{'a' * 32}, {'b' * 32}", pseudonym_key="p" * 32)
    assert settings.previous_secrets() == [b"a" * 32, b"b" * 32]
    assert settings.pseudonym_secret() == b"p" * 32
    with pytest.raises(ConfigError, match="TIPLINE_PREVIOUS_SECRET_KEYS: every key must be at least 32"):
        load_settings(previous_secret_keys="short")


def test_retention_periods_have_defaults_and_must_be_positive() -> None:
    settings = load_settings()
    assert (settings.draft_ttl_hours, settings.conversation_idle_days, settings.case_retention_days) == (24, 30, 365)
    with pytest.raises(ConfigError, match="TIPLINE_CASE_RETENTION_DAYS"):
        load_settings(case_retention_days=0)


def test_a_short_secret_key_is_refused() -> None:
    with pytest.raises(ConfigError, match="TIPLINE_SECRET_KEY: must be at least 32"):
        load_settings(secret_key="short")


def test_local_secret_is_generated_once_private_and_reused(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    first = settings.secret()
    assert len(first) >= 32
    key_file = tmp_path / "data" / "secret.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    assert load_settings(data_dir=tmp_path / "data").secret() == first


def test_bad_environment_stops_the_cli_with_the_setting_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIPLINE_ENV", "staging")
    assert main(["flows", "check"]) == 2
    assert "TIPLINE_ENV:" in capsys.readouterr().err
