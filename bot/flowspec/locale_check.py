"""Locale checks: every key the flows use exists in every language, with the same placeholders."""

from __future__ import annotations

from bot.i18n import Locales


def check_locales(locales: Locales, used_keys: dict[str, str]) -> list[str]:
    problems: list[str] = []
    default = locales.default
    reference = locales.info.get(default, {})
    for key, where in sorted(used_keys.items()):
        if key not in reference:
            problems.append(f"{locales.folder / default}: missing message {key!r} (used by {where})")
    for lang in locales.languages:
        if lang == default:
            continue
        messages = locales.info[lang]
        folder = locales.folder / lang
        for key in sorted(reference.keys() - messages.keys()):
            problems.append(f"{folder}: missing message {key!r} (present in {default})")
        for key in sorted(messages.keys() - reference.keys()):
            problems.append(f"{messages[key].file}: extra message {key!r} (not in {default})")
        for key in sorted(reference.keys() & messages.keys()):
            theirs, ours = messages[key].variables, reference[key].variables
            if theirs != ours:
                problems.append(
                    f"{messages[key].file}: {key}: placeholders {sorted(theirs)} differ from {default}'s {sorted(ours)}"
                )
    return problems
