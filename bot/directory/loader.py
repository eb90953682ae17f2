"""Loading ``flows/directory`` in two phases: schema, then cross-checks.

The directory is edited by charity staff, not programmers, so every problem is
reported as one readable line, ``file:entry: problem``, and all problems are
reported at once rather than the first only. Phase one validates each file against
its schema; phase two checks what no single file can: ids that point at nothing,
Fluent keys missing from the English text, and a routing table that would leave
some category, platform and country with no route at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from babel.languages import get_official_languages
from fluent.syntax import FluentParser, ast
from pydantic import BaseModel, ValidationError

from bot.directory._platforms import rule_problems
from bot.directory.models import (
    CATEGORIES,
    CountriesFile,
    Country,
    PlatformsFile,
    RoutingFile,
    Service,
    ServicesFile,
)
from bot.directory.results import REASONS
from bot.directory.routes import PLATFORM_FORM_KINDS

FLUENT_FILE = "directory.ftl"

M = TypeVar("M", bound=BaseModel)


class DirectoryError(Exception):
    """The directory data is broken; ``problems`` holds one ``file:entry: problem`` line each."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class NamesFile(BaseModel):
    model_config = {"extra": "forbid", "frozen": True}

    source: str
    names: dict[str, tuple[str, ...]]


class Loaded(BaseModel):
    """All files, schema-valid, before cross-checks."""

    model_config = {"extra": "forbid", "frozen": True}

    platforms: PlatformsFile
    services: ServicesFile
    countries: CountriesFile
    routing: RoutingFile
    names: NamesFile
    fluent_ids: frozenset[str]


