"""The loaded safety directory: the one object the rest of the bot asks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from babel import Locale, UnknownLocaleError

from bot.directory.aftercare import Aftercare, load_aftercare
from bot.directory.countries import CountryIndex
from bot.directory.loader import DirectoryError, Loaded, build_countries, load_checked, name_table
from bot.directory.models import Country, Platform, Service
from bot.directory.recognise import Recogniser
from bot.directory.results import NotRecognised, Recognised
from bot.directory.routes import Router, Routes


class Directory:
    """Platforms, countries, services and routing, validated and ready to use.

    Immutable after construction, so one instance is shared by every conversation.
    Build it with :func:`load_directory`.
    """

    __slots__ = (
        "_countries_index",
        "_names",
        "_recogniser",
        "_router",
        "aftercare",
        "common_countries",
        "countries",
        "platform_ids",
        "platforms",
        "services",
    )

    def __init__(self, data: Loaded, languages: Iterable[str] = (), aftercare: Aftercare | None = None) -> None:
        self.platforms: dict[str, Platform] = dict(data.platforms.platforms)
        self.platform_ids: list[str] = list(self.platforms)
        self.services: dict[str, Service] = dict(data.services.services)
        self.countries: dict[str, Country] = build_countries(data.countries, self.services)
        self.common_countries: list[str] = list(data.countries.common)
        names = with_names_in(name_table(data), languages)
        self._names = {code: spellings[0] for code, spellings in names.items()}
        languages = {language: code for code, country in self.countries.items() for language in country.languages}
        self._countries_index = CountryIndex(names, languages)
        hosts = {host: pid for pid, platform in self.platforms.items() for host in platform.hosts}
        recognition = {pid: p.recognise for pid, p in self.platforms.items() if p.recognise is not None}
        self._recogniser = Recogniser(hosts, recognition)
        self._router = Router(data.routing, self.platforms, self.services, self.countries)
        self.aftercare = aftercare
        """Policies and escalation routes (issue 16); None only for a Directory built without them."""

    def recognise(self, text: str, platform: str | None = None) -> Recognised | NotRecognised:
        """Read a pasted link or typed handle; see :mod:`bot.directory.recognise`."""
        if platform is not None and platform not in self.platforms:
            raise ValueError(f"unknown platform {platform!r}")
        return self._recogniser.recognise(text, platform)

    def routes(
        self, category: str, platform: str, country: str | None, *, danger: bool = False, audience: str | None = None
    ) -> Routes:
        """Where to report, in order; ``danger=True`` when a child is in danger right now; ``audience``
        (``young`` or ``parents``) keeps the helplines and removal tools meant for them."""
        return self._router.routes(category, platform, country, danger=danger, audience=audience)

    def find_country(self, text: str) -> str | None:
        return self._countries_index.find(text)

    def suggest_country(self, language_code: str | None) -> str | None:
        return self._countries_index.suggest(language_code)

    def country_name(self, code: str) -> str | None:
        """English name of any ISO country, listed in countries.yaml or not."""
        return self._names.get(code.upper())

    def in_app_steps_key(self, platform: str) -> str:
        if platform not in self.platforms:
            raise ValueError(f"unknown platform {platform!r}")
        return f"steps-{platform}"


def load_directory(path: Path, *, locales: Path | None = None) -> Directory:
    """Load and check ``flows/directory``; raise :class:`DirectoryError` listing every problem.

    ``locales`` defaults to ``path/../../locales`` (the repo layout, and the packaged one).
    """
    data, problems = load_checked(path, locales)
    if data is None:
        raise DirectoryError(problems)
    folder = locales or path.parent.parent / "locales"
    aftercare, problems = _aftercare(data, path, folder)
    if aftercare is None:
        raise DirectoryError(problems)
    languages = sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    return Directory(data, languages, aftercare)


def _aftercare(data: Loaded, path: Path, locales: Path) -> tuple[Aftercare | None, list[str]]:
    services = data.services.services
    return load_aftercare(path, locales, services, data.platforms.platforms, set(data.countries.countries))


def with_names_in(names: Mapping[str, tuple[str, ...]], languages: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Add each country's name in every language the bot speaks (from CLDR, via Babel), so that a
    person can type "Estados Unidos" or "Великобритания" and be understood."""
    table = dict(names)
    for language in languages:
        try:
            territories = Locale.parse(language.replace("-", "_")).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code, localised in territories.items():
            if code in table:
                table[code] = (*table[code], localised)
    return table


def directory_problems(path: Path, *, locales: Path | None = None) -> list[str]:
    """Every problem in the directory data, as ``file:entry: problem`` lines; empty when fine."""
    data, problems = load_checked(path, locales)
    if data is None:
        return problems
    return _aftercare(data, path, locales or path.parent.parent / "locales")[1]
