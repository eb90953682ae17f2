"""Every check of what the bot says and knows: flows, the safety directory, every locale, the desk's texts.

`tipline flows check` prints these problems; `tipline run` and `tipline chat` refuse to start on any
of them (`load_content`), so what the check passes is exactly what is allowed to take traffic.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.app.wording import wording_problems, young_helpline_problems
from bot.cases.status import REPORTER_STATUS_KEYS
from bot.desk.keys import staff_problems
from bot.directory import Directory, DirectoryError, directory_problems, load_directory
from bot.engine.check import check_flows, text_keys
from bot.flowspec import FlowError, FlowSet, load_flows
from bot.i18n import LocaleError, Locales
from bot.limits import CALLBACK_DATA_LIMIT
from bot.settings import Settings


@dataclass(frozen=True)
class Content:
    """Everything the bot says and knows, loaded from flows/ and locales/."""

    flows: FlowSet
    directory: Directory
    locales: Locales


def used_keys(flows: FlowSet) -> dict[str, str]:
    """Every locale key a conversation may show: the flows' and the engine's, and what a turn fills in."""
    keys = text_keys(flows)
    for key in REPORTER_STATUS_KEYS:
        keys.setdefault(key, "/mytips")
    return keys


def check_locales(locales: Locales, keys: dict[str, str]) -> list[str]:
    """Every key used exists in the default language; every language has the default's keys, no
    others, with the same placeholders."""
    problems: list[str] = []
    default = locales.default
    reference = locales.info.get(default, {})
    for key, where in sorted(keys.items()):
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


def load_checked(settings: Settings) -> tuple[Content | None, list[str]]:
    """The content and every problem in it, as `file:where: problem` lines; no content when it
    could not even be loaded."""
    problems = directory_problems(settings.flows_dir / "directory")
    try:
        flows = load_flows(settings.flows_dir)
    except FlowError as exc:
        return None, problems + exc.problems
    try:
        locales = Locales(settings.locales_dir, default=settings.default_language)
    except LocaleError as exc:
        return None, problems + exc.problems
    if problems:
        return None, problems
    try:
        directory = load_directory(settings.flows_dir / "directory")
    except DirectoryError as exc:
        return None, [str(exc)]
    problems += check_flows(flows, directory, settings.flows_dir, locales.languages, payload_limit=CALLBACK_DATA_LIMIT)
    problems += check_locales(locales, used_keys(flows))
    problems += staff_problems(locales, settings.staff_language)
    problems += wording_problems(locales)
    problems += young_helpline_problems(flows, directory, settings.flows_dir)
    return Content(flows=flows, directory=directory, locales=locales), problems


def content_problems(settings: Settings) -> list[str]:
    """Everything `tipline flows check` reports."""
    return load_checked(settings)[1]
