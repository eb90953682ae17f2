"""Per-platform rules: which links and typed names name an account, and their canonical form.

What a platform's links look like is data, in ``flows/directory/platforms.yaml`` under
``recognise``: its hosts, the pattern of a username, the words that are the platform's own
pages, and the canonical URL templates. Simple platforms (a profile is ``/<name>`` or
``/@<name>``, posts have fixed paths) are read by :func:`generic_url` from that data alone.
A platform whose scheme cannot be said as path shapes (ids in the query string, names on
subdomains, phone numbers, several post forms) has a small parser here, which still takes
every host, pattern, reserved word and template from the data.

Each parser is given a host already known to belong to its platform (see ``recognise``)
and returns a :class:`Parsed` or the reason the link names no account. The canonical URL
a parser returns must parse back to the same result: tests check that recognising
``Recognised.url`` again is a no-op.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from bot.directory.models import Recognition
from bot.directory.results import Certainty, Kind, Reason


class Link(NamedTuple):
    """A link already split and cleaned: lowercase host, decoded path segments, query."""

    host: str
    segments: tuple[str, ...]
    query: Mapping[str, str]


class Parsed(NamedTuple):
    id: str
    url: str | None
    """None where the platform has no link for the account (a Discord or Roblox username)."""
    kind: Kind


Outcome = Parsed | Reason
NOT_ACCOUNT: Reason = "not_an_account"


@dataclass(frozen=True)
class Shape:
    """A path shape of the generic rule: literal segments, then ``{name}``/``@{name}`` or ``{id}``."""

    literals: tuple[str, ...]
    at: bool = False
    id: re.Pattern[str] | None = None
    key: str = ""
    url: str = ""
    host: str | None = None

    def literals_match(self, segments: tuple[str, ...]) -> bool:
        size = len(self.literals) + 1
        if len(segments) < size or (self.host is not None and len(segments) != size):
            return False
        return all(seg.lower() == lit for seg, lit in zip(segments, self.literals, strict=False))


@dataclass(frozen=True)
class Spec:
    """One platform's ``recognise`` data, compiled."""

    link_hosts: frozenset[str]
    name: re.Pattern[str]
    account_url: str
    lowercase: bool = True
    reserved: frozenset[str] = frozenset()
    link_host_pattern: re.Pattern[str] | None = None
    special: Mapping[str, frozenset[str]] = field(default_factory=dict)
    profiles: tuple[Shape, ...] = ()
    posts: tuple[Shape, ...] = ()
    name_subdomain: str | None = None
    patterns: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    urls: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, data: Recognition) -> Spec:
        profiles = tuple(
            Shape(literals=tuple(shape.split("/")[:-1]), at=shape.endswith("@{name}")) for shape in data.profiles
        )
        posts = tuple(
            Shape(
                literals=tuple(post.path.split("/")[:-1]),
                id=re.compile(post.id),
                key=post.key,
                url=post.url,
                host=post.host,
            )
            for post in data.posts
        )
        return cls(
            link_hosts=frozenset(data.link_hosts),
            name=re.compile(data.name),
            account_url=data.account,
            lowercase=data.lowercase,
            reserved=frozenset(data.reserved),
            link_host_pattern=re.compile(data.link_host_pattern) if data.link_host_pattern else None,
            special={role: frozenset(hosts) for role, hosts in data.special_hosts.items()},
            profiles=profiles,
            posts=posts,
            name_subdomain=data.name_subdomain,
            patterns={key: re.compile(pattern) for key, pattern in data.patterns.items()},
            urls=dict(data.urls),
        )

    def is_link_host(self, host: str) -> bool:
        pattern = self.link_host_pattern
        return host in self.link_hosts or (pattern is not None and pattern.fullmatch(host) is not None)

    def is_special(self, role: str, host: str) -> bool:
        return host in self.special.get(role, frozenset())

    def username(self, raw: str) -> str | None:
        """The username in ``raw`` (an optional ``@`` dropped), or None when it cannot be one."""
        name = raw[1:] if raw.startswith("@") else raw
        name = name.lower() if self.lowercase else name
        return name if self.name.fullmatch(name) and name not in self.reserved else None

    def account(self, name: str) -> Parsed:
        return Parsed(name, self.account_url.format(name=name), "account")

    def url(self, which: str, **fields: str) -> str:
        return self.urls[which].format(**fields)

    def matches(self, pattern: str, text: str) -> bool:
        return self.patterns[pattern].fullmatch(text) is not None


