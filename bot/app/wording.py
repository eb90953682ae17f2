"""The safety rules a person's path keeps, checked as data. The wording rule: no text a person
reads (a step, a route, an app's in-app steps) may tell them to save, clip, screenshot, download
or forward what they saw. The helpline rule: every young person's path ends with someone to talk to.

Keeping a copy of abuse material is itself a crime in most places, and every copy can spread it
further; even "add a clip" in a platform's report steps makes a new one. The check reads every
conversation text in every language, sentence by sentence: a sentence with one of the language's
instruction words and no negation ("don't", "never", "nicht", "не"...) is a problem. Warnings
("do not screenshot it") pass; instructions ("add a clip") fail.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from bot.directory import Directory
from bot.directory.models import FOR_SOMEONE
from bot.flowspec import FlowSet
from bot.flowspec.model import ChoiceStep, RoutesStep
from bot.i18n import Locales, html_to_plain

STAFF_FILE = "staff.ftl"
"""The volunteers' texts: they describe cases, they instruct no member of the public."""

_COPY_EN = r"(clip|screen ?shot|screen ?recording|recording|copy|copies)"
INSTRUCTIONS: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"(^|[•(,;:]|\band|\bthen|\bor|\d\.)\s*(save|screenshot|download|forward|record|clip)\b",
        rf"\b(add|make|take|create|attach|upload|include|keep)\s+(a|an|the|some)?\s*{_COPY_EN}",
    ),
    "es": (
        r"\b(guárda(l[oa]s?)?|descarga(l[oa]s?)?|descárga(l[oa]s?)|reenvía(l[oa]s?)?|graba(l[oa]s?)?)\b",
        r"\b(agrega|añade|incluye|adjunta|haz|crea|toma|saca)\s+(un|una|el|la|unos|unas)?\s*(clip|captura|copia|grabación)",
    ),
    "pt-BR": (
        r"\b(salve|baixe|encaminhe|grave)\b",
        r"\b(inclua|adicione|anexe|tire|faça|crie)\s+(um|uma|o|a)?\s*(clipe|print|captura|cópia|gravação)",
    ),
    "fr": (
        r"\b(enregistre[zr]?|sauvegarde[zr]?|télécharge[zr]?|transfère|transférez)\b",
        r"\b(ajoute[zr]?|joins|joignez|fais|faites|prends|prenez|crée[zr]?)\s+(un|une|le|la|des)?\s*(clip|capture|copie|enregistrement)",
    ),
    "de": (
        r"(^|[•(,;:]|\bund|\bdann|\d\.)\s*(speichern sie|speichere)\b",
        r"\b(lade[n]? sie\b.*\bherunter|lade\b.*\bherunter|leite[n]? sie\b.*\bweiter|leite\b.*\bweiter)",
        r"\b(füge[n]?|mach(e|en)?|erstelle[n]?|nimm|nehmen)\b(\s+sie)?\s+(einen|ein|eine|den|das)?\s*(clip|screenshot|bildschirmfoto|kopie|aufnahme)",
    ),
    "ar": (
        r"احفظ",
        r"التقط",
        r"(^|\s)نزّ?ل(ه|ها|هم)?(\s|$)",
        r"(^|\s)حمّ?ل(ه|ها|هم)?(\s|$)",
        r"أعد توجيه",
        r"(إضافة|أضف|أرفق) (مقطع|لقطة|نسخة)",
    ),
    "ru": (
        r"\b(сохраните|сохрани|скачайте|скачай|перешлите|перешли|запишите видео|запиши видео)\b",
        r"\b(добавьте|добавь|сделайте|сделай|приложите|приложи)\s+(клип|скриншот|снимок экрана|копию|запись)",
    ),
}
"""Imperatives that tell someone to keep or pass on a copy, per language (regular expressions over
lower-cased plain text): "add a clip", "take a screenshot", "save it". Describing what offenders do
("they save and repost them") or a setting ("turn off downloads") is not an instruction."""

