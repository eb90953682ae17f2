"""One update's unit of work: load the conversation, step the engine, apply its effects, save, render."""

from bot.turn.hooks import CaseHooks
from bot.turn.render import Renderer
from bot.turn.results import OutgoingMessage, Sink, TurnResult
from bot.turn.runner import TurnRunner

__all__ = ["CaseHooks", "OutgoingMessage", "Renderer", "Sink", "TurnResult", "TurnRunner"]
