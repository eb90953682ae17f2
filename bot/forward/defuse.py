"""Links made unclickable for email: `hxxps://instagram[.]com/…`, the way threat reports write them.

A forwarded tip names the account it is about, and mail programs turn anything that looks like a
link into one, and some fetch a preview of it on their own. Nobody at the charity should land on
such a profile by a slip of the finger, and no server should fetch it. Readers undo it by hand
(or copy it into the platform's report form) when they mean to.
"""

from __future__ import annotations

import re

_HTTP = re.compile(r"\bh(tt)(ps?)://", re.IGNORECASE)
_OTHER_SCHEME = re.compile(r"\b(?!hxxps?://)([a-z][a-z0-9+.-]{1,20})://", re.IGNORECASE)
_DOMAIN = re.compile(r"(?<![\w.-])((?:[a-z0-9](?:[a-z0-9-]{0,62})\.)+[a-z]{2,63})(?![\w-])", re.IGNORECASE)


def defuse(text: str) -> str:
    """Every web address, domain and email domain in `text`, written so no program links it."""
    text = _HTTP.sub(lambda m: "hxxp" + m.group(2)[1:] + "://", text)
    text = _OTHER_SCHEME.sub(lambda m: m.group(1) + "[://]", text)
    return _DOMAIN.sub(lambda m: m.group(1).replace(".", "[.]"), text)
