"""Broken directory data is reported as readable ``file:entry: problem`` lines."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.directory import DirectoryError, Recognised, directory_problems, load_directory
from bot.directory.testing import DATA, LOCALES


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of flows/directory with locales/ beside it, as in the repo."""
    target = tmp_path / "flows" / "directory"
    shutil.copytree(DATA, target)
    shutil.copytree(LOCALES / "en", tmp_path / "locales" / "en")
    return target


def edit(path: Path, change: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def problems_after(folder: Path, file: str, change: Callable[[Any], None]) -> list[str]:
    edit(folder / file, change)
    problems = directory_problems(folder)
    with pytest.raises(DirectoryError) as caught:
        load_directory(folder)
    assert str(caught.value).splitlines() == problems
    assert caught.value.problems == problems
    return problems


def test_the_real_data_has_no_problems() -> None:
    assert directory_problems(DATA) == []


def test_copy_loads(data_copy: Path) -> None:
    assert load_directory(data_copy).platform_ids[-1] == "other"


def test_missing_source_on_a_report_link(data_copy: Path) -> None:
    def drop(data: Any) -> None:
        del data["platforms"]["instagram"]["reports"]["general"]["source"]

    assert problems_after(data_copy, "platforms.yaml", drop) == [
        "platforms.yaml:instagram: reports.general.source: Field required"
    ]


def test_missing_source_on_a_service(data_copy: Path) -> None:
    def drop(data: Any) -> None:
        del data["services"]["iwf"]["source"]

    assert problems_after(data_copy, "services.yaml", drop) == ["services.yaml:iwf: source: Field required"]


def test_empty_source_on_an_emergency_number(data_copy: Path) -> None:
    def blank(data: Any) -> None:
        data["countries"]["GB"]["emergency"][0]["source"] = ""

    problems = problems_after(data_copy, "countries.yaml", blank)
    assert problems == ["countries.yaml:GB: emergency.0.source: String should have at least 1 character"]


def test_unknown_hotline_id(data_copy: Path) -> None:
    def add(data: Any) -> None:
        data["countries"]["GB"]["services"].append("no_such_hotline")

    assert problems_after(data_copy, "countries.yaml", add) == [
        "countries.yaml:GB: services: unknown service id no_such_hotline"
    ]


def test_unknown_fallback_in_routing(data_copy: Path) -> None:
    def add(data: Any) -> None:
        data["categories"]["grooming"]["steps"][1]["fallback"] = ["nowhere"]

    assert problems_after(data_copy, "routing.yaml", add) == [
        "routing.yaml:grooming: steps.1: unknown service id nowhere"
    ]


def test_urgent_category_must_start_with_emergency(data_copy: Path) -> None:
    def reorder(data: Any) -> None:
        steps = data["categories"]["sexual_imagery"]["steps"]
        steps.append(steps.pop(0))

    assert problems_after(data_copy, "routing.yaml", reorder) == [
        "routing.yaml:sexual_imagery: urgent categories must start with the emergency step"
    ]


def test_missing_category(data_copy: Path) -> None:
    def drop(data: Any) -> None:
        del data["categories"]["stolen_photos"]

    assert problems_after(data_copy, "routing.yaml", drop) == [
        "routing.yaml:stolen_photos: category has no routing rule"
    ]


def test_unknown_field_is_rejected(data_copy: Path) -> None:
    def typo(data: Any) -> None:
        data["platforms"]["x"]["reports"]["general"]["confidnce"] = "seen"

    assert problems_after(data_copy, "platforms.yaml", typo) == [
        "platforms.yaml:x: reports.general.confidnce: Extra inputs are not permitted"
    ]


def test_bad_confidence_value(data_copy: Path) -> None:
    def bad(data: Any) -> None:
        data["services"]["ceop"]["confidence"] = "probably"

    [problem] = problems_after(data_copy, "services.yaml", bad)
    assert problem.startswith("services.yaml:ceop: confidence: Input should be 'seen' or 'recalled'")


def test_plain_http_link_is_rejected(data_copy: Path) -> None:
    def bad(data: Any) -> None:
        data["services"]["iwf"]["url"] = "http://www.iwf.org.uk/report"

    [problem] = problems_after(data_copy, "services.yaml", bad)
    assert problem.startswith("services.yaml:iwf: url: Value error, url must start with https://")


def test_missing_fluent_note(data_copy: Path) -> None:
    def bad(data: Any) -> None:
        data["services"]["iwf"]["note_key"] = "route-note-nonexistent"

    assert problems_after(data_copy, "services.yaml", bad) == [
        "services.yaml:iwf: note_key: route-note-nonexistent is not in directory.ftl"
    ]


def test_platform_without_recognition_rules(data_copy: Path) -> None:
    def add(data: Any) -> None:
        data["platforms"]["myspace"] = {k: v for k, v in data["platforms"]["kick"].items() if k != "recognise"}
        data["platforms"]["myspace"]["hosts"] = ["myspace.com"]

    assert problems_after(data_copy, "platforms.yaml", add) == [
        "platforms.yaml:myspace: recognise: how to read its links and names is needed (see the file's header)",
        "platforms.yaml:myspace: in-app steps steps-myspace are not in directory.ftl",
        "platforms.yaml:myspace: the link example example-myspace is not in directory.ftl",
    ]


def test_a_simple_platform_is_data_only(data_copy: Path) -> None:
    """A platform read by the generic rule needs no code: its links work from platforms.yaml."""

    def add(data: Any) -> None:
        kick = data["platforms"]["kick"]
        recognise = dict(kick["recognise"], link_hosts=["myspace.com", "www.myspace.com"], posts=[])
        recognise["account"] = "https://myspace.com/{name}"
        data["platforms"]["myspace"] = dict(kick, name="Myspace", hosts=["myspace.com"], recognise=recognise)

    edit(data_copy / "platforms.yaml", add)
    for locale in (data_copy.parent.parent / "locales").iterdir():
        ftl = locale / "directory.ftl"
        ftl.write_text(ftl.read_text(encoding="utf-8") + "\nsteps-myspace = x\nexample-myspace = x\n", encoding="utf-8")
    found = load_directory(data_copy).recognise("https://www.myspace.com/Tom?ref=1", "myspace")
    assert isinstance(found, Recognised)
    assert (found.platform, found.id, found.url) == ("myspace", "tom", "https://myspace.com/tom")


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            {"rule": "myspace"},
            "recognise.rule: myspace is not a rule (one of: bluesky, discord, facebook, generic, instagram, reddit, "
            "roblox, telegram, threads, tiktok, whatsapp, x, youtube)",
        ),
        ({"name": "[a-z"}, "recognise.name: Value error, not a valid regular expression"),
        ({"account": "http://kick.com/{name}"}, "recognise.account: Value error, url must start with https://"),
        ({"account": "https://kick.com/{0}"}, "recognise.account: Value error, placeholders are written {name}"),
        ({"profiles": ["{id}"]}, "recognise.profiles: Value error, a profile shape is literal segments then"),
        (
            {"link_hosts": ["kick.com", "evil.example"]},
            "recognise: evil.example is not one of its hosts (or under one)",
        ),
        ({"colour": "green"}, "recognise.colour: Extra inputs are not permitted"),
        ({"link_hosts": []}, "recognise.link_hosts: Tuple should have at least 1 item"),
    ],
)
def test_recognition_data_is_validated(data_copy: Path, change: dict[str, Any], problem: str) -> None:
    def bad(data: Any) -> None:
        data["platforms"]["kick"]["recognise"].update(change)

    [found] = problems_after(data_copy, "platforms.yaml", bad)
    assert found.startswith(f"platforms.yaml:kick: {problem}"), found


