"""Test tools for code that uses the directory (shipped with the package, as aiogram_dialog does).

Loading the real data once per process keeps hundreds of parametrised and hypothesis
cases fast; the directory is immutable, so sharing it between tests is safe.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.directory.directory import Directory, load_directory

_REPO = Path(__file__).resolve().parents[2]
_PACKAGED = Path(__file__).resolve().parents[1] / "_data"
_ROOT = _REPO if (_REPO / "flows" / "directory").is_dir() else _PACKAGED

DATA = _ROOT / "flows" / "directory"
"""The real ``flows/directory``: in the repo, or inside the installed wheel."""
LOCALES = _ROOT / "locales"


@cache
def real_directory() -> Directory:
    """The real directory, loaded once."""
    return load_directory(DATA)
