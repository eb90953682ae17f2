"""A case's facts, and the queue's columns on `cases` that hold them.

The columns are the facts: the card, the queue and the priority read them, never the tips, so a
case with thousands of tips costs what a case with one does. A new tip updates them in place
(`add_tip`); a merge, which moves tips between cases, recomputes them from the tips (`refresh`).
Tests hold the two to the same answer.
"""

from __future__ import annotations

from sqlalchemy import case as when
from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.priority import Assessment, CaseFacts, assess, most_severe
from bot.storage.models import Case, Tip

TOLD = "yes"
"""The reporter's answer meaning they reported it to the platform themselves."""


async def load_facts(session: AsyncSession, case: Case) -> CaseFacts:
    by_category = (
        await session.execute(
            select(Tip.category, func.max(when((Tip.child_in_danger.is_(True), 1), else_=0)), func.count())
            .where(Tip.case_id == case.id, Tip.abuse.is_(False))
            .group_by(Tip.category)
        )
    ).all()
    totals = (
        await session.execute(
            select(
                func.count(func.distinct(Tip.reporter)),
                func.min(Tip.created_at),
                func.max(Tip.created_at),
                func.max(when((Tip.reported_to_platform == TOLD, 1), else_=0)),
                func.max(when((Tip.urgent.is_(True), 1), else_=0)),
            ).where(Tip.case_id == case.id, Tip.abuse.is_(False))
        )
    ).one()
    reporters, first, last, told, urgent = totals
    earlier = Tip.__table__.alias("earlier")
    fresh = await session.scalar(
        select(func.count(func.distinct(Tip.reporter))).where(
            Tip.case_id == case.id,
            Tip.abuse.is_(False),
            ~exists().where(
                earlier.c.reporter == Tip.reporter,
                earlier.c.case_id != case.id,
                earlier.c.created_at < Tip.created_at,
            ),
        )
    )
    return CaseFacts(
        categories={category: int(count) for category, _danger, count in by_category},
        child_in_danger=any(bool(danger) for _category, danger, _count in by_category),
        tip_count=sum(int(count) for *_rest, count in by_category),
        reporter_count=int(reporters or 0),
        first_tip_at=first,
        last_tip_at=last,
        platform_told=bool(told) or case.platform_told,
        still_up_at=case.still_up_at,
        flagged=bool(urgent),
        fresh_reporter_count=int(fresh or 0),
    )


def stored_facts(case: Case) -> CaseFacts:
    """The facts as the case's columns hold them. Only the most severe category is kept: it is all
    the priority reads (the urgent categories are the most severe ones). `urgent` stands for the
    tips that were urgent on their own (`flagged`): a tip's urgency never lapses while it is in the case."""
    return CaseFacts(
        categories={case.category: case.tip_count} if case.tip_count else {},
        child_in_danger=case.child_in_danger,
        tip_count=case.tip_count,
        reporter_count=case.reporter_count,
        first_tip_at=case.first_tip_at,
        last_tip_at=case.last_tip_at,
        platform_told=case.platform_told,
        still_up_at=case.still_up_at,
        flagged=case.urgent,
        fresh_reporter_count=case.fresh_reporter_count,
    )


def assessment_of(case: Case) -> Assessment:
    return assess(stored_facts(case))


def add_tip(case: Case, tip: Tip, new_reporter: bool, fresh_reporter: bool = False) -> Assessment:
    """Count one more tip into the case's columns (before or after it is flushed: it reads the tip only).

    `fresh_reporter`: a reporter new to the case who never filed a tip before anywhere."""
    first, last = case.first_tip_at, case.last_tip_at
    category = most_severe({case.category: 1, tip.category: 1}) if case.tip_count else tip.category
    facts = CaseFacts(
        categories={category: case.tip_count + 1},
        child_in_danger=case.child_in_danger or tip.child_in_danger,
        tip_count=case.tip_count + 1,
        reporter_count=case.reporter_count + (1 if new_reporter else 0),
        first_tip_at=tip.created_at if first is None else min(first, tip.created_at),
        last_tip_at=tip.created_at if last is None else max(last, tip.created_at),
        platform_told=case.platform_told or tip.reported_to_platform == TOLD,
        still_up_at=case.still_up_at,
        flagged=case.urgent or tip.urgent,
        fresh_reporter_count=(case.fresh_reporter_count or 0) + (1 if new_reporter and fresh_reporter else 0),
    )
    return _store(case, facts)


def reassess(case: Case) -> Assessment:
    """Priority again from the columns, after one of them changed (the platform was told)."""
    return _store(case, stored_facts(case))


async def refresh(session: AsyncSession, case: Case) -> Assessment:
    """Recompute the case's queue columns from its tips; returns the assessment the card explains."""
    return _store(case, await load_facts(session, case))


def _store(case: Case, facts: CaseFacts) -> Assessment:
    assessment = assess(facts)
    case.tip_count = facts.tip_count
    case.reporter_count = facts.reporter_count
    case.fresh_reporter_count = facts.fresh_reporter_count
    case.first_tip_at = facts.first_tip_at
    case.last_tip_at = facts.last_tip_at
    case.platform_told = facts.platform_told
    case.child_in_danger = facts.child_in_danger
    case.category = assessment.category
    case.priority = assessment.score
    case.urgent = assessment.urgent
    return assessment