@dataclass(frozen=True)
class Rules:
    """How one kind of platform's links and typed names are read.

    ``patterns``, ``urls`` and ``special`` name the data a code rule reads, so the loader can
    say what is missing from platforms.yaml instead of failing on a user's link.
    """

    url: Callable[[Spec, Link], Outcome]
    handle: Callable[[Spec, str], Parsed | None]
    patterns: frozenset[str] = frozenset()
    urls: frozenset[str] = frozenset()
    special: frozenset[str] = frozenset()
    typed: Certainty = "username"
    """What a typed account on this platform is: a username, or (WhatsApp) a phone number."""


def _handle(spec: Spec, text: str) -> Parsed | None:
    """A typed username, as the platform's own pattern allows."""
    name = spec.username(text)
    return spec.account(name) if name else None


def _first(link: Link) -> str:
    return link.segments[0].lower() if link.segments else ""


def _strip_locale(segments: tuple[str, ...]) -> tuple[str, ...]:
    """Drop a leading ``en``/``pt-br`` style language segment that some sites add."""
    if segments and re.fullmatch(r"[a-z]{2}(?:[-_][a-z]{2,4})?", segments[0], re.IGNORECASE):
        return segments[1:]
    return segments


# --- The generic rule: everything comes from the data ------------------------------------------


def generic_url(spec: Spec, link: Link) -> Outcome:
    """Posts at fixed paths (or on a short-link host), else the first profile shape that fits.

    ``{name}`` takes the name with or without ``@``; ``@{name}`` only with it (a platform whose
    plain ``/<word>`` paths are its own pages).

    Once a profile shape's literal segments fit, its name decides: a bad name there is not
    an account, rather than a reason to try a looser shape (``blog/view/<bad>`` is not ``view``).
    """
    segs = link.segments
    for post in spec.posts:
        on_host = link.host == post.host if post.host is not None else spec.is_link_host(link.host)
        if on_host and post.literals_match(segs):
            code = segs[len(post.literals)]
            if post.id is not None and post.id.fullmatch(code):
                return Parsed(post.key.format(id=code), post.url.format(id=code), "post")
    if spec.name_subdomain is not None and not spec.is_link_host(link.host):
        label = link.host.removesuffix("." + spec.name_subdomain)
        if label == link.host or "." in label:
            return NOT_ACCOUNT
        return _handle(spec, label) or NOT_ACCOUNT
    if not spec.is_link_host(link.host):
        return NOT_ACCOUNT
    for shape in spec.profiles:
        if not shape.literals_match(segs):
            continue
        raw = segs[len(shape.literals)]
        if shape.at and not raw.startswith("@"):
            continue
        return _handle(spec, raw) or NOT_ACCOUNT
    return NOT_ACCOUNT


# --- Instagram: posts and stories have their own paths; ig.me/m/<name> opens a chat --------------


def instagram_url(spec: Spec, link: Link) -> Outcome:
    segs = link.segments
    if spec.is_special("messenger", link.host):
        name = spec.username(segs[1]) if len(segs) >= 2 and segs[0] == "m" else None
        return spec.account(name) if name else NOT_ACCOUNT
    if not spec.is_link_host(link.host) or not segs:
        return NOT_ACCOUNT
    first = segs[0].lower()
    if first in {"p", "reel", "reels", "tv"} and len(segs) >= 2 and spec.matches("code", segs[1]):
        return Parsed(f"p/{segs[1]}", spec.url("post", code=segs[1]), "post")
    if first == "stories" and len(segs) >= 2:
        if segs[1].lower() == "highlights" and len(segs) >= 3 and segs[2].isdigit():
            return Parsed(f"highlights/{segs[2]}", spec.url("highlight", id=segs[2]), "post")
        return _handle(spec, segs[1]) or NOT_ACCOUNT
    name = spec.username(segs[0])
    if name is None:
        return NOT_ACCOUNT
    if len(segs) >= 3 and segs[1].lower() in {"p", "reel"} and spec.matches("code", segs[2]):
        return Parsed(name, spec.url("account_post", name=name, kind=segs[1].lower(), code=segs[2]), "account")
    return spec.account(name)


