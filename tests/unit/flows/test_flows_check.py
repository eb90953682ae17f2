"""`tipline flows check` passes on the shipped flows and names the file and step of each mistake."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import main
from bot.paths import flows_dir, locales_dir


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of flows/ and locales/ that a test may break."""
    shutil.copytree(flows_dir(), tmp_path / "flows")
    shutil.copytree(locales_dir(), tmp_path / "locales")
    monkeypatch.setenv("TIPLINE_FLOWS_DIR", str(tmp_path / "flows"))
    monkeypatch.setenv("TIPLINE_LOCALES_DIR", str(tmp_path / "locales"))
    monkeypatch.setenv("TIPLINE_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


def edit_flow(content: Path, name: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = content / "flows" / f"{name}.yaml"
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True))


def run_check(capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["flows", "check"])
    return code, capsys.readouterr().out


def test_shipped_flows_pass(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_check(capsys)
    assert (code, out.strip()) == (0, "flows, directory and locales: OK")


def test_missing_target(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_flow(content, "report", lambda d: d["steps"]["platform"].update(next="acount"))
    code, out = run_check(capsys)
    assert code == 1
    assert f"{content}/flows/report.yaml:platform: next leads to 'acount', which does not exist" in out


def test_unreachable_step(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def add(d: dict[str, Any]) -> None:
        d["steps"]["orphan"] = {"kind": "end", "text": "report-done"}

    edit_flow(content, "report", add)
    code, out = run_check(capsys)
    assert code == 1
    assert "report.yaml:orphan: unreachable from main.menu" in out


def test_path_without_guidance(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def loop(d: dict[str, Any]) -> None:
        steps = d["steps"]
        steps["submit"]["next"] = "review"
        steps["cancel_confirm"]["options"][0]["goto"] = "review"
        options = steps["category"]["options"]  # the parents' path is a way out too: close it
        steps["category"]["options"] = [o for o in options if "goto" not in o]

    edit_flow(content, "report", loop)
    code, out = run_check(capsys)
    assert code == 1
    assert "report.yaml:review: no path from here ends in guidance" in out


def test_missing_locale_key(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_flow(content, "report", lambda d: d["steps"]["reported"].update(text="report-reported-typo"))
    code, out = run_check(capsys)
    assert code == 1
    assert "missing message 'report-reported-typo' (used by report.yaml:reported)" in out


def test_button_payload_over_64_bytes(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def rename(d: dict[str, Any]) -> None:
        steps = d["steps"]
        long_name = "a_step_name_that_is_far_too_long_for_telegram_callbacks"
        steps[long_name] = steps.pop("reported")
        steps["platform_routes"]["next"] = long_name

    edit_flow(content, "report", rename)
    code, out = run_check(capsys)
    assert code == 1
    assert "makes a button payload of" in out
    assert "(Telegram allows 64)" in out


def test_unknown_answer_field(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_flow(content, "report", lambda d: d["steps"]["category"].update(field="categroy"))
    code, out = run_check(capsys)
    assert code == 1
    assert "report.yaml:category: unknown answer field 'categroy'" in out


def test_schema_error_names_file_and_field(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_flow(content, "report", lambda d: d["steps"]["account"].update(colour="red"))
    code, out = run_check(capsys)
    assert code == 1
    assert "report.yaml:steps.account.colour: Extra inputs are not permitted" in out


def test_broken_yaml_names_the_line(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = content / "flows" / "main.yaml"
    path.write_text(path.read_text() + "\n  bad: [unclosed\n")
    code, out = run_check(capsys)
    assert code == 1
    assert "main.yaml:" in out
    assert "not valid YAML" in out


def test_broken_locale_file_names_the_line(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = content / "locales" / "en" / "tipline.ftl"
    path.write_text(path.read_text() + "\nthis is not fluent\n")
    code, out = run_check(capsys)
    assert code == 1
    assert "tipline.ftl:" in out


def test_graph_draws_every_step(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["flows", "graph"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("flowchart TD")
    assert "report__review -->|submit| report__submit" in out
    assert main(["flows", "graph", "--format", "dot"]) == 0
    assert "report__review -> report__submit" in capsys.readouterr().out


def test_a_key_missing_from_a_translation(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spanish = content / "locales" / "es" / "tipline.ftl"
    text = spanish.read_text()
    assert "\nmenu-about =" in text
    spanish.write_text(text.replace("\nmenu-about =", "\nmenu-about-typo ="))
    code, out = run_check(capsys)
    assert code == 1
    assert f"{content}/locales/es: missing message 'menu-about' (present in en)" in out
    assert "extra message 'menu-about-typo' (not in en)" in out


def test_a_placeholder_that_differs_between_languages(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    german = content / "locales" / "de" / "tipline.ftl"
    lines = german.read_text().splitlines(keepends=True)
    [index] = [i for i, line in enumerate(lines) if line.startswith("report-reported-ask =")]
    assert "{ $platform }" in lines[index]
    lines[index] = lines[index].replace("{ $platform }", "{ $plattform }")
    german.write_text("".join(lines))
    code, out = run_check(capsys)
    assert code == 1
    assert "tipline.ftl: report-reported-ask: placeholders ['plattform'] differ from en's ['platform']" in out
