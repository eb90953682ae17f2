"""The follow-up scheduler: a loop inside `tipline run` that asks reporters, when the time comes,
whether the account they reported is still there (issue 16).

It claims due follow-ups in a write transaction (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so
several processes never ask twice), unseals each reporter's contact token, and queues the question
as an event in that chat's inbox, in the same transaction: the worker then renders it in the
reporter's language and the outbox sends it, like any reply. A crash before the commit leaves the
follow-up due; after it, the question is in the inbox. Everything lives in the database, so
follow-ups survive restarts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.cases import followups
from bot.engine.events import FollowUpQuestion
from bot.identity import Identity
from bot.pipeline.inbox import Inbox
from bot.pipeline.ports import CHAT_KEY_PREFIX, InboxItem
from bot.pipeline.signals import Signal, sleep_unless
from bot.pipeline.tables import WriteGate

log = logging.getLogger(__name__)

BATCH = 50
IDLE_SECONDS = 30.0
"""How often the scheduler looks for due follow-ups when none were due (a follow-up is at most
this late; a test clock makes it look at once)."""


class FollowUpScheduler:
    def __init__(
        self,
        gate: WriteGate,
        inbox: Inbox,
        identity: Identity,
        inbox_signal: Signal,
        *,
        remind_after: timedelta,
        clock: Callable[[], datetime],
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        self.gate = gate
        self.inbox = inbox
        self.identity = identity
        self.inbox_signal = inbox_signal
        self.remind_after = remind_after
        self.clock = clock
        self.idle_seconds = idle_seconds

    async def run(self, stopping: asyncio.Event) -> None:
        while not stopping.is_set():
            try:
                queued = await self.run_once()
            except Exception as exc:
                log.warning("follow-up scheduler failed; will try again", extra={"error": type(exc).__name__})
                queued = 0
            if queued < BATCH and await sleep_unless(stopping, self.idle_seconds):
                return

    async def run_once(self) -> int:
        """One batch: returns how many follow-ups moved on (asked, reminded or expired)."""
        now = self.clock()
        async with self.gate.write() as session:
            rows = await followups.claim_due(session, now, BATCH, postgres=self.gate.postgres)
            due = await followups.advance(session, rows, now, self.remind_after)
            for item in due:
                if item.kind == "expire":
                    continue
                chat_key = self.identity.unseal(item.contact_token) if item.contact_token else None
                if chat_key is None or not chat_key.startswith(CHAT_KEY_PREFIX):
                    # Sealed with another key, or a tip filed in the console chat: nobody to ask.
                    log.warning("follow-up dropped: its contact token does not lead to a Telegram chat")
                    await followups.mark_failed(session, item.follow_up_id)
                    continue
                event = FollowUpQuestion(
                    follow_up_id=item.follow_up_id,
                    reference=item.reference,
                    account=item.account,
                    platform=item.platform,
                    reminder=item.kind == "remind",
                    young=item.young,
                )
                await self.inbox.queue_event(session, InboxItem(chat_key=chat_key, event=event), now)
        if due:
            self.inbox_signal.notify()
            log.info("follow-ups moved on", extra={"count": len(due)})
        return len(due)
