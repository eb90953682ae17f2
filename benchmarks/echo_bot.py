"""The reference for the Telegram benchmark: a bare aiogram 3 echo bot, polling, as aiogram's docs write one.

TIPLINE_BOT_TOKEN=... TIPLINE_TELEGRAM_API_URL=http://127.0.0.1:PORT python -m benchmarks.echo_bot
"""

from __future__ import annotations

import asyncio
import os

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import CallbackQuery, Message


async def main() -> None:
    session = AiohttpSession(api=TelegramAPIServer.from_base(os.environ["TIPLINE_TELEGRAM_API_URL"]))
    bot = Bot(os.environ["TIPLINE_BOT_TOKEN"], session=session)
    dispatcher = Dispatcher()

    @dispatcher.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "not text")

    @dispatcher.callback_query()
    async def pressed(query: CallbackQuery) -> None:
        await query.answer()

    await dispatcher.start_polling(bot, handle_signals=True, polling_timeout=25)


if __name__ == "__main__":
    asyncio.run(main())
