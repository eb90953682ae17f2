"""The Telegram pipeline, in the order an update travels:

receiver.py (long polling or a webhook) → inbox.py → worker.py (one turn per update, `bot.turn`)
→ outbox.py → sender.py (the Bot API calls, within Telegram's limits).

tables.py holds the two tables and the write gate; operations.py what operators run on them;
ports.py the seams a driver (`bot.drivers`) and an extension (the volunteer desk) plug into;
service.py puts the pieces together for one process.
"""

from bot.pipeline.inbox import Inbox
from bot.pipeline.operations import Health, Operations
from bot.pipeline.outbox import Outbox
from bot.pipeline.ports import InboxItem, Incoming, TelegramDriver, UpdateRouter
from bot.pipeline.service import Extension, Pipeline, PipelineError
from bot.pipeline.tables import WriteGate

__all__ = [
    "Extension",
    "Health",
    "Inbox",
    "InboxItem",
    "Incoming",
    "Operations",
    "Outbox",
    "Pipeline",
    "PipelineError",
    "TelegramDriver",
    "UpdateRouter",
    "WriteGate",
]
