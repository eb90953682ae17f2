"""Conversation state: typed, versioned, stored as JSON between updates."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

STATE_VERSION = 1


class AccountAnswer(BaseModel):
    """A reported account as recognised by the directory: `(platform, id)` is its key."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    platform: str
    id: str
    url: str
    kind: Literal["account", "post"]
    role: Literal["reported", "related"] = "reported"


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
