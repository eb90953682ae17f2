"""Tipline on Telegram through python-telegram-bot 22: update conversion, the Bot API calls and their errors.

The same contract as `bot.drivers.aiogram`: for the same update the same inbox item, for the same
outbox row the same Bot API request, and for the same answer from Telegram the same error. Only
PTB's `Bot` is used (no `Application`): polling, the webhook and the update loop are `bot.pipeline`.
"""

import os

# PTB 22 is moving time periods (retry_after, durations) from int to datetime.timedelta, and warns
# (PTBDeprecationWarning) when one is read the old way unless PTB_TIMEDELTA opts in to the new one.
# Opted in here, before anything of this driver imports `telegram`: Tipline runs with warnings as
# errors in its tests, and never wants int time periods from PTB. An operator's explicit value wins.
os.environ.setdefault("PTB_TIMEDELTA", "true")

from bot.drivers.ptb.client import PtbDriver
from bot.drivers.ptb.convert import ALLOWED_UPDATES, incoming_from

__all__ = ["ALLOWED_UPDATES", "PtbDriver", "incoming_from"]
