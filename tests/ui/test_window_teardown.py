"""A window deleted, or the app quit, while the checks run in the background: neither waits for ever.

A thread pool owned by a widget waits for its running job when the widget is deleted, on the GUI thread, holding the
interpreter lock the job needs to finish: the suite hung there in CI (tests/ui/test_issue20_export.py, a window from
the test before deleted inside the next test's qWait). Run in a child process, so a hang fails this test by its
timeout instead of stopping the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.ui.conftest import SAMPLE

SCRIPT = textwrap.dedent("""
    import sys, threading, time
    from pathlib import Path
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from editor.ui import checks_panel
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    started = threading.Event()
    original = checks_panel.run_checks

    def slow_checks(*args, **kwargs):
        started.set()
        end = time.monotonic() + 2.0
        while time.monotonic() < end:  # Python bytecode, as the real rules: it needs the interpreter lock
            sum(range(200))
        return original(*args, **kwargs)

    checks_panel.run_checks = slow_checks
    app = QApplication([])
    window = MainWindow(Settings())
    window.files.ask_save_changes = lambda: "discard"
    window.show()
    window.files.start(Path(sys.argv[1]))
    window.checks.schedule(window.session.article, window.profile())
    deadline = time.monotonic() + 30
    while not started.is_set() and time.monotonic() < deadline:
        QTest.qWait(20)
    assert started.is_set(), "the checks never started"
    window.session.close(discard=True)
    if sys.argv[2] == "delete":
        window.deleteLater()
        QTest.qWait(50)  # the deferred delete runs here, on the GUI thread
        print("deleted", flush=True)
    else:
        print("quitting", flush=True)
    sys.exit(0)
""")


@pytest.mark.parametrize("how", ["delete", "quit"])
def test_checks_running_never_hold_up_a_window_or_the_app_closing(tmp_path: Path, how: str) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BANTHAO_CONFIG_DIR": str(tmp_path / "config"),
        "BANTHAO_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    try:
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(SAMPLE), how], env=env, capture_output=True,
                              text=True, timeout=90)  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"the app hung after the window was {'deleted' if how == 'delete' else 'left'} mid-check")
    assert done.returncode == 0, f"exit code {done.returncode}: {done.stderr[-2000:]}"
    assert ("deleted" if how == "delete" else "quitting") in done.stdout
