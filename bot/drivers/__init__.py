"""Drivers: thin adapters between a chat transport (the terminal, Telegram) and the turns.

The Telegram drivers (aiogram, ptb) are imported only when chosen (`select.py`): the libraries
take seconds to import, and a deployment needs only the one it runs.
"""

from bot.drivers.select import DRIVERS, driver_class, telegram_driver

__all__ = ["DRIVERS", "driver_class", "telegram_driver"]
