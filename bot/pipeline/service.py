"""The Telegram pipeline assembled: receiver (polling or webhook) → inbox → worker → outbox → sender.

Framework-free: a driver (`TelegramDriver`) brings the client library. One `Pipeline` per process;
on PostgreSQL several processes may run side by side in webhook mode and share the work.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from aiohttp import web

from bot.cases.retention import purge as purge_expired
from bot.i18n import Locales, html_to_plain
from bot.limits import COMMAND_DESCRIPTION_LIMIT, PROFILE_LIMITS
from bot.pipeline.guard import ConnectionGuard, GuardedSite, GuardLimits
from bot.pipeline.health import HealthServer
from bot.pipeline.inbox import Inbox
from bot.pipeline.metrics import Metrics
from bot.pipeline.operations import Operations
from bot.pipeline.outbox import Outbox
from bot.pipeline.ports import BotProfile, DeliveryError, MoreCalls, TelegramDriver, UpdateRouter, WebhookConfig
from bot.pipeline.profile import fit
from bot.pipeline.ratelimit import SendLimiter, backoff
from bot.pipeline.receiver import Poller, WebhookReceiver
from bot.pipeline.scheduler import FollowUpScheduler
from bot.pipeline.sender import Sender
from bot.pipeline.signals import Signal, sleep_unless
from bot.pipeline.tables import WriteGate
from bot.pipeline.worker import Worker
from bot.settings import Settings
from bot.turn import TurnRunner

log = logging.getLogger(__name__)

COMMANDS = ("start", "help", "cancel")
"""The commands offered in Telegram's menu; each needs a `command-<name>` text in the locale."""
PURGE_EVERY_SECONDS = 600.0
SETUP_ATTEMPTS = 5


class PipelineError(Exception):
    """The pipeline cannot start; the message says why."""


def bot_profile(locales: Locales, charity: str) -> BotProfile:
    """Commands and descriptions in every language that has their texts; "" is the default."""
    profile = BotProfile()
    # Telegram takes two-letter codes only: pt-BR's texts serve "pt" unless there is a plain "pt".
    languages = sorted(locales.languages, key=lambda language: (len(language), language), reverse=True)
    for language in languages:
        code = "" if language == locales.default else language.split("-")[0].lower()
        if all(locales.has(language, f"command-{name}") for name in COMMANDS):
            profile.commands[code] = [
                (name, fit(html_to_plain(locales.text(language, f"command-{name}")), COMMAND_DESCRIPTION_LIMIT))
                for name in COMMANDS
            ]
        for key, target in (
            ("bot-description", profile.descriptions),
            ("bot-short-description", profile.short_descriptions),
        ):
            if locales.has(language, key):
                text = html_to_plain(locales.text(language, key, {"charity": charity}))
                target[code] = fit(text, PROFILE_LIMITS[key])
    return profile


@dataclass(frozen=True)
class Extension:
    """What rides on the pipeline besides the reporter conversation (the volunteer desk): it may
    take updates first, makes Bot API calls of its own, and has a command menu in one chat."""

    router: UpdateRouter
    calls: MoreCalls
    chat_commands: dict[int, list[tuple[str, str]]] = field(default_factory=dict)


