"""Importing a Word draft the way hands do it: the File menu, a drop on the window, and ``banthao DRAFT.docx``."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from editor.export.api import export
from editor.export.progress import run
from editor.storage.documents import open_article
from editor.storage.project import Project

DRAFTS = Path(__file__).resolve().parents[1] / "importers" / "drafts"


def _export_to(source: Path, out: Path) -> None:
    with open_article(source) as opened:
        run(export(opened, out))


def _menu_action(window, text: str):  # type: ignore[no-untyped-def]
    for menu in window.menuBar().actions():
        for action in menu.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def _wait_imported(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.imports.last is not None and window.imports.progress is None, timeout=60_000)
    qtbot.waitUntil(lambda: not window.session.photos.pending, timeout=60_000)


def test_file_import_word_draft_opens_a_new_untitled_article_and_saving_asks_a_name(window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    draft = DRAFTS / "word-layouts.docx"
    window.files.ask_path = lambda *args: draft
    action = _menu_action(window, window.tr("&Import Word draft…").replace("&", ""))
    action.trigger()
    assert window.imports.progress is not None  # the import runs in a worker, with a progress dialog
    _wait_imported(window, qtbot)
    article = window.session.article
    assert article.title == "Sức lan tỏa ở Uông Bí" and window.header.title.toPlainText() == article.title
    assert next((f.caption, f.credit) for f in article.figures) == (
        "Lãnh đạo phường trao quà cho các hộ nghèo.",
        "Vân Anh",
    )
    assert "word-layouts.docx" in window.windowTitle() and window.isWindowModified()
    assert window.session.path is None
    dialog = window.imports.report_dialog
    assert dialog is not None and dialog.isVisible() and "word-layouts.docx" in dialog.text.toPlainText()

    target = tmp_path / "bai-tu-word.banthao"
    asked = []
    window.files.ask_path = lambda *args: asked.append(args) or target
    dialog.close()  # the reporter reads the report, closes it and saves from the window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked and target.is_file() and window.session.path == target
    with Project.open(target) as project:
        saved = project.load()
        assert saved == window.session.article
        assert set(project.photo_names()) == set(saved.image_names())
    out = tmp_path / "bai.docx"
    _export_to(target, out)
    with zipfile.ZipFile(out) as z:
        document = z.read("word/document.xml").decode()
    assert "Lãnh đạo phường trao quà cho các hộ nghèo." in document and "Vân Anh" in document


def test_dropping_a_docx_on_the_window_imports_it(window, qtbot):  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DRAFTS / "word-shapes.docx"))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    _wait_imported(window, qtbot)
    assert len(window.session.article.figures) == 4
    assert "word-shapes.docx" in window.windowTitle()
    window.imports.report_dialog.close()
    window.imports.last = None
    mime = QMimeData()  # dropped on the text instead: the editor hands the draft to the window too
    mime.setUrls([QUrl.fromLocalFile(str(DRAFTS / "word-legacy.docx"))])
    window.editor.insertFromMimeData(mime)
    _wait_imported(window, qtbot)
    assert window.session.article.title == "SỨC LAN TỎA Ở UÔNG BÍ"
    window.imports.report_dialog.close()


def test_banthao_draft_docx_opens_the_app_on_the_import(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from editor.ui.app import create_window

    window = create_window(DRAFTS / "lo-html.docx")
    qtbot.addWidget(window)
    window.files.show_error = lambda message: (_ for _ in ()).throw(AssertionError(message))
    window.files.ask_save_changes = lambda: "discard"
    _wait_imported(window, qtbot)
    assert window.session.article.kicker == "Chung tay vì người nghèo"
    assert "lo-html.docx" in window.windowTitle()
    window.imports.report_dialog.close()
    window.session.close(discard=True)


def test_a_broken_draft_gives_one_line_and_keeps_the_open_article(window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    window.header.title.setPlainText("Bài đang viết")
    qtbot.waitUntil(lambda: window.session.article.title == "Bài đang viết")
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    errors: list[str] = []
    window.files.show_error = errors.append
    window.files.ask_path = lambda *args: broken
    window.files.ask_save_changes = lambda: "cancel"
    _menu_action(window, window.tr("&Import Word draft…").replace("&", "")).trigger()
    assert window.imports.progress is None and not errors  # cancelled at "save changes?": nothing happens
    window.files.ask_save_changes = lambda: "discard"
    _menu_action(window, window.tr("&Import Word draft…").replace("&", "")).trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert "hong.docx" in errors[0] and "\n" not in errors[0]
    assert window.session.article.title == "Bài đang viết"