def test_a_code_rule_names_the_data_it_needs(data_copy: Path) -> None:
    def bad(data: Any) -> None:
        del data["platforms"]["instagram"]["recognise"]["urls"]["highlight"]
        del data["platforms"]["instagram"]["recognise"]["special_hosts"]

    assert problems_after(data_copy, "platforms.yaml", bad) == [
        "platforms.yaml:instagram: recognise.urls: highlight is needed by rule instagram",
        "platforms.yaml:instagram: recognise.special_hosts: messenger is needed by rule instagram",
    ]


def test_host_claimed_twice(data_copy: Path) -> None:
    def add(data: Any) -> None:
        data["platforms"]["threads"]["hosts"].append("instagram.com")

    assert problems_after(data_copy, "platforms.yaml", add) == [
        "platforms.yaml:threads: hosts: instagram.com is already a host of instagram"
    ]


def test_bad_yaml(data_copy: Path) -> None:
    (data_copy / "routing.yaml").write_text("categories:\n  grooming: [unclosed\n", encoding="utf-8")
    problems = directory_problems(data_copy)
    assert len(problems) == 1
    assert problems[0].startswith("routing.yaml:line 3: invalid YAML (")


def test_missing_file(data_copy: Path) -> None:
    (data_copy / "services.yaml").unlink()
    [problem] = directory_problems(data_copy)
    assert problem.startswith("services.yaml:-: cannot read")


def test_missing_steps_in_fluent(data_copy: Path) -> None:
    ftl = data_copy.parent.parent / "locales" / "en" / "directory.ftl"
    text = ftl.read_text(encoding="utf-8")
    start = text.index("steps-kick =")
    end = text.index("steps-other =")
    ftl.write_text(text[:start] + text[end:], encoding="utf-8")
    assert directory_problems(data_copy) == ["platforms.yaml:kick: in-app steps steps-kick are not in directory.ftl"]


