"""Accounts as a person knows them: a username or @name on every platform, a phone number on
WhatsApp, a display name where people may have no username to see; and how sure each is.

Post links and short links name a post, not its account: they are recognised as posts, so
the conversation keeps them as evidence and asks for the account.
"""

from __future__ import annotations

import pytest

from bot.directory import NotRecognised, Recognised
from bot.directory.testing import real_directory as directory

# platform, typed, expected id, expected url (None: the platform has no link for it)
USERNAMES = [
    ("instagram", "@Some.Name", "some.name", "https://www.instagram.com/some.name/"),
    ("instagram", "some_name", "some_name", "https://www.instagram.com/some_name/"),
    ("tiktok", "@Some_User", "some_user", "https://www.tiktok.com/@some_user"),
    ("x", "@SomeName", "somename", "https://x.com/somename"),
    ("facebook", "maria.silva.77", "maria.silva.77", "https://www.facebook.com/maria.silva.77"),
    ("facebook", "@maria.silva.77", "maria.silva.77", "https://www.facebook.com/maria.silva.77"),
    ("youtube", "@SomeChannel", "@somechannel", "https://www.youtube.com/@somechannel"),
    ("snapchat", "Some_Name", "some_name", "https://www.snapchat.com/add/some_name"),
    ("discord", "tiolegal", "tiolegal", None),
    ("discord", "@tiolegal", "tiolegal", None),
    ("discord", "@TioLegal", "tiolegal", None),
    ("discord", "tio.legal_99", "tio.legal_99", None),
    ("discord", "123456789012345678", "123456789012345678", "https://discord.com/users/123456789012345678"),
    ("telegram", "@Some_Channel", "some_channel", "https://t.me/some_channel"),
    ("reddit", "u/Some_User", "some_user", "https://www.reddit.com/user/some_user/"),
    ("threads", "@some.name", "some.name", "https://www.threads.com/@some.name"),
    ("twitch", "@Some_Streamer", "some_streamer", "https://www.twitch.tv/some_streamer"),
    ("roblox", "BuilderBro_99", "builderbro_99", None),
    ("roblox", "@BuilderBro_99", "builderbro_99", None),
    ("roblox", "123456789", "123456789", "https://www.roblox.com/users/123456789/profile"),
    ("pinterest", "@some_name", "some_name", "https://www.pinterest.com/some_name/"),
    ("tumblr", "@some-blog", "some-blog", "https://www.tumblr.com/some-blog"),
    ("tumblr", "some-blog", "some-blog", "https://www.tumblr.com/some-blog"),
    ("bluesky", "@name.bsky.social", "name.bsky.social", "https://bsky.app/profile/name.bsky.social"),
    ("bluesky", "tiolegal", "tiolegal.bsky.social", "https://bsky.app/profile/tiolegal.bsky.social"),
    ("kick", "@some_streamer", "some_streamer", "https://kick.com/some_streamer"),
]


def test_every_platform_has_a_username_case() -> None:
    assert {platform for platform, *_ in USERNAMES} == set(directory().platform_ids) - {"other", "whatsapp"}


@pytest.mark.parametrize(("platform", "typed", "expected_id", "expected_url"), USERNAMES)
def test_a_username_names_the_account(platform: str, typed: str, expected_id: str, expected_url: str | None) -> None:
    result = directory().recognise(typed, platform)
    assert isinstance(result, Recognised), result
    assert (result.platform, result.id, result.url, result.kind) == (platform, expected_id, expected_url, "account")
    assert result.certainty == "username"
    assert result.label == (expected_url or f"@{expected_id}")


@pytest.mark.parametrize("typed", ["+44 7700 900123", "0044 7700 900 123", "+44 (7700) 900-123"])
def test_a_phone_number_names_a_whatsapp_account(typed: str) -> None:
    result = directory().recognise(typed, "whatsapp")
    assert isinstance(result, Recognised), result
    assert (result.id, result.url, result.certainty) == ("447700900123", "https://wa.me/447700900123", "phone")


def test_a_username_and_the_profile_link_are_one_key() -> None:
    by_name = directory().recognise("@Collector.Account", "instagram")
    by_link = directory().recognise("https://www.instagram.com/collector.account/?igsh=x", "instagram")
    assert isinstance(by_name, Recognised)
    assert isinstance(by_link, Recognised)
    assert by_name.key == by_link.key
    assert (by_name.certainty, by_link.certainty) == ("username", "link")


@pytest.mark.parametrize(
    ("platform", "typed", "expected_id"),
    [
        ("facebook", "Maria Silva", "name:maria silva"),
        ("facebook", "  maria   SILVA ", "name:maria silva"),
        ("facebook", "Tío Legal", "name:tío legal"),
        ("telegram", "Мария Иванова", "name:мария иванова"),
        ("telegram", "محمد علي", "name:محمد علي"),
        ("whatsapp", "Tio Legal", "name:tio legal"),
        ("whatsapp", "Coach Dan - Football", "name:coach dan - football"),
    ],
)
def test_a_display_name_where_people_may_have_no_username(platform: str, typed: str, expected_id: str) -> None:
    result = directory().recognise(typed, platform)
    assert isinstance(result, Recognised), result
    assert (result.id, result.url, result.kind, result.certainty) == (expected_id, None, "account", "display_name")
    assert result.label == " ".join(typed.split())


@pytest.mark.parametrize(
    ("platform", "typed"),
    [
        ("facebook", "Mаria Silva"),  # a Cyrillic а inside a Latin name: how impostors disguise one
        ("facebook", "x" * 65 + " y"),  # a description, not a name
        ("facebook", "07700 900123"),  # no letters: not a name
        ("instagram", "Maria Silva"),  # Instagram always shows a username
        ("other", "Maria Silva"),  # another site needs its link
    ],
)
def test_not_a_display_name(platform: str, typed: str) -> None:
    assert isinstance(directory().recognise(typed, platform), NotRecognised)


@pytest.mark.parametrize(
    ("text", "platform", "expected_id"),
    [
        ("https://www.instagram.com/p/Cabc123XYZ/", "instagram", "p/Cabc123XYZ"),
        ("https://www.tiktok.com/@some_user/video/7212345678901234567", "tiktok", "video/7212345678901234567"),
        ("https://x.com/somename/status/1234567890123456789", "x", "status/1234567890123456789"),
        ("https://vm.tiktok.com/ZMabc1234/", "tiktok", "vm/ZMabc1234"),
        ("https://t.co/AbC123xyz", "x", "t.co/AbC123xyz"),
        ("https://youtu.be/dQw4w9WgXcQ", "youtube", "video/dQw4w9WgXcQ"),
        ("https://pin.it/1a2B3c4", "pinterest", "pin.it/1a2B3c4"),
        ("https://redd.it/abc123", "reddit", "comments/abc123"),
        ("https://clips.twitch.tv/FunnyClipSlug-abc123", "twitch", "clip/FunnyClipSlug-abc123"),
    ],
)
def test_post_and_short_links_are_posts_not_accounts(text: str, platform: str, expected_id: str) -> None:
    result = directory().recognise(text, platform)
    assert isinstance(result, Recognised), result
    assert (result.platform, result.id, result.kind, result.certainty) == (platform, expected_id, "post", "link")
