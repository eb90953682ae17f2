"""Splitting a long HTML message into parts Telegram accepts (4096 characters each).

Parts break at a paragraph if possible, else at a line, else at a space, else anywhere; never inside
a tag or a character entity. A tag open at a break is closed at the end of the part and opened
again at the start of the next, so every part is well-formed HTML on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.limits import MESSAGE_LIMIT
from bot.text import utf16_len

TELEGRAM_LIMIT = MESSAGE_LIMIT
"""Telegram counts UTF-16 code units of the text after parsing; counting the HTML source is safe."""

_ATOM = re.compile(r"<[^>]*>|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{1,10});|.", re.DOTALL)
_TAG = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9-]*)")
_TAGS = re.compile(r"<[^>]*>")

PARAGRAPH, LINE, SPACE, ANYWHERE = 3, 2, 1, 0


@dataclass(frozen=True, slots=True)
class _Open:
    name: str
    markup: str


def split_html(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """`text` as one or more parts, each at most `limit` UTF-16 units, none empty."""
    if utf16_len(text) <= limit:
        return [text]
    atoms = _ATOM.findall(text)
    sizes = [utf16_len(atom) for atom in atoms]
    parts: list[str] = []
    stack: tuple[_Open, ...] = ()
    start = 0
    while start < len(atoms):
        end, stack_at_end = _fill(atoms, sizes, start, stack, limit)
        part = "".join(o.markup for o in stack) + "".join(atoms[start:end]).rstrip()
        part += "".join(f"</{o.name}>" for o in reversed(stack_at_end))
        if _TAGS.sub("", part).strip():
            parts.append(part)
        stack, start = stack_at_end, end
        while start < len(atoms) and atoms[start].isspace():
            start += 1
    return parts or [text[:limit]]


def _fill(
    atoms: list[str], sizes: list[int], start: int, stack: tuple[_Open, ...], limit: int
) -> tuple[int, tuple[_Open, ...]]:
    """Where the part starting at `start` ends, and the tags open there."""
    size = sum(utf16_len(o.markup) for o in stack)
    best: dict[int, tuple[int, tuple[_Open, ...]]] = {}
    index = start
    while index < len(atoms):
        atom = atoms[index]
        after = _apply(stack, atom)
        after_closing = sum(len(o.name) + 3 for o in after)
        if size + sizes[index] + after_closing > limit and index > start:
            break
        size += sizes[index]
        stack = after
        index += 1
        if atom == "\n":
            kind = PARAGRAPH if index - 2 >= start and atoms[index - 2] == "\n" else LINE
        elif atom.isspace():
            kind = SPACE
        else:
            kind = ANYWHERE
        best[kind] = (index, stack)
    else:
        return index, stack
    # A break is only worth taking if it keeps at least half the part; else try a finer one.
    enough = start + (index - start) // 2
    for kind in (PARAGRAPH, LINE, SPACE):
        if kind in best and best[kind][0] > enough:
            return best[kind]
    return index, stack


def _apply(stack: tuple[_Open, ...], atom: str) -> tuple[_Open, ...]:
    if not atom.startswith("<") or len(atom) < 3:
        return stack
    match = _TAG.match(atom)
    if match is None:
        return stack
    closing, name = match.group(1) == "/", match.group(2).lower()
    if not closing:
        return (*stack, _Open(name, atom))
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth].name == name:
            return stack[:depth] + stack[depth + 1 :]
    return stack
