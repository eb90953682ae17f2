"""Per-platform rules: which links and handles name an account, and their canonical form.

One small parser per platform, because each platform's URL scheme is its own. Each
parser is given a host already known to belong to its platform (see ``recognise``)
and returns a :class:`Parsed` or the reason the link names no account. The canonical
URL a parser returns must parse back to the same result: tests check that
recognising ``Recognised.url`` again is a no-op.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from bot.directory.results import Kind, Reason


class Link(NamedTuple):
    """A link already split and cleaned: lowercase host, decoded path segments, query."""

    host: str
    segments: tuple[str, ...]
    query: Mapping[str, str]


class Parsed(NamedTuple):
    id: str
    url: str
    kind: Kind


Outcome = Parsed | Reason
NOT_ACCOUNT: Reason = "not_an_account"


@dataclass(frozen=True)
class Rules:
    """How one platform's links and bare handles are read."""

    url: Callable[[Link], Outcome]
    handle: Callable[[str], Parsed | None]


def _at(text: str) -> str:
    return text[1:] if text.startswith("@") else text


def _first(link: Link) -> str:
    return link.segments[0].lower() if link.segments else ""


def _strip_locale(segments: tuple[str, ...]) -> tuple[str, ...]:
    """Drop a leading ``en``/``pt-br`` style language segment that some sites add."""
    if segments and re.fullmatch(r"[a-z]{2}(?:[-_][a-z]{2,4})?", segments[0], re.IGNORECASE):
        return segments[1:]
    return segments


# --- Instagram ---------------------------------------------------------------------------

_IG_NAME = re.compile(r"^(?!.*\.\.)(?!.*\.$)[a-z0-9._]{1,30}$")
_IG_CODE = re.compile(r"^[A-Za-z0-9_-]{5,64}$")
_IG_HOSTS = {"instagram.com", "www.instagram.com", "m.instagram.com", "instagr.am", "www.instagr.am"}
_IG_RESERVED = {
    "about",
    "accounts",
    "api",
    "ar",
    "challenge",
    "developer",
    "direct",
    "directory",
    "emails",
    "explore",
    "graphql",
    "legal",
    "oauth",
    "p",
    "privacy",
    "reel",
    "reels",
    "session",
    "static",
    "stories",
    "terms",
    "tv",
    "web",
    "create",
    "help",
    "press",
    "topics",
    "popular",
    "lite",
}


def _ig_account(name: str) -> Parsed:
    return Parsed(name, f"https://www.instagram.com/{name}/", "account")


def _ig_name(raw: str) -> str | None:
    name = _at(raw).lower()
    return name if _IG_NAME.match(name) else None


def instagram_url(link: Link) -> Outcome:
    segs = link.segments
    if link.host == "ig.me":
        name = _ig_name(segs[1]) if len(segs) >= 2 and segs[0] == "m" else None
        return _ig_account(name) if name else NOT_ACCOUNT
    if link.host not in _IG_HOSTS or not segs:
        return NOT_ACCOUNT
    first = segs[0].lower()
    if first in {"p", "reel", "reels", "tv"} and len(segs) >= 2 and _IG_CODE.match(segs[1]):
        return Parsed(f"p/{segs[1]}", f"https://www.instagram.com/p/{segs[1]}/", "post")
    if first == "stories" and len(segs) >= 2:
        if segs[1].lower() == "highlights" and len(segs) >= 3 and segs[2].isdigit():
            return Parsed(f"highlights/{segs[2]}", f"https://www.instagram.com/stories/highlights/{segs[2]}/", "post")
        name = _ig_name(segs[1])
        return _ig_account(name) if name and name not in _IG_RESERVED else NOT_ACCOUNT
    name = _ig_name(segs[0])
    if name is None or name in _IG_RESERVED:
        return NOT_ACCOUNT
    if len(segs) >= 3 and segs[1].lower() in {"p", "reel"} and _IG_CODE.match(segs[2]):
        return Parsed(name, f"https://www.instagram.com/{name}/{segs[1].lower()}/{segs[2]}/", "account")
    return _ig_account(name)


def instagram_handle(text: str) -> Parsed | None:
    name = _ig_name(text)
    return _ig_account(name) if name and name not in _IG_RESERVED else None


# --- Threads (Instagram usernames) -------------------------------------------------------


def _threads_account(name: str) -> Parsed:
    return Parsed(name, f"https://www.threads.com/@{name}", "account")


def threads_url(link: Link) -> Outcome:
    segs = link.segments
    if link.host not in {"threads.net", "www.threads.net", "threads.com", "www.threads.com"} or not segs:
        return NOT_ACCOUNT
    if segs[0].startswith("@"):
        name = _ig_name(segs[0])
        if name is None:
            return NOT_ACCOUNT
        if len(segs) >= 3 and segs[1] == "post" and _IG_CODE.match(segs[2]):
            return Parsed(name, f"https://www.threads.com/@{name}/post/{segs[2]}", "account")
        return _threads_account(name)
    if segs[0] == "t" and len(segs) >= 2 and _IG_CODE.match(segs[1]):
        return Parsed(f"t/{segs[1]}", f"https://www.threads.com/t/{segs[1]}", "post")
    return NOT_ACCOUNT


