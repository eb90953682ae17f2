"""Where the shipped data lives: beside the package in a wheel, at the repository root in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_root() -> Path:
    bundled = _PACKAGE / "_data"
    return bundled if bundled.is_dir() else _PACKAGE.parent


def flows_dir() -> Path:
    return data_root() / "flows"


def locales_dir() -> Path:
    return data_root() / "locales"


def migrations_dir() -> Path:
    return data_root() / "migrations"
