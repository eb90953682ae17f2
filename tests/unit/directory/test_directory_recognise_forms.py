"""Every common form of one account's link must give one key.

The forms are the ones people really paste: copied from the app's share sheet (with
tracking parameters), typed without ``https://``, from the mobile site, or as a handle.
"""

from __future__ import annotations

import pytest

from bot.directory import Recognised
from bot.directory.testing import real_directory as directory

FORMS: dict[tuple[str, str, str], list[str]] = {
    # (platform, expected id, expected kind): forms
    ("instagram", "some.name", "account"): [
        "https://www.instagram.com/some.name/",
        "https://instagram.com/Some.Name?igshid=MzRlODBiNWFlZA==",
        "instagram.com/some.name",
        "http://m.instagram.com/some.name/?utm_source=ig_web_copy_link",
        "www.instagram.com/some.name/reels/",
        "https://www.instagram.com/some.name/p/Cabc123XYZ/?img_index=1",
        "https://www.instagram.com/stories/some.name/3141592653589793238/",
        "https://instagr.am/some.name",
        "https://ig.me/m/some.name",
        "Check out this profile https://www.instagram.com/some.name?igsh=abc123",
    ],
    ("instagram", "p/Cabc123XYZ", "post"): [
        "https://www.instagram.com/p/Cabc123XYZ/",
        "https://instagram.com/p/Cabc123XYZ?utm_source=ig_web_copy_link&igsh=xyz",
        "instagram.com/reel/Cabc123XYZ/",
        "https://www.instagram.com/tv/Cabc123XYZ",
        "https://www.instagram.com/reels/Cabc123XYZ/",
    ],
    ("tiktok", "some_user", "account"): [
        "https://www.tiktok.com/@some_user",
        "https://www.tiktok.com/@Some_User?_t=8abc&_r=1",
        "tiktok.com/@some_user/",
        "https://us.tiktok.com/@some_user",
    ],
    # a video link is a post, whatever @name it shows: TikTok plays it under any name
    ("tiktok", "video/7212345678901234567", "post"): [
        "https://m.tiktok.com/@some_user/video/7212345678901234567?is_from_webapp=1&sender_device=pc",
        "https://www.tiktok.com/@another/video/7212345678901234567",
        "https://www.tiktok.com/video/7212345678901234567",
        "https://www.tiktok.com/v/7212345678901234567.html",
    ],
    ("tiktok", "vm/ZMabc1234", "post"): [
        "https://vm.tiktok.com/ZMabc1234/",
        "vm.tiktok.com/ZMabc1234",
        "http://vm.tiktok.com/ZMabc1234/?k=1",
        "https://VM.TIKTOK.COM/ZMabc1234/",
        "Watch this https://vm.tiktok.com/ZMabc1234/ now",
    ],
    ("x", "somename", "account"): [
        "https://x.com/somename",
        "https://twitter.com/SomeName",
        "mobile.twitter.com/somename/",
        "https://twitter.com/intent/user?screen_name=SomeName",
        "x.com/somename?ref_src=twsrc%5Etfw",
    ],
    # a status link is a post, whatever name it shows: X shows the post under any name
    ("x", "status/1234567890123456789", "post"): [
        "https://x.com/somename/status/1234567890123456789?s=20&t=abcDEF",
        "https://www.twitter.com/somename/status/1234567890123456789/photo/1",
        "https://x.com/i/status/1234567890123456789",
        "https://x.com/i/web/status/1234567890123456789",
    ],
    ("x", "t.co/AbC123xyz", "post"): [
        "https://t.co/AbC123xyz",
        "t.co/AbC123xyz",
        "http://t.co/AbC123xyz?amp=1",
        "Look at this https://t.co/AbC123xyz",
        "https://T.CO/AbC123xyz",
    ],
    ("facebook", "some.name", "account"): [
        "https://www.facebook.com/some.name",
        "https://m.facebook.com/Some.Name/?mibextid=ZbWKwL",
        "facebook.com/some.name/",
        "https://web.facebook.com/some.name/posts/pfbid0abc",
        "https://de-de.facebook.com/some.name",
        "https://fb.com/some.name",
        "https://www.facebook.com/some.name/photos/a.123/456/",
    ],
    ("facebook", "100012345678901", "account"): [
        "https://www.facebook.com/profile.php?id=100012345678901",
        "https://m.facebook.com/profile.php?id=100012345678901&mibextid=LQQJ4d",
        "facebook.com/profile.php?id=100012345678901&sk=photos",
        "https://www.facebook.com/people/Some-Name/100012345678901/",
        "https://www.facebook.com/100012345678901",
        "https://www.facebook.com/permalink.php?story_fbid=pfbid02x&id=100012345678901",
    ],
    ("youtube", "@somechannel", "account"): [
        "https://www.youtube.com/@somechannel",
        "https://youtube.com/@SomeChannel?si=abcdEFGH",
        "m.youtube.com/@somechannel/videos",
        "https://www.youtube.com/@somechannel/shorts",
        "www.youtube.com/@somechannel/featured?feature=shared",
    ],
    ("youtube", "UCabcdefghijklmnopqrstuv", "account"): [
        "https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv",
        "youtube.com/channel/UCabcdefghijklmnopqrstuv/videos",
        "https://m.youtube.com/channel/UCabcdefghijklmnopqrstuv?app=desktop",
        "http://www.youtube.com/channel/UCabcdefghijklmnopqrstuv/",
        "https://music.youtube.com/channel/UCabcdefghijklmnopqrstuv",
    ],
    ("youtube", "video/dQw4w9WgXcQ", "post"): [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ?si=abc",
        "https://youtube.com/shorts/dQw4w9WgXcQ?feature=share",
        "m.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
        "https://www.youtube.com/embed/dQw4w9WgXcQ",
        "https://www.youtube.com/live/dQw4w9WgXcQ",
    ],
    ("snapchat", "some_name", "account"): [
        "https://www.snapchat.com/add/some_name",
        "https://snapchat.com/add/Some_Name?share_id=abc&locale=en-GB",
        "snapchat.com/add/some_name/",
        "https://story.snapchat.com/s/some_name",
        "https://www.snapchat.com/@some_name",
    ],
    ("discord", "123456789012345678", "account"): [
        "https://discord.com/users/123456789012345678",
        "discord.com/users/123456789012345678/",
        "https://discordapp.com/users/123456789012345678",
        "https://canary.discord.com/users/123456789012345678",
        "http://www.discord.com/users/123456789012345678?x=1",
    ],
    ("discord", "invite/abcDEF", "account"): [
        "https://discord.gg/abcDEF",
        "discord.gg/abcDEF",
        "https://discord.com/invite/abcDEF",
        "https://discordapp.com/invite/abcDEF/",
        "Join us: https://discord.gg/abcDEF",
    ],
    ("telegram", "some_channel", "account"): [
        "https://t.me/some_channel",
        "t.me/Some_Channel",
        "https://telegram.me/some_channel/",
        "https://t.me/some_channel/1234",
        "https://t.me/s/some_channel",
        "tg://resolve?domain=some_channel",
        "https://some_channel.t.me/",
    ],
    ("telegram", "+AbCdEfGh1234", "account"): [
        "https://t.me/+AbCdEfGh1234",
        "t.me/joinchat/AbCdEfGh1234",
        "https://telegram.me/joinchat/AbCdEfGh1234",
        "http://t.me/+AbCdEfGh1234/",
        "https://www.t.me/+AbCdEfGh1234",
    ],
    ("reddit", "some_user", "account"): [
        "https://www.reddit.com/user/some_user/",
        "https://reddit.com/u/Some_User",
        "old.reddit.com/user/some_user/submitted/",
        "https://www.reddit.com/user/some_user/comments/?utm_source=share&utm_medium=web2x",
        "https://new.reddit.com/u/some_user",
        "https://np.reddit.com/user/some_user",
    ],
    ("threads", "some.name", "account"): [
        "https://www.threads.net/@some.name",
        "https://www.threads.com/@Some.Name?xmt=AQGz",
        "threads.net/@some.name/",
        "https://threads.com/@some.name/post/C1a2b3c4d5e",
        "https://www.threads.net/@some.name/post/C1a2b3c4d5e?hl=en",
    ],
    ("whatsapp", "447700900123", "account"): [
        "https://wa.me/447700900123",
        "wa.me/+447700900123",
        "https://api.whatsapp.com/send?phone=447700900123&text=hi",
        "https://api.whatsapp.com/send/?phone=%2B447700900123&type=phone_number",
        "https://web.whatsapp.com/send?phone=447700900123",
    ],
    ("twitch", "some_streamer", "account"): [
        "https://www.twitch.tv/some_streamer",
        "twitch.tv/Some_Streamer",
        "https://m.twitch.tv/some_streamer/videos?filter=archives",
        "https://www.twitch.tv/some_streamer/about",
        "https://www.twitch.tv/some_streamer/clip/FunnyClipSlug-abc123",
    ],
    ("roblox", "123456789", "account"): [
        "https://www.roblox.com/users/123456789/profile",
        "roblox.com/users/123456789/profile/",
        "https://web.roblox.com/users/123456789/profile?friendshipSourceType=PlayerSearch",
        "https://www.roblox.com/de/users/123456789/profile",
        "https://m.roblox.com/users/123456789/profile",
    ],
    ("pinterest", "some_name", "account"): [
        "https://www.pinterest.com/some_name/",
        "https://pinterest.com/Some_Name",
        "https://uk.pinterest.com/some_name/",
        "https://www.pinterest.co.uk/some_name/some-board/",
        "pinterest.com.au/some_name/_saved/",
    ],
    ("pinterest", "pin.it/1a2B3c4", "post"): [
        "https://pin.it/1a2B3c4",
        "pin.it/1a2B3c4",
        "http://pin.it/1a2B3c4/",
        "https://pin.it/1a2B3c4?utm_source=share",
        "Look https://pin.it/1a2B3c4",
    ],
    ("tumblr", "some-blog", "account"): [
        "https://some-blog.tumblr.com/",
        "https://www.tumblr.com/some-blog",
        "tumblr.com/Some-Blog/712345678901234567/a-post-title",
        "https://some-blog.tumblr.com/post/712345678901234567/slug",
        "https://www.tumblr.com/blog/view/some-blog",
    ],
    ("bluesky", "name.bsky.social", "account"): [
        "https://bsky.app/profile/name.bsky.social",
        "bsky.app/profile/Name.bsky.social/",
        "https://bsky.app/profile/name.bsky.social/post/3kabcdefghij2",
        "name.bsky.social",
        "https://www.bsky.app/profile/name.bsky.social",
    ],
    ("kick", "some_streamer", "account"): [
        "https://kick.com/some_streamer",
        "kick.com/Some_Streamer",
        "https://www.kick.com/some_streamer/",
        "https://kick.com/some_streamer?clip=abc",
        "http://kick.com/some_streamer#chat",
    ],
}