# --- Threads: profiles are /@<name>, posts /t/<code> ---------------------------------------------


def threads_url(spec: Spec, link: Link) -> Outcome:
    segs = link.segments
    if not spec.is_link_host(link.host) or not segs:
        return NOT_ACCOUNT
    if segs[0].startswith("@"):
        name = spec.username(segs[0])
        if name is None:
            return NOT_ACCOUNT
        if len(segs) >= 3 and segs[1] == "post" and spec.matches("code", segs[2]):
            return Parsed(name, spec.url("account_post", name=name, code=segs[2]), "account")
        return spec.account(name)
    if segs[0] == "t" and len(segs) >= 2 and spec.matches("code", segs[1]):
        return Parsed(f"t/{segs[1]}", spec.url("post", code=segs[1]), "post")
    return NOT_ACCOUNT


# --- X / Twitter: /i/status and intent links carry the post or the name elsewhere -----------------


def x_url(spec: Spec, link: Link) -> Outcome:
    """A status link is a post even with a name in it: X shows the post under any name."""
    segs = link.segments
    if spec.is_special("short", link.host):
        if len(segs) == 1 and spec.matches("short", segs[0]):
            return Parsed(f"t.co/{segs[0]}", spec.url("short", code=segs[0]), "post")
        return NOT_ACCOUNT
    if not spec.is_link_host(link.host) or not segs:
        return NOT_ACCOUNT
    first = segs[0].lower()
    if first == "i":
        rest = [s.lower() for s in segs[1:]]
        if rest[:2] == ["web", "status"]:
            rest = rest[1:]
        if len(rest) >= 2 and rest[0] == "status" and rest[1].isdigit():
            return Parsed(f"status/{rest[1]}", spec.url("status", id=rest[1]), "post")
        return NOT_ACCOUNT
    if first == "intent" and len(segs) >= 2 and segs[1].lower() in {"user", "follow"}:
        return _handle(spec, link.query.get("screen_name", "")) or NOT_ACCOUNT
    name = spec.username(segs[0])
    if name is None:
        return NOT_ACCOUNT
    if len(segs) >= 3 and segs[1].lower() in {"status", "statuses"} and segs[2].isdigit():
        return Parsed(f"status/{segs[2]}", spec.url("account_post", name=name, id=segs[2]), "post")
    return spec.account(name)


# --- TikTok: profiles are /@<name>; videos have three path forms; vm./vt. are short links ----------


def tiktok_url(spec: Spec, link: Link) -> Outcome:
    """A video link is a post even with an @name in it: TikTok plays it under any name."""
    segs = link.segments
    if spec.is_special("short", link.host):
        if len(segs) == 1 and spec.matches("code", segs[0]):
            short = link.host.split(".", 1)[0]
            return Parsed(f"{short}/{segs[0]}", spec.url("short", host=link.host, code=segs[0]), "post")
        return NOT_ACCOUNT
    if not spec.is_link_host(link.host) or not segs:
        return NOT_ACCOUNT
    first = segs[0]
    if first == "t" and len(segs) >= 2 and spec.matches("code", segs[1]):
        return Parsed(f"t/{segs[1]}", spec.url("t", code=segs[1]), "post")
    if first in {"v", "video"} and len(segs) >= 2:
        video = segs[1].removesuffix(".html") if first == "v" else segs[1]
        if video.isdigit():
            return Parsed(f"video/{video}", spec.url("video", id=video), "post")
    if not first.startswith("@"):
        return NOT_ACCOUNT
    name = spec.username(first)
    if name is None:
        return NOT_ACCOUNT
    if len(segs) >= 3 and segs[1] in {"video", "photo"} and segs[2].isdigit():
        key = "video" if segs[1] == "video" else "photo"
        return Parsed(f"{key}/{segs[2]}", spec.url("account_post", name=name, kind=segs[1], id=segs[2]), "post")
    return spec.account(name)


# --- Facebook: numeric ids in the query, pages, groups, share links, media ------------------------


def _fb_id(spec: Spec, user_id: str) -> Parsed:
    return Parsed(user_id, spec.url("user_id", id=user_id), "account")


