"""Long HTML replies split into parts Telegram accepts: under the limit, well-formed, nothing lost."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.pipeline.split import TELEGRAM_LIMIT, split_html
from bot.text import utf16_len
from tests.fakes._entities import parse_formatted

WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029"),
    min_size=1,
    max_size=40,
)


@st.composite
def html_messages(draw: st.DrawFn) -> str:
    paragraphs = []
    for _ in range(draw(st.integers(1, 40))):
        words = [html.escape(word, quote=False) for word in draw(st.lists(WORDS, min_size=1, max_size=30))]
        body = " ".join(words)
        wrap = draw(st.sampled_from(["", "b", "i", "a", "code", "b+i"]))
        if wrap == "a":
            body = f'<a href="https://example.org/?a=1&amp;b=2">{body}</a>'
        elif wrap == "b+i":
            body = f"<b>{words[0]} <i>{body}</i></b>"
        elif wrap:
            body = f"<{wrap}>{body}</{wrap}>"
        paragraphs.append(body)
    separators = draw(
        st.lists(st.sampled_from(["\n\n", "\n", " "]), min_size=len(paragraphs), max_size=len(paragraphs))
    )
    return "".join(p + s for p, s in zip(paragraphs, separators, strict=True)).strip()


def _squeeze(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=150, deadline=None)
@given(html_messages(), st.integers(min_value=60, max_value=TELEGRAM_LIMIT))
def test_parts_fit_parse_and_keep_every_character(message: str, limit: int) -> None:
    parts = split_html(message, limit)
    plain_whole, _ = parse_formatted(message, "HTML")
    plains = []
    for part in parts:
        assert utf16_len(part) <= limit
        plain, _ = parse_formatted(part, "HTML")  # raises like Telegram's "can't parse entities"
        assert plain.strip()
        plains.append(plain)
    assert _squeeze("".join(plains)) == _squeeze(plain_whole)


def test_a_short_message_is_untouched() -> None:
    assert split_html("<b>hi</b> &amp; bye") == ["<b>hi</b> &amp; bye"]


def test_breaks_prefer_paragraphs_then_lines() -> None:
    first, second = "a" * 3000, "b" * 3000
    assert split_html(f"{first}\n\n{second}") == [first, second]
    lines = "\n".join(["x" * 100] * 60)
    parts = split_html(lines)
    assert all(part.endswith("x") and part.startswith("x") for part in parts)
    assert [len(part) for part in parts] == [40 * 101 - 1, 20 * 101 - 1]  # whole lines of 100 characters


def test_a_tag_open_at_a_break_is_closed_and_reopened() -> None:
    message = '<b>bold <a href="https://x.org/?q=1&amp;r=2">' + "word " * 1500 + "</a></b> end"
    parts = split_html(message)
    assert len(parts) == 2
    assert parts[0].endswith("</a></b>")
    assert parts[1].startswith('<b><a href="https://x.org/?q=1&amp;r=2">')
    for part in parts:
        parse_formatted(part, "HTML")


def test_no_break_inside_an_entity_or_a_surrogate_pair() -> None:
    message = "&lt;" * 2000 + "😀" * 3000
    parts = split_html(message)
    assert all(utf16_len(part) <= TELEGRAM_LIMIT for part in parts)
    assert "".join(parts) == message
