"""Graph checks over loaded flows, as the engine walks them: the problems a person editing YAML most often makes.

Every problem is a `file:step: problem` line so an editor can jump to it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import get_args

from bot.directory.models import RouteKind
from bot.directory.results import REASONS
from bot.engine.keys import (
    AGE_LABEL,
    CATEGORY_LABEL,
    ENGINE_KEYS,
    REVIEW_REPORTED_LABEL,
    RISK_LABEL,
    ROUTE_KIND_LABEL,
    SEEN_LABEL,
)
from bot.engine.options import options_of, payload_for
from bot.engine.ports import DirectoryView
from bot.engine.state import AGE_RANGES, RISK_SIGNALS, SEEN_WHEN, Answers
from bot.flowspec.model import ChoiceStep, EndStep, FlowSet, InputStep, RoutesStep, Step

ANSWER_FIELDS = frozenset(Answers.model_fields) | {"country", "language"}
"""Fields a step may store into; `country` and `language` live in the person's profile: remembered."""


def edges(flows: FlowSet, ref: str, step: Step, directory: DirectoryView) -> Iterator[tuple[str, str]]:
    """(what, target) pairs leaving a step, targets as written."""
    nxt = getattr(step, "next", None)
    if nxt:
        yield "next", nxt
    for option in options_of(step, directory):
        if option.goto:
            yield f"option {option.id}", option.goto
        if option.return_to:
            yield f"option {option.id} return_to", option.return_to
    if step.needs_country:
        country_step = flows.flows[ref.partition(".")[0]].country_step
        if country_step:
            yield "country_step", country_step


def check_flows(
    flows: FlowSet,
    directory: DirectoryView,
    folder: Path,
    languages: Sequence[str] = ("en",),
    *,
    payload_limit: int,
) -> list[str]:
    """Every problem, as `file:step: problem` lines. `payload_limit`: the bytes a button's payload
    may take (Telegram's, passed in: the engine knows no messenger)."""
    problems: list[str] = []

    def where(ref: str) -> str:
        flow_id, _, step_id = ref.partition(".")
        return f"{folder / (flow_id + '.yaml')}:{step_id}"

    if flows.get(flows.entry) is None:
        problems.append(f"{folder}: the entry step {flows.entry!r} does not exist")
        return problems

    graph: dict[str, set[str]] = {}
    for flow in flows.flows.values():
        if flow.start not in flow.steps:
            problems.append(f"{folder / (flow.id + '.yaml')}:start: step {flow.start!r} does not exist")
        for step_id, step in flow.steps.items():
            ref = f"{flow.id}.{step_id}"
            graph[ref] = set()
            if step.needs_country and not flow.country_step:
                problems.append(f"{where(ref)}: needs_country but the flow has no country_step")
            for what, target in edges(flows, ref, step, directory):
                full = flows.resolve(target, flow.id)
                if flows.get(full) is None:
                    problems.append(f"{where(ref)}: {what} leads to {target!r}, which does not exist")
                else:
                    graph[ref].add(full)
            if isinstance(step, ChoiceStep):
                if not options_of(step, directory, languages):
                    problems.append(f"{where(ref)}: a choice without options")
                for option in step.options:
                    if not option.goto and not step.next:
                        problems.append(f"{where(ref)}: option {option.id!r} leads nowhere (no goto, no next)")
                if step.accepts_text and not step.next:
                    problems.append(f"{where(ref)}: accepts_text needs a next step")
                if step.on_text and step.on_text.first not in {o.id for o in step.options}:
                    problems.append(f"{where(ref)}: on_text puts {step.on_text.first!r} first, which is not an option")
            for field in _fields_of(step):
                if field not in ANSWER_FIELDS:
                    problems.append(f"{where(ref)}: unknown answer field {field!r}")
            for option in options_of(step, directory, languages):
                size = len(payload_for(ref, option.id).encode())
                if size > payload_limit:
                    problems.append(
                        f"{where(ref)}: option {option.id!r} makes a button payload of {size} bytes "
                        f"(Telegram allows {payload_limit}); shorten the flow, step or option id"
                    )

    reachable = _reach(graph, [flows.entry])
    for ref in graph:
        if ref not in reachable:
            problems.append(f"{where(ref)}: unreachable from {flows.entry}")
    ends = {ref for ref in graph if isinstance(flows.get(ref), EndStep)}
    reverse: dict[str, set[str]] = {ref: set() for ref in graph}
    for ref, targets in graph.items():
        for target in targets:
            reverse.setdefault(target, set()).add(ref)
    can_finish = _reach(reverse, list(ends))
    for ref in graph:
        if ref in reachable and ref not in can_finish:
            problems.append(f"{where(ref)}: no path from here ends in guidance (an `end` step)")
    problems += [f"{where(ref)}: {problem}" for ref, problem in young_person_problems(flows, graph)]
    return problems


