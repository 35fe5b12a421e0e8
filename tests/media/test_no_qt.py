"""editor.media must import and work with PySide6 unavailable (it runs in worker processes and the CLI)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.timeout(30)
def test_media_modules_import_without_qt() -> None:
    script = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import importlib, pkgutil, editor.media\n"
        "for m in pkgutil.iter_modules(editor.media.__path__):\n"
        "    importlib.import_module('editor.media.' + m.name)\n"
        "assert not any(k.startswith('PySide6') and sys.modules[k] for k in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=25)
    assert done.returncode == 0, done.stderr
