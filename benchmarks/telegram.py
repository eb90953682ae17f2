"""Tipline on Telegram under load, beside a bare aiogram echo bot in the same harness.

    .venv/bin/python -m benchmarks.telegram                 # both drivers, SQLite, PostgreSQL and the echo bot
    .venv/bin/python -m benchmarks.telegram --users 400 --databases sqlite --driver ptb

N simulated people each make a whole report (13 updates: /start, 10 button presses and texts, a
refused photo) through the fake Bot API, each waiting for the bot's answer before the next step,
as people do. The bot runs as `tipline run` in its own process, with each driver asked for
(TIPLINE_DRIVER; sending unthrottled: the benchmark measures Tipline, not Telegram's flood limits);
this process runs the fake and the people. The echo bot (`benchmarks.echo_bot`) gets the same
number of people and updates, and answers each with one message.

Reported: updates processed per second (all updates / time from the first to the last answer),
and latency from an update reaching the Bot API to the first answer to it reaching the Bot API;
each bot is run `--rounds` times, interleaved, and medians are reported, with each of Tipline's
runs compared with the echo bot's run of the same round (a shared machine's speed drifts).
Not a test: it asserts nothing, it measures.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

from tests.fakes.bot_api import FakeBotAPI

TOKEN = "123:BENCH"  # noqa: S105 - the fake's token
ECHO = "aiogram echo bot"
POSTGRES_ADMIN = os.environ.get("TIPLINE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
REPORT: list[tuple[str, str]] = [
    ("text", "/start"),
    ("press", "main.menu:report"),
    ("press", "report.safety:no"),
    ("press", "report.category:grooming"),
    ("press", "report.platform:instagram"),
    ("media", "photo"),
    ("text", "https://www.instagram.com/bench.account.{n}/"),
    ("press", "report.related_ask:no"),
    ("press", "report.reported:not_yet"),
    ("press", "report.follow_up:no"),
    ("text", "Asks children for photos in the comments <3 & more"),
    ("press", "report.seen:skip"),
    ("press", "report.age:skip"),
    ("press", "report.knows:skip"),
    ("press", "report.risks:done"),
    ("press", "report.country:gb"),
    ("press", "report.consent:no"),
    ("press", "report.review:submit"),
]


@dataclass
class Result:
    name: str
    updates: int
    seconds: float
    latencies: list[float]
    bot_cpu: float | None = None
    """CPU seconds the bot's processes used while the people were at it (None if unknown)."""
    harness_cpu: float = 0.0
    """CPU seconds this process (the fake Bot API and the people) used meanwhile."""

    @property
    def rate(self) -> float:
        return self.updates / self.seconds

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


class Load:
    """The people: each pushes an update, waits for the answers that step gets, then the next."""

    def __init__(self, api: FakeBotAPI, users: int, steps: list[tuple[str, str]], answers: list[int]) -> None:
        self.api = api
        self.users = users
        self.steps = steps
        self.answers = answers  # messages the bot sends in answer to each step
        self.received: dict[int, int] = {}
        self.first_answer: dict[int, float] = {}
        self.waiting: dict[int, tuple[int, asyncio.Event]] = {}
        self.latencies: list[float] = []
        name, handler = api._handlers["sendmessage"]

        async def observed(params: dict[str, Any], uploads: dict[str, Any]) -> Any:
            result = await handler(params, uploads)
            self._answered(int(params["chat_id"]))
            return result

        api._handlers["sendmessage"] = (name, observed)

    def _answered(self, chat_id: int) -> None:
        self.received[chat_id] = self.received.get(chat_id, 0) + 1
        self.first_answer.setdefault(chat_id, time.perf_counter())
        target = self.waiting.get(chat_id)
        if target is not None and self.received[chat_id] >= target[0]:
            target[1].set()

    async def person(self, number: int) -> None:
        chat_id = 500_000 + number
        expected = 0
        for (action, value), answers in zip(self.steps, self.answers, strict=True):
            expected += answers
            done = asyncio.Event()
            self.waiting[chat_id] = (expected, done)
            self.first_answer.pop(chat_id, None)
            update = self._update(chat_id, action, value.format(n=number))
            pushed = time.perf_counter()
            self.api.push_update(update)
            await asyncio.wait_for(done.wait(), 120)
            self.latencies.append(self.first_answer[chat_id] - pushed)

    def _update(self, chat_id: int, action: str, value: str) -> dict[str, Any]:
        if action == "press":
            return self.api.callback_update(chat_id, value, check_button=False)
        if action == "media":
            return self.api.media_update(chat_id, "photo")
        if value.startswith("/"):
            return self.api.command_update(chat_id, value[1:])
        return self.api.message_update(chat_id, value)

    async def run(self) -> tuple[float, list[float]]:
        started = time.perf_counter()
        await asyncio.gather(*(self.person(number) for number in range(self.users)))
        return time.perf_counter() - started, self.latencies


