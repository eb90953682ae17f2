"""Parse-mode handling for the fake Bot API: turn formatted text into plain text + entities.

Why this exists: Tipline promises that user-supplied text is always escaped for the parse
mode in use. Real Telegram rejects a message whose markup does not parse ("can't parse
entities"), so a fake that accepted anything would let an escaping bug reach production.
These parsers follow Telegram's documented rules closely enough to reject the usual
mistakes (a raw ``<`` in HTML, an unescaped ``.`` or ``-`` in MarkdownV2, an unclosed tag)
and to echo back the plain text and entities the way Telegram does. They are deliberately
not byte-for-byte clones of Telegram's parser; the error texts mimic Telegram's wording.

Offsets and lengths are in UTF-16 code units, as in the Bot API.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = ["EntityParseError", "parse_formatted", "utf16_len"]


class EntityParseError(ValueError):
    """Raised with Telegram's wording when formatted text does not parse."""


def utf16_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units), used for offsets and limits."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


@dataclass
class _Builder:
    """Accumulates plain text while markup is consumed, so offsets come out in UTF-16."""

    parts: list[str] = field(default_factory=list)
    offset: int = 0
    entities: list[dict[str, Any]] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.offset += utf16_len(text)

    def entity(self, start: int, kind: str, **extra: Any) -> None:
        length = self.offset - start
        if length > 0:
            self.entities.append({"type": kind, "offset": start, "length": length, **extra})

    def result(self) -> tuple[str, list[dict[str, Any]]]:
        ordered = sorted(self.entities, key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.parts), ordered


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------

_HTML_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_HTML_TAGS = {*_HTML_SIMPLE, "span", "a", "tg-emoji"}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TAG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ATTR = re.compile(r"\s*([A-Za-z-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
_CHAR_REF = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]+);")


def _html_unescape(value: str) -> str:
    def repl(match: re.Match[str]) -> str:
        ref = match.group(1)
        if ref.startswith(("#x", "#X")):
            return chr(int(ref[2:], 16))
        if ref.startswith("#"):
            return chr(int(ref[1:]))
        return _NAMED_ENTITIES.get(ref, match.group(0))

    return _CHAR_REF.sub(repl, value)


def _parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    out = _Builder()
    # (tag name, start offset in UTF-16, byte offset of the tag, attributes)
    stack: list[tuple[str, int, int, dict[str, str]]] = []
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "&":
            match = _CHAR_REF.match(text, i)
            if match and (match.group(1).startswith("#") or match.group(1) in _NAMED_ENTITIES):
                out.add(_html_unescape(match.group(0)))
                i = match.end()
            else:  # Telegram keeps a lone or unknown "&" as text
                out.add("&")
                i += 1
            continue
        if char != "<":
            j = i
            while j < n and text[j] not in "<&":
                j += 1
            out.add(text[i:j])
            i = j
            continue
        byte_at = _byte_offset(text, i)
        if text.startswith("</", i):
            close = text.find(">", i)
            if close == -1:
                raise EntityParseError(f"Unclosed end tag at byte offset {byte_at}")
            name = text[i + 2 : close].strip().lower()
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {byte_at}")
            open_name, start, _, open_attrs = stack.pop()
            if name != open_name:
                raise EntityParseError(
                    f'Unmatched end tag at byte offset {byte_at}, expected "</{open_name}>", found "</{name}>"'
                )
            _close_html_entity(out, open_name, start, open_attrs, stack)
            i = close + 1
            continue
        name_match = _TAG_NAME.match(text, i + 1)
        tag_name = name_match.group(0).lower() if name_match else ""
        if tag_name not in _HTML_TAGS:
            shown = re.match(r"[^\s>/]*", text[i + 1 :])
            label = shown.group(0) if shown else ""
            raise EntityParseError(f'Unsupported start tag "{label}" at byte offset {byte_at}')
        assert name_match is not None
        close = text.find(">", name_match.end())
        if close == -1:
            raise EntityParseError(f"Unclosed start tag at byte offset {byte_at}")
        attrs: dict[str, str] = {}
        raw_attrs = text[name_match.end() : close].rstrip("/")
        pos = 0
        while pos < len(raw_attrs) and raw_attrs[pos:].strip():
            attr = _ATTR.match(raw_attrs, pos)
            if attr is None or attr.end() == pos:
                raise EntityParseError(f"Can't parse attributes of tag at byte offset {byte_at}")
            value = next((v for v in attr.group(2, 3, 4) if v is not None), "")
            attrs[attr.group(1).lower()] = _html_unescape(value)
            pos = attr.end()
        if tag_name == "span" and attrs.get("class") != "tg-spoiler":
            raise EntityParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {byte_at}')
        if tag_name == "a" and "href" not in attrs:
            raise EntityParseError(f'Tag "a" must have attribute "href" at byte offset {byte_at}')
        stack.append((tag_name, out.offset, byte_at, attrs))
        i = close + 1
    if stack:
        name = stack[-1][0]
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{name}"')
    return out.result()