def threads_handle(text: str) -> Parsed | None:
    name = _ig_name(text)
    return _threads_account(name) if name else None


# --- X / Twitter ---------------------------------------------------------------------------

_X_NAME = re.compile(r"^[a-z0-9_]{1,15}$")
_X_HOSTS = {
    "x.com",
    "www.x.com",
    "mobile.x.com",
    "m.x.com",
    "twitter.com",
    "www.twitter.com",
    "mobile.twitter.com",
    "m.twitter.com",
}
_X_RESERVED = {
    "home",
    "explore",
    "notifications",
    "messages",
    "i",
    "settings",
    "search",
    "compose",
    "login",
    "signup",
    "tos",
    "privacy",
    "hashtag",
    "intent",
    "share",
    "account",
    "logout",
    "jobs",
    "about",
    "download",
    "who_to_follow",
    "communities",
    "lists",
    "premium",
    "verified",
    "help",
    "rules",
    "en",
    "tweet",
    "oauth",
    "following",
    "followers",
}


def _x_name(raw: str) -> str | None:
    name = _at(raw).lower()
    return name if _X_NAME.match(name) and name not in _X_RESERVED else None


def x_url(link: Link) -> Outcome:
    segs = link.segments
    if link.host not in _X_HOSTS or not segs:
        return NOT_ACCOUNT
    first = segs[0].lower()
    if first == "i":
        rest = [s.lower() for s in segs[1:]]
        if rest[:2] == ["web", "status"]:
            rest = rest[1:]
        if len(rest) >= 2 and rest[0] == "status" and rest[1].isdigit():
            return Parsed(f"status/{rest[1]}", f"https://x.com/i/status/{rest[1]}", "post")
        return NOT_ACCOUNT
    if first == "intent" and len(segs) >= 2 and segs[1].lower() in {"user", "follow"}:
        name = _x_name(link.query.get("screen_name", ""))
        return Parsed(name, f"https://x.com/{name}", "account") if name else NOT_ACCOUNT
    name = _x_name(segs[0])
    if name is None:
        return NOT_ACCOUNT
    if len(segs) >= 3 and segs[1].lower() in {"status", "statuses"} and segs[2].isdigit():
        return Parsed(name, f"https://x.com/{name}/status/{segs[2]}", "account")
    return Parsed(name, f"https://x.com/{name}", "account")


def x_handle(text: str) -> Parsed | None:
    name = _x_name(text)
    return Parsed(name, f"https://x.com/{name}", "account") if name else None


# --- TikTok ----------------------------------------------------------------------------------

_TT_NAME = re.compile(r"^(?!.*\.$)[a-z0-9_.]{2,24}$")
_TT_CODE = re.compile(r"^[A-Za-z0-9]{5,20}$")


def _tt_account(name: str) -> Parsed:
    return Parsed(name, f"https://www.tiktok.com/@{name}", "account")


def _tt_name(raw: str) -> str | None:
    name = _at(raw).lower()
    return name if _TT_NAME.match(name) else None


def tiktok_url(link: Link) -> Outcome:
    segs = link.segments
    if link.host in {"vm.tiktok.com", "vt.tiktok.com"}:
        if len(segs) == 1 and _TT_CODE.match(segs[0]):
            short = link.host.split(".", 1)[0]
            return Parsed(f"{short}/{segs[0]}", f"https://{link.host}/{segs[0]}/", "post")
        return NOT_ACCOUNT
    if link.host not in {"tiktok.com", "www.tiktok.com", "m.tiktok.com", "us.tiktok.com"} or not segs:
        return NOT_ACCOUNT
    first = segs[0]
    if first == "t" and len(segs) >= 2 and _TT_CODE.match(segs[1]):
        return Parsed(f"t/{segs[1]}", f"https://www.tiktok.com/t/{segs[1]}/", "post")
    if first == "v" and len(segs) >= 2:
        video = segs[1].removesuffix(".html")
        if video.isdigit():
            return Parsed(f"video/{video}", f"https://www.tiktok.com/video/{video}", "post")
    if first == "video" and len(segs) >= 2 and segs[1].isdigit():
        return Parsed(f"video/{segs[1]}", f"https://www.tiktok.com/video/{segs[1]}", "post")
    if not first.startswith("@"):
        return NOT_ACCOUNT
    name = _tt_name(first)
    if name is None:
        return NOT_ACCOUNT
    if len(segs) >= 3 and segs[1] in {"video", "photo"} and segs[2].isdigit():
        return Parsed(name, f"https://www.tiktok.com/@{name}/{segs[1]}/{segs[2]}", "account")
    return _tt_account(name)