async def _started(api: FakeBotAPI) -> None:
    await api.wait_for(lambda calls: any(call.method == "getUpdates" for call in calls), 60, what="the bot to poll")


async def measure(
    name: str, argv: list[str], env: dict[str, str], users: int, answers: list[int], script: list[tuple[str, str]]
) -> Result:
    async with FakeBotAPI(token=TOKEN) as api:
        env = {**env, "TIPLINE_BOT_TOKEN": TOKEN, "TIPLINE_TELEGRAM_API_URL": api.base_url}
        with tempfile.TemporaryDirectory() as folder:
            log = Path(folder) / "bot.log"
            with log.open("wb") as out:
                process = await asyncio.create_subprocess_exec(
                    *argv, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=folder
                )
            try:
                await _started(api)
                bot_before, harness_before = _cpu_seconds(process.pid), time.process_time()
                seconds, latencies = await Load(api, users, script, answers).run()
                bot_after, harness_after = _cpu_seconds(process.pid), time.process_time()
            finally:
                process.send_signal(signal.SIGINT)  # a profiler wrapping the bot writes its output on SIGINT
                await asyncio.wait_for(process.wait(), 30)
            if process.returncode not in (0, -2, -15):
                print(log.read_text()[-3000:], file=sys.stderr)
    bot_cpu = None if bot_before is None or bot_after is None else bot_after - bot_before
    return Result(name, users * len(script), seconds, latencies, bot_cpu, harness_after - harness_before)


def _cpu_seconds(pid: int) -> float | None:
    """User and system CPU time of a process and its children's (Linux); None where /proc cannot tell."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        children = [
            int(child)
            for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()
        ]
    except OSError:
        return None
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(seconds for child in children if (seconds := _cpu_seconds(child)) is not None)


async def answers_per_step() -> list[int]:
    """How many messages Tipline sends for each step of the report (the turn alone, on a scratch database)."""
    from bot.app import open_tipline
    from bot.engine.events import Button, Media, Start, Text
    from bot.pipeline.split import split_html
    from bot.settings import Settings
    from bot.storage import migrate
    from bot.storage.db import Database

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database_url=f"sqlite+aiosqlite:///{folder}/count.db", data_dir=Path(folder))
        db = Database(settings.database_url)
        await migrate.upgrade(db)
        await db.dispose()
        app = await open_tipline(settings, auto_migrate=False)
        counts = []
        try:
            for action, value in REPORT:
                event = (
                    Start(language_code="en")
                    if value == "/start"
                    else Button(payload=value)
                    if action == "press"
                    else Media(kind="photo", message_id=1)
                    if action == "media"
                    else Text(text=value.format(n=0))
                )
                result = await app.handle("tg:1", event)
                counts.append(sum(len(split_html(message.text)) for message in result.messages))
        finally:
            await app.db.dispose()
    return counts


async def _postgres(sql: str) -> None:
    connection = await asyncpg.connect(POSTGRES_ADMIN.replace("postgresql+asyncpg://", "postgresql://"), timeout=10)
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


@dataclass(frozen=True)
class Contender:
    """One bot to measure: how to start it, and the people's script for it."""

    name: str
    argv: list[str]
    env: dict[str, str]
    database: str | None
    script: list[tuple[str, str]]
    answers: list[int]


