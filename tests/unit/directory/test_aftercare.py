"""Policies and escalation routes (issue 16): the real data is sound, routes follow the reporter's
country and category, nobody is left without a next step, and broken data is named line by line."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.directory import directory_problems, load_directory
from bot.directory.aftercare import Aftercare
from bot.i18n import Locales
from bot.paths import flows_dir, locales_dir

DATA = flows_dir() / "directory"


@pytest.fixture(scope="module")
def aftercare() -> Aftercare:
    loaded = load_directory(DATA).aftercare
    assert loaded is not None
    return loaded


def route_ids(aftercare: Aftercare, country: str | None, category: str) -> list[str]:
    return [step.route_id for step in aftercare.next_steps(country, category)]


@pytest.mark.parametrize(
    ("country", "category", "expected"),
    [
        ("AU", "sexualised_comments", ["esafety"]),
        ("AU", "grooming", ["esafety", "accce"]),
        ("GB", "collecting_photos", ["report_harmful_content"]),
        ("GB", "sexual_imagery", ["iwf", "ceop"]),  # Report Harmful Content does not take imagery
        ("GB", "grooming", ["ceop"]),
        ("US", "grooming", ["ncmec"]),
        ("DE", "sexualised_comments", ["internet_beschwerdestelle", "dsa_notice", "inhope"]),
        ("IT", "trading_network", ["dsa_notice", "inhope"]),
        ("JP", "grooming", ["inhope", "ncmec"]),
        (None, "other", ["inhope", "ncmec"]),
    ],
)
def test_escalation_routes_follow_country_and_category(
    aftercare: Aftercare, country: str | None, category: str, expected: list[str]
) -> None:
    assert route_ids(aftercare, country, category) == expected


def test_every_route_names_where_to_go_its_rule_and_what_it_asks(aftercare: Aftercare) -> None:
    locales = Locales(locales_dir())
    for country in ("AU", "GB", "US", "DE", "FR", "BR", "IN", "CA", "NZ", "IE", "JP"):
        for step in aftercare.next_steps(country, "sexual_imagery"):
            assert step.name, step
            assert step.url is not None
            assert step.url.startswith("https://"), step
            for language in locales.languages:
                assert locales.has(language, step.rule_key), (language, step.rule_key)
                assert all(locales.has(language, key) for key in step.asks), (language, step.asks)


def test_esafety_says_48_hours_as_its_source_does(aftercare: Aftercare) -> None:
    [esafety] = aftercare.next_steps("AU", "sexualised_comments")
    text = Locales(locales_dir()).text("en", esafety.rule_key)
    assert "48 hours" in text
    assert esafety.url == "https://www.esafety.gov.au/report"


def test_policies_cite_the_platforms_own_rule(aftercare: Aftercare) -> None:
    instagram = aftercare.policy("instagram", "sexualised_comments")
    assert instagram is not None
    assert "Child Sexual Exploitation" in instagram.name
    assert instagram.url.startswith("https://transparency.meta.com/")
    assert aftercare.policy("telegram", "grooming") is None  # none seen: the text cites none


def test_the_real_data_has_no_problems() -> None:
    assert directory_problems(DATA) == []


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "flows" / "directory"
    shutil.copytree(DATA, target)
    shutil.copytree(locales_dir() / "en", tmp_path / "locales" / "en")
    return target


def edit(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_broken_escalation_data_is_named_entry_by_entry(data_copy: Path) -> None:
    def break_it(data: Any) -> None:
        data["routes"]["esafety"]["service"] = "no_such_service"
        data["routes"]["ncmec"]["rule_key"] = "escalation-rule-missing"
        del data["routes"]["inhope"]["source"]
        data["countries"]["XX"] = ["esafety"]

    edit(data_copy / "escalation.yaml", break_it)
    assert directory_problems(data_copy) == ["escalation.yaml:inhope: source: Field required"]
    edit(data_copy / "escalation.yaml", lambda data: data["routes"]["inhope"].update(source="somewhere"))
    assert directory_problems(data_copy) == [
        "escalation.yaml:esafety: service: no_such_service is not in services.yaml",
        "escalation.yaml:ncmec: escalation-rule-missing is not in followup.ftl",
        "escalation.yaml:XX: not a country in countries.yaml",
    ]


def test_a_policy_needs_a_known_platform_an_https_url_and_a_source(data_copy: Path) -> None:
    def break_it(data: Any) -> None:
        data["policies"]["myspace"] = dict(data["policies"]["x"])
        data["policies"]["x"]["url"] = "http://help.twitter.com/"

    edit(data_copy / "policies.yaml", break_it)
    assert directory_problems(data_copy) == [
        "policies.yaml:x: url: Value error, url must start with https:// (got 'http://help.twitter.com/')"
    ]
    edit(data_copy / "policies.yaml", lambda data: data["policies"]["x"].update(url="https://help.x.com/"))
    assert directory_problems(data_copy) == ["policies.yaml:myspace: not a platform in platforms.yaml"]
