"""One desk request being handled: who asked, from where, and what will be sent because of it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import audit
from bot.cases.volunteers import Actor
from bot.cases.workflow import Change, Refused
from bot.desk.messages import ButtonRows, DeskRequest, Outbound, Post, Toast
from bot.desk.parse import split_id
from bot.desk.words import StaffTexts, clip
from bot.engine.ports import DirectoryView
from bot.i18n import html_to_plain
from bot.limits import CALLBACK_NOTICE_LIMIT

log = logging.getLogger("bot.desk.desk")


class DeskServices(Protocol):
    """What a command or button handler may use of the desk (`Desk` is the one implementation);
    a protocol, so the handlers need not import the desk that dispatches to them."""

    texts: StaffTexts
    directory: DirectoryView
    volunteer_chat_key: str | None

    async def redraw(self, session: AsyncSession, case_id: int, actions: list[Outbound]) -> None: ...

    async def tell_reporters(
        self, session: AsyncSession, case_id: int, status_key: str, actions: list[Outbound]
    ) -> int: ...

    def reach(self, token: str) -> str | None: ...


@dataclass
class DeskTurn:
    """One desk request being handled: who, from where, and what it will send."""

    desk: DeskServices
    session: AsyncSession
    actor: Actor
    request: DeskRequest
    now: datetime
    actions: list[Outbound] = field(default_factory=list)
    answered: bool = False
    changes: list[Change] = field(default_factory=list)
    """What the request changed, for the desk's observers (bot/desk/observers.py)."""

    @property
    def texts(self) -> StaffTexts:
        return self.desk.texts

    def reply(self, text: str, buttons: ButtonRows = ()) -> None:
        """A message to the chat (and forum topic) the request came from."""
        self.actions.append(Post(self.request.chat_key, text, buttons, thread_id=self.request.thread_id))

    def toast(self, text: str | None = None) -> None:
        if self.request.callback_id is not None and not self.answered:
            notice = clip(html_to_plain(text), CALLBACK_NOTICE_LIMIT) if text else None
            self.actions.append(Toast(self.request.chat_key, self.request.callback_id, notice))
            self.answered = True

    def say(self, text: str) -> None:
        """The outcome of an action: a notice on the button pressed, or a message for a command."""
        if self.request.callback_id is not None:
            self.toast(text)
        else:
            self.reply(text)

    def refused(self, refusal: Refused, what: str) -> None:
        if refusal.reason == "not_allowed":
            log.warning("desk: action refused for the volunteer's role", extra={"action": what})
        self.say(self.texts.t(f"desk-refused-{refusal.reason}", **refusal.params))

    async def changed(self, change: Change) -> None:
        """Redraw the cards the change touched and tell the reporters who want to know."""
        self.changes.append(change)
        for case_id in change.cards:
            await self.desk.redraw(self.session, case_id, self.actions)
        if change.reporter_status is not None:
            told = await self.desk.tell_reporters(self.session, change.case_id, change.reporter_status, self.actions)
            if told:
                status = str(change.detail.get("status", ""))
                audit.record(
                    self.session, change.case_id, self.actor.alias, "notified", self.now, count=told, status=status
                )
                self.reply(self.texts.t("desk-told-reporters", count=told))


def needs_case(turn: DeskTurn, args: str, command: str) -> tuple[int, str] | None:
    """The case id at the start of `args`, or None after answering with the command's usage line."""
    case_id, rest = split_id(args)
    if case_id is None:
        turn.reply(turn.texts.usage(command))
        return None
    return case_id, rest
