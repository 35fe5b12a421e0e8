"""The app exits cleanly (exit code 0, no crash in Qt's exit handlers) after the reporter copied text."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.ui.conftest import SAMPLE

SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QTextEdit
    from editor.ui import app as app_module

    original = app_module.create_window

    def create(path):
        window = original(path)

        def copy_and_quit():
            editors = [e for e in window.findChildren(QTextEdit) if e.toPlainText().strip()]
            editors.sort(key=lambda e: len(e.toPlainText()), reverse=True)
            editors[0].selectAll()
            editors[0].copy()  # our createMimeDataFromSelection: a QMimeData made in Python, owned by the clipboard
            assert QApplication.clipboard().mimeData().hasText()
            window.session.close(discard=True)
            QApplication.instance().quit()

        QTimer.singleShot(300, copy_and_quit)
        return window

    app_module.create_window = create
    sys.exit(app_module.run(Path(sys.argv[1])))
""")


def test_quitting_after_a_copy_exits_cleanly(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BANTHAO_CONFIG_DIR": str(tmp_path / "config"),
        "BANTHAO_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(SAMPLE)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"exit code {done.returncode}: {done.stderr[-2000:]}"
