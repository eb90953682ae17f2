"""The volunteer desk: volunteers' commands and buttons in, case changes and messages out.

Framework-free like the engine, but not pure: one request is one unit of work inside the caller's
transaction (the pipeline's, for Telegram), and what should be sent is handed to a `Dispatch`.

Who may do what is decided here, on every request, from the volunteers table: a person who is not
a volunteer gets nothing back (in the volunteer group, in a private chat, from a forged button),
and the attempt is logged without ids or text. The case services check the role once more.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.detail import case_detail, reporter_tag
from bot.cases.followups import Answered
from bot.cases.relay import Question, reachable
from bot.cases.retention import ErasedTip
from bot.cases.tips import StoredTip
from bot.cases.volunteers import actor_for, list_volunteers
from bot.desk import buttons, commands
from bot.desk.cards import case_card, why
from bot.desk.handling import DeskTurn
from bot.desk.messages import DeskRequest, Dispatch, EditCard, Outbound, Post, RemoveMember, Toast, ToReporter
from bot.desk.observers import ChangeObserver
from bot.desk.payloads import is_desk_payload
from bot.desk.words import StaffTexts
from bot.engine.events import Button, Command, Event, StatusNotice
from bot.engine.ports import DirectoryView
from bot.i18n import html_to_plain
from bot.identity import Identity
from bot.pipeline.ports import chat_key_of

log = logging.getLogger(__name__)

DESK_COMMANDS = frozenset(commands.HANDLERS)
"""Commands a volunteer's private chat sends to the desk (anyone else's go to the reporter flow)."""


class Desk:
    def __init__(
        self,
        texts: StaffTexts,
        identity: Identity,
        directory: DirectoryView,
        dispatch: Dispatch,
        *,
        volunteer_chat_key: str | None,
        card_thread_id: int | None = None,
        strangers: Literal["alert", "remove"] = "alert",
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.strangers = strangers
        """`TIPLINE_VOLUNTEER_GROUP_STRANGERS`: what happens when someone who is not a volunteer joins the group."""
        self.texts = texts
        self.identity = identity
        self.directory = directory
        self.dispatch = dispatch
        self.volunteer_chat_key = volunteer_chat_key
        self.card_thread_id = card_thread_id
        self.clock = clock
        self.observers: list[ChangeObserver] = []
        """Told of every case change a volunteer makes, in its transaction (forwarding, for one)."""

    # ---- routing ---------------------------------------------------------------------------------

    async def wants(self, session: AsyncSession, user_id: int | None, chat_key: str, event: Event) -> bool:
        """Whether an update belongs to the desk rather than to the reporter conversation.

        Everything in the volunteer chat does. In a private chat, desk buttons do (a forged one is
        refused and logged there) and desk commands of volunteers do; a member of the public who
        types `/queue` just gets the reporter bot's "unknown command".
        """
        if chat_key == self.volunteer_chat_key:
            return True
        if isinstance(event, Button):
            return is_desk_payload(event.payload)
        if isinstance(event, Command) and event.name in DESK_COMMANDS and user_id is not None:
            return await actor_for(session, user_id) is not None
        return False

    # ---- volunteers' requests --------------------------------------------------------------------

    async def handle(self, session: AsyncSession, request: DeskRequest) -> None:
        now = self.clock()
        actor = await actor_for(session, request.user_id)
        event = request.event
        if actor is None:
            actions = self._stranger(request)
        else:
            turn = DeskTurn(self, session, actor, request, now)
            if isinstance(event, Command):
                await commands.run(turn, event)
            elif isinstance(event, Button):
                await buttons.run(turn, event.payload)
            # Plain text in the volunteer chat is volunteers talking to each other: not for the bot.
            turn.toast()
            actions = turn.actions
            for change in turn.changes:
                for observer in self.observers:
                    await observer.case_changed(session, change, now)
        await self.dispatch(session, actions, now)

    async def member_joined(self, session: AsyncSession, user_id: int, now: datetime) -> None:
        """Someone joined the volunteer group: a volunteer is welcome; anyone else can read every card,
        so the group and each admin are told (and, with `remove`, they are taken out at once)."""
        group = self.volunteer_chat_key
        if group is None or await actor_for(session, user_id) is not None:
            return
        removing = self.strangers == "remove"
        log.warning("desk: someone who is not a volunteer joined the volunteer group", extra={"removed": removing})
        key = "desk-stranger-removed" if removing else "desk-stranger-joined"
        text = self.texts.t(key, user=str(user_id))
        actions: list[Outbound] = []
        if removing:
            actions.append(RemoveMember(group, user_id, str(user_id)))
        actions.append(Post(group, text, thread_id=self.card_thread_id))
        for admin in await list_volunteers(session):
            if admin.role == "admin":
                actions.append(Post(chat_key_of(admin.telegram_user_id), text))
        await self.dispatch(session, actions, now)

    def _stranger(self, request: DeskRequest) -> list[Outbound]:
        """No case data, no hint: a button just stops spinning, a command gets no answer."""
        event = request.event
        if isinstance(event, Button) or (isinstance(event, Command) and event.name in DESK_COMMANDS):
            kind = "button" if isinstance(event, Button) else "command"
            log.warning("desk: request from someone who is not a volunteer ignored", extra={"kind": kind})
        if request.callback_id is not None:
            return [Toast(request.chat_key, request.callback_id)]
        return []

    # ---- cards and reporters ---------------------------------------------------------------------

    async def redraw(self, session: AsyncSession, case_id: int, actions: list[Outbound]) -> None:
        if self.volunteer_chat_key is None:
            return
        detail = await case_detail(session, case_id)
        if detail is None:
            return
        text, buttons = case_card(self.texts, detail)
        actions.append(EditCard(self.volunteer_chat_key, case_id, text, buttons, thread_id=self.card_thread_id))

    async def tell_reporters(
        self, session: AsyncSession, case_id: int, status_key: str, actions: list[Outbound]
    ) -> int:
        """News for every reporter of the case who agreed to be contacted; returns how many."""
        told = 0
        for target in await reachable(session, case_id):
            chat_key = self.identity.unseal(target.contact_token)
            if chat_key is None:  # sealed with another key: the secret key was changed
                log.warning("desk: a contact token could not be opened with the current key")
                continue
            actions.append(ToReporter(chat_key, StatusNotice(reference=target.reference, status_key=status_key)))
            told += 1
        return told

    def reach(self, token: str) -> str | None:
        chat_key = self.identity.unseal(token)
        if chat_key is None:
            log.warning("desk: a contact token could not be opened with the current key")
        return chat_key

    # ---- hooks from a reporter's turn -------------------------------------------------------------

    async def tip_filed(self, session: AsyncSession, tip: StoredTip, now: datetime) -> None:
        """A new case gets its card; a further tip redraws the card and says so under it."""
        if self.volunteer_chat_key is None:
            return
        detail = await case_detail(session, tip.case_id)
        if detail is None:
            return
        text, buttons = case_card(self.texts, detail)
        chat, thread = self.volunteer_chat_key, self.card_thread_id
        actions: list[Outbound]
        if tip.new_case:
            actions = [Post(chat, text, buttons, thread_id=thread, card_of=tip.case_id)]
        else:
            note = self.texts.t(
                "desk-thread-tip", reference=tip.reference, why=html_to_plain(why(self.texts, detail.assessment))
            )
            actions = [
                EditCard(chat, tip.case_id, text, buttons, thread_id=thread),
                Post(chat, note, thread_id=thread, reply_to_card=tip.case_id),
            ]
        await self.dispatch(session, actions, now)

    async def follow_up_answered(self, session: AsyncSession, answered: Answered, now: datetime) -> None:
        """The card shows reporters' follow-up answers (issue 16): draw it again."""
        actions: list[Outbound] = []
        await self.redraw(session, answered.case_id, actions)
        await self.dispatch(session, actions, now)

    async def tips_erased(self, session: AsyncSession, tips: Sequence[ErasedTip], now: datetime) -> None:
        """The cards count a reporter's tips per case: after `/forget` the erased tips count apart."""
        actions: list[Outbound] = []
        for case_id in sorted({tip.case_id for tip in tips}):
            await self.redraw(session, case_id, actions)
        await self.dispatch(session, actions, now)

    async def answer_received(self, session: AsyncSession, question: Question, text: str, now: datetime) -> None:
        """The answer goes under the case's card; without a volunteer chat it is in `/case` only."""
        if self.volunteer_chat_key is None:
            return
        message = self.texts.t(
            "desk-thread-answer",
            reporter=reporter_tag(question.reporter, question.case_id),
            reference=question.reference,
            text=text,
        )
        post = Post(self.volunteer_chat_key, message, thread_id=self.card_thread_id, reply_to_card=question.case_id)
        await self.dispatch(session, [post], now)