def tiktok_handle(text: str) -> Parsed | None:
    name = _tt_name(text)
    return _tt_account(name) if name else None


# --- Facebook ----------------------------------------------------------------------------------

_FB_NAME = re.compile(r"^(?!.*\.$)[a-z0-9.]{5,50}$")
_FB_LOCALE_HOST = re.compile(r"^[a-z]{2}-[a-z]{2}\.facebook\.com$")
_FB_HOSTS = {
    "facebook.com",
    "www.facebook.com",
    "m.facebook.com",
    "mbasic.facebook.com",
    "web.facebook.com",
    "touch.facebook.com",
    "mobile.facebook.com",
    "free.facebook.com",
    "fb.com",
    "www.fb.com",
    "fb.me",
    "business.facebook.com",
}
_FB_RESERVED = {
    "help",
    "login",
    "login.php",
    "home.php",
    "watch",
    "events",
    "marketplace",
    "gaming",
    "policies",
    "privacy",
    "settings",
    "messages",
    "notifications",
    "search",
    "hashtag",
    "friends",
    "bookmarks",
    "business",
    "ads",
    "legal",
    "about",
    "careers",
    "l.php",
    "sharer",
    "sharer.php",
    "dialog",
    "plugins",
    "photo.php",
    "photo",
    "photos",
    "video.php",
    "videos",
    "story.php",
    "permalink.php",
    "reel",
    "reels",
    "stories",
    "share",
    "profile.php",
    "people",
    "pages",
    "groups",
    "media",
    "terms",
    "recover",
    "reg",
    "r.php",
    "checkpoint",
    "fundraisers",
    "live",
    "places",
    "memories",
}


def _fb_id(user_id: str) -> Parsed:
    return Parsed(user_id, f"https://www.facebook.com/profile.php?id={user_id}", "account")


def _fb_name(name: str) -> Parsed:
    return Parsed(name, f"https://www.facebook.com/{name}", "account")


def facebook_url(link: Link) -> Outcome:
    host = link.host
    if host not in _FB_HOSTS and not _FB_LOCALE_HOST.match(host):
        return NOT_ACCOUNT
    segs = link.segments
    first = _first(link)
    query = link.query
    if first in {"profile.php", "permalink.php", "story.php"}:
        user_id = query.get("id", "")
        return _fb_id(user_id) if user_id.isdigit() else NOT_ACCOUNT
    if first == "people" and len(segs) >= 3 and segs[2].isdigit():
        return _fb_id(segs[2])
    if first == "pages" and len(segs) >= 3 and segs[-1].isdigit():
        return _fb_id(segs[-1])
    if first == "groups" and len(segs) >= 2 and re.fullmatch(r"[A-Za-z0-9.]{1,80}", segs[1]):
        group = segs[1] if segs[1].isdigit() else segs[1].lower()
        return Parsed(f"groups/{group}", f"https://www.facebook.com/groups/{group}/", "account")
    if first == "share" and len(segs) >= 2:
        parts = "/".join(segs[1:3] if len(segs[1]) == 1 else segs[1:2])
        if re.fullmatch(r"(?:[prv]/)?[A-Za-z0-9]{4,40}", parts):
            return Parsed(f"share/{parts}", f"https://www.facebook.com/share/{parts}/", "post")
        return NOT_ACCOUNT
    if first in {"reel", "watch", "photo", "photo.php"}:
        media = segs[1] if first == "reel" and len(segs) >= 2 else query.get("v") or query.get("fbid", "")
        if media.isdigit():
            kind = "reel" if first == "reel" else "watch" if first == "watch" else "photo"
            url = {
                "reel": f"https://www.facebook.com/reel/{media}",
                "watch": f"https://www.facebook.com/watch/?v={media}",
                "photo": f"https://www.facebook.com/photo/?fbid={media}",
            }[kind]
            return Parsed(f"{kind}/{media}", url, "post")
        return NOT_ACCOUNT
    if not segs:
        return NOT_ACCOUNT
    if first.isdigit():
        return _fb_id(first)
    if first in _FB_RESERVED or not _FB_NAME.match(first):
        return NOT_ACCOUNT
    return _fb_name(first)


def facebook_handle(text: str) -> Parsed | None:
    name = _at(text).lower()
    if name.isdigit() and 5 <= len(name) <= 20:
        return _fb_id(name)
    return _fb_name(name) if _FB_NAME.match(name) and name not in _FB_RESERVED else None


# --- YouTube ------------------------------------------------------------------------------------

