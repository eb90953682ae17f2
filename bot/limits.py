"""Telegram's limits, in one place: what the Bot API refuses, and how fast a bot may send.

Texts are measured the way Telegram counts them where that matters (see each name). Every module
that fits something to Telegram imports its number from here, so a change in the Bot API is one edit.
"""

from __future__ import annotations

MESSAGE_LIMIT = 4096
"""Characters in one message's text (after entity parsing); a longer text is refused."""
CALLBACK_DATA_LIMIT = 64
"""Bytes of a button's callback_data."""
CALLBACK_NOTICE_LIMIT = 200
"""Characters of the notice shown when a button is answered (answerCallbackQuery's text)."""
FILE_LIMIT = 50_000_000
"""Bytes of a file a bot may upload."""
PROFILE_LIMITS = {"bot-description": 512, "bot-short-description": 120}
"""Characters of the bot's description and short description, by their locale key."""
COMMAND_DESCRIPTION_LIMIT = 256
"""Characters of one command's description in the menu."""

CHAT_MESSAGES_PER_SECOND = 1.0
"""About one message a second to one private chat, on average."""
GROUP_MESSAGES_PER_MINUTE = 20.0
"""Messages a minute to one group."""
MESSAGES_PER_SECOND = 30.0
"""Messages a second from one bot, in all."""