def facebook_url(spec: Spec, link: Link) -> Outcome:
    if not spec.is_link_host(link.host):
        return NOT_ACCOUNT
    segs = link.segments
    first = _first(link)
    query = link.query
    if first in {"profile.php", "permalink.php", "story.php"}:
        user_id = query.get("id", "")
        return _fb_id(spec, user_id) if user_id.isdigit() else NOT_ACCOUNT
    if first == "people" and len(segs) >= 3 and segs[2].isdigit():
        return _fb_id(spec, segs[2])
    if first == "pages" and len(segs) >= 3 and segs[-1].isdigit():
        return _fb_id(spec, segs[-1])
    if first == "groups" and len(segs) >= 2 and spec.matches("group", segs[1]):
        group = segs[1] if segs[1].isdigit() else segs[1].lower()
        return Parsed(f"groups/{group}", spec.url("group", group=group), "account")
    if first == "share" and len(segs) >= 2:
        parts = "/".join(segs[1:3] if len(segs[1]) == 1 else segs[1:2])
        if spec.matches("share", parts):
            return Parsed(f"share/{parts}", spec.url("share", code=parts), "post")
        return NOT_ACCOUNT
    if first in {"reel", "watch", "photo", "photo.php"}:
        media = segs[1] if first == "reel" and len(segs) >= 2 else query.get("v") or query.get("fbid", "")
        if media.isdigit():
            kind = "reel" if first == "reel" else "watch" if first == "watch" else "photo"
            return Parsed(f"{kind}/{media}", spec.url(kind, id=media), "post")
        return NOT_ACCOUNT
    if not segs:
        return NOT_ACCOUNT
    if spec.matches("user_id", first):  # the same test as a typed id, so both forms give one key
        return _fb_id(spec, first)
    return _handle(spec, first) or NOT_ACCOUNT


def facebook_handle(spec: Spec, text: str) -> Parsed | None:
    name = text.removeprefix("@")
    if spec.matches("user_id", name):
        return _fb_id(spec, name)
    return _handle(spec, text)


# --- YouTube: @handles, channel ids that keep their case, legacy names, videos ----------------------


def _yt_video(spec: Spec, video: str) -> Parsed:
    return Parsed(f"video/{video}", spec.url("video", id=video), "post")


def youtube_url(spec: Spec, link: Link) -> Outcome:
    segs = link.segments
    if spec.is_special("short", link.host):
        return _yt_video(spec, segs[0]) if len(segs) == 1 and spec.matches("video", segs[0]) else NOT_ACCOUNT
    if not spec.is_link_host(link.host):
        return NOT_ACCOUNT
    first = _first(link)
    if first == "watch":
        video = link.query.get("v", "")
        return _yt_video(spec, video) if spec.matches("video", video) else NOT_ACCOUNT
    if first in {"shorts", "live", "embed", "v"} and len(segs) >= 2 and spec.matches("video", segs[1]):
        return _yt_video(spec, segs[1])
    if first == "playlist":
        plist = link.query.get("list", "")
        if spec.matches("playlist", plist):
            return Parsed(f"playlist/{plist}", spec.url("playlist", id=plist), "post")
        return NOT_ACCOUNT
    if first == "channel" and len(segs) >= 2 and spec.matches("channel", segs[1]):
        return Parsed(segs[1], spec.url("channel", id=segs[1]), "account")
    if first in {"c", "user"} and len(segs) >= 2 and spec.matches("legacy", segs[1].lower()):
        name = f"{first}/{segs[1].lower()}"
        return Parsed(name, spec.url("legacy", path=name), "account")
    if first.startswith("@"):
        return youtube_handle(spec, first) or NOT_ACCOUNT
    if segs and first not in spec.reserved and spec.matches("legacy", first):
        return Parsed(f"c/{first}", spec.url("legacy", path=f"c/{first}"), "account")
    return NOT_ACCOUNT


def youtube_handle(spec: Spec, text: str) -> Parsed | None:
    if spec.matches("channel", text):
        return Parsed(text, spec.url("channel", id=text), "account")
    handle = text.lower()
    return spec.account(handle) if spec.name.fullmatch(handle) else None


# --- Discord: user ids, invites on two hosts, links to one message ---------------------------------


