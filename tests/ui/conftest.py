"""Fixtures for the app's tests: real widgets offscreen, settings and caches in temporary folders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import editor.ui  # noqa: F401 - the PySide6 workaround must run before pytest-qt touches Qt

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MAKE_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "bench" / "make_corpus.py"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "article.json"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("BANTHAO_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three small synthetic camera photos (some sideways, some with IPTC) from the shared benchmark generator."""
    out = tmp_path_factory.mktemp("corpus")
    if MAKE_CORPUS.is_file():
        subprocess.run([sys.executable, str(MAKE_CORPUS), str(out), "--photos", "3", "--megapixels", "1"],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
    else:  # outside the team's machines: plain Pillow photos
        from PIL import Image

        (out / "images").mkdir()
        for i in range(3):
            Image.new("RGB", (1200, 800), (40 * i, 120, 200)).save(out / "images" / f"p{i + 1:02d}.jpg")
    return out


@pytest.fixture
def photos(small_corpus: Path) -> list[Path]:
    return sorted((small_corpus / "images").glob("*.jpg"))


@pytest.fixture(autouse=True)
def _interface_language_restored(qapp):  # type: ignore[no-untyped-def]
    """A test that installed a language (or switched it through the menu) must not leave later windows speaking it:
    removing a translator by hand would leave it listed as installed, so the next window would guess wrong."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    yield
    from editor.ui.i18n import remove_translators

    remove_translators(qapp)
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def _no_modal_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box offscreen waits for ever inside Qt, where no Python timeout can reach: fail at once instead."""
    from PySide6.QtWidgets import QMessageBox

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda *args, n=name: pytest.fail(f"QMessageBox.{n}{args}"))
        )


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    settings = Settings()
    settings.set("files/autosave_seconds", 0.2)
    settings.set("text/spell_check", False)  # loading the dictionary in every test costs seconds; one test enables it
    win = MainWindow(settings)
    qtbot.addWidget(win)
    # No modal dialog may ever open in a test (it would wait forever offscreen): each question fails loudly unless
    # the test answers it itself.
    win.files.show_error = lambda message: pytest.fail(f"unexpected error dialog: {message}")  # type: ignore
    win.files.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    questions = "ask_restore ask_restore_orphan ask_locked ask_path ask_salvage ask_save_failed ask_overwrite_other"
    for question in (*questions.split(), "ask_outlet"):
        setattr(win.files, question, lambda *args, q=question: pytest.fail(f"unexpected dialog: {q}{args}"))
    win.session.new()
    win.resize(1100, 800)
    win.show()
    yield win
    win.session.close(discard=True)


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type any text as key events (QTest.keyClicks asserts on letters outside ASCII, such as Vietnamese)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_A  # the event's text carries the letter
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def retype(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace what a field holds (a caption the photo pre-filled) as hands do: Ctrl+A, then type."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier))
    type_text(widget, text)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A UI test that waits on something that never comes fails after two minutes instead of hanging CI."""
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.timeout(120))


@pytest.fixture(scope="session", autouse=True)
def _release_clipboard_at_the_end():  # type: ignore[no-untyped-def]
    """As the app does on quit: copied data made in Python must not outlive Python (Qt's exit handlers crash)."""
    yield
    from editor.ui.paste import release_clipboard

    release_clipboard()