async def measure_bot(bot: Contender, users: int) -> Result:
    """One run of one bot, on a database of its own made for the run."""
    with tempfile.TemporaryDirectory() as folder:
        env = dict(bot.env, TIPLINE_DATA_DIR=folder)
        name = None
        if bot.database == "sqlite":
            env["TIPLINE_DATABASE_URL"] = f"sqlite+aiosqlite:///{folder}/bench.db"
        elif bot.database == "postgres":
            name = f"tipline_bench_{uuid.uuid4().hex[:8]}"
            await _postgres(f'CREATE DATABASE "{name}"')
            env["TIPLINE_DATABASE_URL"] = POSTGRES_ADMIN.rsplit("/", 1)[0] + "/" + name
        try:
            return await measure(bot.name, bot.argv, env, users, bot.answers, bot.script)
        finally:
            if name is not None:
                await _postgres(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--driver", default="aiogram,ptb", help="Telegram drivers to run Tipline with (TIPLINE_DRIVER)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of every bot, interleaved; medians are reported")
    parser.add_argument("--no-echo", action="store_true")
    parser.add_argument(
        "--set", action="append", default=[], metavar="TIPLINE_X=VALUE", help="a setting for Tipline (repeatable)"
    )
    parser.add_argument(
        "--wrap", default="", help='run the bot under a profiler, e.g. --wrap "py-spy record -o tipline.svg --"'
    )
    args = parser.parse_args()

    answers = await answers_per_step()
    base = {key: value for key, value in os.environ.items() if not key.startswith("TIPLINE_")}
    base |= {
        "TIPLINE_SECRET_KEY": "benchmark-secret-key-0123456789abcdef0123",
        "TIPLINE_SEND_CHAT_RATE": "0",
        "TIPLINE_SEND_GROUP_PER_MINUTE": "0",
        "TIPLINE_SEND_GLOBAL_RATE": "0",
    }
    settings = dict(setting.split("=", 1) for setting in args.set)
    tipline = [*shlex.split(args.wrap), sys.executable, "-m", "bot.cli", "run", "--migrate"]
    bots = [
        Contender(
            f"tipline/{driver}/{database}",
            tipline,
            base | settings | {"TIPLINE_DRIVER": driver},
            database,
            REPORT,
            answers,
        )
        for driver in args.driver.split(",")
        for database in args.databases.split(",")
    ]
    if not args.no_echo:
        echo_script = [("text", f"message {n}") for n in range(len(REPORT))]
        echo = [sys.executable, "-m", "benchmarks.echo_bot"]
        bots.append(Contender(ECHO, echo, base, None, echo_script, [1] * len(REPORT)))
    # The machine's speed drifts (other work shares it): each round runs every bot once, and each
    # of Tipline's runs is compared with the echo bot's run of the same round.
    rounds: list[dict[str, Result]] = []
    for number in range(1, args.rounds + 1):
        print(f"round {number} of {args.rounds}...", file=sys.stderr)
        rounds.append({bot.name: await measure_bot(bot, args.users) for bot in bots})

    print(f"machine: {os.cpu_count()} CPUs, {_cpu_model()}, Python {platform.python_version()}")
    print(
        f"{args.users} people, {len(REPORT)} updates each; Tipline sends {sum(answers)} messages per report; "
        f"medians of {args.rounds} rounds\n"
    )
    header = f"{'bot':<24} {'updates/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'vs echo':>8} {'bot CPU':>8} {'CPU/upd':>8}"
    print(header + f" {'harness':>8}")
    for bot in bots:
        runs = [results[bot.name] for results in rounds]
        latencies = Result(bot.name, 0, 1.0, [latency for run in runs for latency in run.latencies])
        ratios = [results[bot.name].rate / results[ECHO].rate for results in rounds if ECHO in results]
        ratio = f"{statistics.median(ratios):.2f}" if ratios else "-"
        cpu = [run.bot_cpu / run.seconds for run in runs if run.bot_cpu is not None]
        bot_cpu = f"{statistics.median(cpu):.0%}" if cpu else "-"
        per_update = [run.bot_cpu / run.updates * 1000 for run in runs if run.bot_cpu is not None]
        cpu_per_update = f"{statistics.median(per_update):.2f}" if per_update else "-"
        harness = f"{statistics.median(run.harness_cpu / run.seconds for run in runs):.0%}"
        rate = statistics.median(run.rate for run in runs)
        p50, p99 = latencies.percentile(0.5), latencies.percentile(0.99)
        row = f"{bot.name:<24} {rate:>10.0f} {p50:>8.1f} {p99:>8.1f} {ratio:>8} {bot_cpu:>8} {cpu_per_update:>8}"
        print(row + f" {harness:>8}")
    print("\nvs echo: the median over rounds of the rate against the echo bot's in the same round")
    print("bot CPU, harness: share of one core used while the people were at it (the bot's with its children)")
    print("CPU/upd: the bot's CPU milliseconds per update (median over rounds): the cost that does not drift with load")
    if len(rounds) > 1:
        print("\nevery run (updates/s):")
        for bot in bots:
            print(f"  {bot.name:<22} " + " ".join(f"{results[bot.name].rate:>6.0f}" for results in rounds))


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


if __name__ == "__main__":
    asyncio.run(main())