def discord_url(spec: Spec, link: Link) -> Outcome:
    segs = link.segments
    invite: str | None = None
    if spec.is_special("invite", link.host) and len(segs) == 1:
        invite = segs[0]
    elif spec.is_link_host(link.host) and len(segs) >= 2 and segs[0] == "invite":
        invite = segs[1]
    elif spec.is_link_host(link.host) and len(segs) >= 2 and segs[0] == "users" and spec.name.fullmatch(segs[1]):
        return spec.account(segs[1])
    elif spec.is_link_host(link.host) and len(segs) == 4 and segs[0] == "channels" and _is_message_path(spec, segs):
        path = "/".join(segs[1:])
        return Parsed(f"channels/{path}", spec.url("message", path=path), "post")
    if invite is not None and spec.matches("invite", invite):
        return Parsed(f"invite/{invite}", spec.url("invite", code=invite), "account")
    return NOT_ACCOUNT


def _is_message_path(spec: Spec, segs: tuple[str, ...]) -> bool:
    """``channels/<server or @me>/<channel>/<message>``: a link to one message."""
    return all(spec.name.fullmatch(s) for s in segs[2:]) and (segs[1] == "@me" or bool(spec.name.fullmatch(segs[1])))


def discord_handle(spec: Spec, text: str) -> Parsed | None:
    """A user id, or a username: Discord has no link for a username, so it has none here."""
    if spec.name.fullmatch(text):
        return spec.account(text)
    name = text.removeprefix("@").lower()
    return Parsed(name, None, "account") if spec.matches("username", name) else None


# --- Telegram: names on subdomains, invite links, private channel posts, tg:// links ----------------


def telegram_url(spec: Spec, link: Link) -> Outcome:
    host = link.host
    segs = link.segments
    for parent in spec.special.get("subdomain", frozenset()):
        if host.endswith("." + parent) and not host.startswith("www."):
            return _handle(spec, host.removesuffix("." + parent)) or NOT_ACCOUNT
    if host != "tg" and (not spec.is_link_host(host) or not segs):
        return NOT_ACCOUNT
    first = segs[0] if segs else ""
    if host == "tg":
        name = spec.username(link.query.get("domain", "")) if first == "resolve" else None
        return spec.account(name) if name else NOT_ACCOUNT
    invite = segs[1] if first == "joinchat" and len(segs) >= 2 else first[1:] if first.startswith("+") else None
    if invite is not None:
        if spec.matches("invite", invite):
            return Parsed(f"+{invite}", spec.url("invite", code=invite), "account")
        return NOT_ACCOUNT
    if first == "c" and len(segs) >= 3 and segs[1].isdigit() and segs[2].isdigit():
        return Parsed(f"c/{segs[1]}/{segs[2]}", spec.url("private_post", channel=segs[1], id=segs[2]), "post")
    if first == "s" and len(segs) >= 2:
        segs = segs[1:]
    name = spec.username(segs[0])
    if name is None:
        return NOT_ACCOUNT
    if len(segs) >= 2 and segs[1].isdigit():
        return Parsed(name, spec.url("account_post", name=name, id=segs[1]), "account")
    return spec.account(name)


# --- Reddit: users under /u/ or /user/, communities under /r/, posts in three forms ------------------


def _reddit_sub(spec: Spec, name: str) -> Parsed:
    return Parsed(f"r/{name}", spec.url("community", name=name), "account")


def _reddit_post(spec: Spec, post_id: str) -> Outcome:
    post_id = post_id.lower()
    if spec.matches("post", post_id):
        return Parsed(f"comments/{post_id}", spec.url("post", id=post_id), "post")
    return NOT_ACCOUNT


def reddit_url(spec: Spec, link: Link) -> Outcome:
    segs = link.segments
    if spec.is_special("short", link.host):
        return _reddit_post(spec, segs[0]) if len(segs) == 1 else NOT_ACCOUNT
    if not spec.is_link_host(link.host) or not segs:
        return NOT_ACCOUNT
    first = _first(link)
    if first in {"u", "user"} and len(segs) >= 2:
        name = segs[1].lower()
        return spec.account(name) if spec.name.fullmatch(name) else NOT_ACCOUNT
    if first == "comments" and len(segs) >= 2:
        return _reddit_post(spec, segs[1])
    if first == "r" and len(segs) >= 2:
        sub = segs[1].lower()
        if not spec.matches("community", sub):
            return NOT_ACCOUNT
        if len(segs) >= 4 and segs[2] == "comments":
            return _reddit_post(spec, segs[3])
        if len(segs) >= 4 and segs[2] == "s" and spec.matches("share", segs[3]):
            return Parsed(f"r/{sub}/s/{segs[3]}", spec.url("share", name=sub, code=segs[3]), "post")
        return _reddit_sub(spec, sub)
    return NOT_ACCOUNT


