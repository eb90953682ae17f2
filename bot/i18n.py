"""Locale texts (Fluent `.ftl`, one folder per language) rendered to Telegram-safe HTML.

Every parameter is escaped here, in one place, so no text a person typed can break a formatted
message. Locale text itself is trusted and may use Telegram's HTML tags (<b>, <i>, <a>).
"""

from __future__ import annotations

import html
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

from bot.engine.replies import CountryName, Joined, Msg, ParamValue, Slot

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
_FLUENT_SAFE_LENGTH = 2000
SlotValue = str | Msg | Joined
"""What the turn fills a slot with: plain text (escaped like any parameter) or messages."""
_TAG = re.compile(r"<[^>]+>")
_BIDI_OVERRIDES = dict.fromkeys(range(0x202A, 0x202F))
"""LRE, RLE, PDF, LRO, RLO: a value typed by a person could otherwise reverse the rest of a
message (a reported link shown backwards). Isolates and marks, which Arabic text needs, stay."""


class LocaleError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class MessageInfo:
    file: str
    variables: frozenset[str]


class Locales:
    """All languages' messages. English (the default) is the fallback for a missing message."""

    def __init__(self, folder: Path, default: str = "en") -> None:
        self.folder = folder
        self.default = default
        self.info: dict[str, dict[str, MessageInfo]] = {}
        self.fallbacks: set[tuple[str, str]] = set()
        """(language, key) rendered in the default language because the language lacks it."""
        self.errors: set[tuple[str, str, str]] = set()
        """(language, key, error) Fluent reported while formatting: a bug in a locale file."""
        self._bundles: dict[str, FluentBundle] = {}
        problems: list[str] = []
        for lang_dir in sorted(p for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []:
            self._load_language(lang_dir, problems)
        if default not in self._bundles:
            problems.append(f"{folder}: no {default}/ folder with .ftl files")
        if problems:
            raise LocaleError(problems)

    def _load_language(self, lang_dir: Path, problems: list[str]) -> None:
        lang = lang_dir.name
        bundle = FluentBundle([lang], use_isolating=lang in RTL_LANGUAGES)
        messages: dict[str, MessageInfo] = {}
        for path in sorted(lang_dir.glob("*.ftl")):
            text = path.read_text(encoding="utf-8")
            resource = FluentParser().parse(text)
            for entry in resource.body:
                if isinstance(entry, ast.Junk):
                    line = text.count("\n", 0, entry.span.start if entry.span else 0) + 1
                    note = entry.annotations[0].message if entry.annotations else "cannot parse"
                    problems.append(f"{path}:{line}: {note}")
                elif isinstance(entry, ast.Message):
                    if entry.id.name in messages:
                        problems.append(f"{path}: message {entry.id.name!r} defined twice")
                    messages[entry.id.name] = MessageInfo(str(path), frozenset(_variables(entry)))
            bundle.add_resource(FluentResource(text))
        if messages:
            self._bundles[lang] = bundle
            self.info[lang] = messages

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(self._bundles))

    def country_name(self, lang: str, code: str) -> str | None:
        """The country's name in `lang` (CLDR, via Babel), or None when Babel does not know it."""
        try:
            return str(Locale.parse(lang.replace("-", "_")).territories[code])
        except (UnknownLocaleError, ValueError, KeyError):
            return None

    def has(self, lang: str, key: str) -> bool:
        return key in self.info.get(lang, {})

    def text(
        self,
        lang: str,
        key: str,
        params: Mapping[str, ParamValue] | None = None,
        slots: Mapping[str, SlotValue] | None = None,
    ) -> str:
        """Render a message to HTML in `lang`, falling back to the default language."""
        source = lang
        if not self.has(lang, key):
            self.fallbacks.add((lang, key))
            source = self.default
        bundle = self._bundles[source]
        if not bundle.has_message(key):
            return html.escape(key)
        message = bundle.get_message(key)
        if message.value is None:
            return html.escape(key)
        # Nested messages stay in the reader's language even when this one fell back.
        args = {name: self._arg(lang, value, slots or {}) for name, value in (params or {}).items()}
        used = self.info[source][key].variables
        for name in used - args.keys():
            args[name] = ""
        # Fluent renders "{???}" for a placeable over 2,500 characters, and escaping can make a long
        # answer that long (each "<" becomes "&lt;"): long values go in after formatting.
        long_values: dict[str, str] = {}
        for name, value in args.items():
            if isinstance(value, str) and len(value) > _FLUENT_SAFE_LENGTH:
                marker = f"\ue000{secrets.token_hex(8)}\ue001"
                long_values[marker] = value
                args[name] = marker
        rendered, errors = bundle.format_pattern(message.value, args)
        for error in errors:
            self.errors.add((source, key, str(error)))
        text = str(rendered)
        for marker, value in long_values.items():
            text = text.replace(marker, value)
        return text.strip()

    def _arg(self, lang: str, value: ParamValue, slots: Mapping[str, SlotValue]) -> str | int:
        if isinstance(value, int):
            return value
        if isinstance(value, Msg):
            return self.text(lang, value.key, value.params, slots)
        if isinstance(value, Joined):
            rendered = (self.text(lang, part.key, part.params, slots) for part in value.parts)
            return value.separator.join(part for part in rendered if part)
        if isinstance(value, CountryName):
            return html.escape(self.country_name(lang, value.code) or value.fallback, quote=False)
        if isinstance(value, Slot):
            return self._arg(lang, slots.get(value.slot, ""), slots)
        return html.escape(value.translate(_BIDI_OVERRIDES), quote=False)


def _variables(node: object) -> set[str]:
    found: set[str] = set()

    def visit(item: object) -> None:
        if isinstance(item, ast.VariableReference):
            found.add(item.id.name)
        elif isinstance(item, ast.BaseNode):
            for value in vars(item).values():
                if isinstance(value, list):
                    for element in value:
                        visit(element)
                else:
                    visit(value)

    visit(node)
    return found


def html_to_plain(text: str) -> str:
    """What the console shows: tags dropped, entities decoded."""
    return html.unescape(_TAG.sub("", text))
