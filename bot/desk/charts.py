"""The platform accountability chart: what platforms did with the accounts reported in a period.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, no display, no global state, so
it is safe inside the bot's event loop and in a server without a screen). Colours are the
Okabe-Ito palette, told apart with colour-blindness; every bar is labelled with its number too, so
it reads in black and white print. 1200 × 750 pixels: legible on a phone in landscape, and in print.
"""

from __future__ import annotations

import io
from collections.abc import Mapping

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.cases.accountability import PlatformStats, Row

WIDTH_INCHES, HEIGHT_INCHES, DPI = 10.0, 6.25, 120
PIXELS = (int(WIDTH_INCHES * DPI), int(HEIGHT_INCHES * DPI))
MAX_PLATFORMS = 12
OKABE_ITO = {
    "removed_48h": "#009E73",  # bluish green
    "removed_7d": "#56B4E9",  # sky blue
    "removed_later": "#0072B2",  # blue
    "restricted": "#F0E442",  # yellow
    "still_up": "#D55E00",  # vermillion
    "refused": "#CC79A7",  # reddish purple
    "unchecked": "#BBBBBB",  # grey: not checked yet, or unknown
}
SEGMENTS = tuple(OKABE_ITO)
"""Label keys the caller gives text for, plus `hours` (the second panel's axis) and `none`."""


def figure(stats: PlatformStats, labels: Mapping[str, str], title: str) -> Figure:
    """Left: each platform's reported accounts by what became of them. Right: median hours to removal."""
    totals = list(reversed(stats.totals[:MAX_PLATFORMS]))  # most reported at the top
    names = [labels.get(f"platform:{row.platform}", row.platform) for row in totals]
    fig = Figure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    fig.suptitle(title, fontsize=14, fontweight="bold")
    bars, times = fig.subplots(1, 2, width_ratios=(3, 2), sharey=True)
    left = [0] * len(totals)
    for segment in SEGMENTS:
        values = [_segment(row, segment) for row in totals]
        drawn = bars.barh(names, values, left=left, color=OKABE_ITO[segment], label=labels[segment], edgecolor="white")
        bars.bar_label(drawn, labels=[str(v) if v else "" for v in values], label_type="center", fontsize=10)
        left = [a + b for a, b in zip(left, values, strict=True)]
    bars.set_xlabel(labels["reported"], fontsize=11)
    bars.tick_params(labelsize=11)
    bars.legend(loc="lower right", fontsize=9, frameon=False)
    medians = [row.median_hours_to_removal or 0.0 for row in totals]
    drawn = times.barh(names, medians, color=OKABE_ITO["removed_7d"])
    times.bar_label(
        drawn,
        labels=[f"{m:g}" if row.removed else labels["none"] for m, row in zip(medians, totals, strict=True)],
        padding=3,
        fontsize=10,
    )
    times.set_xlabel(labels["hours"], fontsize=11)
    times.tick_params(labelsize=11)
    if not totals:
        bars.text(0.5, 0.5, labels["none"], ha="center", va="center", transform=bars.transAxes, fontsize=12)
    return fig


def png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def _segment(row: Row, segment: str) -> int:
    if segment == "removed_48h":
        return row.removed_48h
    if segment == "removed_7d":
        return row.removed_7d - row.removed_48h
    if segment == "removed_later":
        return row.removed - row.removed_7d
    if segment == "unchecked":
        return row.unchecked + row.unknown
    return int(getattr(row, segment))
