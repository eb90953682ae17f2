"""Where to report: the routing table applied to one category, platform and country.

The routing decisions live in ``routing.yaml`` (data the charity can read and change);
this module only walks that table. Two guarantees are kept here because they are
safety rules, not preferences: an urgent category (or a reporter who says a child is
in danger now) gets the emergency number first, and nobody gets an empty list: a
country with no hotline of its own falls back to international routes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from bot.directory.models import Country, Platform, RouteKind, RouteStep, RoutingFile, Service

PLATFORM_FORM_KINDS = ("platform_form", "platform_privacy", "platform_copyright")
"""A platform's web form for one of the step's `harms`: its general report, its privacy report (a
child under 13 in the photo), its copyright report (for the person who took the photo)."""


class RouteItem(BaseModel):
    """One place to report or call, with where that information came from.

    ``confirmed`` is False when the link or number was only recalled, never seen in a
    public source: the bot must say so (or the charity may drop it).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _via_defaults_to_kind(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("via"):
            data = {**data, "via": data.get("kind")}
        return data

    kind: str
    via: str = ""
    """The routing step that gave this item (its `kind`), also for a fallback of another kind:
    flows filter on it, so the INHOPE map standing in for a hotline comes with the hotlines."""
    name: str
    name_key: str | None = None
    """Where the name is generic, a Fluent id for it in the reader's language."""
    url: str | None = None
    phone: str | None = None
    email: str | None = None
    note_key: str | None = None
    source: str
    confirmed: bool
    fallback: bool = False
    """True when the country had nothing of this kind and an international route stands in
    (``tipline directory check`` counts the countries that end only in these)."""


class Routes(BaseModel):
    """The routes for one report, in the order to show them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    items: list[RouteItem]
    urgent: bool


def _service_item(kind: str, service: Service, via: str | None = None, *, fallback: bool = False) -> RouteItem:
    return RouteItem(
        kind=kind,
        via=via or kind,
        fallback=fallback,
        name=service.name,
        name_key=service.name_key,
        url=service.url,
        phone=service.phone,
        email=service.email,
        note_key=service.note_key,
        source=service.source,
        confirmed=service.confidence == "seen",
    )


class Router:
    """Applies the routing table; built once at load, used for every report."""

    def __init__(
        self,
        routing: RoutingFile,
        platforms: Mapping[str, Platform],
        services: Mapping[str, Service],
        countries: Mapping[str, Country],
    ) -> None:
        self._routing = routing
        self._platforms = platforms
        self._services = services
        self._countries = countries

    def routes(
        self, category: str, platform: str, country: str | None, *, danger: bool = False, audience: str | None = None
    ) -> Routes:
        """Routes for a report; ``danger`` puts the emergency number first for any category.

        ``audience`` (``young``, ``parents``) keeps only the services for them (`Service.audience`);
        where the country has none of a kind for them, the step's fallback stands in as usual.
        """
        rule = self._routing.categories.get(category)  # type: ignore[call-overload]
        if rule is None:
            raise ValueError(f"unknown category {category!r}")
        if platform not in self._platforms:
            raise ValueError(f"unknown platform {platform!r}")
        where = self._countries.get(country.upper()) if country else None
        steps: list[RouteStep] = list(rule.steps)
        if danger and not any(step.kind == "emergency" for step in steps):
            steps.insert(0, RouteStep(kind="emergency"))
        items: list[RouteItem] = []
        seen: set[str] = set()
        for step in steps:
            for key, item in self._resolve(step, category, platform, where, audience):
                if key not in seen:
                    seen.add(key)
                    items.append(item)
        return Routes(items=items, urgent=rule.urgent or danger)

    def _resolve(
        self, step: RouteStep, category: str, platform_id: str, country: Country | None, audience: str | None = None
    ) -> list[tuple[str, RouteItem]]:
        kind: RouteKind = step.kind
        if kind == "emergency":
            return self._emergency(country)
        platform = self._platforms[platform_id]
        if kind in PLATFORM_FORM_KINDS:
            for harm in step.harms:
                link = platform.reports.get(harm)
                if link is not None:
                    item = RouteItem(
                        kind=kind,
                        name=platform.name,
                        url=link.url,
                        note_key=link.note_key,
                        source=link.source,
                        confirmed=link.confidence == "seen",
                    )
                    return [(f"form:{link.url or f'{platform_id}:{harm}'}", item)]
            return []
        if kind == "platform_in_app":
            item = RouteItem(
                kind=kind,
                name=platform.name,
                note_key=f"steps-{platform_id}",
                source=platform.in_app.source,
                confirmed=platform.in_app.confidence == "seen",
            )
            return [(f"in_app:{platform_id}", item)]
        if step.services:
            return [
                (sid, _service_item(kind, self._services[sid]))
                for sid in step.services
                if self._services[sid].is_for(audience)
            ]
        own = [
            (sid, _service_item(kind, self._services[sid]))
            for sid in (country.services if country else ())
            if self._services[sid].kind == kind
            and category in self._services[sid].covers
            and self._services[sid].is_for(audience)
        ]
        if own:
            return own
        # Fallbacks keep their own kind: the INHOPE map is "international", NCMEC (which takes
        # reports from anywhere) stays a "hotline".
        return [
            (sid, _service_item(self._services[sid].kind, self._services[sid], via=kind, fallback=True))
            for sid in step.fallback
            if category in self._services[sid].covers
            and self._has_member(sid, country)
            and self._services[sid].is_for(audience)
        ]

    def _has_member(self, sid: str, country: Country | None) -> bool:
        """A members' directory is worth showing only where it lists someone (or we cannot tell)."""
        return not self._services[sid].members_only or country is None or sid in country.networks

    def _emergency(self, country: Country | None) -> list[tuple[str, RouteItem]]:
        if country is None or not country.emergency:
            sid = self._routing.emergency_unknown
            return [(sid, _service_item("emergency", self._services[sid], fallback=True))]
        return [
            (
                f"emergency:{number.number}",
                RouteItem(
                    kind="emergency",
                    name=number.service,
                    name_key=number.name_key,
                    phone=number.number,
                    note_key="route-note-emergency",
                    source=number.source,
                    confirmed=number.confidence == "seen",
                ),
            )
            for number in country.emergency
        ]
