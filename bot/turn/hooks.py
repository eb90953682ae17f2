"""What a turn tells the volunteer desk, as a protocol owned by the turn, so a turn needs no desk to run.

The console chat runs without one; `tipline run` gives the desk, which turns these into case
cards and thread messages through the outbox, in the same transaction as the reporter's turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.followups import Answered
from bot.cases.relay import Question
from bot.cases.retention import ErasedTip
from bot.cases.tips import StoredTip


class CaseHooks(Protocol):
    async def tip_filed(self, session: AsyncSession, tip: StoredTip, now: datetime) -> None:
        """A tip was stored: post its case's card, or update the card and say so in its thread."""

    async def answer_received(self, session: AsyncSession, question: Question, text: str, now: datetime) -> None:
        """A reporter answered a volunteer's question (already checked to be theirs, and recorded)."""

    async def follow_up_answered(self, session: AsyncSession, answered: Answered, now: datetime) -> None:
        """A reporter answered a follow-up (is the account still there?): redraw the case's card."""

    async def tips_erased(self, session: AsyncSession, tips: Sequence[ErasedTip], now: datetime) -> None:
        """A reporter's `/forget` erased the words of these tips (already done, in this transaction)."""
