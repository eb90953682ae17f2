"""Telegram updates (PTB's objects) to engine events, by the rules of `bot.drivers.aiogram.convert`.

Names, usernames, user ids, captions and file ids never leave this module: a message becomes its
text, a command, a button's payload, or a media kind with the message id (so it can be deleted).
Private chats are served, and the volunteer group (`staff_chats`): only its commands and button
presses, with who sent them (the desk checks their role) and the forum topic. Anything else from
groups and channels is acknowledged and ignored. The two drivers must give the same item for the
same update; tests/integration/ptb checks that on the same update dicts.
"""

from __future__ import annotations

from telegram import CallbackQuery, ChatMemberUpdated, Message, Update
from telegram.constants import ChatType

from bot.drivers.updates import callback_item, is_in_chat, joined_item, staff_item, text_event
from bot.engine.events import Event, Media, MediaKind
from bot.pipeline.ports import InboxItem, Incoming, chat_key_of

ALLOWED_UPDATES = ["message", "callback_query", "chat_member"]
"""Asked of Telegram (getUpdates, setWebhook), so it sends nothing else. `chat_member` (someone's
membership of a group changed) comes only from groups where the bot is an admin: the volunteer group's
joins are checked by the desk."""

CONTENT: tuple[tuple[str, MediaKind], ...] = (
    ("audio", "audio"),
    ("animation", "animation"),  # before document: an animation also carries a document
    ("document", "document"),
    ("game", "other"),
    ("live_photo", "photo"),  # also carries a photo
    ("photo", "photo"),
    ("sticker", "sticker"),
    ("video", "video"),
    ("video_note", "video_note"),
    ("voice", "voice"),
    ("checklist", "other"),
    ("contact", "other"),
    ("venue", "other"),  # before location: a venue also carries a location
    ("location", "other"),
    ("invoice", "other"),
    ("paid_media", "other"),
    ("poll", "other"),
    ("dice", "other"),
    ("story", "other"),
)
"""What a person can send that is not text, as the message field that carries it, in the order aiogram
decides a message's content type. "other" is refused like media (and deleted: a contact or a
location is personal). A message with none of these is a service message: nothing the person said."""


def incoming_from(
    update: Update, staff_chats: frozenset[int] = frozenset(), bot_username: str | None = None
) -> Incoming:
    """The update as an inbox item, or an item of None for updates Tipline does not serve."""
    item: InboxItem | None = None
    if update.message is not None:
        item = _from_message(update.message, staff_chats, bot_username)
    elif update.callback_query is not None:
        item = _from_callback(update.callback_query, staff_chats)
    elif update.chat_member is not None:
        item = _from_chat_member(update.chat_member, staff_chats)
    return Incoming(update_id=update.update_id, item=item)


def _from_chat_member(change: ChatMemberUpdated, staff_chats: frozenset[int]) -> InboxItem | None:
    old, new = change.old_chat_member, change.new_chat_member
    was_in = is_in_chat(old.status, getattr(old, "is_member", None))
    is_in = is_in_chat(new.status, getattr(new, "is_member", None))
    return joined_item(change.chat.id, was_in, is_in, new.user.id, staff_chats)


def _topic(message: Message) -> int | None:
    return message.message_thread_id if message.is_topic_message else None


def _from_message(message: Message, staff_chats: frozenset[int], bot_username: str | None) -> InboxItem | None:
    if message.chat.id in staff_chats:
        return _from_staff_message(message, bot_username)
    if message.chat.type != ChatType.PRIVATE:
        return None
    event: Event
    if message.text is not None:
        found = _text_event(message)
        if found is None:
            return None
        event = found
    else:
        # PTB leaves an absent field None, or an empty tuple for lists (photo): both are falsy.
        kind = next((kind for field, kind in CONTENT if getattr(message, field)), None)
        if kind is None:  # service messages: nothing the person said
            return None
        event = Media(kind=kind, message_id=message.message_id)
    return InboxItem(chat_key=chat_key_of(message.chat.id), event=event)


def _text_event(message: Message, bot_username: str | None = None, *, group: bool = False) -> Event | None:
    first = message.entities[0] if message.entities else None
    entity = (first.type, first.offset, first.length) if first is not None else None
    language = message.from_user.language_code if message.from_user else None
    return text_event(message.text or "", entity, language, bot_username, group=group)


def _from_staff_message(message: Message, bot_username: str | None) -> InboxItem | None:
    if message.text is None or message.from_user is None or message.from_user.is_bot:
        return None
    event = _text_event(message, bot_username, group=True)
    return staff_item(message.chat.id, event, message.from_user.id, _topic(message))


def _from_callback(query: CallbackQuery, staff_chats: frozenset[int]) -> InboxItem | None:
    message = query.message
    if query.data is None or message is None:
        return None
    topic = _topic(message) if isinstance(message, Message) else None
    return callback_item(
        message.chat.id, message.chat.type, query.data, query.id, query.from_user.id, topic, staff_chats
    )
