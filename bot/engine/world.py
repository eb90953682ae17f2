"""What the engine reads besides a conversation's state, and what one step returns."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.engine.ports import DirectoryView
from bot.engine.replies import Effect, Reply
from bot.engine.state import ConversationState
from bot.flowspec.model import FlowSet


@dataclass(frozen=True)
class World:
    """Everything the engine reads besides the state: immutable, loaded once at start."""

    flows: FlowSet
    directory: DirectoryView
    default_language: str = "en"
    languages: tuple[str, ...] = ("en",)
    language_names: Mapping[str, str] = field(default_factory=dict)
    """Each language's name in itself ("Español"), for the language buttons."""
    language_step: str = "main.language"
    max_related_accounts: int = 20
    """Related accounts one report may name (`TIPLINE_MAX_RELATED_ACCOUNTS`): the work of filing a tip,
    and of the desk reading it, grows with them; a larger ring is a case for a volunteer's `/link`."""


@dataclass
class Outcome:
    state: ConversationState
    replies: list[Reply] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
