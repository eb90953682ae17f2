"""TIPLINE_SECRET_KEY_FILE: the key from a file (a container secret), with clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import ConfigError, load_settings

KEY = "0123456789abcdef0123456789abcdef0123456789abcdef"


def test_the_key_is_read_from_the_file_without_its_newline(tmp_path: Path) -> None:
    (tmp_path / "key").write_text(KEY + "\n")
    settings = load_settings(env="production", secret_key_file=tmp_path / "key", data_dir=tmp_path / "data")
    assert settings.secret() == KEY.encode()


def test_a_missing_key_file_names_the_setting_and_the_path(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"TIPLINE_SECRET_KEY_FILE: cannot read .*nothing-here"):
        load_settings(secret_key_file=tmp_path / "nothing-here")


def test_a_short_key_in_the_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "key").write_text("short\n")
    with pytest.raises(ConfigError, match=r"TIPLINE_SECRET_KEY_FILE: the key in .* at least 32"):
        load_settings(secret_key_file=tmp_path / "key")


def test_the_key_and_a_key_file_together_are_refused(tmp_path: Path) -> None:
    (tmp_path / "key").write_text(KEY)
    with pytest.raises(ConfigError, match="TIPLINE_SECRET_KEY or TIPLINE_SECRET_KEY_FILE, not both"):
        load_settings(secret_key=KEY, secret_key_file=tmp_path / "key")


def test_production_refuses_a_key_file_inside_the_data_folder(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "key").write_text(KEY)
    with pytest.raises(ConfigError, match="TIPLINE_SECRET_KEY_FILE inside the data folder"):
        load_settings(env="production", secret_key_file=tmp_path / "data" / "key", data_dir=tmp_path / "data")


def test_the_key_file_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "key").write_text(KEY)
    monkeypatch.setenv("TIPLINE_SECRET_KEY_FILE", str(tmp_path / "key"))
    assert load_settings().secret() == KEY.encode()
