"""Property tests: normalisation is idempotent, and every form of one account is one key."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.directory import Recognised
from bot.directory.models import Recognition
from bot.directory.testing import real_directory as directory

SCHEMES = st.sampled_from(["", "http://", "https://", "HTTPS://"])
SLASH = st.sampled_from(["", "/"])
QUERY = st.sampled_from(
    [
        "",
        "?utm_source=share&utm_medium=copy",
        "?igshid=MzRlODBiNWFlZA==",
        "?si=abc123",
        "?s=20&t=xyz",
        "?ref=share",
        "?fbclid=IwAR0abc",
        "#top",
    ]
)


def _names(pattern: str, reserved: frozenset[str] = frozenset()) -> st.SearchStrategy[str]:
    return st.from_regex(pattern, fullmatch=True).filter(lambda n: n not in reserved and ".." not in n)


def _recognition(platform: str) -> Recognition:
    data = directory().platforms[platform].recognise
    assert data is not None
    return data


def _reserved(platform: str) -> frozenset[str]:
    """The platform's own pages, from platforms.yaml: the data the bot reads, not a copy."""
    return _recognition(platform).reserved


def _hosts(platform: str) -> list[str]:
    """Every host whose paths name the platform's accounts, from platforms.yaml."""
    return sorted(_recognition(platform).link_hosts)


def _case(draw: st.DrawFn, name: str) -> str:
    """Randomly upper-case letters: these platforms' handles are case-insensitive."""
    flags = draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    return "".join(c.upper() if f else c for c, f in zip(name, flags, strict=True))


# platform -> (name strategy, hosts, path template, handle template or None)
Spec = tuple[st.SearchStrategy[str], list[str], str, str | None]
SPECS: dict[str, Spec] = {
    "instagram": (
        _names(
            r"[a-z0-9_][a-z0-9_.]{0,28}[a-z0-9_]",
            _reserved("instagram"),
        ),
        _hosts("instagram"),
        "/{name}",
        "@{name}",
    ),
    "x": (
        _names(
            r"[a-z0-9_]{1,15}",
            _reserved("x"),
        ),
        _hosts("x"),
        "/{name}",
        "@{name}",
    ),
    "tiktok": (
        _names(r"[a-z0-9_][a-z0-9_.]{0,22}[a-z0-9_]"),
        _hosts("tiktok"),
        "/@{name}",
        "@{name}",
    ),
    "telegram": (
        _names(
            r"[a-z][a-z0-9_]{4,31}",
            _reserved("telegram"),
        ),
        _hosts("telegram"),
        "/{name}",
        "@{name}",
    ),
    "reddit": (
        _names(r"[a-z0-9_-]{3,20}"),
        _hosts("reddit"),
        "/user/{name}",
        "u/{name}",
    ),
    "twitch": (
        _names(
            r"[a-z0-9_]{4,25}",
            _reserved("twitch"),
        ),
        _hosts("twitch"),
        "/{name}",
        "{name}",
    ),
    "threads": (
        _names(r"[a-z0-9_][a-z0-9_.]{0,28}[a-z0-9_]"),
        _hosts("threads"),
        "/@{name}",
        "@{name}",
    ),
    "youtube": (
        _names(r"[a-z0-9_][a-z0-9._-]{1,28}[a-z0-9_-]"),
        _hosts("youtube"),
        "/@{name}",
        "@{name}",
    ),
    "discord": (
        st.from_regex(r"[1-9][0-9]{16,19}", fullmatch=True),
        _hosts("discord"),
        "/users/{name}",
        "{name}",
    ),
    "roblox": (
        st.from_regex(r"[1-9][0-9]{0,12}", fullmatch=True),
        _hosts("roblox"),
        "/users/{name}/profile",
        "{name}",
    ),
    "whatsapp": (
        st.from_regex(r"[1-9][0-9]{7,13}", fullmatch=True),
        _hosts("whatsapp"),
        "/{name}",
        "+{name}",
    ),
    # platforms read by the generic rule, from their data alone
    "kick": (_names(r"[a-z0-9_-]{3,25}", _reserved("kick")), _hosts("kick"), "/{name}", "@{name}"),
    "pinterest": (_names(r"[a-z0-9_]{3,30}", _reserved("pinterest")), _hosts("pinterest"), "/{name}", "{name}"),
    "tumblr": (_names(r"[a-z0-9][a-z0-9-]{0,30}[a-z0-9]", _reserved("tumblr")), _hosts("tumblr"), "/{name}", "{name}"),
    "snapchat": (_names(r"[a-z][a-z0-9._-]{1,13}[a-z0-9]"), _hosts("snapchat"), "/add/{name}", "@{name}"),
}
CASE_INSENSITIVE = {
    "instagram",
    "x",
    "tiktok",
    "telegram",
    "reddit",
    "twitch",
    "threads",
    "youtube",
    "kick",
    "pinterest",
    "tumblr",
    "snapchat",
}


