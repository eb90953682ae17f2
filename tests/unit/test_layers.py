"""The house's shape, as a test: packages import each other top to bottom only, and no module
imports itself back through others (docs/architecture.md explains the layers).

Every `import` counts, those inside functions and under TYPE_CHECKING too: a lazy or typing-only
import still couples two packages.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "bot"

LAYERS: tuple[tuple[str, ...], ...] = (
    ("cli",),
    ("app",),
    ("drivers", "pipeline", "desk", "forward"),
    ("turn",),
    ("cases", "storage", "i18n"),
    ("engine",),
    ("flowspec", "directory"),
    ("settings", "identity", "limits", "paths", "text"),
)
"""Top to bottom. A package may import any package below it, and one beside it as long as no cycle forms."""

ENGINE_MAY_IMPORT = {"engine", "flowspec", "directory"}
ENGINE_THIRD_PARTY = {"pydantic", "yaml"}


def modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imports(path: Path) -> Iterator[str]:
    """Every module an import statement in the file names (for `from a import b`: `a` and `a.b`)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def module_graph() -> dict[str, set[str]]:
    known = modules()
    return {
        module: {target for target in imports(path) if target in known and target != module}
        for module, path in known.items()
    }


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, targets in module_graph().items():
        source = package_of(module)
        graph.setdefault(source, set()).update(package_of(t) for t in targets if package_of(t) != source)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_package_imports_another_in_a_circle() -> None:
    assert cycles(package_graph()) == []


def test_no_module_imports_itself_back() -> None:
    assert cycles(module_graph()) == []


def test_every_package_is_in_a_layer() -> None:
    layered = {package for layer in LAYERS for package in layer}
    packages = {package for package in package_graph() if package}
    assert packages <= layered, f"add {sorted(packages - layered)} to LAYERS (and to docs/architecture.md)"


@pytest.mark.parametrize("package", sorted({p for layer in LAYERS for p in layer}))
def test_a_package_imports_only_downwards(package: str) -> None:
    level = {name: depth for depth, layer in enumerate(LAYERS) for name in layer}
    upward = sorted(target for target in package_graph().get(package, ()) if target and level[target] < level[package])
    assert upward == [], f"bot.{package} imports the layer(s) above it: {upward}"


def test_the_engine_imports_only_its_ports_and_pure_libraries() -> None:
    outside = set()
    for module, path in modules().items():
        if package_of(module) != "engine":
            continue
        for target in imports(path):
            top = target.split(".")[0]
            if top == "bot":
                if package_of(target) not in ENGINE_MAY_IMPORT:
                    outside.add(f"{module} -> {target}")
            elif top not in sys.stdlib_module_names and top not in ENGINE_THIRD_PARTY and top != "__future__":
                outside.add(f"{module} -> {target}")
    assert outside == set()


def test_every_package_declares_its_public_surface() -> None:
    missing = []
    for init in ROOT.rglob("__init__.py"):
        if init.parent == ROOT:
            continue
        tree = ast.parse(init.read_text(encoding="utf-8"))
        names = {
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        if "__all__" not in names:
            missing.append(str(init.relative_to(ROOT.parent)))
    assert missing == []


def test_every_folder_of_code_is_a_package() -> None:
    folders = {path.parent for path in ROOT.rglob("*.py")}
    assert sorted(str(f) for f in folders if not (f / "__init__.py").exists()) == []
