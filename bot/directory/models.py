"""Pydantic models for the safety directory (``flows/directory/*.yaml``).

Every entry that tells a worried person where to go carries a ``source`` and a
``confidence``: the charity must be able to say where each link or number came
from, and anything only ``recalled`` (not seen in a public source) reaches users
marked unconfirmed. The models are frozen so a loaded directory can be shared
between concurrent conversations without anyone mutating it.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Confidence = Literal["seen", "recalled"]
Harm = Literal["child_exploitation", "impersonation", "general"]
Category = Literal[
    "sexual_imagery",
    "grooming",
    "sexualised_comments",
    "collecting_photos",
    "trading_network",
    "other",
    "stolen_photos",
]
CATEGORIES: tuple[Category, ...] = get_args(Category)
ServiceKind = Literal["hotline", "police", "helpline", "take_it_down", "report_remove", "international", "emergency"]
RouteKind = Literal[
    "emergency",
    "platform_form",
    "platform_in_app",
    "hotline",
    "police",
    "take_it_down",
    "report_remove",
    "helpline",
    "international",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _https_only(url: str) -> str:
    if not url.startswith("https://"):
        raise ValueError(f"url must start with https:// (got {url!r})")
    return url


class ReportLink(_Frozen):
    """One web page or form where a platform takes reports of one kind of harm."""

    url: str
    source: str = Field(min_length=1)
    confidence: Confidence
    confirmed: date | None = None
    """When a person or an audit last checked this link against its source (``tipline directory stale``)."""
    note_key: str | None = None

    _check_url = field_validator("url")(_https_only)


class InApp(_Frozen):
    """Where the in-app report steps come from; the text itself is Fluent ``steps-<platform>``."""

    source: str = Field(min_length=1)
    confidence: Confidence


class Platform(_Frozen):
    """A social platform: how to recognise its links and where to report on it."""

    name: str = Field(min_length=1)
    canonical_host: str | None = None
    hosts: tuple[str, ...] = ()
    reports: dict[Harm, ReportLink] = Field(default_factory=dict)
    in_app: InApp


class PlatformsFile(_Frozen):
    platforms: dict[str, Platform]


class _Named(_Frozen):
    """Something a person reads the name of: either translated (``name_key``) or a proper name.

    A reader in Cairo must not be shown "find your national hotline" in English, so every
    name is one or the other, explicitly; the loader checks that proper names carry no
    English words (bot/directory/language.py).
    """

    name_key: str | None = None
    """A Fluent id naming it in the reader's language ("Your local police", "Police")."""
    proper_name: bool = False
    """The name is a proper name ("Childline", "Nummer gegen Kummer"), shown as it is in every language."""

    @model_validator(mode="after")
    def _named_one_way(self) -> _Named:
        if bool(self.name_key) == self.proper_name:
            raise ValueError("give either name_key (a translated name) or proper_name: true, not both or neither")
        return self


class Service(_Named):
    """A hotline, police portal, helpline or removal tool people can turn to."""

    name: str = Field(min_length=1)
    kind: ServiceKind
    url: str | None = None
    phone: str | None = None
    email: str | None = None
    covers: tuple[Category, ...] = CATEGORIES
    note_key: str | None = None
    source: str = Field(min_length=1)
    confidence: Confidence
    confirmed: date
    """When a person or an audit last checked this entry against its source."""
    members_only: bool = False
    """A directory of national members (the INHOPE map): as a fallback it is shown only where the
    country has a member (its ``networks``) or the country is not listed, never as an empty map."""

    @field_validator("url")
    @classmethod
    def _url_https(cls, url: str | None) -> str | None:
        return None if url is None else _https_only(url)


class ServicesFile(_Frozen):
    services: dict[str, Service]


class EmergencyNumber(_Named):
    """A number to call when a child is in danger right now."""

    number: str = Field(min_length=1)
    service: str = Field(min_length=1)
    """What the number reaches, in English, for the people who edit the data."""
    first: bool = False
    """The number to show first (exactly one per country)."""
    source: str = Field(min_length=1)
    confidence: Confidence
    confirmed: date


class Country(_Frozen):
    """Where to report and whom to call, in one country."""

    code: str = Field(pattern=r"^[A-Z]{2}$")
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    emergency: tuple[EmergencyNumber, ...] = ()
    services: tuple[str, ...] = ()
    networks: dict[str, str] = Field(default_factory=dict)
    """Member directories (service ids) that list a member in this country, each with its source."""
    hotlines: tuple[str, ...] = ()
    """Service ids of kind hotline, police or report_remove, in data order."""
    helplines: tuple[str, ...] = ()
    """Service ids of kind helpline, in data order."""


class CountryIn(_Frozen):
    """A country as written in YAML, where the code is the mapping key."""

    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    emergency: tuple[EmergencyNumber, ...] = ()
    services: tuple[str, ...] = ()
    networks: dict[str, str] = Field(default_factory=dict)
    """Member directories (service ids) that list a member in this country, each with its source."""

    @field_validator("emergency")
    @classmethod
    def _one_first(cls, numbers: tuple[EmergencyNumber, ...]) -> tuple[EmergencyNumber, ...]:
        """Exactly one number is marked first, and it is put first: a person in a hurry dials the top one."""
        if not numbers:
            return numbers
        firsts = [number for number in numbers if number.first]
        if len(firsts) != 1:
            raise ValueError(f"mark exactly one emergency number `first: true` (found {len(firsts)})")
        return (firsts[0], *(number for number in numbers if not number.first))


class CountriesFile(_Frozen):
    common: tuple[str, ...]
    countries: dict[str, CountryIn]
    names: dict[str, tuple[str, ...]] = Field(default_factory=dict)


class RouteStep(_Frozen):
    """One line of the routing table: a kind of route, and where its entries come from.

    ``services`` pins global services (Take It Down works from anywhere); without it the
    country's own services of ``kind`` that cover the category are used, and ``fallback``
    (shown as kind ``international``) fills in when the country has none.
    """

    kind: RouteKind
    harms: tuple[Harm, ...] = ()
    services: tuple[str, ...] = ()
    fallback: tuple[str, ...] = ()


class CategoryRule(_Frozen):
    urgent: bool
    steps: tuple[RouteStep, ...] = Field(min_length=1)


class RoutingFile(_Frozen):
    emergency_unknown: str
    categories: dict[Category, CategoryRule]
