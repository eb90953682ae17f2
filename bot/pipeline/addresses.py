"""How the pipeline keeps a chat at rest: a key that orders the chat's rows, and a sealed address.

A person's chat is ordered by its pseudonym (the same key their conversation has) and written to
through its address, sealed with the sealing key and opened only in memory, just before the
update is processed or the call is made. A group's chat (the volunteers') is not a person: its
own key orders it, which also tells the rate limiter it is a group. Once a row is done, both are
emptied (`SPENT`).
"""

from __future__ import annotations

from bot.identity import Identity
from bot.pipeline.ports import CHAT_KEY_PREFIX, chat_id_of, is_group

SPENT = ""
"""The ordering key of a row that is done: it no longer belongs to any chat."""
_RATE_ID_DIGITS = 15


class Addresses:
    def __init__(self, identity: Identity) -> None:
        self.identity = identity

    def order_key(self, chat_key: str) -> str:
        if chat_key.startswith(CHAT_KEY_PREFIX) and is_group(chat_id_of(chat_key)):
            return chat_key
        return self.identity.pseudonym(chat_key)

    def seal(self, chat_key: str) -> str:
        return self.identity.seal(chat_key)

    def open(self, order_key: str, address: str | None) -> str | None:
        """The chat a row is for; None if its address cannot be opened (sealed with a key Tipline
        no longer has), so that row alone fails. A row queued before addresses were sealed has
        none and still holds the chat as its key (only rows pending at the upgrade)."""
        if address is None:
            return order_key if order_key.startswith(CHAT_KEY_PREFIX) else None
        return self.identity.unseal(address)

    def sealed_row(self, row: dict[str, object]) -> dict[str, object]:
        """An inbox or outbox row as given (its `chat_key` the chat), as stored."""
        chat_key = str(row["chat_key"])
        return {**row, "chat_key": self.order_key(chat_key), "address": self.seal(chat_key)}


def rate_id(order_key: str) -> int:
    """The rate limiter's key for a chat: a group's own (negative) id, a person's a number cut from
    their pseudonym (positive, so the per-chat limit applies)."""
    if order_key.startswith(CHAT_KEY_PREFIX):
        return chat_id_of(order_key)
    return int(order_key[:_RATE_ID_DIGITS], 16)
