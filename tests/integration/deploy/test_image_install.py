"""The image's install, without Docker: the same script the Dockerfile runs, then the commands it runs.

docker/install-locked.sh installs the locked, hash-checked dependencies and Tipline's own wheel into
a virtualenv; the Dockerfile calls it, and so does this test (into a temporary folder), from a copy
of only the files the Dockerfile's build stage copies. Then the
installed `tipline` (not this checkout: the test runs elsewhere, and nothing of the source tree is on
its path) answers --help, migrates a fresh PostgreSQL database and checks its installed flows.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.storage.migrate import head_revision
from tests.conftest import drop_postgres, fresh_postgres, run_sync

REPO = Path(__file__).resolve().parents[3]
KEY = "0123456789abcdef0123456789abcdef0123456789abcdef"


def test_the_dockerfile_installs_with_the_script_this_test_runs() -> None:
    runs = re.findall(r"^RUN (.+)$", (REPO / "Dockerfile").read_text(), flags=re.MULTILINE)
    assert "./docker/install-locked.sh deps /opt/tipline" in runs
    assert "./docker/install-locked.sh app /opt/tipline /src" in runs


def build_context(src: Path) -> None:
    """Only what the Dockerfile's build stage COPYs, where it puts it: a file it forgets fails here too."""
    build_stage = (REPO / "Dockerfile").read_text().split("\nFROM ")[1]
    for line in re.findall(r"^COPY (.+)$", build_stage, flags=re.MULTILINE):
        *sources, destination = line.split()
        for source in sources:
            target = src / destination / Path(source).name if destination.endswith("/") else src / destination
            target.parent.mkdir(parents=True, exist_ok=True)
            if (REPO / source).is_dir():
                shutil.copytree(REPO / source, target, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(REPO / source, target)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    prefix, src = tmp_path_factory.mktemp("opt-tipline"), tmp_path_factory.mktemp("src")
    build_context(src)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("TIPLINE_", "VIRTUAL_ENV"))}
    for step in (["deps", str(prefix)], ["app", str(prefix), str(src)]):
        script = src / "docker" / "install-locked.sh"
        result = subprocess.run([str(script), *step], capture_output=True, text=True, env=env, check=False, cwd=src)  # noqa: S603
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return prefix / "venv"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    url = run_sync(fresh_postgres(None))
    try:
        yield url
    finally:
        run_sync(drop_postgres(url))


def _tipline(venv: Path, cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {key: value for key, value in os.environ.items() if not key.startswith(("TIPLINE_", "PYTHON"))}
    return subprocess.run(  # noqa: S603
        [str(venv / "bin" / "tipline"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=base | {"PATH": f"{venv / 'bin'}:{base.get('PATH', '')}"} | env,
        check=False,
        timeout=300,
    )


def test_the_installed_tipline_runs_from_its_own_files(installed: Path, tmp_path: Path) -> None:
    where = _tipline(installed, tmp_path, "--help")
    assert where.returncode == 0, where.stderr
    assert "migrate" in where.stdout
    assert "run" in where.stdout
    probe = subprocess.run(  # noqa: S603
        [str(installed / "bin" / "python"), "-c", "import bot, bot.paths; print(bot.__file__, bot.paths.flows_dir())"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert str(REPO) not in probe.stdout
    assert str(installed) in probe.stdout


def test_the_installed_tipline_migrates_postgresql_and_checks_its_flows(
    installed: Path, tmp_path: Path, postgres_url: str
) -> None:
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "secret_key").write_text(KEY + "\n")
    production = {
        "TIPLINE_ENV": "production",
        "TIPLINE_DATA_DIR": str(tmp_path / "data"),
        "TIPLINE_DATABASE_URL": postgres_url,
        "TIPLINE_SECRET_KEY_FILE": str(tmp_path / "secrets" / "secret_key"),
    }
    migrated = _tipline(installed, tmp_path, "migrate", **production)
    assert migrated.returncode == 0, migrated.stderr
    assert migrated.stdout.strip() == f"database schema at {head_revision()}"
    checked = _tipline(installed, tmp_path, "flows", "check", **production)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "flows, directory and locales: OK" in checked.stdout
