"""Helpers for the journey tests of issue 20: save through the window, export both formats, read what came out."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.export.api import export
from editor.storage.documents import open_article
from editor.storage.project import Project


def press(widget, key: Qt.Key, modifier=Qt.KeyboardModifier.ControlModifier) -> None:  # type: ignore[no-untyped-def]
    """A shortcut pressed on ``widget`` as hands do (QTest routes it through the window's shortcut map)."""
    widget.window().activateWindow()
    widget.setFocus()
    for _ in range(200):
        if widget.hasFocus():
            break
        QTest.qWait(10)
    QTest.keyClick(widget, key, modifier)


def save_through_window(window, path: Path) -> Project:  # type: ignore[no-untyped-def]
    """Ctrl+S on a new article asks for a path: answer it, then read the project file back."""
    window.files.ask_path = lambda *args: path
    press(window.editor, Qt.Key.Key_S)
    assert path.is_file(), "Ctrl+S wrote nothing"
    return Project.open(path)


def export_both(source: Path, folder: Path) -> tuple[Path, Path]:
    """The saved project exported to DOCX and HTML by the same API the export dialog runs."""
    out = []
    for suffix in (".docx", ".html"):
        target = folder / f"out{suffix}"
        opened = open_article(source)
        try:
            for _ in export(opened, target):
                pass
        finally:
            opened.close()
        out.append(target)
    return out[0], out[1]


def docx_runs(path: Path) -> list[list[tuple[str, bool, bool]]]:
    """Every body paragraph's runs as (text, bold, italic), empty paragraphs left out."""
    import docx

    paragraphs = []
    for paragraph in docx.Document(str(path)).paragraphs:
        runs = [(r.text, bool(r.bold), bool(r.italic)) for r in paragraph.runs if r.text]
        if runs:
            paragraphs.append(runs)
    return paragraphs


def html_text(path: Path) -> str:
    """The HTML's article markup (inside <article>) with entities decoded."""
    page = path.read_text(encoding="utf-8")
    match = re.search(r"<article.*?</article>", page, re.DOTALL)
    return unescape(match.group(0) if match else page)


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    """Pick the combo entry holding ``data`` with the arrow keys, as a reporter does (each step fires ``activated``)."""
    target = combo.findData(data)
    assert target >= 0, f"{data!r} is not offered"
    combo.setFocus()
    while combo.currentIndex() != target:
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def click(widget) -> None:  # type: ignore[no-untyped-def]
    assert widget.isVisible() and widget.isEnabled(), f"{widget.text() if hasattr(widget, 'text') else widget}"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
