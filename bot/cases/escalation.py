"""An escalation summary of one case, for a regulator or a platform's trust-and-safety contact.

Facts only, and never who reported: the accounts, when the account was first and last reported,
how many independent people reported it (pseudonyms counted, never shown), the categories, what
reporters said they did with the platform, what volunteers found the platform did, and reporters'
follow-up answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.followups import Evidence, evidence
from bot.cases.outcomes import Checked
from bot.cases.workflow import Refused
from bot.storage.models import AccountLink, Case, CaseOutcome, ReportedAccount, Tip

MAX_ACCOUNTS = 20


@dataclass(frozen=True, slots=True)
class Summary:
    case_id: int
    platform: str
    accounts: tuple[str, ...]
    first_reported: datetime | None
    last_reported: datetime | None
    reporters: int
    tips: int
    categories: dict[str, int]
    told_platform: int
    """Tips whose reporter said they reported it to the platform themselves."""
    checks: tuple[Checked, ...]
    evidence: Evidence


async def summary(session: AsyncSession, case_id: int) -> Summary:
    case = await session.get(Case, case_id)
    if case is None:
        raise Refused("no_case", case=case_id)
    account = await session.get_one(ReportedAccount, case.account_id)
    linked = (
        await session.scalars(
            select(ReportedAccount.url)
            .join(AccountLink, AccountLink.linked_id == ReportedAccount.id)
            .where(AccountLink.account_id == case.account_id)
            .order_by(AccountLink.created_at, ReportedAccount.id)
            .limit(MAX_ACCOUNTS - 1)
        )
    ).all()
    tips = (
        await session.execute(
            select(
                func.count(),
                func.count(func.distinct(Tip.reporter)),
                func.min(Tip.created_at),
                func.max(Tip.created_at),
            ).where(Tip.case_id == case.id)
        )
    ).one()
    categories = (
        await session.execute(
            select(Tip.category, func.count())
            .where(Tip.case_id == case.id)
            .group_by(Tip.category)
            .order_by(Tip.category)
        )
    ).all()
    told = await session.scalar(
        select(func.count()).select_from(Tip).where(Tip.case_id == case.id, Tip.reported_to_platform == "yes")
    )
    checks = (
        await session.execute(
            select(CaseOutcome.outcome, CaseOutcome.checked_at, CaseOutcome.recorded_by)
            .where(CaseOutcome.case_id == case.id)
            .order_by(CaseOutcome.checked_at, CaseOutcome.id)
        )
    ).all()
    count, reporters, first, last = tips
    return Summary(
        case_id=case.id,
        platform=case.platform or account.platform,
        accounts=(account.url, *linked),
        first_reported=first if first is None or first.tzinfo else first.replace(tzinfo=case.created_at.tzinfo),
        last_reported=last if last is None or last.tzinfo else last.replace(tzinfo=case.created_at.tzinfo),
        reporters=int(reporters or 0),
        tips=int(count or 0),
        categories={category: int(n) for category, n in categories},
        told_platform=int(told or 0),
        checks=tuple(Checked(*row) for row in checks),
        evidence=await evidence(session, case.id),
    )
