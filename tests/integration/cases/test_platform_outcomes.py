"""Platform outcomes on the desk (issue 16): `/outcome` and the card's buttons with when checked,
reporters' follow-up answers as evidence on the card, a case still up after 7 days rising in
priority, `/escalate` without reporter identity, and platform statistics and the chart from a
fixture with known answers."""

from __future__ import annotations

import io
import json
import struct
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.cases.accountability import platform_stats
from bot.cases.followups import record_answer, schedule
from bot.cases.outcomes import record
from bot.cases.priority import STILL_UP_BONUS
from bot.cli import main
from bot.desk.charts import PIXELS, figure, png
from bot.desk.messages import ChartJob, DeskRequest, EditCard, Post, Toast
from bot.desk.outcome_texts import chart_labels, chart_title
from bot.desk.words import StaffTexts
from bot.engine.events import Button, Command
from bot.settings import Settings
from bot.storage.models import Case, CaseOutcome, FollowUp
from tests.integration.cases.conftest import START, VOLUNTEER_CHAT, Clock, DeskRig, file_tip, volunteer

DAY = timedelta(days=1)
SINCE = datetime(2026, 3, 1, tzinfo=UTC)
UNTIL = datetime(2026, 4, 1, tzinfo=UTC)


async def desk(rig: DeskRig, user: int, name: str, args: str = "", callback: str | None = None) -> list[object]:
    event = Button(payload=args) if callback else Command(name=name, args=args)
    async with rig.db.transaction() as session:
        await rig.desk.handle(session, DeskRequest(user, VOLUNTEER_CHAT, event, callback_id=callback))
    return list(rig.recorder.take())


def texts_of(actions: list[object]) -> list[str]:
    return [a.text for a in actions if isinstance(a, Post | EditCard)] + [
        a.text or "" for a in actions if isinstance(a, Toast)
    ]


async def test_outcome_is_recorded_with_when_checked_and_shown_on_the_card(rig: DeskRig, clock: Clock) -> None:
    await volunteer(rig.db, 10, "sam")
    tip = await file_tip(rig.db, "https://www.instagram.com/still.here/")
    clock.advance(days=3)
    actions = await desk(rig, 10, "outcome", f"{tip.case_id} still_up 2026-03-04")
    said = "\n".join(texts_of(actions))
    assert f"Case #{tip.case_id}: platform outcome recorded: still up (checked 2026-03-04" in said
    cards = [a for a in actions if isinstance(a, EditCard)]
    assert cards, "the card is redrawn"
    assert "<b>Platform:</b> still up (checked 2026-03-04" in cards[0].text
    assert "by sam" in cards[0].text
    async with rig.db.sessions() as session:
        [row] = (await session.execute(select(CaseOutcome))).scalars().all()
    assert (row.outcome, row.source, row.recorded_by) == ("still_up", "volunteer", "sam")


async def test_outcome_usage_and_refusals(rig: DeskRig, clock: Clock) -> None:
    await volunteer(rig.db, 10, "sam")
    tip = await file_tip(rig.db, "https://www.instagram.com/any.account/")
    assert "/outcome ID" in texts_of(await desk(rig, 10, "outcome", f"{tip.case_id} vanished"))[0]
    assert "/outcome ID" in texts_of(await desk(rig, 10, "outcome", f"{tip.case_id} removed yesterday"))[0]
    future = texts_of(await desk(rig, 10, "outcome", f"{tip.case_id} removed 2030-01-01"))[0]
    assert "can't be in the future" in future
    stranger = texts_of(await desk(rig, 99, "outcome", f"{tip.case_id} removed"))
    async with rig.db.sessions() as session:
        assert (await session.execute(select(CaseOutcome))).first() is None
    assert not any("recorded" in text for text in stranger)


async def test_the_card_buttons_ask_and_record(rig: DeskRig) -> None:
    await volunteer(rig.db, 10, "sam")
    tip = await file_tip(rig.db, "https://www.tiktok.com/@gone.account")
    asked = await desk(rig, 10, "", f"cs:pl:{tip.case_id}", callback="cb1")
    [prompt] = [a for a in asked if isinstance(a, Post)]
    payloads = [data for row in prompt.buttons for _, data in row]
    assert payloads == [f"cs:po:{tip.case_id}:{o}" for o in ("removed", "restricted", "still_up", "refused", "unknown")]
    done = await desk(rig, 10, "", f"cs:po:{tip.case_id}:removed", callback="cb2")
    assert any("removed" in text for text in texts_of(done))
    forged = await desk(rig, 10, "", f"cs:po:{tip.case_id}:vanished", callback="cb3")
    assert any("one of" in text for text in texts_of(forged))


