"""What a person did, as the engine sees it: framework-free and serialisable."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Event(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Start(_Event):
    """`/start`, or the first contact: begins cleanly, whatever was going on."""

    type: Literal["start"] = "start"
    language_code: str | None = None


class Text(_Event):
    type: Literal["text"] = "text"
    text: str


class Button(_Event):
    """A pressed inline button; `payload` is the callback data, which anyone can forge."""

    type: Literal["button"] = "button"
    payload: str


class Command(_Event):
    """A slash command other than /start, e.g. `cancel`, `help`, `privacy`."""

    type: Literal["command"] = "command"
    name: str
    args: str = ""


MediaKind = Literal["photo", "video", "document", "sticker", "voice", "animation", "audio", "video_note", "other"]


class Media(_Event):
    """Any file a person sent. Only its kind and message id are kept: never its content."""

    type: Literal["media"] = "media"
    kind: MediaKind
    message_id: int | None = None


class RelayQuestion(_Event):
    """A volunteer's question about one of this person's tips, relayed by the bot.

    It reaches the reporter only because they agreed to be contacted; neither side learns who the
    other is. The reporter answers with a button, then text, whenever they like.
    """

    type: Literal["relay_question"] = "relay_question"
    question_id: int
    reference: str
    text: str


class StatusNotice(_Event):
    """What became of one of this person's tips (reported to the platform, closed), told because they
    agreed to be contacted. Like a relayed question it comes from the charity, never from Telegram."""

    type: Literal["status_notice"] = "status_notice"
    reference: str
    status_key: str = Field(pattern=r"^tip-status-[a-z_-]+$")
    """A reporter-facing status text (`bot.cases.status.reporter_status_key`)."""


class FollowUpQuestion(_Event):
    """The check-back the person agreed to: is the account they reported still there?

    Queued by the scheduler into the person's own chat queue; `reminder` on the second (and last)
    asking; `young` adds what to do if it is still happening to them.
    """

    type: Literal["follow_up_question"] = "follow_up_question"
    follow_up_id: int
    reference: str
    account: str
    platform: str
    reminder: bool = False
    young: bool = False


class MemberJoined(_Event):
    """Someone joined the volunteer group (Telegram's `chat_member` update; `InboxItem.user_id` says
    who). The desk's alone: the desk checks they are a volunteer. No conversation takes it."""

    type: Literal["member_joined"] = "member_joined"


Event = Annotated[
    Start | Text | Button | Command | Media | RelayQuestion | StatusNotice | FollowUpQuestion | MemberJoined,
    Field(discriminator="type"),
]
