"""What account recognition returns.

Two result types rather than an exception: a reply to "that's not a link" is an
ordinary turn in the conversation, not an error, and the engine must stay pure.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal["account", "post"]
Certainty = Literal["link", "username", "phone", "display_name"]
"""How sure the key is, most sure first: a link the platform made, a username (unique on the
platform, but typed by hand), a phone number, or a display name (anyone can show that name)."""
Reason = Literal["empty", "too_long", "not_a_link", "not_a_name", "unknown_site", "suspicious", "not_an_account"]
REASONS: tuple[Reason, ...] = (
    "empty",
    "too_long",
    "not_a_link",
    "not_a_name",
    "unknown_site",
    "suspicious",
    "not_an_account",
)


class Recognised(BaseModel):
    """An account (or a post whose owner the link does not name) on one platform.

    ``(platform, id)`` is the key the charity's case queue de-duplicates on, so two
    people reporting one account by different links (or by its link and its @name) land
    on one case. ``kind`` says what ``id`` names: a post link is kept as evidence, never
    taken for its account. ``url`` is the canonical https form of what was pasted, so
    recognising ``url`` again gives the same result; it is None where the platform has no
    link for what was typed (a Discord username, a display name). ``certainty`` says how
    the account was named, for the tip and the desk.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    platform: str
    id: str
    url: str | None
    kind: Kind
    input: str
    certainty: Certainty = "link"

    @property
    def key(self) -> tuple[str, str]:
        return (self.platform, self.id)

    @property
    def label(self) -> str:
        """How to show the account to people: its link, else its @name, else the name as typed."""
        if self.url is not None:
            return self.url
        if self.certainty == "display_name":
            return " ".join(self.input.split())
        return f"@{self.id}"


class NotRecognised(BaseModel):
    """Why a text could not be taken as an account; ``reason`` picks the error message."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    reason: Reason
    input: str
