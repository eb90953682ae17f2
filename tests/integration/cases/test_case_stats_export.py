"""`/stats` figures and `/export` contents on a known data set; no reporter identity in either."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from bot.cases.export import read_csv, write_export, zip_members
from bot.cases.stats import stats
from bot.cases.workflow import claim, merge, set_status
from bot.desk.messages import DeskRequest, ExportJob, Post
from bot.engine.events import Command
from bot.identity import Identity
from bot.storage.db import Database
from bot.storage.models import DeskEvent, Tip
from tests.integration.cases.conftest import START, VOLUNTEER_CHAT, DeskRig, file_tip, volunteer

SINCE = datetime(2026, 3, 1, tzinfo=UTC)
UNTIL = datetime(2026, 3, 11, tzinfo=UTC)
HOUR = timedelta(hours=1)
FORMULA = '=HYPERLINK("https://evil.example","click")'


async def known_data(db: Database, identity: Identity) -> dict[str, int]:
    """Three cases opened in the period (one worked after 3 h, one after 1 h), one long before it,
    one merged away; four tips in the period from three people."""
    sam = await volunteer(db, 10, "sam")
    kim = await volunteer(db, 11, "kim", "coordinator")
    a = await file_tip(
        db,
        "https://www.instagram.com/a.account/",
        related=("@a.friend",),
        reporter="r1",
        consent=True,
        identity=identity,
    )
    await file_tip(db, "instagram.com/a.account", reporter="r2", at=START + HOUR, details=FORMULA, identity=identity)
    b = await file_tip(
        db, "https://www.tiktok.com/@b.account", category="grooming", reporter="r3", at=START + timedelta(days=1)
    )
    c = await file_tip(
        db, "https://x.com/c_account", category="other", reporter="r1", at=START + timedelta(days=2), identity=identity
    )
    old = await file_tip(
        db, "https://www.instagram.com/old.account/", category="sexual_imagery", at=START - timedelta(days=40)
    )
    dup = await file_tip(db, "https://www.instagram.com/dup.account/", at=START - timedelta(days=39))
    async with db.transaction() as session:
        await claim(session, sam, a.case_id, START + 3 * HOUR)
        await set_status(session, sam, b.case_id, "reported_to_platform", START + timedelta(days=1) + HOUR)
        await merge(session, kim, dup.case_id, old.case_id, START - timedelta(days=30))
    return {"a": a.case_id, "b": b.case_id, "c": c.case_id, "old": old.case_id}


async def test_stats_on_a_known_data_set(db: Database, identity: Identity) -> None:
    await known_data(db, identity)
    async with db.transaction() as session:
        figures = await stats(session, SINCE, UNTIL)
    assert (figures.cases, figures.tips, figures.acted_on) == (3, 4, 2)
    assert figures.by_status == {"in_progress": 1, "new": 1, "reported_to_platform": 1}
    assert figures.by_platform == {"instagram": 1, "tiktok": 1, "x": 1}
    assert figures.by_category == {"collecting_photos": 1, "grooming": 1, "other": 1}
    assert figures.median_first_action == 2 * HOUR  # 3 h and 1 h
    assert figures.mean_first_action == 2 * HOUR
    async with db.transaction() as session:
        before = await stats(session, SINCE - timedelta(days=60), SINCE)
    # The old case was acted on by the merge, ten days after it opened; the merged one is not counted.
    assert (before.cases, before.tips, before.acted_on, before.median_first_action) == (1, 2, 1, timedelta(days=10))


async def test_stats_through_the_desk(rig: DeskRig) -> None:
    await known_data(rig.db, rig.identity)
    async with rig.db.transaction() as session:
        await rig.desk.handle(
            session, DeskRequest(10, VOLUNTEER_CHAT, Command(name="stats", args="2026-03-01 2026-03-10"))
        )
    (post,) = rig.recorder.take()
    assert isinstance(post, Post)
    assert "3 new cases, 4 tips" in post.text
    assert "<b>By status now:</b> in progress 1, new 1, reported to platform 1" in post.text
    assert "<b>By platform:</b> Instagram 1, TikTok 1, X (Twitter) 1" in post.text
    assert "median 2 h, mean 2 h (2 of 3 acted on)" in post.text


async def test_export_has_cases_and_tips_and_no_reporter_identity(
    db: Database, identity: Identity, tmp_path: Path
) -> None:
    ids = await known_data(db, identity)
    async with db.transaction() as session:
        result = await write_export(session, SINCE, UNTIL, tmp_path / "export.zip")
        tokens = [t for t in (await session.execute(select(Tip.contact_token))).scalars() if t]
        pseudonyms = set((await session.execute(select(Tip.reporter))).scalars())
        again = await write_export(session, SINCE, UNTIL, tmp_path / "again.zip")
    assert (result.cases, result.tips) == (3, 4)
    members = zip_members(result.path)
    assert sorted(members) == ["README.txt", "cases.csv", "cases.json", "tips.csv", "tips.json"]
    everything = b"".join(members.values()).decode()
    assert tokens
    assert pseudonyms
    for secret in (*tokens, *pseudonyms, *(p[:8] for p in pseudonyms), "r1", "r2", "r3"):
        assert f'"{secret}"' not in everything
        assert f",{secret}," not in everything

    cases = read_csv(members["cases.csv"])
    assert [int(row["case_id"]) for row in cases] == sorted([ids["a"], ids["b"], ids["c"]])
    first = cases[0]
    assert (first["account"], first["tips"], first["reporters"], first["status"], first["assignee"]) == (
        "a.account",
        "2",
        "2",
        "in_progress",
        "sam",
    )
    tips = read_csv(members["tips.csv"])
    assert [row["platform"] for row in tips] == ["instagram", "instagram", "tiktok", "x"]
    assert tips[0]["accounts"] == "instagram:a.account"
    assert tips[0]["related_accounts"] == "instagram:a.friend"
    assert tips[1]["details"] == "'" + FORMULA  # a spreadsheet will not run it
    assert tips[0]["reporter"] == tips[3]["reporter"] != tips[1]["reporter"]  # r1 filed both, in this file
    assert tips[0]["reporter"].startswith("R-")
    as_json = json.loads(members["tips.json"])
    assert as_json[1]["details"] == FORMULA  # JSON keeps the text as it was
    assert as_json[0]["child_in_danger"] is False
    assert json.loads(members["cases.json"])[0]["case_id"] == ids["a"]
    other_file = read_csv(zip_members(again.path)["tips.csv"])
    assert other_file[0]["reporter"] != tips[0]["reporter"]  # aliases do not carry across exports


async def test_export_from_the_desk_is_a_job_for_coordinators_and_is_audited(rig: DeskRig) -> None:
    await volunteer(rig.db, 11, "kim", "coordinator")
    async with rig.db.transaction() as session:
        request = DeskRequest(11, VOLUNTEER_CHAT, Command(name="export", args="2026-03-01 2026-03-10 csv"), thread_id=4)
        await rig.desk.handle(session, request)
    started, private, job = rig.recorder.take()
    assert isinstance(started, Post)
    assert "Preparing the export" in started.text
    assert isinstance(private, Post)
    assert "private chat with the bot" in private.text
    # The file goes to the requester's own chat with the bot, never to the group (issue 13).
    assert job == ExportJob("tg:11", SINCE, UNTIL, ("csv",))
    async with rig.db.transaction() as session:
        event = (await session.execute(select(DeskEvent).where(DeskEvent.action == "export"))).scalar_one()
    assert (event.actor, event.action, event.detail["formats"]) == ("kim", "export", "csv")


async def test_export_carries_what_a_hotline_asks_for(db: Database, identity: Identity, tmp_path: Path) -> None:
    ids = await known_data(db, identity)
    async with db.transaction() as session:
        tip = (await session.execute(select(Tip).where(Tip.case_id == ids["b"]))).scalar_one()
        tip.self_report, tip.seen_when, tip.seen_date, tip.child_age = True, "date", "=3 March", "13_15"
        tip.knows_child, tip.risk_signals = None, "threats money"
    async with db.transaction() as session:
        result = await write_export(session, SINCE, UNTIL, tmp_path / "export.zip")
    members = zip_members(result.path)
    row = next(r for r in read_csv(members["tips.csv"]) if r["platform"] == "tiktok")
    assert (row["self_report"], row["seen_when"], row["seen_date"], row["child_age"]) == (
        "true",
        "date",
        "'=3 March",  # typed by a person: never a formula
        "13_15",
    )
    assert (row["knows_child"], row["risk_signals"]) == ("", "threats money")
    other = next(r for r in json.loads(members["tips.json"]) if r["platform"] == "x")
    assert (other["self_report"], other["seen_when"], other["risk_signals"]) == (False, None, None)
