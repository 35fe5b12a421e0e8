"""Check the UI catalogue against the code: every ``tr()`` string of ``editor/ui`` needs a Vietnamese line in vi.tsv.

    .venv/bin/python resources/i18n/build_translations.py

There is nothing to compile: the app reads ``vi.tsv`` (and ``qt_vi.tsv``, Qt's own words) as they are
(``editor/ui/i18n.py``). This script, and ``tests/ui/test_i18n_catalogue.py`` which runs the same scan, re-extract
the source strings from the code (an AST scan of ``tr("…")``, ``QCoreApplication.translate(ctx, "…")`` and
``QT_TRANSLATE_NOOP(ctx, "…")`` / ``QT_TR_NOOP("…")``) and report each one missing from vi.tsv or left without a
translation, and vi.tsv lines the code no longer uses. Exit status 1 when a string is missing or unfinished.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
_FIRST_ARG = {"tr", "QT_TR_NOOP"}
_SECOND_ARG = {"translate", "QT_TRANSLATE_NOOP"}


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def ui_strings(folder: Path = REPO / "editor" / "ui") -> tuple[dict[str, list[str]], list[str]]:
    """(source string → places it is used, places where tr() gets something other than a literal)."""
    found: dict[str, list[str]] = {}
    dynamic: list[str] = []
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        wrappers = {id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "tr"
                    for n in ast.walk(f)}  # fmt: skip  # a class's own tr(text) passes its argument on
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in wrappers:
                continue
            name = _name(node.func)
            index = 0 if name in _FIRST_ARG else 1 if name in _SECOND_ARG else None
            if index is None or len(node.args) <= index:
                continue
            if name == "translate" and not (isinstance(node.func, ast.Attribute) and _name(node.func.value) in
                                            ("QCoreApplication", "QApplication", "QGuiApplication")):  # fmt: skip
                continue
            arg = node.args[index]
            place = f"{path.relative_to(REPO)}:{node.lineno}"
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.setdefault(arg.value, []).append(place)
            else:
                dynamic.append(place)
    return found, dynamic


def catalogue(path: Path = HERE / "vi.tsv") -> dict[str, str]:
    table: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            source, _, translation = line.partition("\t")
            table[source.replace("\\n", "\n")] = translation.replace("\\n", "\n")
    return table


def problems() -> tuple[list[str], list[str], list[str]]:
    """(missing or unfinished, unused vi.tsv lines, dynamic tr() calls), each as report lines."""
    strings, dynamic = ui_strings()
    table = catalogue()
    missing = [f"{places[0]}: {source!r}" for source, places in strings.items() if not table.get(source, "").strip()]
    unused = [source for source in table if source not in strings]
    return missing, unused, dynamic


def main() -> int:
    missing, unused, dynamic = problems()
    for line in missing:
        print(f"untranslated: {line}", file=sys.stderr)
    for line in dynamic:
        print(f"tr() of a non-literal (not extractable; use QT_TR_NOOP on the literal): {line}", file=sys.stderr)
    for source in unused:
        print(f"unused in vi.tsv: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
