"""Shared loading for the directory tests (a plain module: test helpers, not fixtures).

A cached loader rather than a pytest fixture so hypothesis tests can use it too.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.directory import Directory, load_directory

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "flows" / "directory"
LOCALES = REPO / "locales"


@cache
def directory() -> Directory:
    return load_directory(DATA)
