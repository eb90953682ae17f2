"""Read-only views of the queue for the CLI (and, later, volunteers). No reporter identity leaves here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Case, ReportedAccount, Tip, TipAccount


@dataclass(frozen=True)
class AccountLine:
    platform: str
    canonical_id: str
    url: str
    """Empty where the account was named without a link (a Discord username, a display name)."""
    role: str
    certainty: str | None = None
    """How surely the tips named it (`link` … `unknown`, see `bot.engine.state.Certainty`); None: not from tips."""


@dataclass(frozen=True)
class TipView:
    reference: str
    created_at: datetime
    category: str
    platform: str
    accounts: tuple[AccountLine, ...]
    case_id: int
    case_status: str
    case_tip_count: int
    urgent: bool
    child_in_danger: bool
    reported_to_platform: str | None
    country: str | None
    language: str
    details: str | None
    contact_consent: bool
    reporter_tip_count: int
    """How many tips this (pseudonymous) reporter has filed: context, never identity."""


async def list_tips(session: AsyncSession, limit: int = 50, urgent_only: bool = False) -> list[TipView]:
    query = select(Tip).order_by(Tip.created_at.desc(), Tip.id.desc()).limit(limit)
    if urgent_only:
        query = query.where(Tip.urgent.is_(True))
    tips = (await session.execute(query)).scalars().all()
    return [await _view(session, tip) for tip in tips]


async def get_tip(session: AsyncSession, reference: str) -> TipView | None:
    tip = (await session.execute(select(Tip).where(Tip.reference == reference))).scalar_one_or_none()
    return await _view(session, tip) if tip else None


async def _view(session: AsyncSession, tip: Tip) -> TipView:
    case = await session.get_one(Case, tip.case_id)
    rows = (
        await session.execute(
            select(ReportedAccount, TipAccount.role, TipAccount.certainty)
            .join(TipAccount, TipAccount.account_id == ReportedAccount.id)
            .where(TipAccount.tip_id == tip.id)
            .order_by(TipAccount.role.desc(), ReportedAccount.id)
        )
    ).all()
    reporter_tips = await session.scalar(select(func.count()).select_from(Tip).where(Tip.reporter == tip.reporter))
    return TipView(
        reference=tip.reference,
        created_at=tip.created_at,
        category=tip.category,
        platform=tip.platform,
        accounts=tuple(AccountLine(a.platform, a.canonical_id, a.url, role, certainty) for a, role, certainty in rows),
        case_id=case.id,
        case_status=case.status,
        case_tip_count=case.tip_count,
        urgent=tip.urgent,
        child_in_danger=tip.child_in_danger,
        reported_to_platform=tip.reported_to_platform,
        country=tip.country,
        language=tip.language,
        details=tip.details,
        contact_consent=tip.contact_consent,
        reporter_tip_count=int(reporter_tips or 0),
    )
