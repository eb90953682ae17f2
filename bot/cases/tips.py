"""Turning a reviewed report into a tip, its accounts, and the case it belongs to."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case as sql_case
from sqlalchemy import exists, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cases.facts import add_tip
from bot.cases.network import link, star_of
from bot.cases.priority import Assessment, is_urgent
from bot.cases.reference import new_reference
from bot.engine.replies import SubmitTip
from bot.engine.state import AccountAnswer
from bot.storage.models import Case, CaseEvent, ReportedAccount, Tip, TipAccount

REFERENCE_ATTEMPTS = 8
SYSTEM_ACTOR = "system"
MAX_ACCOUNTS_PER_TIP = 101
"""A tip's accounts at most, whatever its saved answers say: the engine stops at
`TIPLINE_MAX_RELATED_ACCOUNTS` related ones (20 by default); this bounds the work of one tip even so."""
MAX_MERGE_HOPS = 8
"""Merged cases point at the case they joined; a chain longer than this is a bug, not data."""


@dataclass(frozen=True)
class Reporter:
    """Who filed a tip, as much as the charity may know: a pseudonym, and a sealed token if they agreed."""

    pseudonym: str
    contact_token: str | None


@dataclass(frozen=True)
class StoredTip:
    reference: str
    tip_id: int
    case_id: int
    new_case: bool
    assessment: Assessment | None = None
    """The case's priority after this tip (what its card explains)."""


async def upsert_account(session: AsyncSession, account: AccountAnswer, now: datetime) -> int:
    """The id of the account row for `(platform, id)`, creating it or touching `last_seen`."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    values = insert(ReportedAccount).values(
        platform=account.platform,
        canonical_id=account.id,
        url=account.url or "",
        kind=account.kind,
        first_seen=now,
        last_seen=now,
    )
    statement = values.on_conflict_do_update(
        index_elements=[ReportedAccount.platform, ReportedAccount.canonical_id],
        # an account first named without a link (a username) gets its link when a tip has one
        set_={
            "last_seen": now,
            "url": sql_case((ReportedAccount.url == "", values.excluded.url), else_=ReportedAccount.url),
        },
    ).returning(ReportedAccount.id)
    return int((await session.execute(statement)).scalar_one())


async def open_case_for(session: AsyncSession, account_id: int, now: datetime) -> tuple[Case, bool]:
    """The account's open case, or a new one. A unique partial index keeps it to one open case.

    An account whose case was merged into another case joins that case (if it is still open):
    volunteers decided these reports belong together, and a new tip should not split them again.
    """
    query = select(Case).where(Case.account_id == account_id, Case.status != "closed").with_for_update()
    case = (await session.execute(query)).scalar_one_or_none()
    if case is not None:
        return case, False
    merged = await _merged_target(session, account_id)
    if merged is not None:
        return merged, False
    case = Case(
        account_id=account_id,
        status="new",
        priority=0,
        urgent=False,
        tip_count=0,
        created_at=now,
        updated_at=now,
        platform="",
        category="other",
        reporter_count=0,
        platform_told=False,
        child_in_danger=False,
    )
    try:
        async with session.begin_nested():
            session.add(case)
    except IntegrityError:  # another worker opened it first: join theirs
        case = (await session.execute(query)).scalar_one()
        return case, False
    return case, True


async def _merged_target(session: AsyncSession, account_id: int) -> Case | None:
    """The open case the account's latest case was merged into, following a chain of merges."""
    target = await session.scalar(
        select(Case.merged_into_id)
        .where(Case.account_id == account_id, Case.merged_into_id.is_not(None))
        .order_by(Case.id.desc())
        .limit(1)
    )
    for _ in range(MAX_MERGE_HOPS):
        if target is None:
            return None
        case = (await session.execute(select(Case).where(Case.id == target).with_for_update())).scalar_one()
        if case.status != "closed":
            return case
        target = case.merged_into_id
    return None


def unknown_account(platform: str) -> AccountAnswer:
    """A key of its own for a tip whose reporter did not know the account ("I don't know the
    link"): the tip still reaches the desk, in a case of its own that volunteers can merge."""
    key = f"unknown/{secrets.token_hex(8)}"
    return AccountAnswer(platform=platform, id=key, url=None, kind="account", certainty="unknown")