def reddit_handle(spec: Spec, text: str) -> Parsed | None:
    lowered = text.removeprefix("/").lower()
    if lowered.startswith(("u/", "user/")):
        name = lowered.split("/", 1)[1].rstrip("/")
        return spec.account(name) if spec.name.fullmatch(name) else None
    if lowered.startswith("r/"):
        sub = lowered[2:].rstrip("/")
        return _reddit_sub(spec, sub) if spec.matches("community", sub) else None
    return _handle(spec, lowered)


# --- WhatsApp: an account is an international phone number, written many ways ------------------------


def _wa_number(spec: Spec, raw: str) -> str | None:
    """Digits of an international number; None for national numbers we cannot place."""
    compact = re.sub(r"[\s().\-\u00a0]", "", raw)
    if compact.startswith("+"):
        digits = compact[1:]
    elif compact.startswith("00"):
        digits = compact[2:]
    else:
        digits = compact
    return digits if digits.isascii() and spec.name.fullmatch(digits) else None


def whatsapp_url(spec: Spec, link: Link) -> Outcome:
    segs = link.segments
    host = link.host
    if spec.is_special("group", host) and len(segs) >= 1 and spec.matches("group", segs[0]):
        return Parsed(f"chat/{segs[0]}", spec.url("group", code=segs[0]), "account")
    if spec.is_link_host(host) and segs:
        if segs[0] == "message" and len(segs) >= 2 and spec.matches("message", segs[1]):
            return Parsed(f"message/{segs[1]}", spec.url("message", code=segs[1]), "post")
        number = _wa_number(spec, segs[0])
        return spec.account(number) if number else NOT_ACCOUNT
    if spec.is_special("api", host):
        if segs and segs[0] == "channel" and len(segs) >= 2 and spec.matches("group", segs[1]):
            return Parsed(f"channel/{segs[1]}", spec.url("channel", code=segs[1]), "account")
        if (segs and segs[0] == "send") or (not segs and "phone" in link.query):
            number = _wa_number(spec, link.query.get("phone", ""))
            return spec.account(number) if number else NOT_ACCOUNT
    return NOT_ACCOUNT


def whatsapp_handle(spec: Spec, text: str) -> Parsed | None:
    if not re.fullmatch(r"[+\d][\d\s().\-\u00a0]{5,24}", text):
        return None
    number = _wa_number(spec, text)
    return spec.account(number) if number else None


# --- Roblox: profile links carry the numeric user id, after an optional language segment -------------


def roblox_url(spec: Spec, link: Link) -> Outcome:
    if not spec.is_link_host(link.host):
        return NOT_ACCOUNT
    segs = _strip_locale(link.segments)
    first = segs[0].lower() if segs else ""
    if first == "users" and len(segs) >= 2 and spec.name.fullmatch(segs[1]):
        return spec.account(segs[1])
    if first in {"groups", "communities"} and len(segs) >= 2 and segs[1].isdigit():
        return Parsed(f"groups/{segs[1]}", spec.url("group", id=segs[1]), "account")
    if first == "games" and len(segs) >= 2 and segs[1].isdigit():
        return Parsed(f"games/{segs[1]}", spec.url("game", id=segs[1]), "post")
    return NOT_ACCOUNT


def roblox_handle(spec: Spec, text: str) -> Parsed | None:
    """A user id, or a username (case-insensitive; without a link, which needs the id)."""
    if text.isascii() and spec.name.fullmatch(text):
        return spec.account(text)
    name = text.removeprefix("@")
    return Parsed(name.lower(), None, "account") if spec.matches("username", name) else None


# --- Bluesky: a handle is a domain name (name.bsky.social by default) or a DID -----------------------


