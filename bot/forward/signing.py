"""The webhook's signature: HMAC-SHA256 over "<timestamp>.<body>", as Stripe and others do it.

The timestamp is signed with the body, so a receiver can refuse a request replayed later (older
than five minutes, docs/forwarding.md); each attempt is signed afresh, so an event delivered a day
late still verifies. The body is the same bytes on every attempt: the event id inside it is what
a receiver deduplicates by.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any, Final

SIGNATURE_HEADER: Final = "Tipline-Signature"
TIMESTAMP_HEADER: Final = "Tipline-Timestamp"
EVENT_ID_HEADER: Final = "Tipline-Event-Id"
KIND_HEADER: Final = "Tipline-Event-Kind"
SCHEME: Final = "v1"
TOLERANCE_SECONDS: Final = 300


def body_of(payload: dict[str, Any]) -> bytes:
    """The event as sent: compact JSON, keys sorted, UTF-8; the same bytes for the same event."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(secret: bytes, timestamp: int, body: bytes) -> str:
    """The header's value: `v1=<hex digest>`."""
    digest = hmac.new(secret, str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"{SCHEME}={digest}"


def verify(secret: bytes, timestamp: str, body: bytes, signature: str, now: float) -> bool:
    """What a receiver does (and what the docs show): a valid signature on a recent timestamp.

    `signature` may list several `v1=` values separated by commas (a receiver changing its secret
    can check both); any one that matches is enough.
    """
    if not timestamp.isdigit() or abs(now - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    expected = sign(secret, int(timestamp), body)
    return any(hmac.compare_digest(expected, candidate.strip()) for candidate in signature.split(","))