CASES = [
    pytest.param(platform, expected_id, kind, form, id=f"{platform}:{form}")
    for (platform, expected_id, kind), forms in FORMS.items()
    for form in forms
]


def test_every_platform_has_at_least_five_forms() -> None:
    counts: dict[str, int] = {}
    for (platform, _, _), forms in FORMS.items():
        counts[platform] = counts.get(platform, 0) + len(forms)
    assert set(counts) == set(directory().platform_ids) - {"other"}
    assert min(counts.values()) >= 5


@pytest.mark.parametrize(("platform", "expected_id", "kind", "form"), CASES)
def test_form_gives_one_key(platform: str, expected_id: str, kind: str, form: str) -> None:
    for chosen in (None, platform, "other"):
        result = directory().recognise(form, chosen)
        assert isinstance(result, Recognised), (chosen, result)
        assert (result.platform, result.id, result.kind) == (platform, expected_id, kind)
        assert result.url is not None
        assert result.url.startswith("https://")
        assert result.input == form
        assert result.certainty == ("username" if form.startswith("@") else "link")


@pytest.mark.parametrize(
    ("platform", "handle", "expected_id"),
    [
        ("instagram", "@Some.Name", "some.name"),
        ("instagram", "some_name", "some_name"),
        ("tiktok", "@Some_User", "some_user"),
        ("x", "@SomeName", "somename"),
        ("x", "somename", "somename"),
        ("facebook", "100012345678901", "100012345678901"),
        ("youtube", "@SomeChannel", "@somechannel"),
        ("youtube", "UCabcdefghijklmnopqrstuv", "UCabcdefghijklmnopqrstuv"),
        ("snapchat", "Some_Name", "some_name"),
        ("discord", "123456789012345678", "123456789012345678"),
        ("telegram", "@Some_Channel", "some_channel"),
        ("reddit", "u/Some_User", "some_user"),
        ("reddit", "/u/some_user", "some_user"),
        ("reddit", "r/SomeSub", "r/somesub"),
        ("threads", "@some.name", "some.name"),
        ("whatsapp", "+44 7700 900123", "447700900123"),
        ("whatsapp", "0044 (7700) 900-123", "447700900123"),
        ("twitch", "Some_Streamer", "some_streamer"),
        ("roblox", "123456789", "123456789"),
        ("pinterest", "@some_name", "some_name"),
        ("tumblr", "some-blog", "some-blog"),
        ("bluesky", "@name.bsky.social", "name.bsky.social"),
        ("bluesky", "@alice.example.org", "alice.example.org"),
        ("kick", "some_streamer", "some_streamer"),
    ],
)
def test_bare_handle_for_chosen_platform(platform: str, handle: str, expected_id: str) -> None:
    result = directory().recognise(handle, platform)
    assert isinstance(result, Recognised), result
    assert (result.platform, result.id, result.kind) == (platform, expected_id, "account")