async def test_still_up_a_week_after_the_first_report_raises_priority_and_says_why(rig: DeskRig, clock: Clock) -> None:
    sam = await volunteer(rig.db, 10, "sam")
    tip = await file_tip(rig.db, "https://www.instagram.com/slow.platform/")
    async with rig.db.sessions() as session:
        before = (await session.get_one(Case, tip.case_id)).priority
    async with rig.db.transaction() as session:  # seen still up after 3 days: not yet a week
        await record(session, sam, tip.case_id, "still_up", START + 3 * DAY, START + 3 * DAY)
    async with rig.db.sessions() as session:
        assert (await session.get_one(Case, tip.case_id)).priority == before
    clock.now = START + 8 * DAY
    actions = await desk(rig, 10, "outcome", f"{tip.case_id} still_up")
    async with rig.db.sessions() as session:
        assert (await session.get_one(Case, tip.case_id)).priority == before + STILL_UP_BONUS
    card = next(a for a in actions if isinstance(a, EditCard))
    assert "still up 8 days after it was first reported" in card.text
    await desk(rig, 10, "outcome", f"{tip.case_id} removed")
    async with rig.db.sessions() as session:
        assert (await session.get_one(Case, tip.case_id)).priority == before


async def test_reporters_answers_are_evidence_on_the_card_and_in_case(rig: DeskRig, clock: Clock) -> None:
    await volunteer(rig.db, 10, "sam")
    tip = await file_tip(rig.db, "https://www.instagram.com/evidence.here/", reporter="r1")
    async with rig.db.transaction() as session:
        fid = await schedule(
            session,
            tip_id=tip.tip_id,
            case_id=tip.case_id,
            reporter=rig.identity.pseudonym("r1"),
            contact_token=rig.identity.seal("r1"),
            category="collecting_photos",
            country="AU",
            now=START,
            after=timedelta(hours=48),
        )
        row = await session.get_one(FollowUp, fid)
        row.status = "asked"
    async with rig.db.transaction() as session:
        assert await record_answer(session, fid, rig.identity.pseudonym("r1"), "still", START + 9 * DAY)
    shown = "\n".join(texts_of(await desk(rig, 10, "case", str(tip.case_id))))
    assert "<b>Reporters' follow-up:</b> 1 still there, 0 gone, 0 can't tell" in shown
    assert "The platform did not act within 48 h" in shown
    assert "still up 9 days after it was first reported" in shown
    assert "follow-up answer on" in shown  # the trail


async def test_escalate_summarises_without_reporter_identity(rig: DeskRig) -> None:
    await volunteer(rig.db, 10, "sam")
    first = await file_tip(
        rig.db, "https://www.instagram.com/escalate.me/", related=("@escalate.friend",), reporter="secret-person-1"
    )
    await file_tip(rig.db, "instagram.com/escalate.me", reporter="secret-person-2", at=START + DAY, told="yes")
    await file_tip(rig.db, "instagram.com/escalate.me", reporter="secret-person-2", at=START + 2 * DAY)
    await desk(rig, 10, "outcome", f"{first.case_id} refused")
    [text] = texts_of(await desk(rig, 10, "escalate", str(first.case_id)))
    assert "Escalation summary, case #" in text
    assert "https://www.instagram.com/escalate.me/" in text
    assert "escalate.friend" in text
    assert "<b>Independent reporters:</b> 2 (3 reports)" in text
    assert "<b>First reported:</b> 2026-03-02" in text
    assert "platform refused" in text
    assert "<b>Reporters who told the platform themselves:</b> 1" in text
    for secret in ("secret-person", rig.identity.pseudonym("secret-person-1")[:8], "TIP-"):
        assert secret not in text


