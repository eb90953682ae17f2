"""The account step takes an account as a person knows it, and is never a dead end.

A post link or a short link is kept as evidence (it names a post, not who posted it) and the
person is asked for the account; "I don't know the link" always leads on.
"""

from __future__ import annotations

import pytest

from bot.engine.replies import SubmitTip
from tests.unit.engine.conftest import Chat, skip_hotline_facts, walk_to_account


def finish(chat: Chat) -> SubmitTip:
    """From "other accounts?" to the submitted tip, answering as little as possible."""
    chat.press("report-related-no")
    chat.press("reported-not_yet")
    chat.press("report-followup-no")
    chat.press("button-skip")
    skip_hotline_facts(chat)
    chat.type("Australia")
    chat.press("report-consent-no")
    chat.press("review-submit")
    [tip] = [effect for effect in chat.effects if isinstance(effect, SubmitTip)]
    return tip


@pytest.mark.parametrize(
    ("platform", "post"),
    [
        ("Instagram", "https://www.instagram.com/p/Cabc123XYZ/?igsh=abc"),
        ("TikTok", "https://www.tiktok.com/@whoever/video/7212345678901234567"),
        ("TikTok", "https://vm.tiktok.com/ZMabc1234/"),
        ("X (Twitter)", "https://x.com/whoever/status/1234567890123456789"),
        ("X (Twitter)", "https://t.co/AbC123xyz"),
    ],
)
def test_a_post_link_is_kept_as_evidence_and_the_account_asked_for(chat: Chat, platform: str, post: str) -> None:
    walk_to_account(chat, platform=platform)
    chat.type(post)
    assert chat.keys == ["account-post-kept", "report-account-ask"]
    assert chat.position == "report.account"
    assert "report-account-unknown" in chat.buttons()
    [evidence] = chat.state.answers.accounts
    assert (evidence.role, evidence.kind) == ("evidence", "post")
    assert chat.replies[0].params["post"] == evidence.url

    chat.type("@Collector_Acct")
    assert chat.position == "report.related_ask"
    tip = finish(chat)
    roles = [(a.role, a.id, a.certainty) for a in tip.answers.accounts]
    assert roles == [("reported", "collector_acct", "username"), ("evidence", evidence.id, "link")]


def test_i_dont_know_the_link_after_a_post_files_the_post_as_evidence(chat: Chat) -> None:
    walk_to_account(chat, platform="TikTok")
    chat.type("vm.tiktok.com/ZMabc1234")
    chat.press("report-account-unknown")
    assert chat.position == "report.related_ask"
    tip = finish(chat)
    assert [(a.role, a.id) for a in tip.answers.accounts] == [("evidence", "vm/ZMabc1234")]


def test_i_dont_know_the_link_is_a_choice_from_the_start(chat: Chat) -> None:
    walk_to_account(chat, platform="Discord")
    assert "report-account-unknown" in chat.buttons()
    chat.press("report-account-unknown")
    assert chat.position == "report.related_ask"
    tip = finish(chat)
    assert tip.answers.accounts == []
    assert tip.answers.platform == "discord"


def test_the_same_post_twice_is_kept_once(chat: Chat) -> None:
    walk_to_account(chat)
    chat.type("https://www.instagram.com/p/Cabc123XYZ/")
    chat.type("instagram.com/reel/Cabc123XYZ")
    assert chat.keys == ["account-post-kept", "report-account-ask"]
    assert len(chat.state.answers.accounts) == 1


@pytest.mark.parametrize("text", ["😀", "👍🏽👍🏽", "👨\u200d👩\u200d👧", "?!#"])
def test_emoji_only_is_neither_a_link_nor_a_name(chat: Chat, text: str) -> None:
    walk_to_account(chat)
    chat.type(text)
    assert chat.keys == ["account-error-not_a_name", "report-account-ask"]
    assert chat.position == "report.account"


@pytest.mark.parametrize(
    ("platform", "typed", "shown", "certainty"),
    [
        ("Discord", "@tiolegal", "@tiolegal", "username"),
        ("Discord", "tiolegal", "@tiolegal", "username"),
        ("Roblox", "BuilderBro_99", "@builderbro_99", "username"),
        ("Facebook", "Maria Silva", "Maria Silva", "display_name"),
        ("WhatsApp", "+44 7700 900123", "https://wa.me/447700900123", "phone"),
        ("Bluesky", "@tiolegal.bsky.social", "https://bsky.app/profile/tiolegal.bsky.social", "username"),
        ("Tumblr", "some-blog", "https://www.tumblr.com/some-blog", "username"),
    ],
)
def test_an_account_as_the_person_knows_it(chat: Chat, platform: str, typed: str, shown: str, certainty: str) -> None:
    walk_to_account(chat, platform=platform)
    chat.type(typed)
    assert chat.position == "report.related_ask"
    [account] = chat.state.answers.accounts
    assert (account.role, account.shown, account.certainty) == ("reported", shown, certainty)
    tip = finish(chat)
    assert chat.keys[0] != "report-review"
    assert tip.answers.accounts == [account]


def test_the_review_shows_the_account_and_the_evidence(chat: Chat) -> None:
    walk_to_account(chat, platform="Discord")
    chat.type("https://discord.com/channels/123456789012345678/123456789012345679/123456789012345680")
    chat.type("@tiolegal")
    chat.press("report-related-no")
    chat.press("reported-not_yet")
    chat.press("report-followup-no")
    chat.press("button-skip")
    skip_hotline_facts(chat)
    chat.type("Australia")
    chat.press("report-consent-no")
    assert chat.keys[-1] == "report-review"
    accounts = chat.replies[-1].params["accounts"]
    assert isinstance(accounts, str)
    assert accounts.splitlines() == [
        "@tiolegal",
        "https://discord.com/channels/123456789012345678/123456789012345679/123456789012345680",
    ]
