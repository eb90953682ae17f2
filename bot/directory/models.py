"""Pydantic models for the safety directory (``flows/directory/*.yaml``).

Every entry that tells a worried person where to go carries a ``source`` and a
``confidence``: the charity must be able to say where each link or number came
from, and anything only ``recalled`` (not seen in a public source) reaches users
marked unconfirmed. The models are frozen so a loaded directory can be shared
between concurrent conversations without anyone mutating it.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

Confidence = Literal["seen", "recalled"]
Harm = Literal["child_exploitation", "impersonation", "general", "privacy", "copyright"]
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
    "platform_privacy",
    "platform_copyright",
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


class Service(_Frozen):
    """A hotline, police portal, helpline or removal tool people can turn to."""

    name: str = Field(min_length=1)
    name_key: str | None = None
    """A Fluent id for a generic name ("Your local police"); proper names stay as they are."""
    kind: ServiceKind
    url: str | None = None
    phone: str | None = None
    email: str | None = None
    covers: tuple[Category, ...] = CATEGORIES
    note_key: str | None = None
    source: str = Field(min_length=1)
    confidence: Confidence

    @field_validator("url")
    @classmethod
    def _url_https(cls, url: str | None) -> str | None:
        return None if url is None else _https_only(url)


class ServicesFile(_Frozen):
    services: dict[str, Service]


class EmergencyNumber(_Frozen):
    """A number to call when a child is in danger right now."""

    number: str = Field(min_length=1)
    service: str = Field(min_length=1)
    name_key: str | None = None
    """A Fluent id naming a generic service ("Emergency", "Police") in the reader's language."""
    source: str = Field(min_length=1)
    confidence: Confidence


class Country(_Frozen):
    """Where to report and whom to call, in one country."""

    code: str = Field(pattern=r"^[A-Z]{2}$")
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    emergency: tuple[EmergencyNumber, ...] = ()
    services: tuple[str, ...] = ()
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
