"""What a reporter may see and change about their own tips, found by their pseudonym alone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Case, Tip

MY_TIPS_LIMIT = 20


@dataclass(frozen=True)
class MyTip:
    reference: str
    created_at: datetime
    platform: str
    case_status: str
    outcome: str | None


async def my_tips(session: AsyncSession, reporter: str, limit: int = MY_TIPS_LIMIT) -> list[MyTip]:
    rows = (
        await session.execute(
            select(Tip.reference, Tip.created_at, Tip.platform, Case.status, Case.outcome)
            .join(Case, Case.id == Tip.case_id)
            .where(Tip.reporter == reporter)
            .order_by(Tip.created_at.desc(), Tip.id.desc())
            .limit(limit)
        )
    ).all()
    return [MyTip(*row) for row in rows]


async def withdraw_consent(session: AsyncSession, reporter: str) -> int:
    """Forget how to reach this reporter on every tip; returns how many tips changed."""
    result = await session.execute(
        update(Tip)
        .where(Tip.reporter == reporter, Tip.contact_consent.is_(True))
        .values(contact_consent=False, contact_token=None)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