def _read_yaml(path: Path, problems: list[str]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        problems.append(f"{path.name}:-: cannot read ({exc.strerror or exc})")
        return None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "-"
        problem = getattr(exc, "problem", None) or str(exc)
        problems.append(f"{path.name}:{where}: invalid YAML ({problem})")
        return None


def _validate(model: type[M], data: Any, file: str, problems: list[str]) -> M | None:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = [str(part) for part in error["loc"]]
            # loc is (section, entry, field...): name the entry, then the field within it.
            entry = loc[1] if len(loc) >= 2 else (loc[0] if loc else "-")
            field = ".".join(loc[2:])
            detail = f"{field}: {error['msg']}" if field else error["msg"]
            problems.append(f"{file}:{entry}: {detail}")
        return None


def _fluent_ids(path: Path, problems: list[str]) -> frozenset[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        problems.append(f"{path.name}:-: cannot read {path}")
        return frozenset()
    resource = FluentParser().parse(text)
    ids: set[str] = set()
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            content = (entry.content or "").strip()
            first = content.splitlines()[0] if content else ""
            problems.append(f"{path.name}:{first[:40]}: invalid Fluent syntax")
        elif isinstance(entry, ast.Message | ast.Term):
            ids.add(entry.id.name)
    return frozenset(ids)


def _phase_one(path: Path, locales: Path) -> tuple[Loaded | None, list[str]]:
    problems: list[str] = []
    schemas: dict[str, tuple[str, type[BaseModel]]] = {
        "platforms": ("platforms.yaml", PlatformsFile),
        "services": ("services.yaml", ServicesFile),
        "countries": ("countries.yaml", CountriesFile),
        "routing": ("routing.yaml", RoutingFile),
        "names": ("country_names.yaml", NamesFile),
    }
    models: dict[str, Any] = {}
    for field, (file, model) in schemas.items():
        unreadable = len(problems)
        raw = _read_yaml(path / file, problems)
        if len(problems) > unreadable:
            continue  # the YAML error is the problem; a schema error on top would only confuse
        if not isinstance(raw, dict):
            problems.append(f"{file}:-: expected a mapping at the top of the file")
            continue
        models[field] = _validate(model, raw, file, problems)
    fluent_ids = _fluent_ids(locales / "en" / FLUENT_FILE, problems)
    if problems:
        return None, problems
    return Loaded(fluent_ids=fluent_ids, **models), []


def _check_platforms(data: Loaded) -> list[str]:
    problems: list[str] = []
    platforms = data.platforms.platforms
    owners: dict[str, str] = {}
    for pid, platform in platforms.items():
        where = f"platforms.yaml:{pid}"
        recognition = platform.recognise
        if pid != "other" and recognition is None:
            problems.append(f"{where}: recognise: how to read its links and names is needed (see the file's header)")
        if pid == "other" and recognition is not None:
            problems.append(f"{where}: recognise: the catch-all platform takes any well-formed link, it has no rules")
        if pid != "other" and not platform.hosts:
            problems.append(f"{where}: hosts: at least one host is needed to recognise its links")
        if recognition is not None:
            problems.extend(f"{where}: {problem}" for problem in rule_problems(recognition))
            problems.extend(
                f"{where}: recognise: {host} is not one of its hosts (or under one)"
                for host in sorted(
                    {*recognition.link_hosts, *(h for hs in recognition.special_hosts.values() for h in hs)}
                )
                if not any(host == own or host.endswith("." + own) for own in platform.hosts)
            )
        for host in platform.hosts:
            if host in owners:
                problems.append(f"{where}: hosts: {host} is already a host of {owners[host]}")
            owners[host] = pid
        for harm, link in platform.reports.items():
            if link.note_key and link.note_key not in data.fluent_ids:
                problems.append(f"{where}: reports.{harm}.note_key: {link.note_key} is not in {FLUENT_FILE}")
        if f"steps-{pid}" not in data.fluent_ids:
            problems.append(f"{where}: in-app steps steps-{pid} are not in {FLUENT_FILE}")
        if f"example-{pid}" not in data.fluent_ids:
            problems.append(f"{where}: the link example example-{pid} is not in {FLUENT_FILE}")
    if "other" not in platforms:
        problems.append("platforms.yaml:other: missing (the catch-all platform is required)")
    return problems


def _check_services(data: Loaded) -> list[str]:
    return [
        f"services.yaml:{sid}: {field}: {key} is not in {FLUENT_FILE}"
        for sid, service in data.services.services.items()
        for field, key in (("note_key", service.note_key), ("name_key", service.name_key))
        if key and key not in data.fluent_ids
    ]


ENGLISH_WORDS = frozenset(
    {"and", "the", "of", "for", "your", "find", "with", "to", "from", "by", "or", "call"}
    | {"medical", "mailbox", "material", "sms", "number", "tips", "deaf", "hearing", "emergency"}
)
"""Words that mark a name as English description rather than a proper name ("find your national hotline")."""


def english_words(name: str) -> list[str]:
    """The English description words in a name, if any."""
    return [word for word in re.findall(r"[a-z]+", name.casefold()) if word in ENGLISH_WORDS]


def speaks_english(code: str) -> bool:
    """Whether English is an official language of the country: there an English proper name is fine."""
    return "en" in get_official_languages(code, de_facto=True)


def _check_names(data: Loaded) -> list[str]:
    """No English text shown to a non-English reader: names are translated keys or proper names.

    A proper name of a service used in a country where English is not official, or used
    everywhere (routing fallbacks and pinned services), must not read as English description.
    """
    services = data.services.services
    everywhere = {data.routing.emergency_unknown}
    for rule in data.routing.categories.values():
        for step in rule.steps:
            everywhere.update(step.services, step.fallback)
    shown_abroad = set(everywhere)
    for code, country in data.countries.countries.items():
        if not speaks_english(code):
            shown_abroad.update(country.services)
    problems = [
        f"services.yaml:{sid}: name: {services[sid].name!r} is marked proper_name but reads as English "
        f"({', '.join(english_words(services[sid].name))}): give it a name_key translated in every language"
        for sid in sorted(shown_abroad)
        if sid in services and services[sid].proper_name and english_words(services[sid].name)
    ]
    for code, country in data.countries.countries.items():
        problems.extend(
            f"countries.yaml:{code}: emergency {number.number}: {number.service!r} is marked proper_name but reads "
            f"as English ({', '.join(english_words(number.service))}): give it a name_key"
            for number in country.emergency
            if number.proper_name and english_words(number.service) and not speaks_english(code)
        )
    return problems


def has_public_source(source: str) -> bool:
    """A source names a public page or file; "memory" alone is no source."""
    return "http" in source or "github files" in source.casefold() or "directory" in source.casefold()


def _check_sources(data: Loaded) -> list[str]:
    problems = [
        f"services.yaml:{sid}: source: {service.source!r} names no public page: find one, or remove the entry"
        for sid, service in data.services.services.items()
        if (service.url or service.phone or service.email) and not has_public_source(service.source)
    ]
    for code, country in data.countries.countries.items():
        problems.extend(
            f"countries.yaml:{code}: emergency {number.number}: source names no public page"
            for number in country.emergency
            if not has_public_source(number.source)
        )
    return problems


def _check_countries(data: Loaded) -> list[str]:
    problems: list[str] = []
    services = data.services.services
    names = data.names.names
    for code, country in data.countries.countries.items():
        where = f"countries.yaml:{code}"
        if code not in names:
            problems.append(f"{where}: not an ISO 3166-1 alpha-2 code known to country_names.yaml")
        problems.extend(
            f"{where}: services: unknown service id {sid}" for sid in country.services if sid not in services
        )
        problems.extend(
            f"{where}: networks: {sid} is not a members' directory (members_only) in services.yaml"
            for sid in country.networks
            if sid not in services or not services[sid].members_only
        )
        problems.extend(
            f"{where}: emergency {number.number}: name_key: {number.name_key} is not in {FLUENT_FILE}"
            for number in country.emergency
            if number.name_key and number.name_key not in data.fluent_ids
        )
    problems.extend(
        f"countries.yaml:common: {code} is not in countries"
        for code in data.countries.common
        if code not in data.countries.countries
    )
    return problems


def _check_routing(data: Loaded) -> list[str]:
    problems: list[str] = []
    services = data.services.services
    unknown = data.routing.emergency_unknown
    if unknown not in services or services[unknown].kind != "emergency":
        problems.append(f"routing.yaml:emergency_unknown: {unknown} is not a service of kind emergency")
    for category in CATEGORIES:
        if category not in data.routing.categories:
            problems.append(f"routing.yaml:{category}: category has no routing rule")
    for category, rule in data.routing.categories.items():
        for index, step in enumerate(rule.steps):
            where = f"routing.yaml:{category}: steps.{index}"
            problems.extend(
                f"{where}: unknown service id {sid}" for sid in (*step.services, *step.fallback) if sid not in services
            )
            if step.kind in PLATFORM_FORM_KINDS and not step.harms:
                problems.append(f"{where}: {step.kind} needs `harms`")
        if rule.urgent and rule.steps[0].kind != "emergency":
            problems.append(f"routing.yaml:{category}: urgent categories must start with the emergency step")
    return problems


def _check_fluent(data: Loaded) -> list[str]:
    needed = [f"account-error-{reason}" for reason in REASONS] + ["route-note-emergency"]
    return [f"{FLUENT_FILE}:{key}: message is missing" for key in needed if key not in data.fluent_ids]


def _cross_check(data: Loaded) -> list[str]:
    return [
        *_check_platforms(data),
        *_check_services(data),
        *_check_names(data),
        *_check_sources(data),
        *_check_countries(data),
        *_check_routing(data),
        *_check_fluent(data),
    ]


def build_countries(data: CountriesFile, services: Mapping[str, Service]) -> dict[str, Country]:
    """Countries with their code, and their services split into reporting lines and helplines."""
    reporting = {"hotline", "police", "report_remove"}
    return {
        code: Country(
            code=code,
            hotlines=tuple(sid for sid in entry.services if services[sid].kind in reporting),
            helplines=tuple(sid for sid in entry.services if services[sid].kind == "helpline"),
            **entry.model_dump(),
        )
        for code, entry in data.countries.items()
    }


def load_checked(path: Path, locales: Path | None = None) -> tuple[Loaded | None, list[str]]:
    """Both phases; the data is returned only when no problem was found."""
    data, problems = _phase_one(path, locales or path.parent.parent / "locales")
    if data is None:
        return None, problems
    problems = _cross_check(data)
    return (None, problems) if problems else (data, [])


def name_table(data: Loaded) -> Mapping[str, tuple[str, ...]]:
    """CLDR names plus countries.yaml names and aliases, by code."""
    table = {code: tuple(names) for code, names in data.names.names.items()}
    for code, country in data.countries.countries.items():
        table[code] = (country.name, *country.aliases, *table.get(code, ()))
    return table
