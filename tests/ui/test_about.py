"""Tệp › Giới thiệu, opened from the real menu as a click does: version, licences, log path, the font found."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser

from editor import __version__
from editor.ui.about import AboutDialog


def test_about_opens_from_the_file_menu_and_tells_the_truth(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible())
        seen["heading"] = dialog.findChild(QLabel, "about-heading").text()
        seen["facts"] = dialog.findChild(QLabel, "about-facts").text()
        seen["licences"] = dialog.findChild(QTextBrowser, "about-licences").toPlainText()
        dialog.grab().save(str(tmp_path / "about.png"))
        dialog.reject()

    QTimer.singleShot(200, read_and_close)
    about = window.findChild(QAction, "about")
    assert about in window.menuBar().actions()[0].menu().actions()  # in Tệp
    about.trigger()
    assert __version__ in seen["heading"]
    assert "error.log" in seen["facts"]
    assert "Times New Roman" in seen["facts"]
    assert "PySide6" in seen["licences"] and "LGPL-3.0" in seen["licences"] and "GPL-2.0" in seen["licences"]
