"""`tipline forward ...`: what is waiting for, or was refused by, the charity's own systems
(the webhook and the mailbox), and dead letters queued again (docs/forwarding.md)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.cli.common import EXIT_OK, EXIT_PROBLEMS, fail, in_transaction, print_json_lines
from bot.forward.queue import failed_events, retry_failed, status
from bot.settings import Settings


def register(commands: Any) -> None:
    forward = commands.add_parser(
        "forward", help="events for the charity's own systems (webhook, email): status, failures, retries"
    ).add_subparsers(metavar="ACTION")
    failed = forward.add_parser("failed", help="events that could not be delivered (dead letters), with their error")
    failed.add_argument("--limit", type=int, default=50)
    failed.add_argument("--json", action="store_true", help="one JSON object per line")
    failed.set_defaults(handler=_failed)
    retry = forward.add_parser("retry", help="queue failed events again (a running bot delivers them)")
    which = retry.add_mutually_exclusive_group(required=True)
    which.add_argument("ids", nargs="*", type=int, default=[], help="ids, from `tipline forward failed`")
    which.add_argument("--all", action="store_true", help="every failed event")
    retry.set_defaults(handler=_retry)
    state = forward.add_parser("status", help="per destination: pending, failed and delivered events")
    state.add_argument("--json", action="store_true", help="one JSON object per destination")
    state.set_defaults(handler=_status)


def _failed(settings: Settings, args: argparse.Namespace) -> int:
    if args.limit < 1:
        return fail("--limit must be at least 1", 2)

    async def work(session: AsyncSession, _now: datetime) -> list[dict[str, Any]]:
        return [
            {
                "id": event.id,
                "event_id": event.event_id,
                "destination": event.destination,
                "kind": event.kind,
                "reference": event.reference,
                "attempts": event.attempts,
                "error": event.error,
                "created_at": event.created_at.isoformat(),
                "failed_at": event.failed_at.isoformat() if event.failed_at else None,
            }
            for event in await failed_events(session, args.limit)
        ]

    rows = in_transaction(settings, work)
    if args.json:
        print_json_lines(rows)
    elif not rows:
        print("no failed forwarding events")
    else:
        print(f"{'ID':>8}  {'TO':<7}  {'KIND':<21}  {'FAILED (UTC)':<16}  {'TRIES':>5}  ERROR")
        for row in rows:
            when = (row["failed_at"] or row["created_at"])[:16].replace("T", " ")
            print(
                f"{row['id']:>8}  {row['destination']:<7}  {row['kind']:<21}  {when:<16}  "
                f"{row['attempts']:>5}  {row['error'] or '-'}"
            )
    return EXIT_OK


def _retry(settings: Settings, args: argparse.Namespace) -> int:
    async def work(session: AsyncSession, now: datetime) -> int:
        return await retry_failed(session, None if args.all else args.ids, now)

    count = in_transaction(settings, work)
    print(f"{count} event(s) queued again; a running bot delivers them")
    if not args.all and count < len(set(args.ids)):
        return fail("some ids are not failed events (see `tipline forward failed`)", EXIT_PROBLEMS)
    return EXIT_OK


def _status(settings: Settings, args: argparse.Namespace) -> int:
    configured = {"webhook": bool(settings.forward_url), "email": bool(settings.forward_email)}

    async def work(session: AsyncSession, now: datetime) -> list[dict[str, Any]]:
        return [
            {
                "destination": entry.destination,
                "configured": configured.get(entry.destination, False),
                "pending": entry.pending,
                "failed": entry.failed,
                "delivered": entry.delivered,
                "oldest_pending_seconds": None
                if entry.oldest_pending_at is None
                else round((now - entry.oldest_pending_at).total_seconds(), 1),
                "last_error": entry.last_error,
            }
            for entry in await status(session)
        ]

    rows = in_transaction(settings, work)
    if args.json:
        print_json_lines(rows)
    else:
        for row in rows:
            state = "configured" if row["configured"] else "not configured"
            print(
                f"{row['destination']} ({state}): {row['pending']} pending, {row['failed']} failed, "
                f"{row['delivered']} delivered (kept {settings.purge_after_hours:g} h)"
            )
            if row["oldest_pending_seconds"] is not None:
                print(f"  oldest pending: {row['oldest_pending_seconds']:g} s ago")
            if row["last_error"]:
                print(f"  last error: {row['last_error']}")
    return EXIT_PROBLEMS if any(row["failed"] for row in rows) else EXIT_OK
