"""Short public references for tips: easy to read aloud, hard to guess, never sequential."""

from __future__ import annotations

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
"""No 0/O, 1/I/L: a reference is read out on the phone and typed from a screenshot."""
LENGTH = 6
PREFIX = "TIP-"
_PATTERN = re.compile(rf"^{PREFIX}[{ALPHABET}]{{{LENGTH}}}$")


def new_reference() -> str:
    return PREFIX + "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normalise_reference(text: str) -> str | None:
    """`tip-7kq2f9`, ` 7KQ2F9 ` → `TIP-7KQ2F9`; None when it cannot be a reference."""
    core = text.strip().upper().removeprefix(PREFIX).removeprefix("TIP").strip("- ")
    candidate = PREFIX + core
    return candidate if _PATTERN.match(candidate) else None
