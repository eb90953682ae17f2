"""Flows as data: the pydantic shape of `flows/*.yaml`.

A step reference is `step` (same flow) or `flow.step`. Button payloads are
`flow.step:option`, so they identify the question they answer and a stale button can be told apart.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextIf(_Model):
    """Use another text when an answer has a given value (e.g. no description asked for imagery).

    Without `equals`, whenever the field holds any value (e.g. a country guessed from the language).
    """

    field: str
    equals: str | bool | None = None
    text: str


class Option(_Model):
    id: str = Field(pattern=r"^[a-z0-9_]+$", max_length=24)
    label: str
    goto: str | None = None
    """Where this option leads; the step's `next` when absent."""
    set: dict[str, str | bool | None] = Field(default_factory=dict)
    say: tuple[str, ...] = ()
    """Messages said when this option is chosen, before going on."""
    return_to: str | None = None
    """After the step this option leads to is answered, come back here (editing from a review)."""


class Source(_Model):
    """Where a fact in a step's text comes from, so staff can re-check it."""

    url: str
    confidence: Literal["seen", "recalled"] = "seen"
    note: str | None = None


class _Step(_Model):
    text: str
    sources: tuple[Source, ...] = ()
    """Required reading for whoever edits the text: every fact in guidance has a source."""
    text_if: tuple[TextIf, ...] = ()
    needs_country: bool = False
    """Ask for the country first (once; it is remembered) when it is not known yet."""


class MessageStep(_Step):
    kind: Literal["message"]
    next: str


class OnText(_Model):
    """What a choice does with typed text instead of a tap: say `say`, then ask again with option
    `first` on top. At the menu, a child typing what is happening to them sees their path first."""

    say: str
    first: str


class ChoiceStep(_Step):
    kind: Literal["choice"]
    field: str | None = None
    options: tuple[Option, ...] = ()
    options_from: Literal["platforms", "countries", "languages"] | None = None
    """Generate one option per directory platform, common country or language, leading to `next`."""
    next: str | None = None
    accepts_text: Literal["country"] | None = None
    """Also accept a typed answer (a country name or code)."""
    summary: bool = False
    """Show the answers so far in the text (the review)."""
    skip_if_known: bool = False
    """Pass straight on when the field already has a remembered value (the country)."""
    columns: int = Field(default=1, ge=1, le=4)
    on_text: OnText | None = None
    """Typed text is answered with a hint and the options again, `first` on top (else: "use the buttons")."""


class InputStep(_Step):
    kind: Literal["input"]
    input: Literal["text", "account", "related_account", "country"]
    field: str | None = None
    next: str
    max_length: int = Field(default=1000, ge=1, le=4000)
    skip: Option | None = None
    """An optional answer offers this button to go on without one."""


class RoutesStep(_Step):
    kind: Literal["routes"]
    next: str
    kinds: tuple[str, ...] | None = None
    """Only these kinds of route (e.g. `emergency`); all that apply when absent."""
    category: str | None = None
    """Route for this category instead of the answered one (e.g. a parent who needs a helpline)."""
    audience: Literal["young", "parents"] | None = None
    """Only the helplines and removal tools for them (the directory's `audience`); all when absent."""


class ActionStep(_Step):
    kind: Literal["action"]
    effect: Literal["submit_tip", "paste_report"]
    """submit_tip files the report (`{ $reference }`); paste_report shows the ready-to-paste text
    built from the answers so far (`{ $paste }`), citing the platform's policy."""
    next: str


class EndStep(_Step):
    kind: Literal["end"]
    """Guidance that ends a path; the main menu is offered with it."""


Step = Annotated[
    MessageStep | ChoiceStep | InputStep | RoutesStep | ActionStep | EndStep,
    Field(discriminator="kind"),
]


class Flow(_Model):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    start: str
    country_step: str | None = None
    """Where `needs_country` detours to."""
    steps: dict[str, Step]


class FlowSet(_Model):
    """Every flow, keyed by id, plus where a conversation begins."""

    flows: dict[str, Flow]
    entry: str = "main.menu"

    def resolve(self, ref: str, flow: str) -> str:
        """Turn `step` or `flow.step` into a full `flow.step` reference."""
        return ref if "." in ref else f"{flow}.{ref}"

    def get(self, full_ref: str) -> Step | None:
        flow_id, _, step_id = full_ref.partition(".")
        flow = self.flows.get(flow_id)
        return flow.steps.get(step_id) if flow else None
