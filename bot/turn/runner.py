"""One update, one unit of work: load the conversation, run the engine, apply its effects, save.

Drivers call `TurnRunner.handle`; what it returns is already rendered for Telegram's HTML parse mode.
A driver that needs to queue replies durably passes a `sink`, run inside the same transaction.
The pipeline's worker calls `TurnRunner.turn` inside the transaction that claimed the update.

A conversation is stored under the chat's pseudonym, never the chat (`conversation_key`). A draft
older than the draft TTL is dropped when the person comes back, and they are told.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases import followups
from bot.cases.audit import REPORTER_ACTOR
from bot.cases.relay import may_contact, question_for, record_answer
from bot.cases.reporter import my_tips, withdraw_consent
from bot.cases.retention import Retention, forget_reporter, has_draft, kept_after_draft
from bot.cases.status import reporter_status_key
from bot.cases.tips import Reporter, StoredTip, submit_tip
from bot.directory.aftercare import Aftercare
from bot.engine.events import Event, FollowUpQuestion, RelayQuestion, StatusNotice
from bot.engine.machine import step
from bot.engine.replies import (
    DeleteUserMessage,
    FollowUpAnswer,
    ForgetMe,
    Joined,
    ListMyTips,
    Msg,
    PasteReport,
    RelayAnswer,
    Reply,
    SubmitTip,
    WithdrawConsent,
)
from bot.engine.state import ConversationState
from bot.engine.world import Outcome, World
from bot.i18n import Locales, SlotValue
from bot.identity import Identity
from bot.storage.conversations import (
    CONVERSATIONS,
    GRAIN,
    ConcurrentUpdate,
    Loaded,
    Saved,
    load_conversation_row,
    save_conversation,
)
from bot.storage.db import Database
from bot.turn.aftercare import follow_up_reply, paste_text
from bot.turn.hooks import CaseHooks
from bot.turn.limits import Filing, ReporterLimits, refused_filing
from bot.turn.render import Renderer
from bot.turn.results import Sink, TurnResult

log = logging.getLogger(__name__)

CONCURRENT_RETRIES = 5


class TurnRunner:
    """Turns for every conversation: what the drivers and the pipeline's worker call."""

    def __init__(
        self,
        world: World,
        locales: Locales,
        db: Database,
        identity: Identity,
        charity_name: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        hooks: CaseHooks | None = None,
        follow_up_after: timedelta = timedelta(hours=48),
        retention: Retention | None = None,
        limits: ReporterLimits | None = None,
    ) -> None:
        self.world = world
        self.locales = locales
        self.db = db
        self.identity = identity
        self.charity_name = charity_name
        self.clock = clock
        self.hooks = hooks
        """The volunteer desk: told of every new tip (its case card) and every relayed answer."""
        self.retention = retention or Retention()
        self.renderer = Renderer(locales, charity_name, self.retention.privacy_params())

        self.follow_up_after = follow_up_after
        """`TIPLINE_FOLLOW_UP_HOURS`: how long after a tip its reporter is asked whether the platform acted."""
        aftercare = getattr(world.directory, "aftercare", None)
        self.aftercare: Aftercare | None = aftercare if isinstance(aftercare, Aftercare) else None
        self.limits = limits
        """Tips a day and updates a minute per reporter (issue 13); None: unlimited (tests, the console)."""

    def conversation_key(self, chat_key: str) -> str:
        """What a chat's conversation is stored under: its pseudonym."""
        return self.identity.pseudonym(chat_key)

    async def handle(self, chat_key: str, event: Event, sink: Sink | None = None) -> TurnResult:
        """Process one event for one chat. Retries when another worker saved the chat meanwhile."""
        for attempt in range(CONCURRENT_RETRIES):
            try:
                async with self.db.transaction() as session:
                    result = await self.turn(session, chat_key, event)
                    if sink is not None:
                        await sink(session, result)
                    return result
            except ConcurrentUpdate:
                log.info("conversation changed underneath; retrying", extra={"attempt": attempt + 1})
        raise RuntimeError("conversation kept changing underneath; giving up on this update")

    async def turn(
        self,
        session: AsyncSession,
        chat_key: str,
        event: Event,
        prefetched: Mapping[str, Saved | None] | None = None,
    ) -> TurnResult:
        """`handle` inside the caller's transaction, for a pipeline that claims the update in it too.

        `prefetched`: conversations the caller read for a whole batch (`prefetch_conversations`).
        Raises ConcurrentUpdate when another worker saved the chat meanwhile; the caller retries.
        """
        now = self.clock()
        if not await self._may_reach(session, chat_key, event):
            return TurnResult(language=self.world.default_language)
        key = self.conversation_key(chat_key)
        loaded = await load_conversation_row(session, key, prefetched)
        state, expired = self._unexpired(loaded, now)
        if self.limits is not None and self.limits.applies_to(chat_key):
            admitted = await self.limits.admit(session, key, event, now)
            if not isinstance(admitted, bool):  # over the limit: not processed, told once a minute at most
                result = TurnResult(language=state.profile.language or self.world.default_language)
                if admitted is not None:
                    result.messages = [self.renderer.render(admitted, result.language)]
                return result
        outcome = step(self.world, state, event)
        # `/forget` leaves a blank state: its confirmation is still in the person's language.
        language = outcome.state.profile.language or state.profile.language or self.world.default_language
        result = TurnResult(language=language)
        if expired:
            language = state.profile.language or self.world.default_language
            result.messages.append(self.renderer.render(Reply(key="draft-expired"), language))
        slots = await self._apply(session, chat_key, outcome, result, now)
        if any(isinstance(effect, ForgetMe) for effect in outcome.effects):
            await session.execute(CONVERSATIONS.delete().where(CONVERSATIONS.c.chat_key == key))
        else:
            await save_conversation(session, key, outcome.state, loaded.version, now)
        result.messages += [self.renderer.render(reply, result.language, slots) for reply in outcome.replies]
        return result

    def _unexpired(self, loaded: Loaded, now: datetime) -> tuple[ConversationState, bool]:
        """The state to go on from, and whether an unfinished report expired since the person last
        wrote (deleted by the purge already, or found here first)."""
        state = loaded.state
        stale = loaded.updated_at is not None and loaded.updated_at < now - self.retention.draft_ttl - GRAIN
        if stale and has_draft(state):
            return kept_after_draft(state), True
        return state, loaded.draft_expired

    async def _apply(
        self, session: AsyncSession, chat_key: str, outcome: Outcome, result: TurnResult, now: datetime
    ) -> dict[str, SlotValue]:
        slots: dict[str, SlotValue] = {}
        for effect in outcome.effects:
            if isinstance(effect, SubmitTip):
                await self._submit(session, chat_key, effect, outcome, result, slots, now)
            elif isinstance(effect, DeleteUserMessage):
                result.delete_message_ids.append(effect.message_id)
            elif isinstance(effect, ListMyTips):
                slots["mytips"] = await self._my_tips(session, chat_key, result.language)
            elif isinstance(effect, WithdrawConsent):
                await withdraw_consent(session, self.identity.pseudonym(chat_key))
                await followups.cancel_for(session, self.identity.pseudonym(chat_key), now)
            elif isinstance(effect, PasteReport):
                slots["paste"] = paste_text(effect.answers, self.aftercare)
            elif isinstance(effect, FollowUpAnswer):
                answered = await followups.record_answer(
                    session, effect.follow_up_id, self.identity.pseudonym(chat_key), effect.answer, now
                )
                if answered is None:
                    log.warning("follow-up answer dropped: not an open follow-up of this reporter")
                elif self.hooks is not None:
                    await self.hooks.follow_up_answered(session, answered, now)
                slots["followup"] = follow_up_reply(answered, self.aftercare)
            elif isinstance(effect, RelayAnswer):
                await self._relay_answer(session, chat_key, effect, now)
            elif isinstance(effect, ForgetMe):
                erased = await forget_reporter(session, self.identity.pseudonym(chat_key), REPORTER_ACTOR, now)
                if self.hooks is not None and erased.counts.tips:
                    await self.hooks.tips_erased(session, erased.counts.tips, now)
            else:
                raise TypeError(f"no handler for effect {type(effect).__name__}")
        return slots

    async def _submit(
        self,
        session: AsyncSession,
        chat_key: str,
        effect: SubmitTip,
        outcome: Outcome,
        result: TurnResult,
        slots: dict[str, SlotValue],
        now: datetime,
    ) -> None:
        pseudonym = self.identity.pseudonym(chat_key)
        filing, until = (
            (Filing.ALLOWED, None) if self.limits is None else await self.limits.filing(session, pseudonym, now)
        )
        if filing is Filing.OVER_LIMIT and until is not None:
            outcome.replies[:] = refused_filing(outcome.replies, until)
            return
        consent = bool(effect.answers.contact_consent)
        reporter = Reporter(pseudonym=pseudonym, contact_token=self.identity.seal(chat_key) if consent else None)
        blocked = filing is Filing.BLOCKED
        result.tip = await submit_tip(session, effect, reporter, now, aside=blocked)
        slots["reference"] = result.tip.reference
        if blocked:  # set aside, out of the queue: no card, no follow-up (and the reporter is not told)
            return
        if effect.answers.follow_up:
            await self._schedule_follow_up(session, chat_key, effect, result.tip, now)
        if self.hooks is not None:
            await self.hooks.tip_filed(session, result.tip, now)

    async def _may_reach(self, session: AsyncSession, chat_key: str, event: Event) -> bool:
        """A question or news from the charity reaches a chat only while its reporter still agrees.

        They were queued when the reporter consented; `/stopcontact` may have come in between.
        """
        if isinstance(event, RelayQuestion):
            question = await question_for(session, event.question_id, self.identity.pseudonym(chat_key))
            return question is not None and await may_contact(session, question.reporter, question.reference)
        if isinstance(event, StatusNotice):
            return await may_contact(session, self.identity.pseudonym(chat_key), event.reference)
        if isinstance(event, FollowUpQuestion):
            return await followups.is_open_for(session, event.follow_up_id, self.identity.pseudonym(chat_key))
        return True

    async def _schedule_follow_up(
        self, session: AsyncSession, chat_key: str, tip: SubmitTip, stored: StoredTip, now: datetime
    ) -> None:
        """The reporter agreed to be asked later whether the platform acted: keep a sealed address."""
        await followups.schedule(
            session,
            tip_id=stored.tip_id,
            case_id=stored.case_id,
            reporter=self.identity.pseudonym(chat_key),
            contact_token=self.identity.seal(chat_key),
            category=tip.answers.category or "other",
            country=tip.country,
            now=now,
            after=self.follow_up_after,
            young=bool(tip.answers.self_report),
        )

    async def _relay_answer(self, session: AsyncSession, chat_key: str, answer: RelayAnswer, now: datetime) -> None:
        """Accept an answer only for a question put to THIS reporter: the question's tip must carry
        this chat's pseudonym (the engine's `asked` list is state, and state can be tampered with)."""
        question = await question_for(session, answer.question_id, self.identity.pseudonym(chat_key))
        if question is None:
            log.warning("relayed answer dropped: not an open question of this reporter")
            return
        await record_answer(session, question, answer.text, now)
        if self.hooks is not None:
            await self.hooks.answer_received(session, question, answer.text, now)

    async def _my_tips(self, session: AsyncSession, chat_key: str, language: str) -> Joined:
        tips = await my_tips(session, self.identity.pseudonym(chat_key))
        if not tips:
            return Joined(parts=(Msg(key="mytips-none"),))
        lines = tuple(
            Msg(
                key="mytips-item",
                params={
                    "reference": tip.reference,
                    "date": tip.created_at.date().isoformat(),
                    "platform": self.world.directory.platforms[tip.platform].name
                    if tip.platform in self.world.directory.platforms
                    else tip.platform,
                    "status": Msg(key=reporter_status_key(tip.case_status, tip.outcome)),
                },
            )
            for tip in tips
        )
        return Joined(parts=lines, separator="\n")
