"""What the engine asks the outside world to do: say something (replies) or change something (effects).

Replies name locale keys, never final text, so the engine stays language-free. Every parameter value
that came from a person is escaped by the renderer; locale text is trusted.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from bot.engine.state import Answers


class Msg(BaseModel):
    """A parameter whose value is another locale message (e.g. a category's label)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    key: str
    params: dict[str, ParamValue] = Field(default_factory=dict)


class Joined(BaseModel):
    """Several messages rendered one after another (e.g. a list of places to report to)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    parts: tuple[Msg, ...]
    separator: str = "\n\n"


class CountryName(BaseModel):
    """A country, named in the reader's language when rendered (`fallback`: its English name)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    code: str
    fallback: str


class Slot(BaseModel):
    """A parameter only known after effects ran, e.g. the tip's reference number."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    slot: str


ParamValue = str | int | Msg | Joined | CountryName | Slot
Msg.model_rebuild()


class ButtonSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str
    """Locale key of the label, or literal text when `literal` is true (platform and country names)."""
    payload: str
    literal: bool = False
    country: str | None = None
    """A country button: the renderer names it in the reader's language."""


class Reply(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    key: str
    params: dict[str, ParamValue] = Field(default_factory=dict)
    buttons: tuple[tuple[ButtonSpec, ...], ...] = ()


class SubmitTip(BaseModel):
    """Store the reviewed report as a tip; the turn fills the `reference` slot."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["submit_tip"] = "submit_tip"
    answers: Answers
    country: str | None
    language: str


class DeleteUserMessage(BaseModel):
    """Remove a message a person sent (media) from the chat, where the platform allows it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["delete_user_message"] = "delete_user_message"
    message_id: int


class ListMyTips(BaseModel):
    """Show the person their own tips and what became of them; fills the `mytips` slot."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["list_my_tips"] = "list_my_tips"


class WithdrawConsent(BaseModel):
    """The person no longer wants to be contacted about any of their tips."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["withdraw_consent"] = "withdraw_consent"


class RelayAnswer(BaseModel):
    """The person's answer to a volunteer's question, for the case it was asked from."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["relay_answer"] = "relay_answer"
    question_id: int
    text: str


class PasteReport(BaseModel):
    """Build the ready-to-paste report text from the answers so far; fills the `paste` slot."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["paste_report"] = "paste_report"
    answers: Answers


class FollowUpAnswer(BaseModel):
    """The person's answer to a follow-up (is the account still there?); fills the `followup` slot."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["follow_up_answer"] = "follow_up_answer"
    follow_up_id: int
    answer: str


class ForgetMe(BaseModel):
    """The person asked to be forgotten (`/forget`, confirmed): their conversation, contact tokens
    and relayed questions go, and their tips' free text is erased; the cases keep that tips existed."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["forget_me"] = "forget_me"


Effect = Annotated[
    SubmitTip
    | DeleteUserMessage
    | ListMyTips
    | WithdrawConsent
    | RelayAnswer
    | PasteReport
    | FollowUpAnswer
    | ForgetMe,
    Field(discriminator="type"),
]
