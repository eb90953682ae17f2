"""What account recognition returns.

Two result types rather than an exception: a reply to "that's not a link" is an
ordinary turn in the conversation, not an error, and the engine must stay pure.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal["account", "post"]
Reason = Literal["empty", "too_long", "not_a_link", "unknown_site", "suspicious", "not_an_account"]
REASONS: tuple[Reason, ...] = (
    "empty",
    "too_long",
    "not_a_link",
    "unknown_site",
    "suspicious",
    "not_an_account",
)


class Recognised(BaseModel):
    """An account (or a post whose owner the link does not name) on one platform.

    ``(platform, id)`` is the key the charity's case queue de-duplicates on, so two
    people reporting one account by different links land on one case. ``kind`` says
    what ``id`` names; ``url`` is the canonical https form of what was pasted (a post
    link stays a post link, as evidence), so recognising ``url`` again gives the same
    result.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    platform: str
    id: str
    url: str
    kind: Kind
    input: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.platform, self.id)


class NotRecognised(BaseModel):
    """Why a text could not be taken as an account; ``reason`` picks the error message."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    reason: Reason
    input: str
