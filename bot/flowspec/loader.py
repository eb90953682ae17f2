"""Load `flows/*.yaml` in two phases: schema first (readable errors), graph checks after (`check.py`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.flowspec.model import Flow, FlowSet


class FlowError(Exception):
    """Flows that cannot be used; `problems` are `file:where: problem` lines."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def flow_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml"))


def load_flows(folder: Path, entry: str = "main.menu") -> FlowSet:
    """Read every flow file in `folder` (not its sub-folders, which hold the directory)."""
    problems: list[str] = []
    flows: dict[str, Flow] = {}
    files = flow_files(folder)
    if not files:
        raise FlowError([f"{folder}: no flow files (*.yaml) found"])
    for path in files:
        flow = _load_one(path, problems)
        if flow is not None:
            flows[flow.id] = flow
    if problems:
        raise FlowError(problems)
    return FlowSet(flows=flows, entry=entry)


def _load_one(path: Path, problems: list[str]) -> Flow | None:
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problems.append(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}")
        return None
    if not isinstance(raw, dict):
        problems.append(f"{path}: a flow file holds a mapping with id, start and steps")
        return None
    try:
        flow = Flow.model_validate(raw)
    except ValidationError as exc:
        for error in exc.errors():
            loc = list(error["loc"])
            if len(loc) > 2 and loc[0] == "steps":  # pydantic puts the step's kind (the union tag) third
                del loc[2]
            where = ".".join(str(part) for part in loc)
            problems.append(f"{path}:{where}: {error['msg']}")
        return None
    if flow.id != path.stem:
        problems.append(f"{path}:id: flow id {flow.id!r} must match the file name {path.stem!r}")
        return None
    return flow
