"""A step's options as the person sees them: the flow's own, plus those generated from the directory
(platforms, countries) or the locales (languages). One builder, for the engine and for the checks,
so what `tipline flows check` verifies is exactly what the engine offers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.engine.keys import COUNTRY_LABEL_PREFIX, OTHER_PLATFORM, OTHER_PLATFORM_KEY
from bot.engine.ports import DirectoryView
from bot.flowspec.model import ChoiceStep, InputStep, Option, Step


def payload_for(position: str, option_id: str) -> str:
    return f"{position}:{option_id}"


def option_id(code: str) -> str:
    """A generated option's id: `pt-BR` → `pt_br`, `AU` → `au` (payloads allow [a-z0-9_])."""
    return code.lower().replace("-", "_")


def match_language(code: str | None, available: Sequence[str]) -> str | None:
    """The available language for a Telegram `language_code` (or an option id): exact, then by base.

    `pt-br` → `pt-BR`; `pt` → `pt-BR` when that is the only Portuguese; `es-MX` → `es`.
    """
    if not code:
        return None
    wanted = option_id(code)
    by_id = {option_id(lang): lang for lang in available}
    if wanted in by_id:
        return by_id[wanted]
    base = wanted.split("_")[0]
    candidates = [lang for lang in available if option_id(lang).split("_")[0] == base]
    return candidates[0] if candidates else None


def choice_options(
    step: ChoiceStep,
    directory: DirectoryView,
    languages: Sequence[str],
    language_names: Mapping[str, str] | None = None,
    first_country: str | None = None,
) -> dict[str, Option]:
    """The choice's options by id: generated ones first (in the directory's or locales' order,
    `first_country` leading the countries), then the flow's own."""
    options = {option.id: option for option in step.options}
    if step.options_from == "platforms":
        ids: list[str] = list(directory.platform_ids)
        names = {pid: "=" + directory.platforms[pid].name for pid in ids}
        if OTHER_PLATFORM in names:
            names[OTHER_PLATFORM] = OTHER_PLATFORM_KEY
    elif step.options_from == "languages":
        ids = list(languages)
        names = {code: "=" + (language_names or {}).get(code, code) for code in ids}
    elif step.options_from == "countries":
        ids = list(directory.common_countries)
        if first_country:  # the remembered or guessed country comes first
            ids = [first_country, *(code for code in ids if code != first_country)]
        names = {code: f"{COUNTRY_LABEL_PREFIX}{code}" for code in ids}
    else:
        return options
    generated = {pid: Option(id=option_id(pid), label=names[pid], goto=step.next) for pid in ids}
    return {option.id: option for option in generated.values()} | options


def options_of(step: Step, directory: DirectoryView, languages: Sequence[str] = ()) -> list[Option]:
    """Every option a step can show: a choice's, or an input step's skip button."""
    if isinstance(step, InputStep):
        return [step.skip] if step.skip else []
    if not isinstance(step, ChoiceStep):
        return []
    return list(choice_options(step, directory, languages).values())
