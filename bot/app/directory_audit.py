"""The charity's audit of the safety directory: what the bot says, what is weak, what is old.

Three views, each a plain function returning text or rows so that any front end (today
``tipline directory``) stays a thin shell around them:

* :func:`show_country`: exactly the routes the engine gives for each category in one
  country, fallbacks included, rendered in any of the bot's languages by the same
  ``route_parts`` the conversation uses, so translators and staff audit the real text.
* :func:`audit`: countries and categories that end only in international fallbacks,
  entries without a public source, and entries only ``recalled``, with counts.
* :func:`stale_entries`: every link and number by the date it was last confirmed, oldest
  first, so a charity can click-test the oldest each quarter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.directory.directory import Directory
from bot.directory.loader import has_public_source
from bot.directory.models import CATEGORIES
from bot.directory.routes import RouteItem, Routes
from bot.engine.keys import OTHER_PLATFORM
from bot.engine.routes import PLATFORM_ROUTE_KINDS, route_parts
from bot.i18n import Locales, html_to_plain

HEADING_DANGER = "If a child is in danger right now:"


def audited_items(routes: Routes) -> list[RouteItem]:
    """The routes a country view shows for a category: all but the platform's own and the emergency
    numbers (those are shown once, at the top)."""
    return [item for item in routes.items if item.kind not in PLATFORM_ROUTE_KINDS and item.kind != "emergency"]


def _render(locales: Locales, language: str, items: list[RouteItem], urgent: bool) -> str:
    parts = route_parts(Routes(items=items, urgent=urgent))
    return "\n".join(html_to_plain(locales.text(language, part.key, part.params)) for part in parts)


def _indent(text: str, prefix: str = "  ") -> str:
    return "\n".join(prefix + line if line else line for line in text.splitlines())


def show_country(directory: Directory, locales: Locales, code: str, language: str, audience: str | None = None) -> str:
    """What the bot tells someone in ``code`` for each category, in ``language``, fallbacks included;
    with ``audience`` (young, parents) only the helplines and removal tools their path shows."""
    country = directory.countries.get(code)
    lines = [
        f"{directory.country_name(code) or code} ({code}), in {language}"
        + (f", as shown to {audience}" if audience else "")
        + ("" if country else "  (not in the directory: international routes only)")
    ]
    danger = directory.routes("other", OTHER_PLATFORM, code, danger=True)
    emergency = [item for item in danger.items if item.kind == "emergency"]
    lines += ["", HEADING_DANGER, _indent(_render(locales, language, emergency, urgent=True))]
    lines.append(_indent("sources: " + "; ".join(sorted({item.source for item in emergency}))))
    for category in CATEGORIES:
        routes = directory.routes(category, OTHER_PLATFORM, code, audience=audience)
        items = audited_items(routes)
        title = html_to_plain(locales.text(language, f"category-{category}"))
        flags = ("  URGENT: emergency numbers first" if routes.urgent else "") + (
            "  (only international routes)" if items and all(_international(item) for item in items) else ""
        )
        lines += ["", f"{title} [{category}]{flags}", _indent(_render(locales, language, items, routes.urgent))]
        lines.append(_indent("sources: " + "; ".join(sorted({item.source for item in items}))))
    return "\n".join(lines)


@dataclass(frozen=True)
class Entry:
    """One link or number in the data, for the audit lists."""

    where: str
    """``file:id`` (``countries.yaml:FR:emergency 17``, ``services.yaml:ceop``, ``platforms.yaml:x:general``)."""
    contact: str
    source: str
    confidence: str
    confirmed: date | None


def entries(directory: Directory) -> list[Entry]:
    """Every link and number a person can be shown, with its source and last-confirmed date."""
    found: list[Entry] = []
    for code, country in sorted(directory.countries.items()):
        found.extend(
            Entry(f"countries.yaml:{code}:emergency {n.number}", n.number, n.source, n.confidence, n.confirmed)
            for n in country.emergency
        )
    for sid, service in directory.services.items():
        contact = " ".join(value for value in (service.url, service.phone, service.email) if value)
        if contact:
            found.append(Entry(f"services.yaml:{sid}", contact, service.source, service.confidence, service.confirmed))
    for pid, platform in directory.platforms.items():
        found.extend(
            Entry(f"platforms.yaml:{pid}:{harm}", link.where, link.source, link.confidence, link.confirmed)
            for harm, link in platform.reports.items()
        )
    return found


@dataclass
class Audit:
    """What `tipline directory check` reports. ``problems`` are real faults (exit 1); the rest are to-dos."""

    problems: list[str] = field(default_factory=list)
    fallback_only: dict[str, list[str]] = field(default_factory=dict)
    """Country code -> categories where everything but the platform and emergency routes is a fallback."""
    unsourced: list[Entry] = field(default_factory=list)
    recalled: list[Entry] = field(default_factory=list)
    no_emergency: list[str] = field(default_factory=list)
    no_helpline: list[str] = field(default_factory=list)

    def text(self) -> str:
        lines = [f"problems: {len(self.problems)}", *(f"  {p}" for p in self.problems)]
        pairs = sum(len(categories) for categories in self.fallback_only.values())
        lines.append(
            f"ending only in international fallbacks: {pairs} category routes in {len(self.fallback_only)} countries"
        )
        lines += [f"  {code}: {', '.join(categories)}" for code, categories in sorted(self.fallback_only.items())]
        lines.append(f"countries without an emergency number: {len(self.no_emergency)}")
        lines += [f"  {code}" for code in self.no_emergency]
        lines.append(f"countries without a child helpline of their own: {len(self.no_helpline)}")
        lines += [f"  {' '.join(self.no_helpline)}"] if self.no_helpline else []
        lines.append(f"entries without a public source: {len(self.unsourced)}")
        lines += [f"  {e.where}: {e.contact} ({e.source})" for e in self.unsourced]
        lines.append(f"recalled entries (shown as unconfirmed; click-test or replace): {len(self.recalled)}")
        lines += [f"  {e.where}: {e.contact}" for e in self.recalled]
        return "\n".join(lines)


def _international(item: RouteItem) -> bool:
    """A route that is the same everywhere: a fallback, or a global removal tool (Take It Down)."""
    return item.fallback or item.kind == "take_it_down"


def audit(directory: Directory, problems: list[str] | None = None) -> Audit:
    """The weak spots of the directory; ``problems`` are the loader's (empty for a loaded directory)."""
    report = Audit(problems=list(problems or []))
    for code, country in sorted(directory.countries.items()):
        if not country.emergency:
            report.no_emergency.append(code)
        # A child helpline of its own means one a young person is shown (`audience` young): a
        # country with only a parents' line leaves its young people with the international fallback.
        if not any("young" in directory.services[sid].audience for sid in country.helplines):
            report.no_helpline.append(code)
        weak: list[str] = [
            category
            for category in CATEGORIES
            if all(_international(item) for item in audited_items(directory.routes(category, OTHER_PLATFORM, code)))
        ]
        if weak:
            report.fallback_only[code] = weak
    for entry in entries(directory):
        if not has_public_source(entry.source):
            report.unsourced.append(entry)
            report.problems.append(f"{entry.where}: no public source")
        if entry.confidence == "recalled":
            report.recalled.append(entry)
    return report


def stale_entries(directory: Directory) -> list[Entry]:
    """Every link and number, oldest confirmation first (never confirmed before all)."""
    return sorted(entries(directory), key=lambda e: (e.confirmed or date.min, e.where))
