"""The one error assembly raises: Tipline cannot start, and the message says what to fix."""

from __future__ import annotations


class StartupError(Exception):
    """Tipline cannot start; the message says what to fix."""