_YT_HANDLE = re.compile(r"^@(?!.*\.$)[a-z0-9._-]{3,30}$")
_YT_CHANNEL = re.compile(r"^UC[A-Za-z0-9_-]{22}$")
_YT_VIDEO = re.compile(r"^[A-Za-z0-9_-]{11}$")
_YT_LEGACY = re.compile(r"^[a-z0-9_-](?:[a-z0-9_.-]{0,98}[a-z0-9_-])?$")
_YT_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "music.youtube.com",
    "youtube-nocookie.com",
    "www.youtube-nocookie.com",
}
_YT_RESERVED = {
    "watch",
    "results",
    "feed",
    "playlist",
    "shorts",
    "live",
    "embed",
    "channel",
    "c",
    "user",
    "t",
    "gaming",
    "premium",
    "account",
    "redirect",
    "hashtag",
    "post",
    "signin",
    "logout",
    "about",
    "s",
    "kids",
    "music",
    "v",
    "attribution_link",
    "howyoutubeworks",
    "creators",
    "ads",
    "upload",
    "reporthistory",
    "reportabuse",
    "getpremium",
    "oembed",
    "supported_browsers",
    "new",
}


def _yt_video(video: str) -> Parsed:
    return Parsed(f"video/{video}", f"https://www.youtube.com/watch?v={video}", "post")


def youtube_url(link: Link) -> Outcome:
    segs = link.segments
    if link.host in {"youtu.be", "www.youtu.be"}:
        return _yt_video(segs[0]) if len(segs) == 1 and _YT_VIDEO.match(segs[0]) else NOT_ACCOUNT
    if link.host not in _YT_HOSTS:
        return NOT_ACCOUNT
    first = _first(link)
    if first == "watch":
        video = link.query.get("v", "")
        return _yt_video(video) if _YT_VIDEO.match(video) else NOT_ACCOUNT
    if first in {"shorts", "live", "embed", "v"} and len(segs) >= 2 and _YT_VIDEO.match(segs[1]):
        return _yt_video(segs[1])
    if first == "playlist":
        plist = link.query.get("list", "")
        if re.fullmatch(r"[A-Za-z0-9_-]{10,64}", plist):
            return Parsed(f"playlist/{plist}", f"https://www.youtube.com/playlist?list={plist}", "post")
        return NOT_ACCOUNT
    if first == "channel" and len(segs) >= 2 and _YT_CHANNEL.match(segs[1]):
        return Parsed(segs[1], f"https://www.youtube.com/channel/{segs[1]}", "account")
    if first in {"c", "user"} and len(segs) >= 2 and _YT_LEGACY.match(segs[1].lower()):
        name = f"{first}/{segs[1].lower()}"
        return Parsed(name, f"https://www.youtube.com/{name}", "account")
    if first.startswith("@"):
        return youtube_handle(first) or NOT_ACCOUNT
    if segs and first not in _YT_RESERVED and _YT_LEGACY.match(first):
        return Parsed(f"c/{first}", f"https://www.youtube.com/c/{first}", "account")
    return NOT_ACCOUNT


def youtube_handle(text: str) -> Parsed | None:
    if _YT_CHANNEL.match(text):
        return Parsed(text, f"https://www.youtube.com/channel/{text}", "account")
    handle = text.lower()
    if _YT_HANDLE.match(handle):
        return Parsed(handle, f"https://www.youtube.com/{handle}", "account")
    return None


# --- Snapchat -------------------------------------------------------------------------------------

_SNAP_NAME = re.compile(r"^[a-z][a-z0-9._-]{2,14}$")


def _snap_account(name: str) -> Parsed:
    return Parsed(name, f"https://www.snapchat.com/add/{name}", "account")


def snapchat_url(link: Link) -> Outcome:
    segs = link.segments
    if link.host not in {"snapchat.com", "www.snapchat.com", "story.snapchat.com"} or not segs:
        return NOT_ACCOUNT
    first = segs[0].lower()
    raw = segs[1] if first in {"add", "s", "u"} and len(segs) >= 2 else segs[0] if first.startswith("@") else ""
    if raw:
        return snapchat_handle(raw) or NOT_ACCOUNT
    if first in {"t", "spotlight"} and len(segs) >= 2 and re.fullmatch(r"[A-Za-z0-9_-]{4,200}", segs[1]):
        return Parsed(f"{first}/{segs[1]}", f"https://www.snapchat.com/{first}/{segs[1]}", "post")
    return NOT_ACCOUNT


def snapchat_handle(text: str) -> Parsed | None:
    name = _at(text).lower()
    return _snap_account(name) if _SNAP_NAME.match(name) else None


# --- Discord ----------------------------------------------------------------------------------------

_SNOWFLAKE = re.compile(r"^\d{17,20}$")
_DISCORD_HOSTS = {
    "discord.com",
    "www.discord.com",
    "discordapp.com",
    "www.discordapp.com",
    "canary.discord.com",
    "ptb.discord.com",
}


def _discord_user(user_id: str) -> Parsed:
    return Parsed(user_id, f"https://discord.com/users/{user_id}", "account")


def _is_message_path(segs: tuple[str, ...]) -> bool:
    """``channels/<server or @me>/<channel>/<message>``: a link to one message."""
    return all(_SNOWFLAKE.match(s) for s in segs[2:]) and (segs[1] == "@me" or bool(_SNOWFLAKE.match(segs[1])))


