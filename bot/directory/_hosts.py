"""Host-level safety checks for links people paste.

Links to abusive accounts are often sent by the abusers themselves, or copied from
pages that disguise phishing as a platform link. Before a link is trusted as "an
Instagram account", its host must really be Instagram's: not a homoglyph
(Cyrillic "і" for Latin "i"), not ``instagram.com.evil.net``, not
``instagram.com@evil.net`` and not a bare IP address. A link that fails here is
reported as ``suspicious`` so the bot never echoes it back as a platform link.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_TLD = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")
_IPV4ISH = re.compile(r"^(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}$")

# Characters that look like Latin letters or digits. Folded together so that
# "paypa1", "rnicrosoft" or "іnstagram" (Cyrillic) share a skeleton with the real name.
_CONFUSABLE = str.maketrans(
    {
        "0": "o",
        "о": "o",
        "ο": "o",
        "օ": "o",
        "1": "l",
        "i": "l",
        "|": "l",
        "і": "l",
        "ӏ": "l",
        "ι": "l",
        "ı": "l",
        "l": "l",
        "а": "a",
        "α": "a",
        "е": "e",
        "ε": "e",
        "р": "p",
        "ρ": "p",
        "с": "c",
        "ϲ": "c",
        "у": "y",
        "γ": "y",
        "х": "x",
        "χ": "x",
        "ј": "j",
        "ѕ": "s",
        "ԁ": "d",
        "ɡ": "g",
        "һ": "h",
        "ո": "n",
        "ν": "v",
        "κ": "k",
        "τ": "t",
        "т": "t",
        "к": "k",
        "м": "m",
        "н": "h",
        "в": "b",
        "ω": "w",
        "ԝ": "w",
        "5": "s",
        "3": "e",
        "_": "-",
    }
)


def skeleton(host: str) -> str:
    """Fold a host so that look-alikes of a known host compare equal to it."""
    folded = unicodedata.normalize("NFKC", host).casefold().translate(_CONFUSABLE)
    return folded.replace("rn", "m").replace("vv", "w")


def _script(char: str) -> str:
    if char.isascii():
        return "LATIN" if char.isalpha() else "COMMON"
    name = unicodedata.name(char, "UNKNOWN")
    return name.split(" ", 1)[0]


def mixed_scripts(label: str) -> bool:
    """True when one label mixes alphabets (Latin with Cyrillic, Greek, ...)."""
    scripts = {_script(c) for c in label} - {"COMMON", "DIGIT", "HYPHEN-MINUS"}
    return len(scripts) > 1


def decode_label(label: str) -> str | None:
    """Decode an ``xn--`` label to Unicode; None when it is not valid punycode."""
    if not label.startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return None


def is_ip_literal(host: str) -> bool:
    """IPv4 in any of the forms browsers accept (dotted, integer, hex) or IPv6."""
    return host.startswith("[") or ":" in host or bool(_IPV4ISH.match(host))


def valid_ascii_host(host: str) -> bool:
    """A syntactically valid DNS name with at least one dot and a real-looking TLD."""
    if len(host) > 253 or "." not in host:
        return False
    labels = host.split(".")
    return all(_LABEL.match(label) for label in labels) and bool(_TLD.match(labels[-1]))


def lookalike_of(host: str, known_hosts: Iterable[str]) -> str | None:
    """The known host this one imitates, or None.

    Catches homoglyph/punycode/typo skeleton matches (``іnstagram.com``,
    ``instagrarn.com``) and a known host used as a prefix of another domain
    (``instagram.com.evil.net``). A genuine subdomain (``m.instagram.com``) is not a
    look-alike; callers check ownership first.
    """
    decoded_labels = [decode_label(label) or label for label in host.split(".")]
    decoded = ".".join(decoded_labels)
    host_skeleton = skeleton(decoded)
    for known in known_hosts:
        if host == known or host.endswith("." + known):
            continue
        known_skeleton = skeleton(known)
        if host_skeleton == known_skeleton or host_skeleton.endswith("." + known_skeleton):
            return known
        if ("." + host + ".").find("." + known + ".") >= 0 or host.startswith(known + "."):
            return known
        if host_skeleton.startswith(known_skeleton + "."):
            return known
    return None
