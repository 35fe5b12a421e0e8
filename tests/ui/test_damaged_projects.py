"""Damaged projects and full disks in the app, driven as hands do: Ctrl+O, Ctrl+S, typing, the answers to dialogs."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from editor.files.paths import cache_dir
from editor.storage.documents import json_to_project
from editor.storage.last_good import forget_last_good
from editor.storage.project import Project
from tests.support.small_disk import fill, mounted
from tests.ui.conftest import SAMPLE, type_text


def _press(window, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    window.activateWindow()
    QTest.keyClick(window.editor, key, Qt.KeyboardModifier.ControlModifier)


def test_a_truncated_project_is_salvaged_from_its_pages_and_the_status_clears(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 20 item 5: `head -c 20000 a.banthao > bad.banthao`, opened with Ctrl+O."""
    good = tmp_path / "a.banthao"
    json_to_project(SAMPLE, good)
    bad = tmp_path / "bad.banthao"
    bad.write_bytes(good.read_bytes()[:20_000])
    for path in (good, bad):
        forget_last_good(path)  # no safety copy anywhere: salvage reads the pages alone
    offered, infos = [], []
    window.files.ask_path = lambda *args: bad
    window.files.ask_salvage = lambda message: offered.append(message) or True
    window.files.show_info = infos.append
    _press(window, Qt.Key.Key_O)
    assert offered and "bad.banthao" in offered[0] and "bị hỏng" in offered[0]
    status = window.statusBar().currentMessage()  # the Qt strings are English unless the translator is installed
    assert "Recovering bad.banthao" in status or "Đang khôi phục bad.banthao" in status
    qtbot.waitUntil(lambda: bool(infos), timeout=60_000)
    assert window.statusBar().currentMessage() == ""  # "Đang khôi phục…" is gone
    assert "Đã khôi phục phần bài viết đọc được từ các trang còn lại" in infos[0]
    assert "Phần cuối bài viết đã mất" in infos[0]
    assert window.session.path == tmp_path / "bad (khôi phục).banthao"
    assert window.header.title.text() == "Sức lan tỏa ở Uông Bí"
    assert window.session.article.kicker == "Chung tay vì người nghèo"
    assert "Những ngày cuối năm" in window.editor.toPlainText()
    window.grab().save(str(tmp_path / "salvaged.png"))


def test_a_project_with_a_damaged_photo_names_it_and_salvage_keeps_the_others(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    damaged = tmp_path / "bai.banthao"
    json_to_project(SAMPLE, damaged)
    with Project.open(damaged) as project:
        digest = project.photo_sha256("images/p02-duong-lang.jpg")
    db = sqlite3.connect(damaged)
    data = bytearray(db.execute("SELECT data FROM blobs WHERE sha256 = ?", (digest,)).fetchone()[0])
    data[5000] ^= 0x55
    db.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (bytes(data), digest))
    db.commit()
    db.close()
    for cached in (cache_dir() / "originals").glob(f"{digest}/*"):
        cached.unlink()  # the good copy is not anywhere else either
    forget_last_good(damaged)
    before = damaged.read_bytes()
    offered, infos = [], []
    window.files.ask_path = lambda *args: damaged
    window.files.ask_salvage = lambda message: offered.append(message) or True
    window.files.show_info = infos.append
    _press(window, Qt.Key.Key_O)
    assert offered and "Ảnh 2 (images/p02-duong-lang.jpg) trong dự án bị hỏng" in offered[0]
    assert "originals" not in offered[0]
    qtbot.waitUntil(lambda: bool(infos), timeout=60_000)
    assert window.statusBar().currentMessage() == ""
    assert "Mất 1 ảnh" in infos[0] and "images/p02-duong-lang.jpg" in infos[0] and "Giữ được 2 ảnh" in infos[0]
    assert [f.image for f in window.session.article.figures] == [
        "images/p01-trao-qua.jpg",
        "images/p03-nha-van-hoa.jpg",
    ]
    assert "[Ảnh bị mất: images/p02-duong-lang.jpg]" in window.editor.toPlainText()
    assert damaged.read_bytes() == before  # the damaged file itself is never touched


def test_saving_onto_a_full_disk_says_so_and_keeps_the_work(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with mounted(tmp_path / "disk", "8m") as disk:
        path = disk / "bai.banthao"
        json_to_project(SAMPLE, path)
        window.files.open_path(path)
        saved = path.read_bytes()
        fill(disk)
        window.header.title.setFocus()
        window.header.title.selectAll()
        type_text(window.header.title, "Tít mới")
        errors: list[str] = []
        window.files.show_error = errors.append
        window.files.ask_save_failed = lambda message: errors.append(message) or False  # the dialog offers Save as
        _press(window, Qt.Key.Key_S)
        assert len(errors) == 1 and "ổ đĩa đã đầy" in errors[0] and "bai.banthao" in errors[0], errors
        assert window.header.title.text().startswith("Tít mới")  # the work stays in the window
        assert not window.session.stack.isClean()
        # autosave meets the same full disk: said in the status bar, the work still in the window
        qtbot.waitUntil(lambda: "ổ đĩa đã đầy" in window.statusBar().currentMessage(), timeout=30_000)
        window.session.close(discard=True)
        assert path.read_bytes() == saved or Project.open(path).load().title == "Sức lan tỏa ở Uông Bí"
        assert sorted(p.name for p in disk.iterdir() if not p.name.startswith("filler")) == ["bai.banthao"]
