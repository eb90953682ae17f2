"""Inputs that must NOT become an account key, and the reason each gives.

The reason picks the message the person sees, so it matters as much as the refusal:
a look-alike link must be called suspicious, not "not from this app".
"""

from __future__ import annotations

import pytest

from bot.directory import NotRecognised, Recognised
from bot.directory.testing import real_directory as directory


def reason_of(text: str, platform: str | None) -> str:
    result = directory().recognise(text, platform)
    assert isinstance(result, NotRecognised), result
    assert result.input == text
    return result.reason


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "<>", '""', "..."])
def test_empty(text: str) -> None:
    assert reason_of(text, "instagram") == "empty"


def test_too_long() -> None:
    assert reason_of("https://www.instagram.com/" + "a" * 3000, "instagram") == "too_long"
    assert reason_of("word " * 1000, None) == "too_long"


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("hello there", "instagram"),
        ("he sent my daughter messages", None),
        ("@somename", None),  # a bare handle needs a platform
        ("somename", None),
        ("someone@example.com", "instagram"),
        ("a b c", "other"),
        ("somename", "other"),  # "other" needs a full link
        ("ftp://example.com/file", "other"),
        ("mailto:someone@example.com", "other"),
        ("https://", "other"),
        ("https://localhost/x", "other"),
        ("07700 900123", "whatsapp"),  # national number: the country code is unknown
        ("@this_name_is_far_too_long_for_x", "x"),
        ("jo", "snapchat"),
        ("Maria Silva", "instagram"),  # Instagram always shows a username: a name alone is not taken
        ("some user", "discord"),  # Discord usernames have no spaces (its display names are not keys)
        ("https://exa mple.com", "other"),
    ],
)
def test_not_a_link(text: str, platform: str | None) -> None:
    assert reason_of(text, platform) == "not_a_link"


@pytest.mark.parametrize("text", ["😀", "👍🏽", "👨‍👩‍👧", "#$%^", "***", "@", "❤️ ❤️", "🙈🙉🙊 ..."])
@pytest.mark.parametrize("platform", [None, "instagram", "discord", "facebook", "other"])
def test_neither_a_link_nor_a_name(text: str, platform: str | None) -> None:
    """Emoji alone once got "a fake or disguised address": it is simply not a link or a name."""
    assert reason_of(text, platform) == "not_a_name"


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("https://example.com/someone", "instagram"),
        ("example.com/someone", None),
        ("https://www.google.com/search?q=instagram", "instagram"),
        ("https://evil.net/instagram.com/someone", "instagram"),
        ("https://onlyfans.com/someone", "x"),
        ("https://support.google.com/youtube/answer/2801999", None),
        ("https://t.umblr.com/redirect?z=abc", None),
    ],
)
def test_unknown_site(text: str, platform: str | None) -> None:
    assert reason_of(text, platform) == "unknown_site"


@pytest.mark.parametrize(
    "text",
    [
        "https://іnstagram.com/someone",  # Cyrillic і
        "іnstagram.com/someone",
        "https://www.instagram.com.evil.net/someone",
        "instagram.com.evil.net/someone",
        "https://instagram.com@evil.net/someone",
        "https://user:pass@www.instagram.com/someone",
        "https://www.instagram.com:8080/someone",
        "https://xn--nstagram-shh.com/someone",  # punycode look-alike
        "https://xn--instagrm-8wf.com/someone",
        "https://instagrarn.com/someone",  # rn for m
        "https://1nstagram.com/someone",
        "https://tiktok.com.co/@someone",
        "https://x.com.example/someone",
        "http://192.168.1.20/instagram",
        "http://3232235796/instagram",
        "http://0x7f000001/x",
        "http://[::1]/x",
        "https://evil.net\\@instagram.com/someone",
        "javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "https://www.insta\u200bgram.com/someone",  # zero-width space
        "https://www.instagram.com/some\u202eone",  # right-to-left override
        "ｉｎｓｔａｇｒａｍ.com/someone",  # fullwidth letters
        "https://%69nstagram.com/someone",
        "https://tеlegram.org/faq",  # Cyrillic е
        "@іnstagram_user",  # mixed scripts in a handle
    ],
)
@pytest.mark.parametrize("platform", [None, "instagram", "other"])
def test_suspicious(text: str, platform: str | None) -> None:
    assert reason_of(text, platform) == "suspicious"


@pytest.mark.parametrize(
    "text",
    [
        "https://www.instagram.com/explore/",
        "https://www.instagram.com/",
        "instagram.com/accounts/login/?next=/someone",
        "https://help.instagram.com/192435014247952",
        "https://l.instagram.com/?u=https%3A%2F%2Fexample.com",
        "https://x.com/home",
        "https://x.com/search?q=abc",
        "https://x.com/hashtag/abc",
        "https://www.tiktok.com/tag/abc",
        "https://www.tiktok.com/discover",
        "https://www.facebook.com/help/1380418588640631",
        "https://www.facebook.com/groups/",
        "https://www.facebook.com/l.php?u=https%3A%2F%2Fexample.com",
        "https://www.youtube.com/results?search_query=abc",
        "https://www.youtube.com/feed/trending",
        "https://www.snapchat.com/",
        "https://discord.com/channels/@me",
        "https://discord.com/users/123",
        "https://dis.gd/request",
        "https://t.me/addstickers/somepack",
        "https://t.me/share/url?url=abc",
        "https://www.reddit.com/",
        "https://www.reddit.com/report",
        "https://www.twitch.tv/directory/gaming",
        "https://www.roblox.com/home",
        "https://www.roblox.com/users/profile",
        "https://www.pinterest.com/search/pins/?q=abc",
        "https://help.pinterest.com/en/article/report-something-on-pinterest",
        "https://www.tumblr.com/dashboard",
        "https://bsky.app/",
        "https://bsky.app/search?q=abc",
        "https://kick.com/categories",
        "https://help.kick.com/en/articles/8539253-submitting-a-report",
        "https://faq.whatsapp.com/5704021823023684",
        "https://wa.me/0123",
    ],
)
def test_not_an_account(text: str) -> None:
    assert reason_of(text, None) == "not_an_account"


@pytest.mark.parametrize(
    "text",
    [
        "https://m.instagram.com/someone",
        "https://mobile.twitter.com/someone",
        "https://www.tiktok.com/@someone",
        "https://en-gb.facebook.com/someone.name",
    ],
)
def test_real_subdomains_are_not_lookalikes(text: str) -> None:
    assert isinstance(directory().recognise(text, None), Recognised)


def test_unknown_platform_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown platform"):
        directory().recognise("https://x.com/a", "myspace")


def test_a_bluesky_handle_cannot_end_in_a_hyphen() -> None:
    """Found by hypothesis: "0-" became "0-.bsky.social", which its own URL then refused."""
    from bot.directory.results import NotRecognised
    from bot.directory.testing import real_directory

    assert isinstance(real_directory().recognise("0-", "bluesky"), NotRecognised)
