"""Tipline on Telegram through aiogram 3: update conversion, the Bot API calls and their errors.

Everything else (inbox, worker, outbox, rate limits, webhook server) is `bot.pipeline`, shared by
every Telegram driver.
"""

from bot.drivers.aiogram.client import AiogramDriver
from bot.drivers.aiogram.convert import ALLOWED_UPDATES, incoming_from

__all__ = ["ALLOWED_UPDATES", "AiogramDriver", "incoming_from"]
