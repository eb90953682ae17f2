"""The rules that turn a Telegram update into an inbox item, on plain values.

Both drivers read their library's objects into these arguments and let these functions decide, so
aiogram and python-telegram-bot cannot drift apart on what is a command, what a volunteer may send,
or which chats are served.
"""

from __future__ import annotations

from bot.engine.events import Button, Command, Event, MemberJoined, Start, Text
from bot.pipeline.ports import InboxItem, chat_key_of
from bot.text import sanitise

PRIVATE = "private"
BOT_COMMAND = "bot_command"
IN_THE_CHAT = frozenset({"member", "administrator", "creator"})
"""Chat member statuses of someone in the chat (`restricted` is in it when its is_member says so)."""


def text_event(
    text: str,
    first_entity: tuple[str, int, int] | None,
    language_code: str | None,
    bot_username: str | None = None,
    *,
    group: bool = False,
) -> Event | None:
    """A command when Telegram marked one at the start of the text (so `/u/name` stays text), else text.

    `first_entity` is the message's first entity as (type, offset, length). A command addressed to
    another bot (`/queue@OtherBot`, in a group Tipline shares) is None: not ours. In a private chat
    only Tipline can be addressed. What the person typed is sanitised (`bot.text.sanitise`) here,
    once, for both drivers.
    """
    if first_entity is None:
        return Text(text=sanitise(text))
    kind, offset, length = first_entity
    if kind != BOT_COMMAND or offset != 0:
        return Text(text=sanitise(text))
    name, _, addressee = text[1:length].partition("@")
    if group and addressee and not is_addressed_to(addressee, bot_username):
        return None
    name = sanitise(name).lower()
    if name == "start":
        return Start(language_code=language_code)
    return Command(name=name, args=sanitise(text[length:]).strip())


def is_addressed_to(addressee: str, bot_username: str | None) -> bool:
    """`/cmd@Name` is ours only when Name is this bot's username (learnt at start with getMe)."""
    return bot_username is not None and addressee.lower() == bot_username.lower().lstrip("@")


def staff_item(chat_id: int, event: Event | None, user_id: int, thread_id: int | None) -> InboxItem | None:
    """Commands only: volunteers talking among themselves is not the bot's business, nor stored."""
    if event is None or isinstance(event, Text):
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
            event=Button(payload=sanitise(data)),
            callback_id=callback_id,
            user_id=user_id,
            thread_id=thread_id,
        )
    if chat_type != PRIVATE:
        return None
    return InboxItem(chat_key=chat_key_of(chat_id), event=Button(payload=sanitise(data)), callback_id=callback_id)


def is_in_chat(status: str, is_member: bool | None) -> bool:
    """Whether a chat member status (with a restricted member's is_member) means they are in the chat."""
    return status in IN_THE_CHAT or (status == "restricted" and bool(is_member))


def joined_item(chat_id: int, was_in: bool, is_in: bool, user_id: int, staff_chats: frozenset[int]) -> InboxItem | None:
    """Someone joining the volunteer group (a `chat_member` update), for the desk to check; every
    other membership change, and any other chat's, is None."""
    if chat_id not in staff_chats or was_in or not is_in:
        return None
    return InboxItem(chat_key=chat_key_of(chat_id), event=MemberJoined(), user_id=user_id)
