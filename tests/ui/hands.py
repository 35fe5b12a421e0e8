"""Using the window as hands do: choose a combo entry by clicking it in its popup, press shortcuts and buttons,
export both formats and read them back (python-docx, lxml), and look for Python exception names on screen."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox

EXCEPTION_NAME = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback|\bKeyError\b|\bStopIteration\b")


def choose(qtbot, combo: QComboBox, data: object) -> None:  # type: ignore[no-untyped-def]
    """Open the combo's list and click the entry holding ``data`` (so ``activated`` fires, as for a reporter)."""
    index = combo.findData(data)
    if index < 0:
        index = combo.findText(str(data))
    assert index >= 0, f"{data!r} is not offered by the list"
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=3_000)
    rect = view.visualRect(view.model().index(index, combo.modelColumn()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=3_000)
    assert combo.currentIndex() == index


def click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shortcut(qtbot, window, sequence: str) -> None:  # type: ignore[no-untyped-def]
    """Press a key sequence such as "Ctrl+S" on the focused widget of the (active) window."""
    from PySide6.QtGui import QKeySequence

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3_000)
    combo = QKeySequence(sequence)[0]
    target = window.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def find_button(widget, text: str) -> QAbstractButton:  # type: ignore[no-untyped-def]
    for button in widget.findChildren(QAbstractButton):
        if button.text() == text or button.text().replace("&", "") == text:
            return button
    raise AssertionError(f"no button {text!r}")


class Exports:
    """What a reader finds in both exports: the DOCX's paragraphs and its XML (alt text, properties), the HTML's
    visible text and its source (meta tags, JSON-LD, attributes)."""

    def __init__(
        self, docx_text: str, docx_xml: str, html_text: str, html_source: str, docx_media: bytes = b""
    ) -> None:
        self.docx_text, self.docx_xml, self.html_text, self.html_source = docx_text, docx_xml, html_text, html_source
        self.docx_media = docx_media  # every picture's bytes, for the metadata inside them


def export_both(window, folder: Path) -> Exports:  # type: ignore[no-untyped-def]
    """Export the open article as the export dialog does (a snapshot, the project's photos)."""
    import zipfile

    import docx
    from lxml import html as lxml_html

    from editor.export.api import export

    folder.mkdir(parents=True, exist_ok=True)
    window.session.photos.flush_imports()
    opened = window.session.opened_for_export(window.session.article)
    for out in (folder / "bai.docx", folder / "bai.html"):
        for _step in export(opened, out, profile=window.profile()):
            pass
    document = docx.Document(str(folder / "bai.docx"))
    paragraphs = [p.text for p in document.paragraphs]
    for table in document.tables:
        paragraphs += [cell.text for row in table.rows for cell in row.cells]
    with zipfile.ZipFile(folder / "bai.docx") as package:
        xml = "".join(package.read(n).decode("utf-8") for n in package.namelist() if n.endswith((".xml", ".rels")))
        media = b"".join(package.read(n) for n in package.namelist() if n.startswith("word/media/"))
    source = (folder / "bai.html").read_text("utf-8")
    page = lxml_html.fromstring(source)
    return Exports("\n".join(paragraphs), xml, " ".join(page.text_content().split()), source, media)