def discord_url(link: Link) -> Outcome:
    segs = link.segments
    invite: str | None = None
    if link.host in {"discord.gg", "www.discord.gg"} and len(segs) == 1:
        invite = segs[0]
    elif link.host in _DISCORD_HOSTS and len(segs) >= 2 and segs[0] == "invite":
        invite = segs[1]
    elif link.host in _DISCORD_HOSTS and len(segs) >= 2 and segs[0] == "users" and _SNOWFLAKE.match(segs[1]):
        return _discord_user(segs[1])
    elif link.host in _DISCORD_HOSTS and len(segs) == 4 and segs[0] == "channels" and _is_message_path(segs):
        path = "/".join(segs[1:])
        return Parsed(f"channels/{path}", f"https://discord.com/channels/{path}", "post")
    if invite is not None and re.fullmatch(r"[A-Za-z0-9-]{2,32}", invite):
        return Parsed(f"invite/{invite}", f"https://discord.com/invite/{invite}", "account")
    return NOT_ACCOUNT


def discord_handle(text: str) -> Parsed | None:
    return _discord_user(text) if _SNOWFLAKE.match(text) else None


# --- Telegram ----------------------------------------------------------------------------------------

_TG_NAME = re.compile(r"^[a-z][a-z0-9_]{3,31}$")
_TG_RESERVED = {
    "addstickers",
    "addemoji",
    "addtheme",
    "addlist",
    "share",
    "proxy",
    "socks",
    "iv",
    "setlanguage",
    "login",
    "bg",
    "joinchat",
    "c",
    "s",
    "confirmphone",
    "invoice",
    "boost",
    "contact",
    "m",
    "k",
    "a",
}


def _tg_account(name: str) -> Parsed:
    return Parsed(name, f"https://t.me/{name}", "account")


def _tg_name(raw: str) -> str | None:
    name = _at(raw).lower()
    return name if _TG_NAME.match(name) and name not in _TG_RESERVED else None


def telegram_url(link: Link) -> Outcome:
    host = link.host
    segs = link.segments
    for suffix in (".t.me", ".telegram.me"):
        if host.endswith(suffix) and not host.startswith("www."):
            name = _tg_name(host.removesuffix(suffix))
            return _tg_account(name) if name else NOT_ACCOUNT
    if host not in {"t.me", "www.t.me", "telegram.me", "www.telegram.me", "telegram.dog", "tg"} or not segs:
        return NOT_ACCOUNT
    first = segs[0]
    if host == "tg":
        name = _tg_name(link.query.get("domain", "")) if first == "resolve" else None
        return _tg_account(name) if name else NOT_ACCOUNT
    invite = segs[1] if first == "joinchat" and len(segs) >= 2 else first[1:] if first.startswith("+") else None
    if invite is not None:
        if re.fullmatch(r"[A-Za-z0-9_-]{8,64}", invite):
            return Parsed(f"+{invite}", f"https://t.me/+{invite}", "account")
        return NOT_ACCOUNT
    if first == "c" and len(segs) >= 3 and segs[1].isdigit() and segs[2].isdigit():
        return Parsed(f"c/{segs[1]}/{segs[2]}", f"https://t.me/c/{segs[1]}/{segs[2]}", "post")
    if first == "s" and len(segs) >= 2:
        segs = segs[1:]
    name = _tg_name(segs[0])
    if name is None:
        return NOT_ACCOUNT
    if len(segs) >= 2 and segs[1].isdigit():
        return Parsed(name, f"https://t.me/{name}/{segs[1]}", "account")
    return _tg_account(name)


def telegram_handle(text: str) -> Parsed | None:
    name = _tg_name(text)
    return _tg_account(name) if name else None


# --- Reddit ----------------------------------------------------------------------------------------------

_REDDIT_USER = re.compile(r"^[a-z0-9_-]{3,20}$")
_REDDIT_SUB = re.compile(r"^[a-z0-9][a-z0-9_]{1,20}$")
_REDDIT_HOSTS = {
    "reddit.com",
    "www.reddit.com",
    "old.reddit.com",
    "new.reddit.com",
    "np.reddit.com",
    "m.reddit.com",
    "sh.reddit.com",
    "i.reddit.com",
    "amp.reddit.com",
}


def _reddit_user(name: str) -> Parsed:
    return Parsed(name, f"https://www.reddit.com/user/{name}/", "account")


def _reddit_sub(name: str) -> Parsed:
    return Parsed(f"r/{name}", f"https://www.reddit.com/r/{name}/", "account")


