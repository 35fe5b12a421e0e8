"""Only editor/ui imports PySide6: every other module imports with PySide6 blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_PROBE = r"""
import importlib, importlib.abc, pkgutil, sys

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError(f"PySide6 is blocked outside editor.ui (imported {name})")
        return None

sys.meta_path.insert(0, Block())
import editor
names = []
for info in pkgutil.walk_packages(editor.__path__, "editor."):
    if info.name == "editor.ui" or info.name.startswith("editor.ui.") or info.name == "editor.__main__":
        continue
    importlib.import_module(info.name)
    names.append(info.name)
print(len(names))
"""


def test_core_modules_import_without_pyside6() -> None:
    result = subprocess.run([sys.executable, "-c", _PROBE], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10  # the walk really found the core modules
