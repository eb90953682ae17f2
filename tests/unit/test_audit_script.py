""".ci/audit.py tells a vulnerable lock, a clean one and one nobody could audit apart (pip-audit's answers faked)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "audit.py"


def load(answer: list[dict[str, Any]]) -> ModuleType:
    spec = importlib.util.spec_from_file_location("tipline_audit", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.audit = lambda _lock: {"dependencies": answer}  # type: ignore[attr-defined]
    return module


def test_a_known_vulnerability_fails_with_the_advisory(capsys: pytest.CaptureFixture[str]) -> None:
    vuln = {"id": "GHSA-xxxx", "fix_versions": ["3.10.11"], "aliases": [], "description": ""}
    audit = load(
        [{"name": "aiohttp", "version": "3.10.0", "vulns": [vuln]}, {"name": "yarl", "version": "1", "vulns": []}]
    )
    assert audit.main(["requirements/runtime.txt"]) == 1
    assert (
        "VULNERABLE requirements/runtime.txt: aiohttp 3.10.0: GHSA-xxxx (fixed in: 3.10.11)" in capsys.readouterr().out
    )


def test_a_clean_audit_says_how_many_versions_it_checked(capsys: pytest.CaptureFixture[str]) -> None:
    audit = load([{"name": "aiohttp", "version": "3.14.5", "vulns": []}])
    assert audit.main(["requirements/runtime.txt"]) == 0
    assert "1 locked versions audited, no known vulnerabilities" in capsys.readouterr().out


def test_nothing_audited_is_said_loudly_and_fails_only_when_required(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    skipped = [{"name": "aiohttp", "skip_reason": "Dependency not found on PyPI and could not be audited: aiohttp"}]
    audit = load(skipped)
    assert audit.main(["requirements/runtime.txt"]) == 0
    said = capsys.readouterr()
    assert "NOT AUDITED" in said.err
    assert "no known vulnerabilities" not in said.out
    monkeypatch.setenv("TIPLINE_AUDIT_REQUIRED", "1")
    assert audit.main(["requirements/runtime.txt"]) == 1
