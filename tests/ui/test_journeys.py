"""Issue 11's journey tests: every editable control of the header, the inspector and the details tab, used as hands
do (``tests/ui/reporter_journey.py`` holds the control → value → where table); each value survives save, reopen,
autosave + SIGKILL + recovery, and appears in both exports. Nothing shown along the way names a Python exception."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from editor.storage.project import Project
from editor.ui.session import find_orphans
from tests.ui.hands import EXCEPTION_NAME, export_both
from tests.ui.reporter_journey import TABLE, TITLE, Hands, Journey, check_article, check_exports

REPO = Path(__file__).resolve().parents[2]


def _walk(window, photos, shots=None) -> Journey:  # type: ignore[no-untyped-def]
    window.activateWindow()
    journey = Journey(window, Hands(), photos, shots)
    journey.walk()
    return journey


def test_journey_values_survive_save_and_reopen_and_reach_both_exports(window, qtbot, photos, tmp_path) -> None:  # type: ignore
    journey = _walk(window, photos)
    assert len(TABLE) >= 20 and len(journey.steps) == 6
    check_article(window.session.article)
    assert window.windowTitle().startswith(TITLE)
    check_exports(export_both(window, tmp_path / "truoc"))
    target = tmp_path / "hanh-trinh.banthao"
    window.files.ask_path = lambda *args: target
    window.header.title.setFocus()
    journey.hands.shortcut(window, "Ctrl+S")
    assert window.session.path == target and not window.isWindowModified()
    with Project.open(target) as project:
        check_article(project.load())
    assert window.files.open_path(target)  # reopen: the widgets show every value again
    check_article(window.session.article)
    header = window.header
    assert (header.kicker.text(), header.title.text(), header.place.text()) == ("Phóng sự ảnh", TITLE, "Đông Triều")
    assert header.byline.currentData() == "top" and header.zone.currentData() == "Asia/Tokyo"
    assert window.details.source.text() == "Theo TTXVN"
    check_exports(export_both(window, tmp_path / "sau"))


def test_nothing_shown_on_the_journey_names_a_python_exception(window, qtbot, photos, tmp_path) -> None:  # type: ignore
    shown: list[str] = []
    window.files.show_error = shown.append  # type: ignore[method-assign]
    window.files.show_info = shown.append  # type: ignore[method-assign]
    window.session.autosaveFailed.connect(shown.append)
    journey = _walk(window, photos)
    window.files.ask_path = lambda *args: tmp_path / "bai.banthao"
    assert window.files.save()
    window.session.autosave(wait=True)
    export_both(window, tmp_path / "ra")
    texts = [*journey.seen, *shown, window.autosave_warning.text(), window.autosave_warning.toolTip()]
    for label in window.findChildren(type(window.photos_status)):
        texts.append(label.text())
    offending = [t for t in texts if EXCEPTION_NAME.search(t or "")]
    assert offending == [] and shown == []


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import editor.ui
    from PySide6.QtWidgets import QApplication
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings
    import importlib.util

    # By file: a dependency installs a package named "tests" that would shadow this repository's.
    spec = importlib.util.spec_from_file_location("journey", sys.argv[1])
    journey = importlib.util.module_from_spec(spec)
    sys.modules["journey"] = journey
    spec.loader.exec_module(journey)

    app = QApplication([])
    settings = Settings()
    settings.set("files/autosave_seconds", 0.2)
    settings.set("text/spell_check", False)
    window = MainWindow(settings)
    window.session.new()
    window.resize(1100, 800)
    window.show()
    journey.Journey(window, journey.Hands(), [Path(p) for p in sys.argv[2:]]).walk()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
        project = window.session.project
        found = project.recovery() if project is not None else None
        if found is not None and found.article == window.session.article:
            print("AUTOSAVED", flush=True)
            break
    time.sleep(120)  # the parent kills us here, a moment after the last edit reached the disk
""")


def test_journey_values_survive_autosave_sigkill_and_recovery(window, qtbot, photos, tmp_path) -> None:  # type: ignore
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    script = Path(__file__).with_name("reporter_journey.py")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(script), *map(str, photos[:2])], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        line = child.stdout.readline() if child.stdout else ""
        if line.strip() != "AUTOSAVED":
            child.kill()
            raise AssertionError(child.stderr.read()[-3000:] if child.stderr else "no output")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    orphans = find_orphans()
    assert [o.title for o in orphans] == [TITLE]
    window.files.ask_restore_orphan = lambda orphan: True
    window.files.start(None)
    check_article(window.session.article)
    assert window.isWindowModified() and window.header.title.text() == TITLE
    qtbot.waitUntil(lambda: window.session.photos.ready_count() >= 2, timeout=20_000)
    check_exports(export_both(window, tmp_path / "cuu"))


def test_journey_screenshots_in_vietnamese_at_1366x768(qapp, qtbot, photos, tmp_path) -> None:  # type: ignore
    """A screenshot after each journey step, as a reporter sees it (Vietnamese, a 1366×768 laptop): saved under
    $BANTHAO_SCREENSHOTS (default: the test's folder) for a human look; the test asserts what each one shows."""
    from PySide6.QtCore import QRect

    from editor.ui.i18n import install_translators
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    out = Path(os.environ.get("BANTHAO_SCREENSHOTS", tmp_path)) / "journey"
    out.mkdir(parents=True, exist_ok=True)
    translators = install_translators(qapp, "vi")
    settings = Settings()
    settings.set("files/autosave_seconds", 0.2)
    settings.set("text/spell_check", False)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: "discard"  # type: ignore[method-assign] # closing at the end
    try:
        window.session.new()
        window.fit_to_screen(QRect(0, 0, 1366, 738))
        window.show()
        journey = _walk(window, photos, out)
        shots = sorted(out.glob("*.png"))
        assert [p.stem.split("-", 1)[1] for p in shots] == journey.steps
        for shot in shots:
            from PySide6.QtGui import QImage

            image = QImage(str(shot))
            assert (image.width(), image.height()) == (window.width(), window.height()) and image.width() <= 1366
        tabs = {name: tab for name, tab, _ in journey.states}
        assert tabs["inspector-photo-1"] == "Ảnh" and tabs["details"] == "Chi tiết"
        assert [count for *_, count in journey.states] == [0, 0, 2, 2, 2, 2]
        assert window.windowTitle().startswith(TITLE)
        assert window.header.zone.currentText() == "Nhật Bản (GMT+9)"
        assert window.statusBar().geometry().bottom() < window.height()  # the counts stay on screen
    finally:
        window.session.close(discard=True)
        for translator in translators:
            qapp.removeTranslator(translator)