def test_several_problems_are_all_reported(data_copy: Path) -> None:
    edit(data_copy / "countries.yaml", lambda d: d["countries"]["US"]["services"].append("ghost"))
    edit(data_copy / "routing.yaml", lambda d: d["categories"]["other"]["steps"][0].update(fallback=["phantom"]))
    problems = directory_problems(data_copy)
    assert "countries.yaml:US: services: unknown service id ghost" in problems
    assert "routing.yaml:other: steps.0: unknown service id phantom" in problems


def test_an_english_description_marked_as_a_proper_name_is_refused(data_copy: Path) -> None:
    """AUDIT-2026-12: "INHOPE - find your national hotline" was shown in English to every reader."""

    def english(data: Any) -> None:
        service = data["services"]["inhope_map"]
        del service["name_key"]
        service["proper_name"] = True
        service["name"] = "INHOPE - find your national hotline"

    [problem] = problems_after(data_copy, "services.yaml", english)
    assert problem.startswith("services.yaml:inhope_map: name: 'INHOPE - find your national hotline' is marked")
    assert "reads as English (find, your)" in problem


def test_an_english_name_is_fine_where_english_is_official(data_copy: Path) -> None:
    def english(data: Any) -> None:
        data["services"]["nspcc_helpline"]["name"] = "NSPCC Helpline for worried adults"

    edit(data_copy / "services.yaml", english)
    assert directory_problems(data_copy) == []


def test_a_name_must_be_translated_or_marked_proper(data_copy: Path) -> None:
    def unmarked(data: Any) -> None:
        del data["services"]["childline_uk"]["proper_name"]

    assert problems_after(data_copy, "services.yaml", unmarked) == [
        "services.yaml:childline_uk: Value error, give either name_key (a translated name) or proper_name: true, "
        "not both or neither"
    ]


def test_memory_is_not_a_source(data_copy: Path) -> None:
    def recalled(data: Any) -> None:
        data["services"]["youthline_nz"]["source"] = "memory"

    assert problems_after(data_copy, "services.yaml", recalled) == [
        "services.yaml:youthline_nz: source: 'memory' names no public page: find one, or remove the entry"
    ]


def test_exactly_one_emergency_number_is_shown_first(data_copy: Path) -> None:
    def two(data: Any) -> None:
        for number in data["countries"]["FR"]["emergency"]:
            number["first"] = True

    assert problems_after(data_copy, "countries.yaml", two) == [
        "countries.yaml:FR: emergency: Value error, mark exactly one emergency number `first: true` (found 4)"
    ]


def test_the_number_marked_first_is_shown_first(data_copy: Path) -> None:
    def reorder(data: Any) -> None:
        numbers = data["countries"]["FR"]["emergency"]
        for number in numbers:
            number.pop("first", None)
        numbers[1]["first"] = True  # 112

    edit(data_copy / "countries.yaml", reorder)
    assert load_directory(data_copy).countries["FR"].emergency[0].number == "112"


def test_a_country_network_must_be_a_members_directory(data_copy: Path) -> None:
    def wrong(data: Any) -> None:
        data["countries"]["AT"]["networks"] = {"ncmec_cybertipline": "https://example.org/"}

    assert problems_after(data_copy, "countries.yaml", wrong) == [
        "countries.yaml:AT: networks: ncmec_cybertipline is not a members' directory (members_only) in services.yaml"
    ]


def test_a_helpline_must_say_whom_it_is_for(data_copy: Path) -> None:
    def drop(data: Any) -> None:
        del data["services"]["childline_uk"]["audience"]

    (problem,) = problems_after(data_copy, "services.yaml", drop)
    assert problem.startswith("services.yaml:childline_uk: ")
    assert "a helpline says whom it is for" in problem


def test_a_removal_tool_must_say_whom_it_is_for(data_copy: Path) -> None:
    def drop(data: Any) -> None:
        del data["services"]["stopncii"]["audience"]

    (problem,) = problems_after(data_copy, "services.yaml", drop)
    assert "a take_it_down says whom it is for" in problem


def test_an_unknown_audience_is_refused(data_copy: Path) -> None:
    def typo(data: Any) -> None:
        data["services"]["childline_uk"]["audience"] = ["youth"]

    (problem,) = problems_after(data_copy, "services.yaml", typo)
    assert problem.startswith("services.yaml:childline_uk: audience.0: ")


def test_a_report_route_without_a_link_must_say_where_to_go(data_copy: Path) -> None:
    def drop(data: Any) -> None:
        del data["platforms"]["tiktok"]["reports"]["copyright"]["note_key"]

    (problem,) = problems_after(data_copy, "platforms.yaml", drop)
    assert problem.startswith("platforms.yaml:tiktok: ")
    assert "needs a note_key saying where to find it" in problem
