"""Forwarding put into a running Tipline: the events queued from the turns and the desk, and the
delivery loop built from the settings. With neither TIPLINE_FORWARD_URL nor TIPLINE_FORWARD_EMAIL
set, nothing is wrapped and no loop runs."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.desk.desk import Desk
from bot.desk.words import StaffTexts
from bot.forward.deliver import Channel, EmailChannel, Forwarder, WebhookChannel
from bot.forward.hooks import ForwardHooks
from bot.forward.mail import MailTexts
from bot.forward.queue import ForwardQueue
from bot.forward.smtp import SmtpClient
from bot.forward.webhook import WebhookClient
from bot.pipeline.tables import WriteGate
from bot.settings import Settings
from bot.turn import TurnRunner

if TYPE_CHECKING:
    from bot.pipeline.service import Pipeline


def attach_forwarding(turns: TurnRunner, settings: Settings) -> ForwardQueue:
    """Queue events from these turns (and from the desk, if it is their hooks). Call after the desk."""
    queue = ForwardQueue.from_settings(settings)
    if not queue:
        return queue
    inner = turns.hooks
    hooks = ForwardHooks(queue, inner)
    if isinstance(inner, Desk):
        inner.observers.append(hooks)
    turns.hooks = hooks
    return queue


def email_recipients(settings: Settings) -> list[str]:
    return [address.strip() for address in (settings.forward_email or "").split(",") if address.strip()]


def build_forwarder(turns: TurnRunner, settings: Settings, gate: WriteGate) -> Forwarder | None:
    """The delivery loop for the destinations configured, or None when there are none."""
    channels: list[Channel] = []
    if settings.forward_url and settings.forward_secret is not None:
        secret = settings.forward_secret.get_secret_value().encode()
        channels.append(WebhookChannel(WebhookClient(settings.forward_url, secret, settings.forward_timeout)))
    if settings.forward_email and settings.smtp_url is not None:
        recipients = email_recipients(settings)
        sender = settings.forward_email_from or recipients[0]
        client = SmtpClient(settings.smtp_url.get_secret_value(), sender, recipients, settings.forward_timeout)
        names = {pid: platform.name for pid, platform in turns.world.directory.platforms.items()}
        texts = MailTexts(StaffTexts(turns.locales, settings.staff_language, names))
        channels.append(
            EmailChannel(client, texts, digest_minutes=settings.forward_email_digest_minutes, clock=turns.clock)
        )
    if not channels:
        return None
    return Forwarder(
        gate,
        channels,
        timeout=settings.forward_timeout,
        backoff_seconds=settings.forward_backoff_seconds,
        backoff_max_seconds=settings.forward_backoff_max_seconds,
        give_up=timedelta(hours=settings.forward_give_up_hours),
        per_minute=settings.forward_per_minute,
        keep_delivered=timedelta(hours=settings.purge_after_hours),
        keep_failed=timedelta(days=settings.purge_failed_after_days),
        clock=turns.clock,
    )


async def run_alongside(pipeline: Pipeline, forwarder: Forwarder | None) -> None:
    """The pipeline until it stops, with the delivery loop beside it, stopped with it."""
    if forwarder is None:
        await pipeline.run()
        return
    task = asyncio.create_task(forwarder.run(pipeline.stopping), name="tipline-forward")
    try:
        await pipeline.run()
    finally:
        pipeline.stop()
        await task
