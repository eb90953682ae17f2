"""Two `tipline run` processes in webhook mode on one PostgreSQL share the work safely.

Updates of many chats arrive at both processes (as behind a load balancer), each chat's updates
split between them and sent without waiting for answers. Every update is processed once, each
chat's in order (a press processed early would be a "stale button"), and no reply is sent twice.
"""

from __future__ import annotations

import asyncio
import functools
import json
from pathlib import Path

import aiohttp
import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from bot.pipeline.operations import Operations
from bot.pipeline.tables import WriteGate
from bot.settings import Settings
from bot.storage.db import Database
from bot.storage.models import InboxUpdate, Tip
from tests.fakes.bot_api import FakeBotAPI
from tests.integration.telegram.harness import (
    REPORT,
    TOKEN,
    WEBHOOK_SECRET,
    BotProcess,
    TelegramUser,
    expected_transcript,
    free_port,
    mask,
    telegram_settings,
    wait_until,
)

CHATS = 12


async def _healthy(url: str) -> bool:
    try:
        async with aiohttp.ClientSession() as http, http.get(url) as response:
            return response.status == 200
    except aiohttp.ClientError:
        return False


@pytest.mark.parametrize("backend", ["postgres"])
async def test_two_processes_share_the_work_in_order_and_once(
    tipline_settings: Settings, driver: str, tmp_path: Path
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        base = telegram_settings(
            tipline_settings,
            api,
            webhook_url="https://tipline.example.org/telegram",
            webhook_secret=SecretStr(WEBHOOK_SECRET),
            driver=driver,
        )
        expected = mask(await expected_transcript(base, REPORT, tmp_path))
        ports = [free_port(), free_port()]
        health_ports = [free_port(), free_port()]
        bots = [
            BotProcess(
                base.model_copy(
                    update={"webhook_listen": f"127.0.0.1:{port}", "health_listen": f"127.0.0.1:{health_ports[n]}"}
                ),
                tmp_path / f"bot{n}.log",
            ).start()
            for n, port in enumerate(ports)
        ]
        hooks = [f"http://127.0.0.1:{port}/telegram" for port in ports]
        db = Database(base.database_url)
        operations = Operations(WriteGate(db))
        users = [TelegramUser(api, 9100 + n) for n in range(CHATS)]
        posted = 0

        async def post(number: int, step: int, action: str, value: str) -> None:
            """Chat `number`'s update for `step`, to one process or the other, answered only once stored."""
            nonlocal posted
            if action == "press":  # pressed without waiting for the bot: the payload is all that matters
                update = api.callback_update(users[number].chat_id, value, check_button=False)
            else:
                update = users[number].update_for(action, value)
            status, _ = await api.post_to_webhook(hooks[(number + step) % 2], update, secret_token=WEBHOOK_SECRET)
            assert status == 200
            posted += 1

        async def idle() -> bool:
            health = await operations.health()
            return health.inbox_pending == 0 and health.outbox_pending == 0

        try:
            for port in health_ports:
                health = f"http://127.0.0.1:{port}/healthz"
                await wait_until(functools.partial(_healthy, health), 60, "the bots")
            # /start, so every chat has a keyboard to press; then the rest, each step to all chats at
            # once, alternating processes, the next step as soon as the last one is stored.
            await asyncio.gather(*(post(number, 0, *REPORT[0]) for number in range(CHATS)))
            await wait_until(idle, 60, "the menus")
            for step, (action, value) in enumerate(REPORT[1:], start=1):
                await asyncio.gather(*(post(number, step, action, value) for number in range(CHATS)))
            await wait_until(idle, 90, "every report")
            assert [await bot.stop() for bot in bots] == [0, 0]
            async with db.transaction() as session:
                tips = (await session.execute(select(Tip))).scalars().all()
                done = (await session.execute(select(func.count()).where(InboxUpdate.status == "done"))).scalar_one()
        finally:
            for bot in bots:
                bot.kill()
            await db.dispose()

    assert done == posted == CHATS * len(REPORT)
    assert len(tips) == CHATS
    assert len({tip.reporter for tip in tips}) == CHATS
    for user in users:
        delivered = [
            str(c.params["text"]) for c in api.calls_to("sendMessage", chat_id=user.chat_id) if c.status == 200
        ]
        assert mask(delivered) == expected, f"chat {user.chat_id}"
    # Both processes did some of the processing and the sending.
    for bot in bots:
        stopped = next(line for line in bot.log.splitlines() if "Tipline stopped" in line)
        fields = dict(part.split("=", 1) for part in stopped.split() if "=" in part)
        assert json.loads(fields["updates_processed"]) > 0, bot.log
        assert json.loads(fields["calls_made"]) > 0, bot.log
