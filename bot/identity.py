"""Reporter identity protection: pseudonyms for counting, sealed tokens for writing back.

A reporter is known to the charity only by `pseudonym(chat)`: a keyed hash that lets volunteers see
that two tips came from one person without learning who. The chat itself is never stored in clear:
where the bot must write back (a pending update or reply, a contact token the reporter agreed to)
it is sealed, and free text people typed is sealed the same way.

Two keys with two purposes: the pseudonym key never changes (changing it would split every
reporter in two), while the sealing key rotates (`previous` keys are still read, and
`tipline keys rotate` seals everything again with the current one).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

SEALED_PREFIX = "gAAAAA"
"""How every Fernet token begins (version byte 0x80 and a timestamp's zero high bytes)."""


def _fernet(secret: bytes) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(hmac.new(secret, b"tipline/contact-token", hashlib.sha256).digest()))


class Identity:
    def __init__(self, secret: bytes, *, previous: Sequence[bytes] = (), pseudonym_secret: bytes | None = None) -> None:
        """`secret` seals (and `previous` still unseal); pseudonyms derive from `pseudonym_secret`,
        or from `secret` when there is no separate one (as before the keys were split)."""
        base = secret if pseudonym_secret is None else pseudonym_secret
        self._pseudonym_key = hmac.new(base, b"tipline/pseudonym", hashlib.sha256).digest()
        self._fernet = MultiFernet([_fernet(secret), *(_fernet(key) for key in previous)])
        self._current = _fernet(secret)

    def pseudonym(self, chat_key: str) -> str:
        return hmac.new(self._pseudonym_key, chat_key.encode(), hashlib.sha256).hexdigest()[:32]

    def fingerprint(self) -> str:
        """Names the pseudonym key without revealing it: the database records it, so starting with
        another key fails instead of silently making every returning reporter a stranger."""
        return hmac.new(self._pseudonym_key, b"tipline/fingerprint", hashlib.sha256).hexdigest()[:16]

    def seal(self, value: str) -> str:
        """`value` encrypted with the current sealing key (a chat to write back to, or free text)."""
        return self._current.encrypt(value.encode()).decode()

    def unseal(self, token: str) -> str | None:
        """What a token holds, or None if no key Tipline knows made it."""
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except (InvalidToken, ValueError):
            return None

    def reseal(self, token: str) -> str | None:
        """The token sealed again with the current key; None if no known key opens it."""
        try:
            return self._fernet.rotate(token.encode()).decode()
        except (InvalidToken, ValueError):
            return None
