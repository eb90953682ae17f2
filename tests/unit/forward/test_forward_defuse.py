"""Reported links in emails: written so no mail program links or previews them."""

from __future__ import annotations

import pytest

from bot.forward.defuse import defuse


@pytest.mark.parametrize(
    ("text", "defused"),
    [
        ("https://www.instagram.com/Bad.Actor_01/", "hxxps://www[.]instagram[.]com/Bad.Actor_01/"),
        ("http://t.me/joinchat/abc", "hxxp://t[.]me/joinchat/abc"),
        ("see tiktok.com/@kid.pics now", "see tiktok[.]com/@kid[.]pics now"),
        ("mail x@evil.example", "mail x@evil[.]example"),
        ("ftp://files.example.net/a", "ftp[://]files[.]example[.]net/a"),
        ("instagram:bad_actor", "instagram:bad_actor"),
        ("It took 1.5 hours. Then it stopped.", "It took 1.5 hours. Then it stopped."),
        ("", ""),
    ],
)
def test_links_and_domains_are_defused(text: str, defused: str) -> None:
    assert defuse(text) == defused


def test_defusing_twice_changes_nothing_more() -> None:
    once = defuse("https://www.instagram.com/a and evil.example")
    assert defuse(once) == once