def reddit_url(link: Link) -> Outcome:
    segs = link.segments
    if link.host in {"redd.it", "www.redd.it"}:
        return _reddit_post(segs[0]) if len(segs) == 1 else NOT_ACCOUNT
    if link.host not in _REDDIT_HOSTS or not segs:
        return NOT_ACCOUNT
    first = _first(link)
    if first in {"u", "user"} and len(segs) >= 2:
        name = segs[1].lower()
        return _reddit_user(name) if _REDDIT_USER.match(name) else NOT_ACCOUNT
    if first == "comments" and len(segs) >= 2:
        return _reddit_post(segs[1])
    if first == "r" and len(segs) >= 2:
        sub = segs[1].lower()
        if not _REDDIT_SUB.match(sub):
            return NOT_ACCOUNT
        if len(segs) >= 4 and segs[2] == "comments":
            return _reddit_post(segs[3])
        if len(segs) >= 4 and segs[2] == "s" and re.fullmatch(r"[A-Za-z0-9]{5,20}", segs[3]):
            return Parsed(f"r/{sub}/s/{segs[3]}", f"https://www.reddit.com/r/{sub}/s/{segs[3]}", "post")
        return _reddit_sub(sub)
    return NOT_ACCOUNT


def _reddit_post(post_id: str) -> Outcome:
    post_id = post_id.lower()
    if re.fullmatch(r"[a-z0-9]{4,10}", post_id):
        return Parsed(f"comments/{post_id}", f"https://www.reddit.com/comments/{post_id}/", "post")
    return NOT_ACCOUNT


def reddit_handle(text: str) -> Parsed | None:
    raw = text.removeprefix("/")
    lowered = raw.lower()
    if lowered.startswith(("u/", "user/")):
        name = lowered.split("/", 1)[1].rstrip("/")
        return _reddit_user(name) if _REDDIT_USER.match(name) else None
    if lowered.startswith("r/"):
        sub = lowered[2:].rstrip("/")
        return _reddit_sub(sub) if _REDDIT_SUB.match(sub) else None
    name = _at(lowered)
    return _reddit_user(name) if _REDDIT_USER.match(name) else None


# --- WhatsApp ------------------------------------------------------------------------------------------


def _wa_number(raw: str) -> str | None:
    """Digits of an international number; None for national numbers we cannot place."""
    compact = re.sub(r"[\s().\-\u00a0]", "", raw)
    if compact.startswith("+"):
        digits = compact[1:]
    elif compact.startswith("00"):
        digits = compact[2:]
    else:
        digits = compact
    if not digits.isascii() or not digits.isdigit() or digits.startswith("0"):
        return None
    return digits if 7 <= len(digits) <= 15 else None


def _wa_account(number: str) -> Parsed:
    return Parsed(number, f"https://wa.me/{number}", "account")


def whatsapp_url(link: Link) -> Outcome:
    segs = link.segments
    host = link.host
    if host == "chat.whatsapp.com" and len(segs) >= 1 and re.fullmatch(r"[A-Za-z0-9]{10,40}", segs[0]):
        return Parsed(f"chat/{segs[0]}", f"https://chat.whatsapp.com/{segs[0]}", "account")
    if host in {"wa.me", "www.wa.me"} and segs:
        if segs[0] == "message" and len(segs) >= 2 and re.fullmatch(r"[A-Za-z0-9]{6,40}", segs[1]):
            return Parsed(f"message/{segs[1]}", f"https://wa.me/message/{segs[1]}", "post")
        number = _wa_number(segs[0])
        return _wa_account(number) if number else NOT_ACCOUNT
    if host in {"whatsapp.com", "www.whatsapp.com", "api.whatsapp.com", "web.whatsapp.com"}:
        if segs and segs[0] == "channel" and len(segs) >= 2 and re.fullmatch(r"[A-Za-z0-9]{10,40}", segs[1]):
            return Parsed(f"channel/{segs[1]}", f"https://www.whatsapp.com/channel/{segs[1]}", "account")
        if (segs and segs[0] == "send") or (not segs and "phone" in link.query):
            number = _wa_number(link.query.get("phone", ""))
            return _wa_account(number) if number else NOT_ACCOUNT
    return NOT_ACCOUNT


def whatsapp_handle(text: str) -> Parsed | None:
    if not re.fullmatch(r"[+\d][\d\s().\-\u00a0]{5,24}", text):
        return None
    number = _wa_number(text)
    return _wa_account(number) if number else None


# --- Twitch ------------------------------------------------------------------------------------------------

_TWITCH_NAME = re.compile(r"^[a-z0-9_]{3,25}$")
_TWITCH_RESERVED = {
    "directory",
    "p",
    "settings",
    "search",
    "downloads",
    "jobs",
    "turbo",
    "subscriptions",
    "inventory",
    "wallet",
    "drops",
    "friends",
    "messages",
    "payments",
    "prime",
    "store",
    "videos",
    "products",
    "broadcast",
    "login",
    "signup",
    "logout",
    "moderator",
    "popout",
    "embed",
    "team",
    "user",
    "legal",
}


def _twitch_account(name: str) -> Parsed:
    return Parsed(name, f"https://www.twitch.tv/{name}", "account")


