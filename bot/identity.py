"""Reporter identity protection: pseudonyms for counting, sealed tokens for writing back.

A reporter is known to the charity only by `pseudonym(chat)`: a keyed hash that lets volunteers see
that two tips came from one person without learning who. The chat itself is stored only where the
bot must write back: the live conversation, and, if the reporter consented, a sealed contact token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from cryptography.fernet import Fernet, InvalidToken


class Identity:
    def __init__(self, secret: bytes) -> None:
        self._pseudonym_key = hmac.new(secret, b"tipline/pseudonym", hashlib.sha256).digest()
        sealing_key = hmac.new(secret, b"tipline/contact-token", hashlib.sha256).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(sealing_key))

    def pseudonym(self, chat_key: str) -> str:
        return hmac.new(self._pseudonym_key, chat_key.encode(), hashlib.sha256).hexdigest()[:32]

    def seal(self, chat_key: str) -> str:
        return self._fernet.encrypt(chat_key.encode()).decode()

    def unseal(self, token: str) -> str | None:
        """The chat behind a contact token, or None if the token was not made with this key."""
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            return None
