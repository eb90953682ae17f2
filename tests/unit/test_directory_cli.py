"""`tipline directory ...` and the directory's place in `tipline flows check`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.paths import flows_dir, locales_dir


def test_recognise_prints_one_json_object_per_link(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "directory",
            "recognise",
            "--platform",
            "Instagram",
            "instagram.com/Some.One?igshid=z",
            "@two",
            "no such thing!",
        ]
    )
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 1  # one link could not be placed
    assert lines[0] == {
        "input": "instagram.com/Some.One?igshid=z",
        "platform": "instagram",
        "id": "some.one",
        "url": "https://www.instagram.com/some.one/",
        "kind": "account",
    }
    assert lines[1]["id"] == "two"
    assert lines[2] == {"input": "no such thing!", "error": "not_a_link"}


def test_recognise_without_a_platform_places_links_by_host(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "recognise", "https://twitter.com/Someone/status/1", "t.me/somechannel"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["platform"], r["id"]) for r in out] == [("x", "status/1"), ("telegram", "somechannel")]


def test_recognise_names_an_unknown_platform(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "recognise", "--platform", "myspace", "x"]) == 2
    assert "unknown platform 'myspace'" in capsys.readouterr().err


def test_show_tells_what_the_bot_would_say_in_a_country(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "show", "United Kingdom"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("United Kingdom (GB)")
    assert "999" in out
    assert "Internet Watch Foundation" in out or "IWF" in out
    assert "sources:" in out


def test_show_a_country_without_its_own_hotline_still_gives_routes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "show", "MZ"]) == 0
    out = capsys.readouterr().out
    assert "international routes" in out
    assert "inhope" in out.lower()


def test_show_what_a_young_person_or_a_parent_is_shown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "show", "DE"]) == 0
    everyone = capsys.readouterr().out
    assert "Elterntelefon" in everyone
    assert "https://stopncii.org/" in everyone
    assert main(["directory", "show", "DE", "--audience", "young"]) == 0
    young = capsys.readouterr().out
    assert young.startswith("Germany (DE), in en, as shown to young")
    assert "Kinder- und Jugendtelefon" in young
    assert "Elterntelefon" not in young
    assert "https://stopncii.org/" not in young
    assert main(["directory", "show", "DE", "--audience", "parents"]) == 0
    parents = capsys.readouterr().out
    assert "Elterntelefon" in parents
    assert "Kinder- und Jugendtelefon" not in parents


def test_platforms_shows_where_a_route_without_a_link_is(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "platforms"]) == 0
    out = capsys.readouterr().out
    assert "copyright: (no link: route-note-tiktok-copyright-in-app)" in out
    assert "privacy: https://www.facebook.com/help/www/428478523862899" in out


def test_show_an_unknown_country(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "show", "Atlantis"]) == 2


def test_platforms_lists_every_platform_with_routes_and_steps(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "platforms"]) == 0
    out = capsys.readouterr().out
    for name in ("Instagram", "TikTok", "X (Twitter)", "Roblox", "Kick", "Bluesky"):
        assert name in out
    assert "(unconfirmed)" in out  # recalled entries are flagged, not hidden


def test_flows_check_fails_on_a_directory_entry_without_a_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(flows_dir(), tmp_path / "flows")
    shutil.copytree(locales_dir(), tmp_path / "locales")
    monkeypatch.setenv("TIPLINE_FLOWS_DIR", str(tmp_path / "flows"))
    monkeypatch.setenv("TIPLINE_LOCALES_DIR", str(tmp_path / "locales"))
    path = tmp_path / "flows" / "directory" / "services.yaml"
    data = yaml.safe_load(path.read_text())
    first = next(iter(data["services"]))
    del data["services"][first]["source"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    assert main(["flows", "check"]) == 1
    out = capsys.readouterr().out
    assert "services.yaml" in out
    assert first in out
    assert "source" in out


def test_the_docs_list_every_platform_and_country_covered() -> None:
    """The list moved from the README to docs/directory.md with the documentation split."""
    from bot.directory.testing import real_directory

    directory = real_directory()
    readme = " ".join((Path(__file__).parents[2] / "docs" / "directory.md").read_text().split())
    for pid in directory.platform_ids:
        if pid != "other":
            assert directory.platforms[pid].name in readme
    for code in directory.countries:
        assert f"{directory.country_name(code)} ({code})" in readme


def test_show_in_another_language_shows_the_fallbacks_in_that_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "show", "IT", "--language", "es"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Italy (IT), in es")
    assert "INHOPE: busca la línea de denuncia de tu país" in out
    assert "Child Helpline International" in out
    assert "Busca ayuda en tu país" in out  # the route label, translated
    assert "find your national hotline" not in out


def test_show_an_unknown_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "show", "IT", "--language", "xx"]) == 2
    assert "unknown language 'xx'" in capsys.readouterr().err


def test_check_lists_the_weak_spots_with_counts_and_passes_on_the_real_data(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["directory", "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("problems: 0\n")
    assert "ending only in international fallbacks:" in out
    assert "countries without a child helpline of their own:" in out
    assert "recalled entries (shown as unconfirmed; click-test or replace):" in out
    assert "platforms.yaml:tumblr:child_exploitation" in out  # recalled: listed, not a failure


def test_check_fails_on_an_entry_without_a_public_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(flows_dir(), tmp_path / "flows")
    shutil.copytree(locales_dir(), tmp_path / "locales")
    monkeypatch.setenv("TIPLINE_FLOWS_DIR", str(tmp_path / "flows"))
    monkeypatch.setenv("TIPLINE_LOCALES_DIR", str(tmp_path / "locales"))
    path = tmp_path / "flows" / "directory" / "services.yaml"
    data = yaml.safe_load(path.read_text())
    data["services"]["childline_uk"]["source"] = "memory"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    assert main(["directory", "check"]) == 1
    assert "services.yaml:childline_uk: source: 'memory' names no public page" in capsys.readouterr().out


def test_stale_lists_the_oldest_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "stale", "--limit", "5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    dates = [line.split()[0] for line in lines]
    assert dates == sorted(dates)
    assert dates[0] == "2026-11-27"  # entries the audit could not verify come first
