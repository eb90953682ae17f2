"""Drivers: thin adapters between a chat transport (terminal, Telegram) and the runtime."""
