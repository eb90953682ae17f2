"""The names the engine shares with the locales and with Telegram: its own texts' keys, the label
patterns it builds keys from, and the payloads of the buttons it makes itself."""

from __future__ import annotations

ENGINE_PAYLOAD_PREFIX = "~"
"""Payloads the engine makes itself (cancel? switch platform? answer a question?) start with this."""
MENU_PAYLOAD = "~menu:go"
"""The menu button under a finished path: it works whenever nothing else is under way."""
COUNTRY_LABEL_PREFIX = "=%"
"""Generated country options are labelled `=%AU`: named in the reader's language at rendering."""

ENGINE_KEYS = (
    "greeting",
    "help",
    "error-use-buttons",
    "error-empty",
    "error-too-long",
    "error-stale-button",
    "error-unknown-command",
    "error-country-unknown",
    "error-nothing-to-cancel",
    "media-refused",
    "cancel-confirm",
    "cancel-done",
    "cancel-kept",
    "button-yes",
    "button-no",
    "button-menu",
    "account-switch-platform",
    "account-post-kept",
    "account-added",
    "account-duplicate",
    "route-unconfirmed",
    "route-unconfirmed-number",
    "route-kind-emergency-other",
    "route-item",
    "review-none",
    "review-yes",
    "review-no",
    "language-name",
    "platform-other",
    "mytips",
    "mytips-none",  # filled in by the turn, like the items below
    "mytips-item",
    "consent-withdrawn",
    "relay-question",
    "relay-answer-button",
    "relay-answer-ask",
    "relay-answer-sent",
    "relay-answer-cancelled",
    "tip-status-notice",
    "forget-confirm",
    "forget-done",
    "forget-kept",
    "draft-expired",  # said by the turn, when an unfinished report expired (bot/turn/runner.py)
    "account-related-limit",
    "limit-slow-down",  # said by the turn's limits (bot/turn/limits.py), like mytips-none
    "limit-tips-per-day",
)
"""Locale keys the engine itself says, checked in every locale like the flows' keys."""

CATEGORY_LABEL = "category-{}"
REVIEW_REPORTED_LABEL = "review-reported-{}"
EXAMPLE_KEY = "example-{}"
OTHER_PLATFORM = "other"
OTHER_PLATFORM_KEY = "platform-other"
ROUTE_KIND_LABEL = "route-kind-{}"
SEEN_LABEL = "seen-{}"
AGE_LABEL = "age-{}"
RISK_LABEL = "risk-{}"
EMERGENCY_OTHER_LABEL = "route-kind-emergency-other"
"""After the first emergency number, the others are offered as alternatives, not as "call first"."""
