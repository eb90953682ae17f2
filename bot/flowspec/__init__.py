"""Conversation flows as data: loading, checking and drawing them."""

from bot.flowspec.loader import FlowError, load_flows
from bot.flowspec.model import Flow, FlowSet

__all__ = ["Flow", "FlowError", "FlowSet", "load_flows"]
