"""The network around a case: accounts named together, or linked by a volunteer, and their cases.

Exploitation is rarely one account: a ring reposts, trades and points at each other. Links are
stored in both directions (`account_links`), so each hop outwards is one indexed lookup, and the
walk is bounded in depth and breadth so one very connected account cannot stall a volunteer's
`/case`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import AccountLink, Case, ReportedAccount, Tip, TipAccount

Source = Literal["tip", "volunteer"]
DEFAULT_DEPTH = 3
"""Steps from the case's account: 1 reaches the accounts its tips name, 3 a ring around them."""
MAX_ACCOUNTS = 200
"""Accounts visited at most; beyond this the network is summarised as "and more"."""
MAX_CASES = 25


@dataclass(frozen=True, slots=True)
class ConnectedCase:
    case_id: int
    status: str
    platform: str
    account: str
    """The case's own account (its canonical id)."""
    depth: int
    """Steps from this case's account to that case's: 1 when they were named together or share an
    account, more for each account in between."""


@dataclass(frozen=True, slots=True)
class Network:
    cases: tuple[ConnectedCase, ...]
    accounts: int
    """Accounts reached (this case's own included)."""
    truncated: bool


async def link(session: AsyncSession, pairs: Iterable[tuple[int, int]], source: Source, now: datetime) -> None:
    """Record each pair as linked, both ways; pairs already linked are left as they were."""
    rows = []
    for a, b in pairs:
        if a != b:
            rows += [
                {"account_id": a, "linked_id": b, "source": source, "created_at": now},
                {"account_id": b, "linked_id": a, "source": source, "created_at": now},
            ]
    if not rows:
        return
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    await session.execute(insert(AccountLink).on_conflict_do_nothing(), rows)


def star_of(account_ids: Sequence[int]) -> list[tuple[int, int]]:
    """The reported account (the first) with each other account of one tip: n−1 links, not every pair.

    Every pair grew with the square (400 accounts: 160,000 rows); the network walk reaches the others
    through the reported account in one more hop, which its depth allows for."""
    unique = list(dict.fromkeys(account_ids))
    return [(unique[0], other) for other in unique[1:]]


async def network(session: AsyncSession, case_id: int, depth: int = DEFAULT_DEPTH) -> Network:
    """Other cases connected to this one, nearest first.

    The walk starts from the case's own account: every account its tips name is linked to it, so
    that is the first step. Queries stop at a limit instead of collecting everything a hub touches.
    """
    case = await session.get(Case, case_id)
    if case is None:
        return Network(cases=(), accounts=0, truncated=False)
    distance = {case.account_id: 0}
    frontier = {case.account_id}
    truncated = False
    for hop in range(1, depth + 1):
        if not frontier or truncated:
            break
        found = (
            await session.execute(
                select(AccountLink.linked_id).where(AccountLink.account_id.in_(frontier)).limit(MAX_ACCOUNTS * 2)
            )
        ).scalars()
        frontier = set()
        for account_id in found:
            if account_id in distance:
                continue
            if len(distance) >= MAX_ACCOUNTS:
                truncated = True
                break
            distance[account_id] = hop
            frontier.add(account_id)
    reach = {account_id: max(hop, 1) for account_id, hop in distance.items()}
    """Hop 0 is the case's own account: another (older) case on it is one step away."""
    cases: dict[int, int] = {}

    def meet(other: int, account_id: int) -> None:
        cases[other] = min(cases.get(other, depth), reach[account_id])

    owned = await session.execute(
        select(Case.id, Case.account_id)
        .where(Case.account_id.in_(reach), Case.id != case_id, Case.merged_into_id.is_(None))
        .limit(MAX_ACCOUNTS * 2)
    )
    for other, account_id in owned.all():
        meet(other, account_id)
    named = await session.execute(
        select(Tip.case_id, TipAccount.account_id)
        .join(Tip, Tip.id == TipAccount.tip_id)
        .where(TipAccount.account_id.in_(set(reach) - {case.account_id}), Tip.case_id != case_id)
        .limit(MAX_ACCOUNTS * 4)
    )
    for other, account_id in named.all():
        meet(other, account_id)
    if not cases:
        return Network(cases=(), accounts=len(distance), truncated=truncated)
    nearest = sorted(cases, key=lambda other: (cases[other], -other))[: MAX_CASES * 4]
    rows = (
        await session.execute(
            select(Case.id, Case.status, ReportedAccount.platform, ReportedAccount.canonical_id)
            .join(ReportedAccount, ReportedAccount.id == Case.account_id)
            .where(Case.id.in_(nearest), Case.merged_into_id.is_(None))
        )
    ).all()
    connected = sorted(
        (ConnectedCase(id_, status, platform, account, cases[id_]) for id_, status, platform, account in rows),
        key=lambda c: (c.depth, c.status == "closed", -c.case_id),
    )
    return Network(
        cases=tuple(connected[:MAX_CASES]),
        accounts=len(distance),
        truncated=truncated or len(connected) > MAX_CASES,
    )
