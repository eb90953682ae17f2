"""Draw flows as Mermaid or Graphviz, so staff can see a conversation before editing it."""

from __future__ import annotations

from typing import Literal

from bot.engine.check import edges
from bot.engine.ports import DirectoryView
from bot.flowspec.model import FlowSet


def _node(ref: str) -> str:
    return ref.replace(".", "__")


def draw(flows: FlowSet, directory: DirectoryView, fmt: Literal["mermaid", "dot"] = "mermaid") -> str:
    lines = ["flowchart TD"] if fmt == "mermaid" else ["digraph tipline {", "  rankdir=TB;"]
    for flow in flows.flows.values():
        for step_id, step in flow.steps.items():
            ref = f"{flow.id}.{step_id}"
            label = f"{ref} ({step.kind})"
            if fmt == "mermaid":
                lines.append(f'  {_node(ref)}["{label}"]')
            else:
                lines.append(f'  {_node(ref)} [label="{label}"];')
            seen: set[str] = set()
            for what, target in edges(flows, ref, step, directory):
                full = flows.resolve(target, flow.id)
                if full in seen:  # one arrow per target: a platform list all leads to one step
                    continue
                seen.add(full)
                edge_label = "" if what == "next" else what.removeprefix("option ")
                if fmt == "mermaid":
                    arrow = f" -->|{edge_label}| " if edge_label else " --> "
                    lines.append(f"  {_node(ref)}{arrow}{_node(full)}")
                else:
                    attr = f' [label="{edge_label}"]' if edge_label else ""
                    lines.append(f"  {_node(ref)} -> {_node(full)}{attr};")
    if fmt == "dot":
        lines.append("}")
    return "\n".join(lines) + "\n"
