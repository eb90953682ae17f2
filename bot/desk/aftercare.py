"""The desk's commands and buttons for issue 16: platform outcomes, the escalation summary, and
platform accountability (`/stats platforms`).

`/outcome ID removed|restricted|still_up|refused|unknown [YYYY-MM-DD]` records what a volunteer
found, with the day they checked (default: now); the card's "Platform outcome" button asks the
same. `/escalate ID` prepares a summary for a regulator or a platform's trust-and-safety contact,
without reporter identity.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, time

from bot.cases.accountability import platform_stats
from bot.cases.escalation import summary
from bot.cases.outcomes import parse_outcome, record
from bot.cases.workflow import require
from bot.desk import parse
from bot.desk.handling import DeskTurn, needs_case
from bot.desk.messages import ChartJob
from bot.desk.outcome_texts import platform_outcome_buttons, stats_table
from bot.i18n import html_to_plain


async def do_outcome(turn: DeskTurn, args: str) -> None:
    """`/outcome ID OUTCOME [YYYY-MM-DD]`: without an outcome, the choice as buttons."""
    if (found := needs_case(turn, args, "outcome")) is None:
        return
    case_id, rest = found
    words = rest.split()
    if not words:
        require(turn.actor, "status")
        turn.reply(turn.texts.t("desk-platform-ask", id=case_id), platform_outcome_buttons(turn.texts, case_id))
        return
    outcome = parse_outcome(words[0])
    checked = _day(words[1]) if len(words) == 2 else None
    if outcome is None or len(words) > 2 or (len(words) == 2 and checked is None):
        turn.reply(turn.texts.usage("outcome"))
        return
    await record_outcome(turn, case_id, outcome, checked)


async def record_outcome(turn: DeskTurn, case_id: int, outcome: str, checked: datetime | None) -> None:
    change = await record(turn.session, turn.actor, case_id, outcome, turn.now, checked)
    label = html_to_plain(turn.texts.t(f"desk-platform-outcome-{outcome}"))
    when = turn.texts.when(checked or turn.now)
    turn.say(turn.texts.t("desk-done-platform-outcome", id=case_id, outcome=label, when=when))
    await turn.changed(change)


async def platform_button(turn: DeskTurn, verb: str, case_id: int, arg: str | None) -> None:
    """The card's "Platform outcome" button (`platform`) and the choice under it (`record`)."""
    if verb == "platform":
        require(turn.actor, "status")
        turn.reply(turn.texts.t("desk-platform-ask", id=case_id), platform_outcome_buttons(turn.texts, case_id))
    else:
        await record_outcome(turn, case_id, arg or "", None)


def _day(word: str) -> datetime | None:
    try:
        day = datetime.strptime(word, "%Y-%m-%d").date()
    except ValueError:
        return None
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


async def do_escalate(turn: DeskTurn, args: str) -> None:
    require(turn.actor, "view")
    if (found := needs_case(turn, args, "escalate")) is None:
        return
    found_summary = await summary(turn.session, found[0])
    texts = turn.texts
    categories = texts.listing(
        [f"{html_to_plain(texts.category(c))} ({n})" for c, n in found_summary.categories.items()]
    )
    checks = [
        texts.t(
            "desk-escalate-check",
            when=texts.when(check.checked_at),
            outcome=html_to_plain(texts.t(f"desk-platform-outcome-{check.outcome}")),
        )
        for check in found_summary.checks
    ]
    evidence = found_summary.evidence
    text = texts.t(
        "desk-escalate-summary",
        id=found_summary.case_id,
        platform=texts.platform_names.get(found_summary.platform, found_summary.platform),
        accounts="\n".join(found_summary.accounts),
        first=texts.when(found_summary.first_reported),
        last=texts.when(found_summary.last_reported),
        reporters=found_summary.reporters,
        tips=found_summary.tips,
        categories=categories,
        told=found_summary.told_platform,
        checks="\n".join(checks) if checks else html_to_plain(texts.t("desk-none")),
        gone=evidence.gone,
        still=evidence.still,
        unsure=evidence.unsure,
    )
    turn.reply(text)


async def do_platform_stats(turn: DeskTurn, words: Sequence[str]) -> None:
    """`/stats platforms [period]`: the table now, and the chart as a photo (drawn when it is sent)."""
    require(turn.actor, "view")
    period = parse.period(list(words), turn.now)
    if period is None:
        turn.reply(turn.texts.t("desk-bad-period"))
        return
    stats = await platform_stats(turn.session, *period)
    turn.reply(stats_table(turn.texts, stats))
    turn.actions.append(ChartJob(turn.request.chat_key, *period, thread_id=turn.request.thread_id))
