"""The entry point, and errors shown as one line naming the file or photo (never a traceback)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import SAMPLE


def test_run_opens_a_path_and_returns_the_exit_code(qapp, qtbot, monkeypatch) -> None:  # type: ignore
    from editor.ui import app as app_module

    created = []
    original = app_module.create_window

    def spy(path):  # type: ignore[no-untyped-def]
        window = original(path)
        created.append(window)
        QTimer.singleShot(200, lambda: (window.session.close(discard=True), QApplication.instance().exit(3)))
        return window

    monkeypatch.setattr(app_module, "create_window", spy)
    assert app_module.run(SAMPLE.parent) == 3
    assert created and created[0].session.article.title == "Sức lan tỏa ở Uông Bí"
    created[0].close()
    from PySide6.QtCore import QTranslator

    for translator in qapp.findChildren(QTranslator):  # run() installs the Vietnamese catalogue
        qapp.removeTranslator(translator)


def test_a_broken_file_is_one_line_message(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "hong.banthao"
    broken.write_bytes(b"not a project at all" * 10)
    messages = []
    window.files.show_error = messages.append
    window.files.ask_salvage = lambda message: False  # the reporter declines the recovery offer
    assert not window.files.open_path(broken)
    assert len(messages) == 1 and "\n" not in messages[0] and "hong.banthao" in messages[0]


def test_a_damaged_project_is_offered_for_recovery_and_opens_recovered(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from editor.storage.documents import json_to_project
    from editor.storage.project import Project

    damaged = tmp_path / "bai.banthao"
    json_to_project(SAMPLE, damaged)
    with Project.open(damaged) as project:  # readable rows, but the file no longer opens as a project
        project._db.execute("PRAGMA application_id = 7")
        project._db.commit()
    offered, infos = [], []
    window.files.ask_salvage = lambda message: offered.append(message) or True
    window.files.show_info = infos.append
    window.files.show_error = lambda message: pytest.fail(f"unexpected error: {message}")
    assert not window.files.open_path(damaged)
    assert offered and "bai.banthao" in offered[0]
    qtbot.waitUntil(lambda: bool(infos), timeout=30_000)
    assert window.session.path == tmp_path / "bai (khôi phục).banthao"
    assert window.session.article.title == "Sức lan tỏa ở Uông Bí"
    assert len(window.session.article.figures) == 3


def test_export_error_names_the_photo(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from editor.ui.export_dialog import ExportDialog

    folder = tmp_path / "bai"
    shutil.copytree(SAMPLE.parent, folder)
    data = json.loads((folder / "article.json").read_text("utf-8"))
    (folder / "images" / "p02-duong-lang.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated jpeg")
    (folder / "article.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    window.files.start(folder / "article.json")
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.destination.setText(str(tmp_path / "out.docx"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.worker.isFinished(), timeout=60_000)
    qtbot.wait(50)
    status = dialog.status.text()
    assert "p02-duong-lang" in status and "Traceback" not in status, status
    assert not Path(tmp_path / "out.docx").exists()


def test_a_file_that_fails_to_open_leaves_the_current_article_working(window, qtbot, tmp_path) -> None:  # type: ignore
    from tests.ui.conftest import type_text

    type_text(window.header.title, "Đang viết")
    broken = tmp_path / "hong.json"
    broken.write_text("{not json", "utf-8")
    window.files.show_error = lambda message: None
    assert not window.files.open_path(broken)
    assert window.session.active and window.session.article.title == "Đang viết"
    target = tmp_path / "van-luu-duoc.banthao"
    window.files.ask_path = lambda *args: target
    assert window.files.save_as() and target.is_file()