@pytest.mark.parametrize(
    ("text", "platform", "expected"),
    [
        # a post link keeps the name it shows in its URL, for the desk, though its key is the post
        ("https://x.com/SomeName/status/123?s=20", "x", "https://x.com/somename/status/123"),
        ("https://www.tiktok.com/@Some_User/video/72?lang=en", "tiktok", "https://www.tiktok.com/@some_user/video/72"),
        ("instagram.com/Some.Name/", "instagram", "https://www.instagram.com/some.name/"),
        (
            "https://m.facebook.com/profile.php?id=1000&sk=about",
            "facebook",
            "https://www.facebook.com/profile.php?id=1000",
        ),
        ("youtu.be/dQw4w9WgXcQ?t=10", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("telegram.me/Some_Channel/", "telegram", "https://t.me/some_channel"),
        ("https://www.threads.net/@some.name", "threads", "https://www.threads.com/@some.name"),
    ],
)
def test_canonical_url(text: str, platform: str, expected: str) -> None:
    result = directory().recognise(text, platform)
    assert isinstance(result, Recognised)
    assert result.url == expected


def test_youtube_channel_ids_keep_their_case() -> None:
    upper = directory().recognise("youtube.com/channel/UCabcdefghijklmnopqrstuV")
    lower = directory().recognise("youtube.com/channel/UCabcdefghijklmnopqrstuv")
    assert isinstance(upper, Recognised)
    assert isinstance(lower, Recognised)
    assert upper.id != lower.id


@pytest.mark.parametrize(
    ("text", "expected_id", "expected_url"),
    [
        (
            "https://Example.COM/forum/viewtopic.php?t=123&utm_source=x&fbclid=abc#post5",
            "example.com/forum/viewtopic.php?t=123",
            "https://example.com/forum/viewtopic.php?t=123",
        ),
        ("example.org", "example.org", "https://example.org/"),
        ("http://old.example.net/a/b/", "old.example.net/a/b", "http://old.example.net/a/b/"),
        ("https://example.com:8443/x?gclid=1", "example.com:8443/x", "https://example.com:8443/x"),
    ],
)
def test_other_platform_takes_any_well_formed_link(text: str, expected_id: str, expected_url: str) -> None:
    result = directory().recognise(text, "other")
    assert isinstance(result, Recognised)
    assert (result.platform, result.id, result.url, result.kind) == ("other", expected_id, expected_url, "account")


def test_link_of_another_platform_is_recognised_as_that_platform() -> None:
    result = directory().recognise("https://www.tiktok.com/@some_user", "instagram")
    assert isinstance(result, Recognised)
    assert result.platform == "tiktok"
