"""Conversation state: typed, versioned, stored as JSON between updates."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

STATE_VERSION = 1


Certainty = Literal["link", "username", "phone", "display_name", "unknown"]
"""How the account was named: by its link, a username, a phone number, a display name, or not
at all ("I don't know the link"); most sure first. The desk shows it beside the account."""


class AccountAnswer(BaseModel):
    """A reported account as recognised by the directory: `(platform, id)` is its key.

    `evidence` is a post or short link given for the account: kept for the charity, but not
    the account, so it is not what the case is grouped by when the account itself is known.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    platform: str
    id: str
    url: str | None
    """None where the platform has no link for what was given (a Discord username, a name)."""
    kind: Literal["account", "post"]
    role: Literal["reported", "related", "evidence"] = "reported"
    certainty: Certainty = "link"
    label: str | None = None
    """How to show it when it has no link: "@name", or the name as typed."""

    @property
    def shown(self) -> str:
        return self.url or self.label or self.id


class Answers(BaseModel):
    """What a person has answered in the current report. Flows name these fields."""

    model_config = ConfigDict(extra="forbid")
    child_in_danger: bool | None = None
    category: str | None = None
    platform: str | None = None
    accounts: list[AccountAnswer] = Field(default_factory=list)
    reported_to_platform: str | None = None
    details: str | None = None
    contact_consent: bool | None = None
    follow_up: bool | None = None
    """They agreed that the bot checks back later whether the account is still there (issue 16)."""
    # What a hotline asks for (NCMEC, CEOP, Cybertip.ca), every one optional and skippable:
    self_report: bool | None = None
    """The person it is happening to (a young person): never asked about contact, always urgent."""
    seen_when: str | None = None
    """`today`, `week`, `earlier`, or `date` with the date as typed in `seen_date`."""
    seen_date: str | None = None
    child_age: str | None = None
    """The child's apparent age range (AGE_RANGES), or the young person's own."""
    knows_child: bool | None = None
    risks: list[str] = Field(default_factory=list)
    """Risk signals (RISK_SIGNALS), each chosen once, in the order chosen."""


SEEN_WHEN = ("today", "week", "earlier", "date")
AGE_RANGES = ("under_10", "10_12", "13_15", "16_17", "unsure")
RISK_SIGNALS = ("meeting", "threats", "money", "identifiable")
"""A meeting planned, threats or blackmail, money asked, the child can be identified."""
LIST_FIELDS = frozenset({"risks"})
"""Answers a flow adds to (`set: {risks: meeting}`) rather than replaces."""


class Profile(BaseModel):
    """What is remembered about a person across reports: only their choices, never who they are."""

    model_config = ConfigDict(extra="forbid")
    language: str | None = None
    country: str | None = None
    country_confirmed: bool = False
    """False while the country is only a guess from the Telegram language: it is shown, and asked."""


class Pending(BaseModel):
    """A question the engine asked outside the flow (cancel? switch platform?) awaiting its answer."""

    model_config = ConfigDict(extra="forbid")
    kind: Literal["cancel", "switch_platform", "forget"]
    account: AccountAnswer | None = None


class ConversationState(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = STATE_VERSION
    flow: str | None = None
    step: str | None = None
    answers: Answers = Field(default_factory=Answers)
    profile: Profile = Field(default_factory=Profile)
    returns: list[str] = Field(default_factory=list)
    """Where to go back to once the current step is answered, innermost last (editing from the
    review; a detour to ask the country; switching language mid-report)."""
    pending: Pending | None = None
    answering: int | None = None
    """The volunteer question the person chose to answer: their next text is the answer."""
    asked: list[int] = Field(default_factory=list)
    """Questions relayed to this chat and not yet answered: only these can be answered (payloads
    can be forged; an answer must never land in another reporter's case)."""

    @property
    def position(self) -> str | None:
        return f"{self.flow}.{self.step}" if self.flow and self.step else None
