"""A flood against Tipline, and how long honest reporters and volunteers wait through it.

    .venv/bin/python -m benchmarks.flood                       # 30 attackers, 5 honest reporters
    .venv/bin/python -m benchmarks.flood --attackers 60 --honest 10 --driver ptb

N attackers, each a fresh chat, file report after report about one account (as a farm burying it,
or burying the charity's queue), as fast as the bot answers; M honest reporters, started among
them, each file one report about an account of their own; a volunteer asks for `/queue` every few
seconds. The whole pipeline runs in this process (SQLite, the fake Bot API) with Telegram's real
sending limits (1 message a second to a chat, 20 a minute to the volunteer group, 30 a second in
all), the reporters' limits as configured (`TIPLINE_TIPS_PER_DAY`, `TIPLINE_UPDATES_PER_MINUTE`).

Reported: for honest reporters, seconds from pressing "send" to the answer with their reference;
for the volunteer, seconds from `/queue` to its answer; how many tips the attackers got filed and
how many were refused; the case's priority. Not a test: it asserts nothing, it measures.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import platform
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from pydantic import SecretStr
from sqlalchemy import func, select

from bot.app import build_pipeline, open_tipline
from bot.app.desk import staff_chats
from bot.cases.volunteers import add_volunteer
from bot.drivers.select import telegram_driver
from bot.settings import Settings
from bot.storage.models import Case, Tip
from tests.fakes.bot_api import FakeBotAPI

TOKEN = "123:FLOOD"  # noqa: S105 - the fake's token
GROUP = -1009876543210
VOLUNTEER = 777
TARGET = "https://www.instagram.com/their.target/"
SUBMIT = "report.review:submit"
QUEUE = "<b>Queue</b>"


def queue_answers(api: FakeBotAPI) -> int:
    return sum(QUEUE in str(call.params["text"]) for call in api.calls_to("sendMessage", chat_id=GROUP))


def report(link: str, *, again: bool) -> list[tuple[str, str]]:
    steps = [
        ("text", "/start"),
        ("press", "main.menu:report"),
        ("press", "report.safety:no"),
        ("press", "report.category:sexual_imagery"),
        ("press", "report.platform:instagram"),
        ("text", link),
        ("press", "report.related_ask:no"),
        ("press", "report.reported:not_yet"),
        ("text", "seen on a public profile"),
        ("press", "report.country:gb"),
        ("press", "report.consent:no"),
        ("press", SUBMIT),
    ]
    return [step for step in steps if not (again and step[1].startswith("report.country:"))]


class Person:
    def __init__(self, api: FakeBotAPI, chat_id: int) -> None:
        self.api = api
        self.chat_id = chat_id

    def said(self) -> list[str]:
        return [m.get("text", "") for m in self.api.chat_history(self.chat_id) if m["from"]["is_bot"]]

    async def act(self, action: str, value: str, deadline: float) -> bool:
        """Send one update once the bot is ready for it (its button shown); False if it never was."""
        while time.monotonic() < deadline:
            try:
                if action == "press":
                    update = self.api.callback_update(self.chat_id, value)
                elif value.startswith("/"):
                    name, _, args = value[1:].partition(" ")
                    update = self.api.command_update(self.chat_id, name, args)
                else:
                    update = self.api.message_update(self.chat_id, value)
            except (LookupError, ValueError):  # the button is not there (yet): the answer is on its way
                await asyncio.sleep(0.05)
                continue
            self.api.push_update(update)
            return True
        return False

    async def file(self, link: str, *, again: bool, deadline: float) -> float | None:
        """One report; seconds from "send" to the answer about it (None: never got that far)."""
        for action, value in report(link, again=again):
            before = len(self.said())
            if not await self.act(action, value, deadline):
                return None
            if value == SUBMIT:
                pressed = time.monotonic()
                while time.monotonic() < deadline:
                    news = self.said()[before:]
                    if any("Your reference is" in t or "could not be sent yet" in t for t in news):
                        return time.monotonic() - pressed
                    await asyncio.sleep(0.02)
                return None
            while len(self.said()) == before and time.monotonic() < deadline:  # noqa: ASYNC110 - polling the fake
                await asyncio.sleep(0.02)
        return None


async def volunteer(api: FakeBotAPI, stop: asyncio.Event, every: float, waits: list[float]) -> None:
    while not stop.is_set():
        answered = len(
            [c for c in api.calls_to("sendMessage", chat_id=GROUP) if "<b>Queue</b>" in str(c.params["text"])]
        )
        asked = time.monotonic()
        api.push_update(api.command_update(GROUP, "queue", "", user_id=VOLUNTEER))
        while not stop.is_set():
            if queue_answers(api) > answered:
                waits.append(time.monotonic() - asked)
                break
            await asyncio.sleep(0.05)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)


async def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with FakeBotAPI(token=TOKEN) as api:
            settings = Settings(
                database_url=f"sqlite+aiosqlite:///{Path(folder) / 'flood.db'}",
                data_dir=Path(folder),
                secret_key=SecretStr("flood-benchmark-secret-key-0123456789abcdef"),
                bot_token=SecretStr(TOKEN),
                telegram_api_url=api.base_url,
                poll_timeout=1,
                driver=args.driver,
                volunteer_chat_id=GROUP,
                tips_per_day=args.tips_per_day,
                updates_per_minute=args.updates_per_minute,
            )
            app = await open_tipline(settings, auto_migrate=True)
            async with app.db.transaction() as session:
                await add_volunteer(
                    session,
                    VOLUNTEER,
                    "bench",
                    "volunteer",
                    "bench",
                    datetime.now(UTC),
                )
            driver = telegram_driver(settings, TOKEN, staff_chats=staff_chats(settings))
            pipeline = build_pipeline(app, driver, settings)
            task = asyncio.create_task(pipeline.run())
            await pipeline.receiving.wait()
            started = time.monotonic()
            deadline = started + args.seconds
            stop = asyncio.Event()
            queue_waits: list[float] = []
            desk = asyncio.create_task(volunteer(api, stop, args.queue_every, queue_waits))

            async def attacker(number: int) -> list[float | None]:
                person = Person(api, 100_000 + number)
                return [
                    await person.file(TARGET, again=round_ > 0, deadline=deadline)
                    for round_ in range(args.reports_each)
                ]

            async def honest(number: int) -> float | None:
                await asyncio.sleep(args.honest_after)
                return await Person(api, 200_000 + number).file(
                    f"https://www.instagram.com/honest.case.{number}/", again=False, deadline=deadline
                )

            attacks = [asyncio.create_task(attacker(n)) for n in range(args.attackers)]
            honest_waits = await asyncio.gather(*(honest(n) for n in range(args.honest)))
            await asyncio.gather(*attacks)
            stop.set()
            await desk
            elapsed = time.monotonic() - started
            async with app.db.transaction() as session:
                filed = await session.scalar(select(func.count()).select_from(Tip).where(Tip.reporter.is_not(None)))
                target = (
                    await session.execute(
                        select(Case.priority, Case.tip_count, Case.reporter_count)
                        .order_by(Case.tip_count.desc())
                        .limit(1)
                    )
                ).one()
            health = await pipeline.operations.health()
            pipeline.stop()
            await task
            await driver.close()
            await app.db.dispose()
    done = [wait for wait in honest_waits if wait is not None]
    machine = platform.processor() or platform.machine()
    print(f"machine: {platform.node()} · {machine} · Python {platform.python_version()}")
    print(
        f"driver {args.driver}, SQLite; {args.attackers} attackers × {args.reports_each} reports, "
        f"{args.honest} honest reporters; {elapsed:.0f} s"
    )
    print(f"tips filed: {filed} (attackers' case: priority {target[0]}, {target[1]} tips from {target[2]} reporters)")
    if done:
        median, worst = statistics.median(done), max(done)
        print(
            f"honest reporters, send → reference: median {median:.2f} s, max {worst:.2f} s ({len(done)}/{args.honest})"
        )
    else:
        print(f"honest reporters: none answered within {args.seconds} s")
    if queue_waits:
        median, worst = statistics.median(queue_waits), max(queue_waits)
        print(f"volunteer /queue → answer: median {median:.2f} s, max {worst:.2f} s ({len(queue_waits)} asked)")
    print(f"left in the outbox at the end: {health.outbox_pending} (the group's cards at 20 a minute)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--attackers", type=int, default=30)
    parser.add_argument("--honest", type=int, default=5)
    parser.add_argument(
        "--reports-each", type=int, default=7, help="reports each attacker tries (the limit is 5 a day)"
    )
    parser.add_argument(
        "--honest-after", type=float, default=5.0, help="seconds into the flood the honest reporters start"
    )
    parser.add_argument("--queue-every", type=float, default=3.0)
    parser.add_argument("--seconds", type=float, default=240.0, help="give up after this long")
    parser.add_argument("--driver", choices=("aiogram", "ptb"), default="aiogram")
    parser.add_argument("--tips-per-day", type=int, default=5)
    parser.add_argument("--updates-per-minute", type=int, default=30)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
