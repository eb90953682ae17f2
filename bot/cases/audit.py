"""The audit trail of a case: every change is a row saying who (an alias), what, and when.

Rows name volunteers by alias and reporters not at all (an answer is "reporter", and which tip it
was about); the trail can be shown to any volunteer and exported without revealing anyone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import CaseEvent

REPORTER_ACTOR = "reporter"
HISTORY_LIMIT = 15


@dataclass(frozen=True, slots=True)
class AuditEntry:
    created_at: datetime
    actor: str
    action: str
    detail: dict[str, Any]


def record(
    session: AsyncSession, case_id: int, actor: str, action: str, now: datetime, **detail: str | int | None
) -> None:
    session.add(
        CaseEvent(
            case_id=case_id,
            actor=actor,
            action=action,
            detail={key: value for key, value in detail.items() if value is not None},
            created_at=now,
        )
    )


async def history(session: AsyncSession, case_id: int, limit: int = HISTORY_LIMIT) -> tuple[list[AuditEntry], int]:
    """The latest `limit` entries, oldest first, and how many there are in all."""
    rows = (
        (
            await session.execute(
                select(CaseEvent)
                .where(CaseEvent.case_id == case_id)
                .order_by(CaseEvent.created_at.desc(), CaseEvent.id.desc())
                .limit(limit)
            )
        )
        .scalars()
        .all()
    )
    total = await session.scalar(select(func.count()).select_from(CaseEvent).where(CaseEvent.case_id == case_id))
    entries = [AuditEntry(row.created_at, row.actor, row.action, dict(row.detail)) for row in reversed(rows)]
    return entries, int(total or 0)
