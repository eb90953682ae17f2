"""The rules that turn a Telegram update into an inbox item, on plain values.

Both drivers read their library's objects into these arguments and let these functions decide, so
aiogram and python-telegram-bot cannot drift apart on what is a command, what a volunteer may send,
or which chats are served.
"""

from __future__ import annotations

from bot.engine.events import Button, Command, Event, Start, Text
from bot.pipeline.ports import InboxItem, chat_key_of

PRIVATE = "private"
BOT_COMMAND = "bot_command"


def text_event(text: str, first_entity: tuple[str, int, int] | None, language_code: str | None) -> Event:
    """A command when Telegram marked one at the start of the text (so `/u/name` stays text), else text.

    `first_entity` is the message's first entity as (type, offset, length).
    """
    if first_entity is None:
        return Text(text=text)
    kind, offset, length = first_entity
    if kind != BOT_COMMAND or offset != 0:
        return Text(text=text)
    name = text[1:length].partition("@")[0].lower()
    if name == "start":
        return Start(language_code=language_code)
    return Command(name=name, args=text[length:].strip())


def staff_item(chat_id: int, event: Event, user_id: int, thread_id: int | None) -> InboxItem | None:
    """Commands only: volunteers talking among themselves is not the bot's business, nor stored."""
    if isinstance(event, Text):
        return None
    return InboxItem(chat_key=chat_key_of(chat_id), event=event, user_id=user_id, thread_id=thread_id)


def callback_item(
    chat_id: int,
    chat_type: str,
    data: str,
    callback_id: str,
    user_id: int,
    thread_id: int | None,
    staff_chats: frozenset[int],
) -> InboxItem | None:
    """A button press in the volunteer group (with who pressed it), or in a private chat; else None."""
    if chat_id in staff_chats:
        return InboxItem(
            chat_key=chat_key_of(chat_id),
            event=Button(payload=data),
            callback_id=callback_id,
            user_id=user_id,
            thread_id=thread_id,
        )
    if chat_type != PRIVATE:
        return None
    return InboxItem(chat_key=chat_key_of(chat_id), event=Button(payload=data), callback_id=callback_id)
