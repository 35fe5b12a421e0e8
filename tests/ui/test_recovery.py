"""Never lose work: autosave, restore after a killed process, and a warning when a project is open twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from editor.model.article import Article
from editor.storage.lock import lock_path
from editor.storage.project import Project
from editor.storage.recovery import find_orphans
from tests.ui.conftest import type_text

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys, time
    import editor.ui
    from PySide6.QtWidgets import QApplication
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    def type_text(widget, text):
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, ch))

    app = QApplication([])
    settings = Settings()
    settings.set("files/autosave_seconds", 0.2)
    window = MainWindow(settings)
    window.session.new()
    window.show()
    type_text(window.header.title, "Bài chưa lưu")
    window.editor.setFocus()
    type_text(window.editor, "Đoạn văn quan trọng")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
        if window.session.project is not None and window.session.project.recovery() is not None:
            print("AUTOSAVED", flush=True)
            break
    time.sleep(60)  # the parent kills us here, mid-session
""")


def test_killed_session_is_offered_back_and_restored(window, qtbot, tmp_path) -> None:  # type: ignore
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "AUTOSAVED"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)

    orphans = find_orphans()
    assert [o.title for o in orphans] == ["Bài chưa lưu"]
    offered = []
    window.files.ask_restore_orphan = lambda orphan: offered.append(orphan.title) or True
    window.files.start(None)
    assert offered == ["Bài chưa lưu"]
    article = window.session.article
    assert article.title == "Bài chưa lưu" and article.body[0].text == "Đoạn văn quan trọng"
    assert window.isWindowModified()
    assert window.header.title.text() == "Bài chưa lưu"

    target = tmp_path / "da-cuu.banthao"
    window.files.ask_path = lambda *args: target
    assert window.files.save_as()
    assert find_orphans() == []
    with Project.open(target) as project:
        assert project.load().title == "Bài chưa lưu"


def test_autosave_writes_into_a_saved_project_and_restore_is_offered(window, qtbot, tmp_path) -> None:  # type: ignore
    target = tmp_path / "bai.banthao"
    type_text(window.header.title, "Tít")
    window.files.ask_path = lambda *args: target
    assert window.files.save_as()
    type_text(window.header.title, " mới")
    qtbot.waitUntil(lambda: Project.open(target).recovery() is not None, timeout=5_000)
    # As a crash leaves it: the project closed with the unsaved work still autosaved in it, then reopened.
    window.session.close(discard=False)
    assert Project.open(target).recovery().article.title == "Tít mới"
    window.files.ask_restore = lambda saved_at: True
    assert window.files.open_path(target)
    assert window.session.article.title == "Tít mới" and window.isWindowModified()


def test_a_project_open_twice_is_warned(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "chung.banthao"
    Project.create(target, Article(title="Chung")).close()
    assert window.files.open_path(target)
    assert lock_path(target).exists()
    from editor.ui.main_window import MainWindow

    second = MainWindow(window.settings)
    qtbot.addWidget(second)
    asked = []
    second.files.ask_locked = lambda name: asked.append(name) or False
    second.files.show_error = lambda message: None
    assert not second.files.open_path(target)
    assert asked == ["chung.banthao"]
    second.session.close(discard=True)


def test_a_crashed_sessions_project_that_cannot_be_opened_is_kept_and_said_once(window, qtbot) -> None:  # type: ignore
    from editor.storage.recovery import recovery_dir

    damaged = recovery_dir() / "hong.banthao"
    Project.create(damaged, Article(title="Bài dở")).close()
    data = damaged.read_bytes()[:3000]  # cut short when the machine went down
    damaged.write_bytes(data)
    told: list[str] = []
    window.files.show_info = told.append
    window.files.start(None)
    kept = recovery_dir() / "unreadable" / "hong.banthao"
    assert len(told) == 1 and str(kept) in told[0] and "Ctrl+O" in told[0]
    assert kept.read_bytes() == data  # every byte kept, never deleted
    assert window.session.active and window.session.recovery != kept  # the start goes on: an article to write in
    window.files.start(None)
    assert len(told) == 1  # said once