class Pipeline:
    def __init__(
        self,
        turns: TurnRunner,
        driver: TelegramDriver,
        settings: Settings,
        *,
        gate: WriteGate | None = None,
        extension: Extension | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.turns = turns
        self.driver = driver
        self.settings = settings
        self.clock = clock
        self.gate = gate or WriteGate(turns.db)
        self.inbox = Inbox(self.gate, turns.identity)
        self.outbox = Outbox(self.gate, turns.identity)
        self.operations = Operations(self.gate)
        self.extension = extension
        self.inbox_signal = Signal()
        self.outbox_signal = Signal()
        self.stopping = asyncio.Event()
        self.receiving = asyncio.Event()
        """Set once updates are being received (the webhook is listening, or polling began)."""
        self.webhook_addresses: list[tuple[str, int]] = []
        self.health_addresses: list[tuple[str, int]] = []
        """Where /healthz and /metrics are served (TIPLINE_HEALTH_LISTEN; port 0 picks a free one)."""
        self.metrics = Metrics()
        self.webhook_guard = ConnectionGuard(
            GuardLimits(
                header_timeout=settings.webhook_header_timeout,
                keepalive_timeout=settings.webhook_keepalive_timeout,
                max_connections=settings.webhook_max_connections,
            )
        )
        # The volunteer desk rides on the same inbox, worker and outbox (see bot/desk/routing.py).
        self.worker = Worker(
            turns,
            self.inbox,
            self.outbox,
            concurrency=settings.worker_concurrency,
            max_attempts=settings.update_max_attempts,
            lease=timedelta(seconds=settings.update_lease_seconds),
            inbox_signal=self.inbox_signal,
            outbox_signal=self.outbox_signal,
            clock=clock,
            router=None if extension is None else extension.router,
            metrics=self.metrics,
        )
        limiter = SendLimiter(
            chat_rate=settings.send_chat_rate,
            chat_burst=settings.send_chat_burst,
            group_per_minute=settings.send_group_per_minute,
            global_rate=settings.send_global_rate,
        )
        self.sender = Sender(
            self.outbox,
            driver,
            limiter,
            api_timeout=settings.api_timeout,
            max_attempts=settings.send_max_attempts,
            give_up_after=timedelta(hours=settings.send_give_up_hours),
            backoff_seconds=settings.send_backoff_seconds,
            backoff_max_seconds=settings.send_backoff_max_seconds,
            outbox_signal=self.outbox_signal,
            clock=clock,
            extra=None if extension is None else extension.calls,
            metrics=self.metrics,
        )
        self.worker.on_queued = self.sender.offer
        self.scheduler = FollowUpScheduler(
            self.gate,
            self.inbox,
            turns.identity,
            self.inbox_signal,
            remind_after=timedelta(hours=settings.follow_up_reminder_hours),
            clock=clock,
            idle_seconds=settings.follow_up_check_seconds,
        )

    def stop(self) -> None:
        self.stopping.set()

    async def run(self) -> None:
        """Run until `stop()`. Raises PipelineError if Telegram refuses the webhook."""
        problems = await self._profile()
        for problem in problems:
            log.warning("could not set the bot's profile; running without it", extra={"error": problem})
        await self._check_volunteer_group()
        health = await self._start_health()
        try:
            await self._receive_and_work()
        finally:
            await health.cleanup()

    async def _receive_and_work(self) -> None:
        runner: web.AppRunner | None = None
        if self.settings.webhook_url:
            runner = await self._start_webhook()
        else:
            await self._start_polling_mode()
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(self.worker.run(self.stopping), name="tipline-worker")
                group.create_task(self.sender.run(self.stopping), name="tipline-sender")
                group.create_task(self._purge(), name="tipline-purge")
                group.create_task(self.scheduler.run(self.stopping), name="tipline-follow-ups")
                if runner is None:
                    poller = Poller(
                        self.driver,
                        self.inbox,
                        self.inbox_signal,
                        wait_seconds=self.settings.poll_timeout,
                        clock=self.clock,
                        metrics=self.metrics,
                    )
                    group.create_task(self._poll(poller), name="tipline-poller")
                else:
                    self.receiving.set()
                    await self.stopping.wait()
                    await runner.cleanup()
                    runner = None
        finally:
            if runner is not None:
                await runner.cleanup()

    async def _poll(self, poller: Poller) -> None:
        self.receiving.set()
        await poller.run(self.stopping)
        await poller.acknowledge()

    async def _check_volunteer_group(self) -> None:
        """Warn at start when the volunteer group is public: anyone can find it by its @username and
        join, and every member reads every case card (issue 13). The bot runs anyway."""
        chat_id = self.settings.volunteer_chat_id
        if chat_id is None:
            return
        try:
            username = await self.driver.chat_username(chat_id)
        except DeliveryError as exc:
            log.warning("could not check whether the volunteer group is public", extra={"error": exc.description})
            return
        if username:
            log.warning(
                "the volunteer group is PUBLIC: anyone can find it and join, and every member reads every case "
                "card. Make it private (group settings: Group type: Private) and revoke its invite links",
                extra={"username": f"@{username}"},
            )

    async def _profile(self) -> list[str]:
        profile = bot_profile(self.turns.locales, self.turns.charity_name)
        if self.extension is not None:
            profile.chat_commands.update(self.extension.chat_commands)
        try:
            return await self.driver.set_profile(profile)
        except Exception as exc:  # non-essential, whatever went wrong
            return [type(exc).__name__]

    async def _start_polling_mode(self) -> None:
        for attempt in range(1, SETUP_ATTEMPTS + 1):
            try:
                await self.driver.start_polling_mode()
                return
            except DeliveryError as exc:
                log.warning("could not remove an old webhook", extra={"error": exc.description, "attempt": attempt})
                if await sleep_unless(self.stopping, backoff(attempt, 1.0, 10.0)):
                    return
        log.error("could not remove an old webhook; polling will fail while one is set")

    async def _start_webhook(self) -> web.AppRunner:
        url = self.settings.webhook_url
        secret = self.settings.webhook_secret
        if not url or secret is None:
            raise PipelineError("TIPLINE_WEBHOOK_SECRET is required when TIPLINE_WEBHOOK_URL is set")
        receiver = WebhookReceiver(
            self.driver,
            self.inbox,
            self.inbox_signal,
            path=urlsplit(url).path,
            secret=secret.get_secret_value(),
            clock=self.clock,
            metrics=self.metrics,
            max_body_bytes=self.settings.webhook_max_body_bytes,
            body_timeout=self.settings.webhook_body_timeout,
            guard=self.webhook_guard,
        )
        host, _, port = self.settings.webhook_listen.rpartition(":")
        runner = web.AppRunner(
            receiver.application(),
            access_log=None,
            handle_signals=False,
            shutdown_timeout=5.0,
            keepalive_timeout=self.settings.webhook_keepalive_timeout,
        )
        await runner.setup()
        try:
            await GuardedSite(runner, host.strip("[]"), int(port), self.webhook_guard).start()
            self.webhook_addresses = [(str(a[0]), int(a[1])) for a in runner.addresses]
            await self._set_webhook(WebhookConfig(url=url, secret=secret.get_secret_value()))
        except BaseException:
            await runner.cleanup()
            raise
        return runner

    async def _start_health(self) -> web.AppRunner:
        """/healthz and /metrics on TIPLINE_HEALTH_LISTEN, whichever way updates arrive."""
        server = HealthServer(self.gate, self.metrics, clock=self.clock)
        runner = web.AppRunner(server.application(), access_log=None, handle_signals=False, shutdown_timeout=2.0)
        await runner.setup()
        listen = self.settings.health_listen
        host, _, port = listen.rpartition(":")
        try:
            await web.TCPSite(runner, host.strip("[]"), int(port)).start()
        except OSError as exc:
            await runner.cleanup()
            raise PipelineError(
                f"TIPLINE_HEALTH_LISTEN: cannot listen on {listen} ({exc.strerror or exc}); "
                "another process may have it: give each its own port"
            ) from None
        self.health_addresses = [(str(a[0]), int(a[1])) for a in runner.addresses]
        log.info("health and metrics are served", extra={"listen": listen, "paths": "/healthz /metrics"})
        return runner

    async def _set_webhook(self, webhook: WebhookConfig) -> None:
        for attempt in range(1, SETUP_ATTEMPTS + 1):
            try:
                await self.driver.start_webhook_mode(webhook)
                return
            except DeliveryError as exc:
                if attempt == SETUP_ATTEMPTS:
                    raise PipelineError(
                        f"Telegram refused the webhook at TIPLINE_WEBHOOK_URL: {exc.description}"
                    ) from None
                log.warning("could not set the webhook", extra={"error": exc.description, "attempt": attempt})
                await sleep_unless(self.stopping, backoff(attempt, 1.0, 10.0))

    async def _purge(self) -> None:
        """The pipeline's done rows, then what the retention settings expire (docs/privacy.md).
        Safe with several processes: every statement deletes or erases only what is due, and on
        PostgreSQL one process at a time does the retention round (an advisory lock)."""
        keep = timedelta(hours=self.settings.purge_after_hours)
        keep_failed = timedelta(days=self.settings.purge_failed_after_days)
        while not self.stopping.is_set():
            try:
                removed = await self.operations.purge(self.clock(), keep, keep_failed)
                self.metrics.purge_runs.labels(result="ok").inc()
                self.metrics.purged_rows.inc(removed)
                if removed:
                    log.info("purged processed updates and sent messages", extra={"rows": removed})
                async with self.gate.write() as session:
                    counts = await purge_expired(session, self.clock(), self.turns.retention)
                if counts is not None and counts.total:
                    log.info("purged what the retention periods expire", extra={"rows": counts.by_table})
            except Exception as exc:
                self.metrics.purge_runs.labels(result="failed").inc()
                log.warning("purge failed; will try again", extra={"error": type(exc).__name__})
            await sleep_unless(self.stopping, PURGE_EVERY_SECONDS)
