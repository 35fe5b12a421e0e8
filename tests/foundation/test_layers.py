"""The layer rules of docs/ARCHITECTURE.md as a test: every module's imports, read with ``ast`` (nothing is run).

Lower layers never import higher ones; export never imports storage; media and storage do not import each other;
the core has no import circle. Imports inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "editor"

# Rank of each top-level part of ``editor``: a module may import only parts of its own rank or lower.
LAYERS: dict[str, int] = {
    "editor": 0,  # the package itself: __version__
    "errors": 0,
    "messages": 0,
    "files": 0,  # the ground floor: atomic writes, cache paths
    "text": 1,
    "model": 2,
    "media": 3,
    "storage": 3,
    "importers": 3,  # source documents → Article (+ photos): beside storage, below export
    "export": 4,
    "diff": 4,  # what changed between two versions: model units and word pieces; the DOCX revision writer reads it
    "checks": 5,
    "handoff": 5,  # hand-off versions and corrections: REF (storage) + diff + the export writers
    "cli": 6,
    "cli_changes": 6,
    "__main__": 6,
    "ui": 6,
}
# Parts of the same rank that must still not know each other (importer → target).
FORBIDDEN = {("export", "storage"), ("media", "storage"), ("storage", "media"), ("media", "importers")}
CORE_EXCLUDED = {"ui"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The module ``name`` refers to (``editor.export.docx.ooxml``), or its package; None for outside code."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Every ``editor`` module ``path`` imports, at top level or inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" for alias in node.names]  # a submodule, or a name in ``base``
        for target in targets:
            if target == "editor" or target.startswith("editor."):
                resolved = _resolve(target, modules)
                if resolved is not None and resolved != name:
                    found.add(resolved)
    return found


def part_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "editor"


GRAPH = {name: imports_of(name, path, _modules()) for name, path in _modules().items()}


def test_every_part_has_a_layer() -> None:
    unknown = sorted({part_of(m) for m in GRAPH} - LAYERS.keys())
    assert not unknown, f"add {unknown} to LAYERS here and to the table in docs/ARCHITECTURE.md"


def test_lower_layers_never_import_higher_ones() -> None:
    wrong = []
    for module, imported in sorted(GRAPH.items()):
        for target in sorted(imported):
            low, high = part_of(module), part_of(target)
            if LAYERS.get(high, 99) > LAYERS.get(low, 99) or (low, high) in FORBIDDEN:
                wrong.append(f"{module} imports {target}")
    assert not wrong, "layer rule broken (see docs/ARCHITECTURE.md):\n" + "\n".join(wrong)


def test_the_core_has_no_import_circle() -> None:
    core = {m: {t for t in ts if part_of(t) not in CORE_EXCLUDED} for m, ts in GRAPH.items()}
    core = {m: ts for m, ts in core.items() if part_of(m) not in CORE_EXCLUDED}
    # A package's __init__ re-exporting its submodules is not a circle: drop edges from a submodule to its parents.
    for module, targets in core.items():
        targets -= {t for t in targets if module.startswith(t + ".")}
    circles = find_circles(core)
    assert not circles, "import circles in the core:\n" + "\n".join(circles)


def find_circles(graph: dict[str, set[str]]) -> list[str]:
    """Each import circle of ``graph`` (module → modules it imports) as "a → b → a", found by a depth-first walk."""
    circles: list[str] = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                circles.append(" → ".join([*path[path.index(target) :], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    return circles


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from editor.storage.documents import open_article\n", {"editor.storage.documents"}),
        ("from editor.export.docx import ooxml\n", {"editor.export.docx.ooxml"}),
        ("def f():\n    import editor.storage.project\n", {"editor.storage.project"}),
        ("from ..ir import IRDocument\n", {"editor.export.ir"}),
        ("import os\nfrom PIL import Image\n", set()),
    ],
)
def test_the_reader_sees_every_kind_of_import(tmp_path: Path, source: str, expected: set[str]) -> None:
    """The rule is only as good as its reader: top-level, lazy, relative and submodule imports all count."""
    path = tmp_path / "probe.py"
    path.write_text(source, encoding="utf-8")
    assert imports_of("editor.export.html.probe", path, _modules()) == expected


def test_export_never_imports_storage_directly_or_through_another_part() -> None:
    """Not even by way of a helper: everything export reaches, transitively, stays out of storage."""
    seen: set[str] = set()
    todo = [m for m in GRAPH if part_of(m) == "export"]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        todo.extend(GRAPH.get(module, ()))
    assert not sorted(m for m in seen if part_of(m) == "storage")