def twitch_url(link: Link) -> Outcome:
    segs = link.segments
    if link.host == "clips.twitch.tv":
        if len(segs) == 1 and re.fullmatch(r"[A-Za-z0-9_-]{4,100}", segs[0]):
            return Parsed(f"clip/{segs[0]}", f"https://clips.twitch.tv/{segs[0]}", "post")
        return NOT_ACCOUNT
    if link.host not in {"twitch.tv", "www.twitch.tv", "m.twitch.tv", "go.twitch.tv"} or not segs:
        return NOT_ACCOUNT
    first = _first(link)
    if first == "videos" and len(segs) >= 2 and segs[1].isdigit():
        return Parsed(f"videos/{segs[1]}", f"https://www.twitch.tv/videos/{segs[1]}", "post")
    if first in _TWITCH_RESERVED or not _TWITCH_NAME.match(first):
        return NOT_ACCOUNT
    return _twitch_account(first)


def twitch_handle(text: str) -> Parsed | None:
    name = _at(text).lower()
    return _twitch_account(name) if _TWITCH_NAME.match(name) and name not in _TWITCH_RESERVED else None


# --- Kick ------------------------------------------------------------------------------------------------------

_KICK_NAME = re.compile(r"^[a-z0-9_-]{3,25}$")
_KICK_RESERVED = {
    "categories",
    "browse",
    "following",
    "search",
    "dashboard",
    "settings",
    "terms-of-service",
    "privacy-policy",
    "community-guidelines",
    "dmca-policy",
    "video",
    "clips",
    "help",
    "login",
    "signup",
    "subscriptions",
    "about",
    "careers",
    "api",
    "popout",
    "legal",
    "category",
}


def _kick_account(name: str) -> Parsed:
    return Parsed(name, f"https://kick.com/{name}", "account")


def kick_url(link: Link) -> Outcome:
    segs = link.segments
    if link.host not in {"kick.com", "www.kick.com"} or not segs:
        return NOT_ACCOUNT
    first = _first(link)
    if first == "video" and len(segs) >= 2 and re.fullmatch(r"[A-Za-z0-9-]{8,64}", segs[1]):
        return Parsed(f"video/{segs[1]}", f"https://kick.com/video/{segs[1]}", "post")
    return kick_handle(first) or NOT_ACCOUNT


def kick_handle(text: str) -> Parsed | None:
    name = _at(text).lower()
    return _kick_account(name) if _KICK_NAME.match(name) and name not in _KICK_RESERVED else None


# --- Roblox ------------------------------------------------------------------------------------------------------


def _roblox_user(user_id: str) -> Parsed:
    return Parsed(user_id, f"https://www.roblox.com/users/{user_id}/profile", "account")


def roblox_url(link: Link) -> Outcome:
    if link.host not in {"roblox.com", "www.roblox.com", "web.roblox.com", "m.roblox.com"}:
        return NOT_ACCOUNT
    segs = _strip_locale(link.segments)
    first = segs[0].lower() if segs else ""
    if first == "users" and len(segs) >= 2 and segs[1].isdigit() and len(segs[1]) <= 20:
        return _roblox_user(segs[1])
    if first in {"groups", "communities"} and len(segs) >= 2 and segs[1].isdigit():
        return Parsed(f"groups/{segs[1]}", f"https://www.roblox.com/groups/{segs[1]}", "account")
    if first == "games" and len(segs) >= 2 and segs[1].isdigit():
        return Parsed(f"games/{segs[1]}", f"https://www.roblox.com/games/{segs[1]}", "post")
    return NOT_ACCOUNT


def roblox_handle(text: str) -> Parsed | None:
    return _roblox_user(text) if text.isascii() and text.isdigit() and 1 <= len(text) <= 20 else None


# --- Pinterest ----------------------------------------------------------------------------------------------------

_PIN_NAME = re.compile(r"^[a-z0-9_]{3,30}$")
_PIN_RESERVED = {
    "pin",
    "search",
    "ideas",
    "today",
    "business",
    "settings",
    "categories",
    "explore",
    "login",
    "about",
    "_",
    "news_hub",
    "resource",
    "help",
    "signup",
    "password",
    "pinner",
    "topics",
    "shopping",
    "videos",
}


def _pin_account(name: str) -> Parsed:
    return Parsed(name, f"https://www.pinterest.com/{name}/", "account")


def pinterest_url(link: Link) -> Outcome:
    segs = link.segments
    if link.host == "pin.it":
        if len(segs) == 1 and re.fullmatch(r"[A-Za-z0-9]{4,20}", segs[0]):
            return Parsed(f"pin.it/{segs[0]}", f"https://pin.it/{segs[0]}", "post")
        return NOT_ACCOUNT
    first_label = link.host.split(".", 1)[0]
    if not segs or not (first_label in {"www", "pinterest", "m"} or re.fullmatch(r"[a-z]{2}", first_label)):
        return NOT_ACCOUNT
    first = _first(link)
    if first == "pin" and len(segs) >= 2 and re.fullmatch(r"[0-9]{5,25}|[A-Za-z0-9_-]{10,80}", segs[1]):
        return Parsed(f"pin/{segs[1]}", f"https://www.pinterest.com/pin/{segs[1]}/", "post")
    return pinterest_handle(first) or NOT_ACCOUNT


