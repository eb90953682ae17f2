"""What volunteers read about platform outcomes (issue 16): the card's lines, the priority reason,
the outcome buttons, the `/stats platforms` table and the chart's words. Pure rendering, shared by
the desk's handlers (`aftercare.py`) and its calls (the chart, drawn by the sender)."""

from __future__ import annotations

from datetime import timedelta

from bot.cases.accountability import PlatformStats, Row
from bot.cases.outcomes import PLATFORM_OUTCOMES, AfterReport
from bot.cases.priority import Assessment
from bot.desk.messages import ButtonRows
from bot.desk.payloads import case_payload
from bot.desk.words import StaffTexts
from bot.i18n import html_to_plain

STATS_LINES = 30


def why_still_up(texts: StaffTexts, assessment: Assessment) -> str | None:
    """The card's reason for a raised priority: seen still up a week or more after the first report."""
    if assessment.still_up_days is None:
        return None
    return texts.t("desk-why-still-up", days=assessment.still_up_days)


def card_lines(texts: StaffTexts, after: AfterReport | None) -> list[str]:
    """The platform's latest checked outcome and reporters' follow-up answers, for the card and `/case`."""
    if after is None:
        return []
    lines = []
    if after.latest is not None:
        outcome = html_to_plain(texts.t(f"desk-platform-outcome-{after.latest.outcome}"))
        lines.append(
            texts.t(
                "desk-card-platform-outcome",
                outcome=outcome,
                when=texts.when(after.latest.checked_at),
                alias=after.latest.recorded_by,
            )
        )
    evidence = after.evidence
    if evidence.gone or evidence.still or evidence.unsure:
        lines.append(texts.t("desk-card-followups", gone=evidence.gone, still=evidence.still, unsure=evidence.unsure))
    if evidence.first_still_at is not None:
        lines.append(texts.t("desk-card-did-not-act", when=texts.when(evidence.first_still_at)))
    return lines


def platform_outcome_button(texts: StaffTexts, case_id: int) -> tuple[str, str]:
    return texts.label("desk-button-platform-outcome"), case_payload("platform", case_id)


def platform_outcome_buttons(texts: StaffTexts, case_id: int) -> ButtonRows:
    buttons = [
        (texts.label(f"desk-platform-outcome-{outcome}"), case_payload("record", case_id, outcome))
        for outcome in PLATFORM_OUTCOMES
    ]
    return (tuple(buttons[:3]), tuple(buttons[3:]))


def stats_table(texts: StaffTexts, stats: PlatformStats) -> str:
    """The table `/stats platforms` and `tipline stats platforms` print (per platform, then by category)."""
    lines = [
        texts.t(
            "desk-pstats-heading",
            since=texts.when(stats.since),
            until=texts.when(stats.until),
            reported=stats.reported,
            removed=stats.removed,
        )
    ]
    if not stats.rows:
        lines.append(texts.t("desk-pstats-none"))
    lines += [_line(texts, row) for row in stats.rows[:STATS_LINES]]
    if len(stats.rows) > STATS_LINES:
        lines.append(texts.t("desk-list-more", count=len(stats.rows) - STATS_LINES))
    return "\n".join(lines)


def _line(texts: StaffTexts, row: Row) -> str:
    name = texts.platform_names.get(row.platform, row.platform)
    if row.category != "all":
        name = f"  · {html_to_plain(texts.category(row.category))}"
    median = f"{row.median_hours_to_removal:g}" if row.median_hours_to_removal is not None else "—"
    return texts.t(
        "desk-pstats-line",
        name=name,
        reported=row.reported,
        h48=row.removed_48h,
        d7=row.removed_7d,
        d30=row.removed_30d,
        median=median,
        still=row.still_up,
        refused=row.refused,
    )


def chart_labels(texts: StaffTexts) -> dict[str, str]:
    keys = ("removed_48h", "removed_7d", "removed_later", "restricted", "still_up", "refused", "unchecked")
    labels = {key: texts.label(f"desk-chart-{key.replace('_', '-')}") for key in keys}
    labels |= {"reported": texts.label("desk-chart-reported"), "hours": texts.label("desk-chart-hours")}
    labels["none"] = texts.label("desk-chart-none")
    labels |= {f"platform:{pid}": name for pid, name in texts.platform_names.items()}
    return labels


def days(stats: PlatformStats) -> dict[str, str]:
    """The period as the days it covers: `until` is exclusive, so a period ending at midnight ends the day before."""
    last = stats.until - timedelta(microseconds=1) if stats.until > stats.since else stats.until
    return {"since": stats.since.date().isoformat(), "until": last.date().isoformat()}


def chart_title(texts: StaffTexts, stats: PlatformStats) -> str:
    return texts.label(
        "desk-chart-title",
        **days(stats),
        reported=stats.reported,
        removed=stats.removed,
    )
