"""Sent versions and corrections, driven by clicks: export records a version, File › Sent versions shows what
changed, "Restore this version" is one undo step, File › Send corrections writes tracked changes."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt

from editor.storage.documents import json_to_project
from editor.storage.versions import list_versions
from tests.changes.scenarios import BASE, write_article
from tests.ui.conftest import type_text


def _click_export(qtbot, dialog, out: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.destination.clear()
    qtbot.keyClicks(dialog.destination, str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.worker is not None and dialog.worker.isFinished(), timeout=60_000)
    qtbot.wait(100)
    assert out.is_file(), dialog.status.text()


def _only(window, kind):  # type: ignore[no-untyped-def]
    found = [w for w in window.findChildren(kind) if w.isVisible()]
    assert len(found) == 1
    return found[0]


def test_export_records_a_version_compare_restore_and_send_corrections(window, qtbot, tmp_path) -> None:  # type: ignore
    from editor.ui.export_dialog import ExportDialog
    from editor.ui.versions_dialog import CorrectionsDialog, VersionsDialog

    project_path = tmp_path / "bai.banthao"
    json_to_project(write_article(tmp_path / "src", BASE), project_path)
    window.files.start(project_path)
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    _click_export(qtbot, dialog, tmp_path / "gui-1.docx")
    dialog.close()
    versions = list_versions(window.session.project).versions
    assert [(v.number, v.file_name, v.format) for v in versions] == [(1, "gui-1.docx", "docx")]

    title = window.header.title
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    type_text(title, " Đông Xá")
    assert window.session.article.title == BASE["title"] + " Đông Xá"

    window.versions_action.trigger()
    versions_dialog = _only(window, VersionsDialog)
    qtbot.addWidget(versions_dialog)
    item = versions_dialog.list.item(0)
    qtbot.mouseClick(versions_dialog.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=versions_dialog.list.visualItemRect(item).center())  # fmt: skip
    shown = versions_dialog.view.toPlainText()
    assert "Tít" in shown and "Đông Xá" in shown
    assert versions_dialog.lines == ["~ Tít: Làng gốm bên sông vào mùa lò Tết{+ Đông Xá+}"]
    if os.environ.get("BANTHAO_SCREENSHOTS"):
        versions_dialog.grab().save(str(Path(os.environ["BANTHAO_SCREENSHOTS"]) / "versions-dialog.png"))

    qtbot.mouseClick(versions_dialog.restore, Qt.MouseButton.LeftButton)
    assert window.session.article.title == BASE["title"]
    assert versions_dialog.lines == []
    window.undo_action.trigger()
    assert window.session.article.title == BASE["title"] + " Đông Xá"
    versions_dialog.close()

    window.corrections_action.trigger()
    corrections = _only(window, CorrectionsDialog)
    qtbot.addWidget(corrections)
    assert corrections.since.currentData() == 1
    _click_export(qtbot, corrections, tmp_path / "gui-2-ban-sua.docx")
    xml = zipfile.ZipFile(tmp_path / "gui-2-ban-sua.docx").read("word/document.xml").decode("utf-8")
    assert "<w:ins " in xml and "Đông Xá</w:t></w:r></w:ins>" in xml
    versions = list_versions(window.session.project).versions
    assert [(v.number, v.format) for v in versions] == [(1, "docx"), (2, "changes")]
    corrections.close()

    # between two versions: No. 1 in the list, "No. 2" chosen in the combo with the keyboard (activated fires)
    window.versions_action.trigger()
    versions_dialog = [w for w in window.findChildren(VersionsDialog) if w.isVisible()][-1]
    qtbot.addWidget(versions_dialog)
    item = versions_dialog.list.item(1)
    qtbot.mouseClick(versions_dialog.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=versions_dialog.list.visualItemRect(item).center())  # fmt: skip
    versions_dialog.against.setFocus()
    qtbot.keyClick(versions_dialog.against, Qt.Key.Key_Down)
    assert versions_dialog.against.currentData() == 2
    assert versions_dialog.lines == ["~ Tít: Làng gốm bên sông vào mùa lò Tết{+ Đông Xá+}"]
    versions_dialog.close()