def young_person_problems(flows: FlowSet, graph: dict[str, set[str]]) -> Iterator[tuple[str, str]]:
    """A young person is never asked whether an adult may contact them: from any option that marks
    a report as their own (`self_report: true`), no step reachable may set `contact_consent`; a
    follow-up question there must be a young person's own text (an automatic check-back by the bot,
    never a person); and the set values must be among those the engine knows (a typo would silently
    store nothing)."""
    known = {"seen_when": SEEN_WHEN, "child_age": AGE_RANGES, "risks": RISK_SIGNALS}
    starts: list[str] = []
    for ref in graph:
        step = flows.get(ref)
        for option in step.options if isinstance(step, ChoiceStep) else ():
            for name, value in option.set.items():
                if name in known and value not in known[name]:
                    yield ref, f"option {option.id!r} sets {name} to {value!r}; known values: {', '.join(known[name])}"
            if option.set.get("self_report") is True:
                target = option.goto or step.next if isinstance(step, ChoiceStep) else None
                if target:
                    starts.append(flows.resolve(target, ref.partition(".")[0]))
    for ref in sorted(_reach(graph, starts)):
        step = flows.get(ref)
        options = step.options if isinstance(step, ChoiceStep) else ()
        if (isinstance(step, ChoiceStep) and step.field == "contact_consent") or any(
            "contact_consent" in option.set for option in options
        ):
            yield ref, "asks about contact on a young person's own report (self_report): never ask a child that"
        asks_follow_up = (isinstance(step, ChoiceStep) and step.field == "follow_up") or any(
            "follow_up" in option.set for option in options
        )
        if asks_follow_up and step is not None and not step.text.startswith("young-"):
            yield (
                ref,
                (
                    "asks a young person about a follow-up with a reporter's text: use a `young-` text that "
                    "says it is one automatic message from the bot, no person, and how to say no"
                ),
            )


def _fields_of(step: Step) -> Iterator[str]:
    field = getattr(step, "field", None)
    if field:
        yield field
    for alternative in step.text_if:
        yield alternative.field
    for option in step.options if isinstance(step, ChoiceStep) else ():
        yield from option.set


def _reach(graph: dict[str, set[str]], starts: list[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(starts)
    while todo:
        ref = todo.pop()
        if ref in seen:
            continue
        seen.add(ref)
        todo.extend(graph.get(ref, ()))
    return seen


def text_keys(flows: FlowSet) -> dict[str, str]:
    """Every locale key the flows and the engine use, with where it is used (`bot.app.checks` adds
    the keys the turn fills in)."""
    keys: dict[str, str] = {key: "engine" for key in ENGINE_KEYS}
    for pattern, values in ((SEEN_LABEL, SEEN_WHEN), (AGE_LABEL, AGE_RANGES), (RISK_LABEL, RISK_SIGNALS)):
        keys.update({pattern.format(value): "engine (the review)" for value in values})
    for flow in flows.flows.values():
        for step_id, step in flow.steps.items():
            here = f"{flow.id}.yaml:{step_id}"
            keys.setdefault(step.text, here)
            if isinstance(step, InputStep) and step.input in ("account", "related_account"):
                for reason in REASONS:
                    keys.setdefault(f"account-error-{reason}", here)
            if isinstance(step, RoutesStep):
                for kind in step.kinds if step.kinds is not None else get_args(RouteKind):
                    keys.setdefault(ROUTE_KIND_LABEL.format(kind), here)
            for alternative in step.text_if:
                keys.setdefault(alternative.text, here)
            if isinstance(step, ChoiceStep) and step.on_text:
                keys.setdefault(step.on_text.say, here)
            options = list(step.options) if isinstance(step, ChoiceStep) else []
            if isinstance(step, InputStep) and step.skip:
                options.append(step.skip)
            for option in options:
                if not option.label.startswith("="):
                    keys.setdefault(option.label, here)
                for key in option.say:
                    keys.setdefault(key, here)
                if isinstance(step, ChoiceStep) and step.field == "category":
                    keys.setdefault(CATEGORY_LABEL.format(option.id), here)
                if isinstance(option.set.get("category"), str):  # the review names it
                    keys.setdefault(CATEGORY_LABEL.format(option.set["category"]), here)
                if isinstance(step, ChoiceStep) and step.field == "reported_to_platform":
                    keys.setdefault(REVIEW_REPORTED_LABEL.format(option.id), here)
    return keys
