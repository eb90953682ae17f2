"""Everything a case card or `/case` shows, read in a handful of indexed queries.

Reporters appear only as a short tag ("reporter #3f2a") and how many tips they filed on the case:
enough to see that four tips came from three people, never who they are. The tag is derived from
the pseudonym AND the case, so one person has different tags on different cases and cannot be
followed from case to case.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import get_args

from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.facts import TOLD, assessment_of
from bot.cases.outcomes import AfterReport, after_report
from bot.cases.priority import Assessment
from bot.cases.queries import AccountLine
from bot.engine.state import Certainty
from bot.storage.models import AccountLink, Case, ReportedAccount, Tip, TipAccount, Volunteer

REPORTER_TAG_LENGTH = 4
LATEST_TIPS = 3
MAX_ACCOUNTS = 20


def reporter_tag(pseudonym: str, case_id: int) -> str:
    return hashlib.sha256(f"tipline/tag/{case_id}/{pseudonym}".encode()).hexdigest()[:REPORTER_TAG_LENGTH]


@dataclass(frozen=True, slots=True)
class TipLine:
    reference: str
    created_at: datetime
    category: str
    reported_to_platform: str | None
    country: str | None
    language: str
    details: str | None
    contact_consent: bool
    child_in_danger: bool
    reporter: str
    """The reporter's tag on this case (`reporter_tag`), never the pseudonym itself."""
    reporter_tips: int
    """Tips this reporter filed on this case."""
    self_report: bool = False
    """Filed by the young person it is happening to: never contacted."""
    seen_when: str | None = None
    seen_date: str | None = None
    child_age: str | None = None
    knows_child: bool | None = None
    risks: tuple[str, ...] = ()
    abuse: bool = False
    """Marked as abuse by a volunteer, or filed by a blocked reporter: out of the priority."""


@dataclass(frozen=True)
class CaseDetail:
    id: int
    status: str
    outcome: str | None
    assessment: Assessment
    platform: str
    account: AccountLine
    others: tuple[AccountLine, ...]
    """Accounts linked to the case's account: named with it in a tip, or linked by a volunteer
    (`role` is the link's source). Read from the links, not the tips: a hub case has thousands."""
    more_accounts: bool
    first_tip_at: datetime | None
    last_tip_at: datetime | None
    created_at: datetime
    assignee: str | None
    merged_into: int | None
    consenting: int
    """Reporters of this case who agreed to be contacted."""
    reporter_told: bool
    """A reporter said they reported it to the platform themselves."""
    latest: tuple[TipLine, ...]
    after: AfterReport | None = None
    """What the platform did (volunteers' latest check) and reporters' follow-up answers (issue 16)."""


async def _surest(session: AsyncSession, case_id: int, account_id: int) -> str | None:
    """How surely the case's tips named its account: the surest of them (a link beats a typed name)."""
    named = set(
        (
            await session.execute(
                select(TipAccount.certainty)
                .join(Tip, Tip.id == TipAccount.tip_id)
                .where(Tip.case_id == case_id, TipAccount.account_id == account_id)
                .distinct()
            )
        )
        .scalars()
        .all()
    )
    return next((certainty for certainty in get_args(Certainty) if certainty in named), None)


async def case_detail(session: AsyncSession, case_id: int, latest: int = LATEST_TIPS) -> CaseDetail | None:
    case = await session.get(Case, case_id)
    if case is None:
        return None
    account = await session.get_one(ReportedAccount, case.account_id)
    assignee = (
        await session.scalar(select(Volunteer.alias).where(Volunteer.id == case.assignee_id))
        if case.assignee_id is not None
        else None
    )
    rows = (
        await session.execute(
            select(ReportedAccount.platform, ReportedAccount.canonical_id, ReportedAccount.url, AccountLink.source)
            .join(AccountLink, AccountLink.linked_id == ReportedAccount.id)
            .where(AccountLink.account_id == case.account_id)
            .order_by(AccountLink.created_at, ReportedAccount.id)
            .limit(MAX_ACCOUNTS + 1)
        )
    ).all()
    others = tuple(AccountLine(platform, canonical, url, source) for platform, canonical, url, source in rows)
    tips = (
        (
            await session.execute(
                select(Tip).where(Tip.case_id == case.id).order_by(Tip.created_at.desc(), Tip.id.desc()).limit(latest)
            )
        )
        .scalars()
        .all()
    )
    counts: dict[str, int] = {}
    if tips:
        counts = {
            reporter: int(count)
            for reporter, count in (
                await session.execute(
                    select(Tip.reporter, func.count())
                    .where(Tip.case_id == case.id, Tip.reporter.in_({tip.reporter for tip in tips}))
                    .group_by(Tip.reporter)
                )
            ).all()
        }
    consenting = await session.scalar(
        select(func.count(func.distinct(Tip.reporter))).where(Tip.case_id == case.id, Tip.contact_consent.is_(True))
    )
    reporter_told = await session.scalar(
        select(exists().where(Tip.case_id == case.id, Tip.reported_to_platform == TOLD))
    )
    return CaseDetail(
        id=case.id,
        status=case.status,
        outcome=case.outcome,
        assessment=assessment_of(case),
        platform=case.platform or account.platform,
        account=AccountLine(
            account.platform, account.canonical_id, account.url, "reported", await _surest(session, case.id, account.id)
        ),
        others=others[:MAX_ACCOUNTS],
        more_accounts=len(others) > MAX_ACCOUNTS,
        first_tip_at=case.first_tip_at,
        last_tip_at=case.last_tip_at,
        created_at=case.created_at,
        assignee=assignee,
        merged_into=case.merged_into_id,
        consenting=int(consenting or 0),
        reporter_told=bool(reporter_told),
        latest=tuple(
            TipLine(
                reference=tip.reference,
                created_at=tip.created_at,
                category=tip.category,
                reported_to_platform=tip.reported_to_platform,
                country=tip.country,
                language=tip.language,
                details=tip.details,
                contact_consent=tip.contact_consent,
                child_in_danger=tip.child_in_danger,
                reporter=reporter_tag(tip.reporter, case.id),
                reporter_tips=counts.get(tip.reporter, 1),
                self_report=tip.self_report,
                seen_when=tip.seen_when,
                seen_date=tip.seen_date,
                child_age=tip.child_age,
                knows_child=tip.knows_child,
                risks=tuple((tip.risk_signals or "").split()),
                abuse=tip.abuse,
            )
            for tip in tips
        ),
        after=await after_report(session, case.id),
    )