def _close_html_entity(
    out: _Builder,
    name: str,
    start: int,
    attrs: dict[str, str],
    stack: list[tuple[str, int, int, dict[str, str]]],
) -> None:
    if name == "a":
        href = attrs["href"]
        user = re.fullmatch(r"tg://user\?id=(\d+)", href)
        if user:
            user_obj = {"id": int(user.group(1)), "is_bot": False, "first_name": ""}
            out.entity(start, "text_mention", user=user_obj)
        else:
            out.entity(start, "text_link", url=href)
    elif name == "span":
        out.entity(start, "spoiler")
    elif name == "tg-emoji":
        out.entity(start, "custom_emoji", custom_emoji_id=attrs.get("emoji-id", ""))
    elif name == "code" and stack and stack[-1][0] == "pre":
        language = attrs.get("class", "")
        if language.startswith("language-"):
            # Telegram folds <pre><code class="language-x"> into one pre entity with a language.
            stack[-1][3]["language"] = language.removeprefix("language-")
        else:
            out.entity(start, "code")
    elif name == "pre":
        if "language" in attrs:
            out.entity(start, "pre", language=attrs["language"])
        else:
            out.entity(start, "pre")
    elif name == "blockquote":
        out.entity(start, "expandable_blockquote" if "expandable" in attrs else "blockquote")
    else:
        out.entity(start, _HTML_SIMPLE[name])


# ---------------------------------------------------------------------------------------------
# MarkdownV2
# ---------------------------------------------------------------------------------------------

_MD2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MD2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "text_link": "TextUrl",
}