NEGATIONS: Mapping[str, tuple[str, ...]] = {
    "en": (
        r"\bdon'?t\b",
        r"\bdo not\b",
        r"\bnever\b",
        r"\bnot\b",
        r"\bnobody\b",
        r"\bwithout\b",
        r"\bnothing\b",
        r"\bno\b",
        r"\bcan'?t\b",
        r"\bcannot\b",
        r"\bwon'?t\b",
    ),
    "es": (r"\bno\b", r"\bnunca\b", r"\bni\b", r"\bsin\b", r"\bnada\b"),
    "pt-BR": (r"\bnão\b", r"\bnunca\b", r"\bnem\b", r"\bsem\b", r"\bnada\b"),
    "fr": (r"\bne\b", r"\bn'", r"\bjamais\b", r"\bsans\b", r"\brien\b", r"\bpas\b"),
    "de": (r"\bnicht\b", r"\bnie\b", r"\bniemals\b", r"\bkein", r"\bohne\b", r"\bnichts\b"),
    "ar": (r"(^|\s)و?لا(\s|$)", r"(^|\s)لن(\s|$)", r"دون", r"(^|\s)ليس"),
    "ru": (r"\bне\b", r"\bни\b", r"\bникогда\b", r"\bбез\b", r"\bнельзя\b"),
}
"""What turns an instruction into a warning, per language."""

ALLOWED: Mapping[str, str] = {
    "tip-submitted": "keep (save) the reference number, not any content",
}
"""Keys whose instruction words are about something else than content, with why."""

_SENTENCE_END = re.compile(r"(?<=[.!?؟:;])\s+|\n+")


def unsafe_sentences(text: str, language: str) -> list[str]:
    """The sentences of `text` that tell the reader to keep or pass on a copy."""
    base = language if language in INSTRUCTIONS else "en"
    found: list[str] = []
    for sentence in _SENTENCE_END.split(text.lower()):
        if any(re.search(word, sentence) for word in INSTRUCTIONS[base]) and not any(
            re.search(word, sentence) for word in NEGATIONS[base]
        ):
            found.append(sentence.strip())
    return found


def wording_problems(locales: Locales) -> list[str]:
    """Every conversation text, in every language, that tells a person to save, clip, screenshot,
    download or forward, as `file: key: "sentence"` lines."""
    problems: list[str] = []
    for language in locales.languages:
        for key, info in sorted(locales.info[language].items()):
            if info.file.endswith(STAFF_FILE) or key in ALLOWED:
                continue
            plain = html_to_plain(locales.text(language, key))
            for sentence in unsafe_sentences(plain, language):
                problems.append(
                    f"{info.file}: {key}: tells people to save, clip, screenshot, download or forward "
                    f"content: {sentence!r} (say where to report instead; never ask for a copy)"
                )
    return problems


def young_helpline_problems(flows: FlowSet, directory: Directory, folder: Path) -> list[str]:
    """Every country's path for a young person ends with someone to talk to: each routes step that
    shows helplines, in a flow a young person walks (one with an option setting `self_report`),
    gives at least one helpline or the stated international fallback, for every listed country
    and for a country we do not know, for every category that flow can set; and every step there
    that may show helplines or removal tools says `audience: young` (no parents' lines, no
    StopNCII, which is for adults)."""
    problems: list[str] = []
    for flow in flows.flows.values():
        options = [option for step in flow.steps.values() if isinstance(step, ChoiceStep) for option in step.options]
        if not any(option.set.get("self_report") is True for option in options):
            continue
        categories = sorted({str(option.set["category"]) for option in options if option.set.get("category")})
        for step_id, step in flow.steps.items():
            if not isinstance(step, RoutesStep):
                continue
            if step.audience != "young" and set(step.kinds or FOR_SOMEONE) & set(FOR_SOMEONE):
                problems.append(
                    f"{folder / (flow.id + '.yaml')}:{step_id}: a young person's flow shows helplines or "
                    "removal tools: say `audience: young`, so that parents' lines and adults' tools "
                    "(StopNCII) are left out"
                )
            if "helpline" not in (step.kinds or ()):
                continue
            for category in [step.category] if step.category else categories:
                for country in [*sorted(directory.countries), None]:
                    routes = directory.routes(category, "other", country, audience=step.audience).items
                    if not any(item.via == "helpline" for item in routes):
                        where = country or "an unknown country"
                        problems.append(
                            f"{folder / (flow.id + '.yaml')}:{step_id}: a young person in {where} ({category}) "
                            "is shown no helpline and no fallback; add one to flows/directory/"
                        )
    return problems
