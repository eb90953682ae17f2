"""`send_photo` on both drivers against the fake Bot API, and the desk's chart call end to end:
`/stats platforms` queues a chart; the sender draws it and uploads it as a photo (issue 16)."""

from __future__ import annotations

import struct
from datetime import UTC, datetime
from pathlib import Path

from bot.desk.calls import DESK_CHART, DeskCalls
from bot.desk.words import StaffTexts
from bot.directory.testing import real_directory
from bot.drivers.select import driver_class
from bot.i18n import Locales
from bot.paths import locales_dir
from bot.pipeline.tables import WriteGate
from bot.storage.db import Database
from tests.fakes.bot_api import FakeBotAPI

TOKEN = "123:ABC"
GROUP = -1001234567890
PNG_HEADER = b"\x89PNG\r\n\x1a\n"


async def test_send_photo_uploads_the_picture_with_its_caption(driver: str) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        client = driver_class(driver)(TOKEN, api_url=api.base_url, api_timeout=5.0)
        try:
            await client.send_photo(GROUP, PNG_HEADER + b"rest", "chart.png", "<b>Chart</b> &amp; more", thread_id=7)
        finally:
            await client.close()
    [photo] = api.photos
    assert (photo.chat_id, photo.filename, photo.content) == (GROUP, "chart.png", PNG_HEADER + b"rest")
    assert photo.caption == "Chart & more"
    [call] = api.calls_to("sendPhoto")
    assert call.params["message_thread_id"] == 7
    assert call.params["parse_mode"] == "HTML"


async def test_the_desk_chart_is_drawn_and_sent_as_a_photo(driver: str, db: Database, tmp_path: Path) -> None:
    names = {pid: platform.name for pid, platform in real_directory().platforms.items()}
    calls = DeskCalls(WriteGate(db), StaffTexts(Locales(locales_dir()), "en", names), tmp_path / "exports")
    payload = {
        "since": datetime(2026, 3, 1, tzinfo=UTC).isoformat(),
        "until": datetime(2026, 4, 1, tzinfo=UTC).isoformat(),
    }
    async with FakeBotAPI(token=TOKEN) as api:
        client = driver_class(driver)(TOKEN, api_url=api.base_url, api_timeout=5.0)
        try:
            await calls.call(client, DESK_CHART, GROUP, payload | {"thread_id": 3})
        finally:
            await client.close()
    [photo] = api.photos
    assert photo.content[:8] == PNG_HEADER
    assert struct.unpack(">II", photo.content[16:24]) == (1200, 750)
    assert photo.filename == "tipline-platforms-20260301-20260401.png"
    assert photo.caption == "Platform accountability: 0 accounts reported, 0 removed (volunteers' checks)."