async def known_outcomes(rig: DeskRig) -> None:
    """Instagram: 4 accounts (removed after 1 day, after 5 days, still up, refused); TikTok: 2
    (removed after 20 days, never checked); one Instagram account reported before the period."""
    sam = await volunteer(rig.db, 10, "sam")
    insta = [await file_tip(rig.db, f"https://www.instagram.com/acc.{n}/", at=START + n * DAY) for n in range(4)]
    tiktok = [
        await file_tip(rig.db, f"https://www.tiktok.com/@acc{n}", category="grooming", at=START) for n in range(2)
    ]
    early = await file_tip(rig.db, "https://www.instagram.com/early/", at=START - 10 * DAY)
    checks = [
        (insta[0], "removed", START + DAY),
        (insta[1], "still_up", START + 2 * DAY),
        (insta[1], "removed", START + 6 * DAY),
        (insta[2], "still_up", START + 9 * DAY),
        (insta[3], "refused", START + 4 * DAY),
        (tiktok[0], "removed", START + 20 * DAY),
        (early, "removed", START),
    ]
    for tip, outcome, when in checks:
        async with rig.db.transaction() as session:
            await record(session, sam, tip.case_id, outcome, START + 30 * DAY, when)


async def test_platform_statistics_from_known_answers(rig: DeskRig) -> None:
    await known_outcomes(rig)
    async with rig.db.sessions() as session:
        stats = await platform_stats(session, SINCE, UNTIL)
    by = {(row.platform, row.category): row.as_dict() for row in stats.rows}
    instagram = by[("instagram", "all")]
    assert instagram["reported"] == 4
    assert (instagram["removed_48h"], instagram["removed_7d"], instagram["removed_30d"]) == (1, 2, 2)
    assert instagram["median_hours_to_removal"] == 72.0  # 24 h and 120 h
    assert (instagram["still_up"], instagram["refused"], instagram["unchecked"]) == (1, 1, 0)
    tiktok = by[("tiktok", "all")]
    assert (tiktok["reported"], tiktok["removed_48h"], tiktok["removed_7d"], tiktok["removed_30d"]) == (2, 0, 0, 1)
    assert (tiktok["median_hours_to_removal"], tiktok["unchecked"]) == (480.0, 1)
    assert by[("tiktok", "grooming")]["reported"] == 2
    assert (stats.reported, stats.removed) == (6, 3)
    assert [row.platform for row in stats.totals] == ["instagram", "tiktok"]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "a PNG file"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def test_the_chart_is_a_titled_png_of_the_expected_size(rig: DeskRig, texts: StaffTexts) -> None:
    await known_outcomes(rig)
    async with rig.db.sessions() as session:
        stats = await platform_stats(session, SINCE, UNTIL)
    title = chart_title(texts, stats)
    fig = figure(stats, chart_labels(texts), title)
    assert fig.get_suptitle() == "What platforms did, 2026-03-01 to 2026-03-31: 6 accounts reported, 3 removed"
    bars, times = fig.axes
    assert [label.get_text() for label in bars.get_yticklabels()] == ["TikTok", "Instagram"]
    legend = bars.get_legend()
    assert legend is not None
    assert "removed within 48 h" in [text.get_text() for text in legend.get_texts()]
    assert times.get_xlabel() == "median hours to removal"
    data = png(fig)
    assert png_size(data) == PIXELS == (1200, 750)
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.verify()


async def test_stats_platforms_in_the_group_sends_the_table_and_the_chart(rig: DeskRig, clock: Clock) -> None:
    await known_outcomes(rig)
    clock.now = START + 31 * DAY
    actions = await desk(rig, 10, "stats", "platforms 2026-03-01 2026-03-31")
    [table] = texts_of(actions)
    assert "6 accounts reported, 3 removed" in table
    assert "Instagram: 4 reported · removed ≤48 h 1, ≤7 d 2, ≤30 d 2 · median 72 h · still up 1 · refused 1" in table
    [job] = [a for a in actions if isinstance(a, ChartJob)]
    assert job.chat_key == VOLUNTEER_CHAT
    assert job.since == SINCE


def test_the_cli_prints_json_csv_and_writes_the_chart(
    tipline_settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["migrate"]) == 0
    capsys.readouterr()
    chart = tmp_path / "platforms.png"
    assert (
        main(["stats", "platforms", "--since", "2026-03-01", "--until", "2026-03-31", "--json", "--chart", str(chart)])
        == 0
    )
    document = json.loads(capsys.readouterr().out)
    assert (document["reported"], document["rows"]) == (0, [])
    assert png_size(chart.read_bytes()) == (1200, 750)
    assert main(["stats", "platforms", "--csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("platform,category,reported,removed_48h")
    assert main(["stats", "platforms", "--until", "2026-03-31"]) == 2
    assert main(["stats", "platforms", "--chart", str(tmp_path / "chart.jpg")]) == 2