def case_key_index(accounts: Sequence[AccountAnswer]) -> int:
    """Which account the case is grouped by: the reported account, else the post kept as
    evidence, else the first. A post is never preferred to the account it was given for."""
    for role in ("reported", "evidence"):
        for index, account in enumerate(accounts):
            if account.role == role:
                return index
    return 0


async def submit_tip(
    session: AsyncSession, report: SubmitTip, reporter: Reporter, now: datetime, *, aside: bool = False
) -> StoredTip:
    """File the tip into its account's case. `aside`: the reporter is blocked; the tip is kept for the
    record but out of the case's counts and priority, and a case it alone would open is closed."""
    answers = report.answers
    if answers.category is None or answers.platform is None:
        raise ValueError("a tip needs a category and a platform")
    accounts = answers.accounts[:MAX_ACCOUNTS_PER_TIP] or [unknown_account(answers.platform)]
    account_ids = [await upsert_account(session, account, now) for account in accounts]
    primary = case_key_index(accounts)
    case, new_case = await open_case_for(session, account_ids[primary], now)
    self_report = bool(answers.self_report)
    urgent = is_urgent(answers.category, bool(answers.child_in_danger), self_report=self_report, risks=answers.risks)
    # A young person is never contacted about their own report, whatever the answers say.
    consent = bool(answers.contact_consent) and not self_report
    known_reporter = await session.scalar(
        select(exists().where(Tip.case_id == case.id, Tip.reporter == reporter.pseudonym, Tip.abuse.is_(False)))
    )
    has_history = await session.scalar(select(exists().where(Tip.reporter == reporter.pseudonym)))
    tip = Tip(
        case_id=case.id,
        category=answers.category,
        platform=answers.platform,
        details=answers.details,
        country=report.country,
        language=report.language,
        reporter=reporter.pseudonym,
        reported_to_platform=answers.reported_to_platform,
        child_in_danger=bool(answers.child_in_danger),
        urgent=urgent,
        contact_consent=consent and reporter.contact_token is not None,
        contact_token=reporter.contact_token if consent else None,
        created_at=now,
        self_report=self_report,
        seen_when=answers.seen_when,
        seen_date=answers.seen_date if answers.seen_when == "date" else None,
        child_age=answers.child_age,
        knows_child=None if self_report else answers.knows_child,
        risk_signals=" ".join(answers.risks) or None,
        abuse=aside,
    )
    await _add_with_unique_reference(session, tip)
    seen: set[int] = set()
    for account, account_id in zip(accounts, account_ids, strict=True):
        if account_id not in seen:
            seen.add(account_id)
            session.add(
                TipAccount(tip_id=tip.id, account_id=account_id, role=account.role, certainty=account.certainty)
            )
    # The case's account is the hub: n−1 links to the others, never every pair.
    await link(session, star_of([account_ids[primary], *account_ids]), "tip", now)

    if not case.platform:
        case.platform = accounts[primary].platform
    assessment = None if aside else add_tip(case, tip, new_reporter=not known_reporter, fresh_reporter=not has_history)
    case.updated_at = now
    if aside and new_case:
        case.status, case.outcome = "closed", "not_enough_information"
    action = "tip_set_aside" if aside else "case_opened" if new_case else "tip_added"
    session.add(
        CaseEvent(case_id=case.id, actor=SYSTEM_ACTOR, action=action, detail={"tip": tip.reference}, created_at=now)
    )
    await session.flush()
    return StoredTip(reference=tip.reference, tip_id=tip.id, case_id=case.id, new_case=new_case, assessment=assessment)


async def _add_with_unique_reference(session: AsyncSession, tip: Tip) -> None:
    for _ in range(REFERENCE_ATTEMPTS):
        tip.reference = new_reference()
        try:
            async with session.begin_nested():
                session.add(tip)
                await session.flush()
            return
        except IntegrityError:  # the savepoint's rollback took the tip out of the session: try again
            continue
    raise RuntimeError("could not find a free tip reference; the reference space is nearly full")
