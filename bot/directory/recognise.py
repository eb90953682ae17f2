"""Turn what a person pasted into one account key, or say why it cannot be one.

People paste links in every shape (with or without ``https://``, mobile hosts,
tracking parameters, share texts around the link) or type a handle. The case queue
needs ONE key per account so that ten reports of the same account become one case,
so every form of a link is reduced to ``(platform, id)`` plus a canonical https URL.

Hostile input matters as much as convenience: the bot must never present a
look-alike or credential-carrying link as "the Instagram account you reported", so
host checks (``_hosts``) run before any platform parser sees the link.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from bot.directory._hosts import decode_label, is_ip_literal, lookalike_of, mixed_scripts, valid_ascii_host
from bot.directory._platforms import RULES, Link, Parsed, Rules, Spec
from bot.directory.models import Recognition
from bot.directory.results import Certainty, NotRecognised, Reason, Recognised

MAX_INPUT = 2048
"""Longer than any real profile link; a longer text is a message, not a link."""

OTHER = "other"

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_EMAIL = re.compile(r"^[^@/\s:]+@[^@/\s]+\.[^\W\d_]{2,}$")
_DANGEROUS_SCHEMES = {"javascript", "data", "file", "vbscript", "blob", "about"}
_EDGE_JUNK = " \t\r\n\"'<>«»“”‘’`.,;:!?)]}(\u200e\u200f\u061c\u200b\ufeff"
_WRAPPERS = {"<": ">", "(": ")", "[": "]", '"': '"', "'": "'", "«": "»", "“": "”"}
_TRACKING = {
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "igshid",
    "igsh",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "ref",
    "ref_src",
    "ref_url",
    "si",
    "mibextid",
    "rdid",
    "share_url",
}
"""Dropped from links to unknown sites. ``s`` and ``t`` are NOT dropped there: forums use
``?t=`` for the topic, which is exactly what identifies a trading thread."""


_NAME_PUNCTUATION = set(" .'’-_&()|")
MAX_DISPLAY_NAME = 64
"""Apps cut display names shorter than this; a longer text is a description, not a name."""


def _has_word(text: str) -> bool:
    """Any letter, digit or underscore at all (`__` is a name on some platforms): emoji, symbols and
    other punctuation alone name nothing."""
    return any(unicodedata.category(c)[0] in {"L", "N"} or c == "_" for c in text)


def _display_name(text: str) -> str | None:
    """The key of a name as an app shows it ("Maria Silva", "Мария"), or None.

    Case and spacing are folded so that people who type one name differently meet in one
    case; letters of one alphabet per word, as a look-alike mix is how impostors disguise one.
    """
    words = text.split()
    if not words or len(text) > MAX_DISPLAY_NAME or not any(c.isalpha() for c in text):
        return None
    for char in text:
        category = unicodedata.category(char)
        if category[0] not in {"L", "M", "N"} and char not in _NAME_PUNCTUATION and not char.isspace():
            return None
    if any(not word.isascii() and mixed_scripts(word) for word in words):
        return None
    return "name:" + " ".join(words).casefold()


def _invisible(char: str) -> bool:
    return unicodedata.category(char) in {"Cf", "Cc", "Zl", "Zp"}


def _trim(text: str) -> str:
    stripped = text.strip()
    while True:
        before = stripped
        if stripped[:1] in _WRAPPERS and stripped.endswith(_WRAPPERS[stripped[:1]]) and len(stripped) > 1:
            stripped = stripped[1:-1]
        stripped = stripped.strip(_EDGE_JUNK).lstrip(" ")
        if stripped == before:
            return stripped


def _looks_like_url(token: str) -> bool:
    if _SCHEME.match(token) and ("://" in token or token.lower().startswith("tg:")):
        return True
    host = re.split(r"[/?#]", token, maxsplit=1)[0]
    return "." in host and not host.startswith("@") and bool(re.search(r"\.[^\W\d_]{2,}", host))


def _pick(text: str) -> str | None:
    """The one token that is the link, when a share text surrounds it."""
    tokens = text.split()
    urls = [t for t in tokens if _looks_like_url(t)]
    if urls:
        return _trim(urls[0])
    handles = [t for t in tokens if t.startswith("@")]
    return _trim(handles[0]) if len(handles) == 1 else None


def _segments(path: str) -> tuple[str, ...]:
    """Decoded path segments, with ``.`` and ``..`` resolved as a browser would."""
    kept: list[str] = []
    for raw in path.split("/"):
        segment = unquote(raw)
        if segment == "..":
            if kept:
                kept.pop()
        elif segment and segment != ".":
            kept.append(segment)
    return tuple(kept)


class Recogniser:
    """Recognises links and handles against the host table and rules loaded from platforms.yaml."""

    def __init__(self, hosts: Mapping[str, str], recognition: Mapping[str, Recognition]) -> None:
        self._hosts = dict(hosts)
        self._known = sorted(self._hosts, key=len, reverse=True)
        self._rules: dict[str, tuple[Rules, Spec]] = {
            pid: (RULES[data.rule], Spec.of(data)) for pid, data in recognition.items()
        }
        self._display_names = {pid for pid, data in recognition.items() if data.display_names}

    def owner(self, host: str) -> str | None:
        """The platform whose domain this host is, or a subdomain of."""
        for known in self._known:
            if host == known or host.endswith("." + known):
                return self._hosts[known]
        return None

    def recognise(self, text: str, platform: str | None = None) -> Recognised | NotRecognised:
        if platform is not None and platform != OTHER and platform not in self._rules:
            raise ValueError(f"unknown platform {platform!r}")
        cleaned = _trim(text)

        def fail(reason: Reason) -> NotRecognised:
            return NotRecognised(reason=reason, input=text)

        if not cleaned:
            return fail("empty")
        if len(cleaned) > MAX_INPUT:
            return fail("too_long")
        if not _has_word(cleaned):
            return fail("not_a_name")
        if any(_invisible(c) for c in cleaned):
            return fail("suspicious")
        if any(c.isspace() for c in cleaned):
            whole = self._handle(cleaned, platform)
            if whole is not None and platform is not None:
                return self._ok(platform, whole, text, self._typed(platform))
            picked = _pick(cleaned)
            if picked is None:
                return self._named(cleaned, platform, text) or fail("not_a_link")
            cleaned = picked
        return self._token(cleaned, platform, text)

    def _typed(self, platform: str) -> Certainty:
        return self._rules[platform][0].typed if platform in self._rules else "username"

    def _named(self, text: str, platform: str | None, original: str) -> Recognised | None:
        """A display name, on a platform where people may have nothing else to go by."""
        key = _display_name(text) if platform in self._display_names else None
        if key is None or platform is None:
            return None
        return Recognised(platform=platform, id=key, url=None, kind="account", input=original, certainty="display_name")

    def _token(self, token: str, platform: str | None, text: str) -> Recognised | NotRecognised:
        scheme_match = _SCHEME.match(token)
        scheme = scheme_match.group(1).lower() if scheme_match and "." not in scheme_match.group(1) else None
        if scheme in _DANGEROUS_SCHEMES:
            return NotRecognised(reason="suspicious", input=text)
        if scheme is not None and scheme not in {"http", "https", "tg"}:
            return NotRecognised(reason="not_a_link", input=text)
        if _EMAIL.match(token):
            return NotRecognised(reason="not_a_link", input=text)
        if _looks_like_url(token):
            host = re.split(r"[/?#]", token.split("://", 1)[-1], maxsplit=1)[0].lower()
            bare = "://" not in token and "/" not in token and self.owner(host) is None
            if bare and platform is not None:
                parsed = self._handle(token, platform)
                if parsed is not None:
                    return self._ok(platform, parsed, text, self._typed(platform))
            return self._url(token, platform, text)
        if not token.isascii() and mixed_scripts(token.lstrip("@")):
            return NotRecognised(reason="suspicious", input=text)
        parsed = self._handle(token, platform)
        if parsed is None or platform is None:
            return self._named(token, platform, text) or NotRecognised(reason="not_a_link", input=text)
        return self._ok(platform, parsed, text, self._typed(platform))

    def _handle(self, token: str, platform: str | None) -> Parsed | None:
        found = self._rules.get(platform or "")
        return found[0].handle(found[1], token) if found is not None and token.isascii() else None

    @staticmethod
    def _ok(platform: str, parsed: Parsed, text: str, certainty: Certainty = "link") -> Recognised:
        return Recognised(
            platform=platform, id=parsed.id, url=parsed.url, kind=parsed.kind, input=text, certainty=certainty
        )

    def _url(self, token: str, platform: str | None, text: str) -> Recognised | NotRecognised:
        def fail(reason: Reason) -> NotRecognised:
            return NotRecognised(reason=reason, input=text)

        scheme_match = _SCHEME.match(token)
        scheme = scheme_match.group(1).lower() if scheme_match and "://" in token else None
        if scheme_match and scheme_match.group(1).lower() in _DANGEROUS_SCHEMES:
            return fail("suspicious")
        if scheme_match and scheme_match.group(1).lower() == "tg":
            return self._tg(token, text)
        if scheme is not None and scheme not in {"http", "https"}:
            return fail("not_a_link")
        try:
            parts = urlsplit(token if scheme else "https://" + token)
            port = parts.port
        except ValueError:
            return fail("not_a_link")
        netloc = parts.netloc
        if "@" in netloc or "\\" in netloc or "%" in netloc:
            return fail("suspicious")
        host = (parts.hostname or "").rstrip(".")
        host, problem = self._check_host(host)
        if problem is not None:
            return fail(problem)
        owner = self.owner(host)
        if owner is None:
            if lookalike_of(host, self._known):
                return fail("suspicious")
            if platform != OTHER:
                return fail("unknown_site")
            return self._other(scheme or "https", host, port, parts.path, parts.query, text)
        if port not in {None, 80, 443}:
            return fail("suspicious")
        segments = _segments(parts.path)
        query = {k: v for k, v in reversed(parse_qsl(parts.query, keep_blank_values=True))}
        rules, spec = self._rules[owner]
        outcome = rules.url(spec, Link(host, segments, query))
        if isinstance(outcome, str):
            return fail(outcome)
        if outcome.url is None or _trim(outcome.url) != outcome.url:
            # A canonical link that trimming would change could not be read back the same way.
            return fail("not_an_account")
        return self._ok(owner, outcome, text)

    def _check_host(self, host: str) -> tuple[str, Reason | None]:
        """The host in ASCII (punycode) form, or the reason it cannot be trusted."""
        if not host or is_ip_literal(host):
            return host, "suspicious" if host else "not_a_link"
        if not host.isascii():
            if any(mixed_scripts(label) for label in host.split(".")) or lookalike_of(host, self._known):
                return host, "suspicious"
            try:
                host = host.encode("idna").decode("ascii")
            except UnicodeError:
                return host, "not_a_link"
        for label in host.split("."):
            decoded = decode_label(label)
            if decoded is None or (decoded != label and mixed_scripts(decoded)):
                return host, "suspicious"
        return host, None if valid_ascii_host(host) else "not_a_link"

    def _tg(self, token: str, text: str) -> Recognised | NotRecognised:
        parts = urlsplit(token)
        query = dict(parse_qsl(parts.query))
        if "telegram" not in self._rules:
            return NotRecognised(reason="not_a_link", input=text)
        rules, spec = self._rules["telegram"]
        outcome = rules.url(spec, Link("tg", (parts.netloc.lower() or parts.path.strip("/"),), query))
        if isinstance(outcome, str):
            return NotRecognised(reason=outcome, input=text)
        return self._ok("telegram", outcome, text)

    @staticmethod
    def _other(scheme: str, host: str, port: int | None, path: str, query: str, text: str) -> Recognised:
        kept = [
            (k, v)
            for k, v in parse_qsl(query, keep_blank_values=True)
            if k.lower() not in _TRACKING and not k.lower().startswith("utm_")
        ]
        netloc = host if port in {None, 80, 443} else f"{host}:{port}"
        query_text = urlencode(kept)
        path = path or "/"
        tail = path + (f"?{query_text}" if query_text else "")
        key = netloc + (path.rstrip("/") or "") + (f"?{query_text}" if query_text else "")
        return Recognised(platform=OTHER, id=key, url=f"{scheme}://{netloc}{tail}", kind="account", input=text)
