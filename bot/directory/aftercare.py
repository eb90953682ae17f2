"""After the report: the platforms' own policies, and where to escalate when a platform did not act.

`flows/directory/policies.yaml` and `escalation.yaml`, loaded and checked like the rest of the
directory (every entry has a source; every id and Fluent text it names exists), in files of their
own so the routing data and the follow-up data can change independently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.directory.loader import _fluent_ids, _read_yaml, _validate
from bot.directory.models import CATEGORIES, Category, Confidence, Service, _https_only

POLICIES_FILE = "policies.yaml"
ESCALATION_FILE = "escalation.yaml"
FLUENT_FILE = "followup.ftl"
Fact = Literal["when_reported", "how_reported", "platform_answer", "account_links", "your_contact"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Policy(_Frozen):
    """The platform's own rule a report cites, by its own name."""

    name: str = Field(min_length=1)
    url: str
    covers: tuple[Category, ...] = CATEGORIES
    source: str = Field(min_length=1)
    confidence: Confidence

    _check_url = field_validator("url")(_https_only)


class PoliciesFile(_Frozen):
    policies: dict[str, Policy]


class EscalationRoute(_Frozen):
    """A next step when the platform left an account up: a service, or a named page of its own."""

    service: str | None = None
    name: str | None = None
    url: str | None = None
    rule_key: str = Field(min_length=1)
    asks: tuple[Fact, ...] = ()
    categories: tuple[Category, ...] = CATEGORIES
    source: str = Field(min_length=1)
    confidence: Confidence

    @field_validator("url")
    @classmethod
    def _url_https(cls, url: str | None) -> str | None:
        return None if url is None else _https_only(url)

    @model_validator(mode="after")
    def _one_target(self) -> EscalationRoute:
        if (self.service is None) == (self.name is None or self.url is None):
            raise ValueError("give either `service` or both `name` and `url`")
        return self


class EscalationFile(_Frozen):
    routes: dict[str, EscalationRoute]
    countries: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    eu: tuple[str, ...] = ()
    eu_routes: tuple[str, ...] = ()
    default: tuple[str, ...] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class NextStep:
    """One escalation route as a reporter sees it: where, its rule, what it asks for."""

    route_id: str
    name: str
    url: str | None
    phone: str | None
    rule_key: str
    asks: tuple[str, ...]
    confidence: str


class Aftercare:
    """Policies and escalation routes, checked; immutable and shared like the `Directory`."""

    def __init__(self, policies: PoliciesFile, escalation: EscalationFile, services: Mapping[str, Service]) -> None:
        self.policies: dict[str, Policy] = dict(policies.policies)
        self._escalation = escalation
        self._services = services

    def policy(self, platform: str, category: str) -> Policy | None:
        """The platform's policy for the category, or None (the report text then cites none)."""
        policy = self.policies.get(platform)
        return policy if policy is not None and category in policy.covers else None

    def next_steps(self, country: str | None, category: str) -> list[NextStep]:
        """Where to go when the platform did not act, in order; never empty."""
        data = self._escalation
        ids = list(data.countries.get(country or "", ()))
        if country in data.eu:
            ids += [rid for rid in data.eu_routes if rid not in ids]
        steps = [self._step(rid) for rid in ids if self._takes(rid, category)]
        if not steps:
            steps = [self._step(rid) for rid in data.default]
        return steps

    def _takes(self, route_id: str, category: str) -> bool:
        """The route takes the category, and so does its service (services.yaml `covers`)."""
        route = self._escalation.routes[route_id]
        service = self._services[route.service] if route.service else None
        return category in route.categories and (service is None or category in service.covers)

    def _step(self, route_id: str) -> NextStep:
        route = self._escalation.routes[route_id]
        service = self._services[route.service] if route.service else None
        name = service.name if service else route.name
        assert name is not None  # the model requires a service or a name
        return NextStep(
            route_id=route_id,
            name=name,
            url=service.url if service else route.url,
            phone=service.phone if service else None,
            rule_key=route.rule_key,
            asks=tuple(f"escalation-asks-{fact}" for fact in route.asks),
            confidence=route.confidence if service is None or service.confidence == "seen" else "recalled",
        )


def load_aftercare(
    path: Path, locales: Path, services: Mapping[str, Service], platforms: Mapping[str, object], countries: set[str]
) -> tuple[Aftercare | None, list[str]]:
    """Both files checked against each other, the services, platforms, countries and the English texts."""
    problems: list[str] = []
    raw_policies = _read_yaml(path / POLICIES_FILE, problems)
    raw_escalation = _read_yaml(path / ESCALATION_FILE, problems)
    if problems:
        return None, problems
    policies = _validate(PoliciesFile, raw_policies, POLICIES_FILE, problems)
    escalation = _validate(EscalationFile, raw_escalation, ESCALATION_FILE, problems)
    fluent_ids = _fluent_ids(locales / "en" / FLUENT_FILE, problems)
    if policies is None or escalation is None or problems:
        return None, problems
    problems += [
        f"{POLICIES_FILE}:{pid}: not a platform in platforms.yaml" for pid in policies.policies if pid not in platforms
    ]
    problems += _check_escalation(escalation, services, countries, fluent_ids)
    return (None, problems) if problems else (Aftercare(policies, escalation, services), [])


def _check_escalation(
    data: EscalationFile, services: Mapping[str, Service], countries: set[str], fluent_ids: frozenset[str]
) -> list[str]:
    problems: list[str] = []
    for rid, route in data.routes.items():
        where = f"{ESCALATION_FILE}:{rid}"
        if route.service is not None and route.service not in services:
            problems.append(f"{where}: service: {route.service} is not in services.yaml")
        if route.service is not None and services.get(route.service) and not services[route.service].url:
            problems.append(f"{where}: service: {route.service} has no url to send people to")
        keys = [route.rule_key, *(f"escalation-asks-{fact}" for fact in route.asks)]
        problems += [f"{where}: {key} is not in {FLUENT_FILE}" for key in keys if key not in fluent_ids]
    lists = {f"countries.{code}": ids for code, ids in data.countries.items()}
    lists |= {"eu_routes": data.eu_routes, "default": data.default}
    for where, ids in lists.items():
        problems += [f"{ESCALATION_FILE}:{where}: unknown route {rid}" for rid in ids if rid not in data.routes]
    codes = [*data.countries, *data.eu]
    problems += [
        f"{ESCALATION_FILE}:{code}: not a country in countries.yaml" for code in codes if code not in countries
    ]
    return problems