def pinterest_handle(text: str) -> Parsed | None:
    name = _at(text).lower()
    return _pin_account(name) if _PIN_NAME.match(name) and name not in _PIN_RESERVED else None


# --- Tumblr --------------------------------------------------------------------------------------------------------

_TUMBLR_NAME = re.compile(r"^(?!-)[a-z0-9-]{1,32}(?<!-)$")
_TUMBLR_RESERVED = {
    "dashboard",
    "explore",
    "tagged",
    "search",
    "settings",
    "login",
    "register",
    "help",
    "about",
    "policy",
    "likes",
    "following",
    "inbox",
    "new",
    "blog",
    "abuse",
    "privacy",
    "tags",
    "communities",
    "live",
    "docs",
    "developers",
    "apps",
    "www",
    "assets",
    "media",
    "api",
    "support",
    "t",
    "at",
    "jobs",
    "logout",
    "reblog",
    "post",
    "activity",
    "dmca",
    "security",
    "safe-mode",
    "legal",
}


def _tumblr_account(name: str) -> Parsed:
    return Parsed(name, f"https://www.tumblr.com/{name}", "account")


def tumblr_url(link: Link) -> Outcome:
    host = link.host
    segs = link.segments
    if host not in {"tumblr.com", "www.tumblr.com"}:
        sub = host.removesuffix(".tumblr.com")
        if "." in sub:
            return NOT_ACCOUNT
        return tumblr_handle(sub) or NOT_ACCOUNT
    if not segs:
        return NOT_ACCOUNT
    first = _first(link)
    if first == "blog" and len(segs) >= 2:
        name = segs[2] if segs[1].lower() == "view" and len(segs) >= 3 else segs[1]
        return tumblr_handle(name) or NOT_ACCOUNT
    return tumblr_handle(first) or NOT_ACCOUNT


def tumblr_handle(text: str) -> Parsed | None:
    name = _at(text).lower()
    return _tumblr_account(name) if _TUMBLR_NAME.match(name) and name not in _TUMBLR_RESERVED else None


# --- Bluesky ----------------------------------------------------------------------------------------------------------

_BSKY_DOMAIN = re.compile(r"^(?=.{3,253}$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+[a-z][a-z0-9-]{1,62}$")
_BSKY_DID = re.compile(r"^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]{3,253})$")


def _bsky_account(handle: str) -> Parsed:
    return Parsed(handle, f"https://bsky.app/profile/{handle}", "account")


def bluesky_url(link: Link) -> Outcome:
    host = link.host
    segs = link.segments
    if host.endswith(".bsky.social"):
        return bluesky_handle(host) or NOT_ACCOUNT
    if host not in {"bsky.app", "www.bsky.app"} or len(segs) < 2 or segs[0] != "profile":
        return NOT_ACCOUNT
    handle = segs[1].lower()
    if not (_BSKY_DOMAIN.match(handle) or _BSKY_DID.match(handle)):
        return NOT_ACCOUNT
    if len(segs) >= 4 and segs[2] == "post" and re.fullmatch(r"[a-z0-9]{8,20}", segs[3]):
        return Parsed(handle, f"https://bsky.app/profile/{handle}/post/{segs[3]}", "account")
    return _bsky_account(handle)


def bluesky_handle(text: str) -> Parsed | None:
    handle = _at(text).lower()
    if _BSKY_DID.match(handle) or _BSKY_DOMAIN.match(handle):
        return _bsky_account(handle)
    if re.fullmatch(r"[a-z0-9][a-z0-9-]{0,61}[a-z0-9]", handle):  # a DNS label: no hyphen at either end
        return _bsky_account(f"{handle}.bsky.social")
    return None


RULES: dict[str, Rules] = {
    "instagram": Rules(instagram_url, instagram_handle),
    "tiktok": Rules(tiktok_url, tiktok_handle),
    "x": Rules(x_url, x_handle),
    "facebook": Rules(facebook_url, facebook_handle),
    "youtube": Rules(youtube_url, youtube_handle),
    "snapchat": Rules(snapchat_url, snapchat_handle),
    "discord": Rules(discord_url, discord_handle),
    "telegram": Rules(telegram_url, telegram_handle),
    "reddit": Rules(reddit_url, reddit_handle),
    "threads": Rules(threads_url, threads_handle),
    "whatsapp": Rules(whatsapp_url, whatsapp_handle),
    "twitch": Rules(twitch_url, twitch_handle),
    "roblox": Rules(roblox_url, roblox_handle),
    "pinterest": Rules(pinterest_url, pinterest_handle),
    "tumblr": Rules(tumblr_url, tumblr_handle),
    "bluesky": Rules(bluesky_url, bluesky_handle),
    "kick": Rules(kick_url, kick_handle),
}
"""Recognition rules by platform id; ``other`` has none (any well-formed link is taken)."""