@st.composite
def account_forms(draw: st.DrawFn) -> tuple[str, str, list[str]]:
    """One account, and several ways a person might paste it."""
    platform = draw(st.sampled_from(sorted(SPECS)))
    names, hosts, path, handle = SPECS[platform]
    name = draw(names)
    forms = []
    for _ in range(4):
        shown = _case(draw, name) if platform in CASE_INSENSITIVE else name
        host = draw(st.sampled_from(hosts))
        forms.append(f"{draw(SCHEMES)}{host}{path.format(name=shown)}{draw(SLASH)}{draw(QUERY)}")
    if handle is not None:
        shown = _case(draw, name) if platform in CASE_INSENSITIVE else name
        forms.append(handle.format(name=shown))
    return platform, name, forms


@settings(max_examples=400, deadline=None)
@given(account_forms())
def test_every_form_of_one_account_gives_one_key(case: tuple[str, str, list[str]]) -> None:
    platform, _name, forms = case
    keys = set()
    for form in forms:
        result = directory().recognise(form, platform)
        assert isinstance(result, Recognised), (form, result)
        keys.add((result.platform, result.id, result.url))
    assert len(keys) == 1, keys


def _idempotent(result: Recognised) -> None:
    """Reading back what the bot shows (its link, else the @name or the name) gives the same key."""
    again = directory().recognise(result.label, result.platform)
    assert isinstance(again, Recognised), (result, again)
    assert (again.platform, again.id, again.url, again.kind) == (result.platform, result.id, result.url, result.kind)
    assert again.certainty == result.certainty or result.url is not None


@settings(max_examples=400, deadline=None)
@given(account_forms())
def test_normalisation_is_idempotent(case: tuple[str, str, list[str]]) -> None:
    platform, _name, forms = case
    for form in forms:
        result = directory().recognise(form, platform)
        assert isinstance(result, Recognised)
        _idempotent(result)


URLISH = st.builds(
    lambda scheme, host, path, query: f"{scheme}{host}{path}{query}",
    st.sampled_from(["", "https://", "http://"]),
    st.sampled_from(
        [
            "example.com",
            "www.instagram.com",
            "x.com",
            "t.me",
            "youtu.be",
            "www.youtube.com",
            "discord.gg",
            "www.facebook.com",
            "bsky.app",
            "pin.it",
            "vm.tiktok.com",
            "wa.me",
            "old.reddit.com",
            "name.tumblr.com",
            "kick.com",
            "www.roblox.com",
        ]
    ),
    st.lists(st.from_regex(r"[A-Za-z0-9@._+-]{1,24}", fullmatch=True), max_size=4).map(
        lambda parts: "/" + "/".join(parts)
    ),
    st.sampled_from(["", "?v=dQw4w9WgXcQ", "?id=1000123", "?utm_source=a&x=1", "?phone=447700900123"]),
)


@settings(max_examples=600, deadline=None)
@given(URLISH, st.sampled_from([None, "other", "instagram", "youtube", "facebook"]))
def test_any_recognised_link_is_stable(text: str, platform: str | None) -> None:
    result = directory().recognise(text, platform)
    if isinstance(result, Recognised):
        assert result.url is not None
        assert result.url.startswith(("https://", "http://"))
        _idempotent(result)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, *directory().platform_ids]))
def test_arbitrary_text_never_raises(text: str, platform: str | None) -> None:
    result = directory().recognise(text, platform)
    assert result.input == text
    if isinstance(result, Recognised):
        _idempotent(result)


TYPED = st.sampled_from(["{name}", "@{name}", " @{name} ", "{upper}", "@{upper}"])


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(
        [
            ("discord", r"[a-z0-9][a-z0-9_.]{0,30}[a-z0-9_]"),
            ("roblox", r"[A-Za-z][A-Za-z0-9]{2,8}(?:_[A-Za-z0-9]{1,9})?"),
        ]
    ).flatmap(lambda spec: st.tuples(st.just(spec[0]), st.from_regex(spec[1], fullmatch=True))),
    st.lists(TYPED, min_size=2, max_size=4),
)
def test_a_username_without_a_link_is_one_key_however_it_is_typed(case: tuple[str, str], forms: list[str]) -> None:
    """Discord and Roblox usernames have no link: the typed name itself must be the one key."""
    platform, name = case
    if ".." in name or name.isdigit():
        return  # not a username (a number is a user id, whose key is the id)
    keys = set()
    for form in forms:
        result = directory().recognise(form.format(name=name, upper=name.upper()), platform)
        assert isinstance(result, Recognised), (form, name, result)
        assert (result.url, result.certainty) == (None, "username")
        keys.add(result.key)
        _idempotent(result)
    assert keys == {(platform, name.lower())}
