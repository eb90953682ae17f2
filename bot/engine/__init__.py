"""The conversation engine: `step(world, state, event) -> Outcome`, pure and deterministic.

It reads flows (`bot.flowspec`) and the directory through `ports.DirectoryView`; it imports no
Telegram library and no database layer.
"""

from bot.engine.events import Event
from bot.engine.machine import step
from bot.engine.replies import Reply
from bot.engine.state import ConversationState
from bot.engine.world import Outcome, World

__all__ = ["ConversationState", "Event", "Outcome", "Reply", "World", "step"]
