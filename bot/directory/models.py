"""Pydantic models for the safety directory (``flows/directory/*.yaml``).

Every entry that tells a worried person where to go carries a ``source`` and a
``confidence``: the charity must be able to say where each link or number came
from, and anything only ``recalled`` (not seen in a public source) reaches users
marked unconfirmed. The models are frozen so a loaded directory can be shared
between concurrent conversations without anyone mutating it.
"""

from __future__ import annotations

import re
from datetime import date
from string import Formatter
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

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
Audience = Literal["young", "parents", "adults"]
"""Whom a service is for: `young` a young person (under 18) about themselves; `parents` a parent,
carer or other adult worried about a child; `adults` an adult about themselves (StopNCII)."""
AUDIENCES: tuple[Audience, ...] = get_args(Audience)
FOR_SOMEONE = ("helpline", "take_it_down", "report_remove")
"""Service kinds that must say whom they are for (`audience`): a young person's path shows only
what is for them, a parent's only what is for parents."""
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
    """One web page or form where a platform takes reports of one kind of harm.

    Without a ``url`` it is a route no source gave a checked link for (TikTok's copyright report):
    its ``note_key`` then says where to find it (in the app, or the help centre's menus).
    """

    url: str | None = None
    source: str = Field(min_length=1)
    confidence: Confidence
    confirmed: date | None = None
    """When a person or an audit last checked this link against its source (``tipline directory stale``)."""
    note_key: str | None = None

    @field_validator("url")
    @classmethod
    def _url_https(cls, url: str | None) -> str | None:
        return None if url is None else _https_only(url)

    @model_validator(mode="after")
    def _says_where(self) -> ReportLink:
        if self.url is None and self.note_key is None:
            raise ValueError("a report route without a url needs a note_key saying where to find it (no guessed link)")
        return self

    @property
    def where(self) -> str:
        """The link, or where the note says to go, for the people who edit and audit the data."""
        return self.url or f"(no link: {self.note_key})"


class InApp(_Frozen):
    """Where the in-app report steps come from; the text itself is Fluent ``steps-<platform>``."""

    source: str = Field(min_length=1)
    confidence: Confidence


def _compiles(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from exc
    return pattern


def _template(url: str) -> str:
    """A canonical URL template: https, with only ``{name}``-style placeholders."""
    _https_only(url)
    try:
        fields = [field for _, field, _, _ in Formatter().parse(url) if field is not None]
    except ValueError as exc:
        raise ValueError(f"not a valid URL template ({exc})") from exc
    if any(not re.fullmatch(r"[a-z_]+", field) for field in fields):
        raise ValueError(f"placeholders are written {{name}} (got {url!r})")
    return url


Pattern = Annotated[str, AfterValidator(_compiles)]
Template = Annotated[str, AfterValidator(_template)]
Host = Annotated[str, Field(pattern=r"^(?:[a-z0-9-]+\.)+[a-z]{2,63}$")]


class PostShape(_Frozen):
    """A path that names one post (evidence, not the account), for the generic rule.

    ``path`` is matched segment by segment from the start (``videos/{id}``); with ``host``
    it applies only on that host (a short-link host) and must match the whole path.
    """

    path: str = Field(pattern=r"^(?:[a-z0-9_.-]+/)*\{id\}$")
    id: Pattern
    key: str = Field(pattern=r"^[a-z0-9_./-]*\{id\}$")
    url: Template
    host: Host | None = None


class Recognition(_Frozen):
    """How a platform's links and typed names are read (see bot/directory/_platforms.py).

    ``rule: generic`` reads simple platforms from this data alone; any other rule names code
    for a platform whose link scheme needs it, which still takes its hosts, name pattern,
    reserved words and URL templates from here.
    """

    rule: str = Field(pattern=r"^[a-z_]+$")
    link_hosts: tuple[Host, ...] = Field(min_length=1)
    """The exact hosts whose paths name accounts (subdomains are not implied)."""
    link_host_pattern: Pattern | None = None
    """Also a profile host: any of the platform's hosts matching this (country sites)."""
    special_hosts: dict[str, tuple[Host, ...]] = Field(default_factory=dict)
    """Hosts with their own scheme (short links, messengers), by the role a code rule gives them."""
    name: Pattern
    """A username, matched in full after an optional ``@`` is dropped (and lower-cased, see below)."""
    lowercase: bool = True
    """Usernames are case-insensitive on the platform, so one account has one key."""
    reserved: frozenset[str] = frozenset()
    """Path words that look like usernames but are the platform's own pages."""
    account: Template
    """The canonical link of an account, with ``{name}``."""
    profiles: tuple[str, ...] = ("{name}",)
    """Generic rule: path shapes that name the account (``add/{name}``, ``@{name}``), tried in order."""
    name_subdomain: Host | None = None
    """Generic rule: ``<name>.<this host>`` is an account (blogs on their own subdomain)."""
    posts: tuple[PostShape, ...] = ()
    display_names: bool = False
    """A name as shown in the app is taken (less sure) where people may have no username to see."""
    patterns: dict[str, Pattern] = Field(default_factory=dict)
    """Further patterns a code rule reads, by name."""
    urls: dict[str, Template] = Field(default_factory=dict)
    """Further URL templates a code rule builds, by name."""

    @field_validator("profiles")
    @classmethod
    def _shapes(cls, shapes: tuple[str, ...]) -> tuple[str, ...]:
        for shape in shapes:
            if not re.fullmatch(r"(?:[a-z0-9_.-]+/)*@?\{name\}", shape):
                raise ValueError(f"a profile shape is literal segments then {{name}} or @{{name}} (got {shape!r})")
        return shapes


class Platform(_Frozen):
    """A social platform: how to recognise its links and where to report on it."""

    name: str = Field(min_length=1)
    canonical_host: str | None = None
    hosts: tuple[str, ...] = ()
    recognise: Recognition | None = None
    reports: dict[Harm, ReportLink] = Field(default_factory=dict)
    in_app: InApp


class PlatformsFile(_Frozen):
    platforms: dict[str, Platform]


class _Named(_Frozen):
    """Something a person reads the name of: either translated (``name_key``) or a proper name.

    A reader in Cairo must not be shown "find your national hotline" in English, so every
    name is one or the other, explicitly; the loader checks that proper names carry no
    English words (`english_words` in bot/directory/loader.py).
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
    audience: tuple[Audience, ...] = ()
    """Whom it is for, from what its source says (required for the kinds in `FOR_SOMEONE`; empty
    for the others: anyone)."""
    members_only: bool = False
    """A directory of national members (the INHOPE map): as a fallback it is shown only where the
    country has a member (its ``networks``) or the country is not listed, never as an empty map."""

    @field_validator("url")
    @classmethod
    def _url_https(cls, url: str | None) -> str | None:
        return None if url is None else _https_only(url)

    @model_validator(mode="after")
    def _says_whom_it_is_for(self) -> Service:
        if self.kind in FOR_SOMEONE and not self.audience:
            raise ValueError(f"a {self.kind} says whom it is for: audience (young, parents, adults) as its source says")
        if len(set(self.audience)) != len(self.audience):
            raise ValueError("audience lists each one once")
        return self

    def is_for(self, audience: str | None) -> bool:
        """Shown to `audience` (None: anyone asking, e.g. a witness's report)?"""
        return audience is None or not self.audience or audience in self.audience


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