def bluesky_url(spec: Spec, link: Link) -> Outcome:
    host = link.host
    segs = link.segments
    if any(host.endswith("." + parent) for parent in spec.special.get("subdomain", frozenset())):
        return bluesky_handle(spec, host) or NOT_ACCOUNT
    if not spec.is_link_host(host) or len(segs) < 2 or segs[0] != "profile":
        return NOT_ACCOUNT
    handle = segs[1].lower()
    if not (spec.name.fullmatch(handle) or spec.matches("did", handle)):
        return NOT_ACCOUNT
    if len(segs) >= 4 and segs[2] == "post" and spec.matches("post", segs[3]):
        return Parsed(handle, spec.url("account_post", name=handle, code=segs[3]), "account")
    return spec.account(handle)


def bluesky_handle(spec: Spec, text: str) -> Parsed | None:
    handle = text.removeprefix("@").lower()
    if spec.matches("did", handle) or spec.name.fullmatch(handle):
        return spec.account(handle)
    default = sorted(spec.special.get("subdomain", frozenset()))
    if default and spec.matches("label", handle):  # a bare name is on the default host
        return spec.account(f"{handle}.{default[0]}")
    return None


def _needs(*names: str) -> frozenset[str]:
    return frozenset(names)


RULES: dict[str, Rules] = {
    "generic": Rules(generic_url, _handle),
    "instagram": Rules(
        instagram_url,
        _handle,
        patterns=_needs("code"),
        urls=_needs("post", "highlight", "account_post"),
        special=_needs("messenger"),
    ),
    "threads": Rules(threads_url, _handle, patterns=_needs("code"), urls=_needs("post", "account_post")),
    "x": Rules(
        x_url,
        _handle,
        patterns=_needs("short"),
        urls=_needs("status", "account_post", "short"),
        special=_needs("short"),
    ),
    "tiktok": Rules(
        tiktok_url,
        _handle,
        patterns=_needs("code"),
        urls=_needs("short", "t", "video", "account_post"),
        special=_needs("short"),
    ),
    "facebook": Rules(
        facebook_url,
        facebook_handle,
        patterns=_needs("user_id", "group", "share"),
        urls=_needs("user_id", "group", "share", "reel", "watch", "photo"),
    ),
    "youtube": Rules(
        youtube_url,
        youtube_handle,
        patterns=_needs("channel", "video", "legacy", "playlist"),
        urls=_needs("channel", "legacy", "video", "playlist"),
        special=_needs("short"),
    ),
    "discord": Rules(
        discord_url,
        discord_handle,
        patterns=_needs("invite"),
        urls=_needs("invite", "message"),
        special=_needs("invite"),
    ),
    "telegram": Rules(
        telegram_url,
        _handle,
        patterns=_needs("invite"),
        urls=_needs("invite", "private_post", "account_post"),
        special=_needs("subdomain"),
    ),
    "reddit": Rules(
        reddit_url,
        reddit_handle,
        patterns=_needs("community", "post", "share"),
        urls=_needs("community", "post", "share"),
        special=_needs("short"),
    ),
    "whatsapp": Rules(
        whatsapp_url,
        whatsapp_handle,
        patterns=_needs("group", "message"),
        urls=_needs("group", "message", "channel"),
        special=_needs("api", "group"),
        typed="phone",
    ),
    "roblox": Rules(roblox_url, roblox_handle, patterns=_needs("username"), urls=_needs("group", "game")),
    "bluesky": Rules(
        bluesky_url,
        bluesky_handle,
        patterns=_needs("did", "label", "post"),
        urls=_needs("account_post"),
        special=_needs("subdomain"),
    ),
}
"""Recognition rules by ``recognise.rule``; ``other`` has none (any well-formed link is taken)."""


def rule_problems(data: Recognition) -> list[str]:
    """What a platform's ``recognise`` data lacks for its rule, as ``field: problem`` texts."""
    rules = RULES.get(data.rule)
    if rules is None:
        return [f"recognise.rule: {data.rule} is not a rule (one of: {', '.join(sorted(RULES))})"]
    return [
        *(
            f"recognise.patterns: {name} is needed by rule {data.rule}"
            for name in sorted(rules.patterns - set(data.patterns))
        ),
        *(f"recognise.urls: {name} is needed by rule {data.rule}" for name in sorted(rules.urls - set(data.urls))),
        *(
            f"recognise.special_hosts: {role} is needed by rule {data.rule}"
            for role in sorted(rules.special - set(data.special_hosts))
        ),
    ]