def _parse_markdown_v2(text: str) -> tuple[str, list[dict[str, Any]]]:
    out = _Builder()
    stack: list[tuple[str, int, int]] = []  # (kind, start offset, byte offset)
    quote_start: int | None = None
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        at_line_start = i == 0 or text[i - 1] == "\n"
        if at_line_start and quote_start is not None and char != ">":
            length = out.offset - quote_start - 1  # the quote ends before the line break
            if length > 0:
                out.entities.append({"type": "blockquote", "offset": quote_start, "length": length})
            quote_start = None
        if char == "\\":
            if i + 1 < n and 0 < ord(text[i + 1]) < 127:
                out.add(text[i + 1])
                i += 2
                continue
            raise EntityParseError("Character '\\' is reserved and must be escaped with the preceding '\\'")
        if char == ">" and at_line_start:
            if quote_start is None:
                quote_start = out.offset
            i += 1
            continue
        if char == "`":
            i = _md2_code(text, i, out)
            continue
        kind: str | None = None
        width = 1
        if char == "*":
            kind = "bold"
        elif char == "_":
            kind, width = ("underline", 2) if text.startswith("__", i) else ("italic", 1)
        elif char == "~":
            kind = "strikethrough"
        elif char == "|" and text.startswith("||", i):
            kind, width = "spoiler", 2
        if kind is not None:
            if stack and stack[-1][0] == kind:
                _, start, _ = stack.pop()
                out.entity(start, kind)
            else:
                stack.append((kind, out.offset, _byte_offset(text, i)))
            i += width
            continue
        if char == "[" or (char == "!" and text.startswith("![", i)):
            stack.append(("text_link", out.offset, _byte_offset(text, i)))
            i += 1 if char == "[" else 2
            continue
        if char == "]" and stack and stack[-1][0] == "text_link":
            _, start, _ = stack.pop()
            if not text.startswith("(", i + 1):
                raise EntityParseError("Character ']' is reserved and must be escaped with the preceding '\\'")
            url, i = _md2_url(text, i + 2)
            if url.startswith("tg://emoji?id="):
                out.entity(start, "custom_emoji", custom_emoji_id=url.removeprefix("tg://emoji?id="))
            else:
                out.entity(start, "text_link", url=url)
            continue
        if char in _MD2_RESERVED:
            raise EntityParseError(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")
        out.add(char)
        i += 1
    if quote_start is not None:
        out.entity(quote_start, "blockquote")
    if stack:
        kind, _, byte_at = stack[-1]
        raise EntityParseError(f"Can't find end of {_MD2_NAMES[kind]} entity at byte offset {byte_at}")
    return out.result()


def _md2_code(text: str, i: int, out: _Builder) -> int:
    """Consume inline code or a pre block starting at ``i``; only ` and \\ are special inside."""
    fence = "```" if text.startswith("```", i) else "`"
    byte_at = _byte_offset(text, i)
    j = i + len(fence)
    language = ""
    if fence == "```":
        newline = text.find("\n", j)
        first_line = text[j:newline] if newline != -1 else ""
        if newline != -1 and first_line and " " not in first_line and "`" not in first_line:
            language, j = first_line, newline + 1
    start = out.offset
    while j < len(text):
        if text[j] == "\\" and j + 1 < len(text):
            out.add(text[j + 1])
            j += 2
            continue
        if text.startswith(fence, j):
            if fence == "```":
                extra = {"language": language} if language else {}
                out.entity(start, "pre", **extra)
            else:
                out.entity(start, "code")
            return j + len(fence)
        out.add(text[j])
        j += 1
    name = "Pre" if fence == "```" else "Code"
    raise EntityParseError(f"Can't find end of {name} entity at byte offset {byte_at}")


def _md2_url(text: str, i: int) -> tuple[str, int]:
    """Read a link target up to the closing parenthesis; ) and \\ must be escaped inside."""
    chars: list[str] = []
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            chars.append(text[i + 1])
            i += 2
            continue
        if text[i] == ")":
            return "".join(chars), i + 1
        chars.append(text[i])
        i += 1
    raise EntityParseError("Can't find end of a URL")


# ---------------------------------------------------------------------------------------------
# Legacy Markdown
# ---------------------------------------------------------------------------------------------


def _parse_markdown(text: str) -> tuple[str, list[dict[str, Any]]]:
    out = _Builder()
    kinds = {"*": "bold", "_": "italic"}
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n and text[i + 1] in "*_`[":
            out.add(text[i + 1])
            i += 2
            continue
        if char in kinds:
            end = text.find(char, i + 1)
            if end == -1:
                raise EntityParseError(f"Can't find end of the entity starting at byte offset {_byte_offset(text, i)}")
            start = out.offset
            out.add(text[i + 1 : end])
            out.entity(start, kinds[char])
            i = end + 1
            continue
        if char == "`":
            fence = "```" if text.startswith("```", i) else "`"
            end = text.find(fence, i + len(fence))
            if end == -1:
                raise EntityParseError(f"Can't find end of the entity starting at byte offset {_byte_offset(text, i)}")
            start = out.offset
            out.add(text[i + len(fence) : end])
            out.entity(start, "pre" if fence == "```" else "code")
            i = end + len(fence)
            continue
        if char == "[":
            link = re.compile(r"\[([^\]]*)\]\(([^)]*)\)").match(text, i)
            if link:
                start = out.offset
                out.add(link.group(1))
                out.entity(start, "text_link", url=link.group(2))
                i = link.end()
                continue
        out.add(char)
        i += 1
    return out.result()


def parse_formatted(text: str, parse_mode: str | None) -> tuple[str, list[dict[str, Any]] | None]:
    """Return Telegram's view of ``text``: the plain text and its entities.

    ``None`` entities means "no parse mode, keep whatever entities the caller sent".
    Raises :class:`EntityParseError` for markup Telegram would refuse, and ``ValueError`` for
    an unknown parse mode.
    """
    if not parse_mode:
        return text, None
    mode = parse_mode.lower()
    if mode == "html":
        return _parse_html(text)
    if mode == "markdownv2":
        return _parse_markdown_v2(text)
    if mode == "markdown":
        return _parse_markdown(text)
    raise ValueError(f"unsupported parse_mode {parse_mode!r}")
