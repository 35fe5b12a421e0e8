"""Issue 11's walk-through, item by item, through the real window: what broke, and what a reporter expects now."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor.model.article import BylinePosition, Figure, Layout
from editor.storage.project import Project
from editor.ui.session import find_orphans, lock_path
from tests.ui.conftest import retype, type_text
from tests.ui.hands import EXCEPTION_NAME, choose, click, export_both, find_button, shortcut
from tests.ui.test_window import add_photos


def _save_as(window, qtbot, target: Path) -> None:  # type: ignore[no-untyped-def]
    window.files.ask_path = lambda *args: target
    window.header.title.setFocus()
    shortcut(qtbot, window, "Ctrl+S")  # never saved: Ctrl+S asks where, as Save As does


def test_item_01_author_typed_then_saved(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    type_text(window.header.title, "Tít bài")
    type_text(window.header.authors, "Bài và ảnh: Ngọc Hân")
    target = tmp_path / "tac-gia.banthao"
    _save_as(window, qtbot, target)
    assert window.session.path == target and not window.isWindowModified()
    with Project.open(target) as project:
        authors = project.load().authors
    assert [(a.role, a.name, a.position) for a in authors] == [("Bài và ảnh", "Ngọc Hân", BylinePosition.END)]
    assert type(authors[0].position) is BylinePosition
    type_text(window.header.authors, "; Thu Chung")
    shortcut(qtbot, window, "Ctrl+S")  # the second save to the same path: no lock left behind by the first
    assert not window.isWindowModified()
    with Project.open(target) as project:
        assert [a.name for a in project.load().authors] == ["Ngọc Hân", "Thu Chung"]
    assert not EXCEPTION_NAME.search(window.statusBar().currentMessage())


def test_item_02_byline_in_every_export(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    type_text(window.header.title, "Tít bài")
    type_text(window.header.authors, "Bài và ảnh: Ngọc Hân")
    exports = export_both(window, tmp_path / "cuoi")
    assert "Bài và ảnh: Ngọc Hân" in exports.docx_text and "Bài và ảnh: Ngọc Hân" in exports.html_text
    choose(qtbot, window.header.byline, BylinePosition.TOP)
    assert window.session.article.authors[0].position is BylinePosition.TOP
    exports = export_both(window, tmp_path / "tren")
    docx_lines = exports.docx_text.splitlines()
    assert docx_lines.index("Bài và ảnh: Ngọc Hân") < 3  # under the title, before the sapo and body
    assert "Bài và ảnh: Ngọc Hân" in exports.html_text


def test_item_03_layout_changed_then_saved_and_exported(window, qtbot, photos, tmp_path) -> None:  # type: ignore
    type_text(window.header.title, "Bố cục")
    add_photos(window, qtbot, photos[:1])
    window.editor.select_block(0)
    choose(qtbot, window.inspector.layout_box, Layout.LEFT)
    figure = window.session.article.figures[0]
    assert figure.layout is Layout.LEFT
    exports = export_both(window, tmp_path / "trai")
    assert "tblpPr" in exports.docx_xml  # a floating table: the photo on the left, text wrapping
    assert "left" in exports.html_source
    _save_as(window, qtbot, tmp_path / "bo-cuc.banthao")
    window.session.autosave(wait=True)
    with Project.open(tmp_path / "bo-cuc.banthao") as project:
        assert project.load().figures[0].layout is Layout.LEFT


def test_item_04_rotated_photo_previews_and_reopens(window, qtbot, photos, tmp_path) -> None:  # type: ignore
    type_text(window.header.title, "Xoay")
    add_photos(window, qtbot, photos[:1])
    window.editor.select_block(0)
    messages: list[str] = []
    window.session.photos.failed.connect(messages.append)
    before = window.session.photos.thumbnail(window.session.article.figures[0])
    click(qtbot, find_button(window.inspector, window.inspector.tr("⟲ Rotate left")))
    figure = window.session.article.figures[0]
    assert figure.rotation == 270 and figure.quarter_turns == 3
    qtbot.waitUntil(lambda: window.session.photos.thumbnail(figure) is not None, timeout=10_000)
    turned = window.session.photos.thumbnail(figure)
    assert not turned.isNull() and (turned.width(), turned.height()) == (before.height(), before.width())
    _save_as(window, qtbot, tmp_path / "xoay.banthao")
    assert window.files.open_path(tmp_path / "xoay.banthao")
    reopened = window.session.article.figures[0]
    assert reopened.rotation == 270
    qtbot.waitUntil(lambda: window.session.photos.thumbnail(reopened) is not None, timeout=10_000)
    assert not window.session.photos.thumbnail(reopened).isNull()
    assert messages == []


def _fail_writes_to(monkeypatch, target: Path, method: str) -> None:  # type: ignore[no-untyped-def]
    """Writing into ``target`` fails as a full disk does; every other project (the recovery copy) still works."""
    real = getattr(Project, method)

    def failing(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(self.path) == target:
            from editor.storage.project import DAMAGE_ERRORS  # noqa: F401 - the same path a real full disk takes

            with self._write():
                raise sqlite3.OperationalError("database or disk is full")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Project, method, failing)


def test_item_05_failing_autosave_says_so_once_and_keeps_a_copy(window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore
    target = tmp_path / "day.banthao"
    type_text(window.header.title, "Ổ đầy")
    _save_as(window, qtbot, target)
    _fail_writes_to(monkeypatch, target, "autosave")
    said: list[str] = []
    window.session.autosaveFailed.connect(said.append)
    window.editor.setFocus()
    type_text(window.editor, "Câu gõ trước khi máy treo.")
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    type_text(window.editor, " Thêm nữa.")
    qtbot.wait(800)  # several autosave intervals: still said only once
    window.session.autosave(wait=True)
    qtbot.wait(100)
    assert len(said) == 1 and window.autosave_warning.isVisible()
    assert not EXCEPTION_NAME.search(said[0]) and "disk is full" in said[0]
    # The copy outside the project holds the last sentence: a crash now loses nothing.
    rescue = window.session.rescue.path
    assert rescue is not None and rescue.parent != target.parent
    with Project.open(rescue) as copy:
        assert copy.recovery().article.body[0].text == "Câu gõ trước khi máy treo. Thêm nữa."
    # A crash: the app is gone without closing anything; the next start offers the copy back.
    window.session.rescue.release()
    assert [o.title for o in find_orphans()] == ["Ổ đầy"]
    with Project.open(target) as saved:  # the reporter's file still holds the last explicit save
        assert saved.load().body == ()


def test_failed_save_is_loud_keeps_the_file_and_offers_save_as(window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore
    target = tmp_path / "bai.banthao"
    type_text(window.header.title, "Bài đầu")
    _save_as(window, qtbot, target)
    type_text(window.header.title, " sửa")
    _fail_writes_to(monkeypatch, target, "save")
    shown: list[str] = []
    elsewhere = tmp_path / "noi-khac.banthao"
    window.files.ask_save_failed = lambda message: shown.append(message) or True  # the reporter picks "Lưu thành…"
    window.files.ask_path = lambda *args: elsewhere
    shortcut(qtbot, window, "Ctrl+S")
    assert len(shown) == 1 and "disk is full" in shown[0] and not EXCEPTION_NAME.search(shown[0])
    text = window.files.save_failed_text(shown[0])
    assert "still here" in text or "vẫn còn" in text
    with Project.open(target) as project:
        assert project.load().title == "Bài đầu"  # the previous save intact
    assert window.session.path == elsewhere and not lock_path(target).exists()
    with Project.open(elsewhere) as project:
        assert project.load().title == "Bài đầu sửa"


def test_save_as_into_a_failing_folder_releases_its_lock(window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore
    type_text(window.header.title, "Khóa")
    target = tmp_path / "khoa.banthao"
    no_space = OSError(28, "No space")
    monkeypatch.setattr("editor.storage.workspace.fresh_copy", lambda *a: (_ for _ in ()).throw(no_space))
    monkeypatch.setattr(Project, "save_as", lambda *a: (_ for _ in ()).throw(AttributeError("'str' has no 'value'")))
    shown: list[str] = []
    window.files.ask_save_failed = lambda message: shown.append(message) or False
    _save_as(window, qtbot, target)
    assert len(shown) == 1 and not EXCEPTION_NAME.search(shown[0])
    assert not lock_path(target).exists() and window.isWindowModified()
    monkeypatch.undo()
    _save_as(window, qtbot, target)  # the same path works at once: no "open in another window"
    assert window.session.path == target and not window.isWindowModified()


@pytest.mark.parametrize("bad", [{"layout": "bogus"}, {"rotation": 45}, {"crop": (0.5, 0, 0.2, 1)}])
def test_item_root_cause_wrong_values_fail_at_the_edit(bad) -> None:  # type: ignore[no-untyped-def]
    from editor.model.article import ModelValueError

    with pytest.raises(ModelValueError):
        Figure("a.jpg", **bad)
    assert Figure("a.jpg", layout="left", rotation=-90).layout is Layout.LEFT  # type: ignore[arg-type]
    assert Qt  # imported for the key tests of this module


def test_item_09_now_is_the_reporters_instant_zones_named_digits_typed(window, qtbot) -> None:  # type: ignore
    from datetime import UTC, datetime, timedelta

    header = window.header
    labels = [header.zone.itemText(i) for i in range(header.zone.count())]
    assert labels[0] == header.tr("Vietnam") + " (GMT+7)" and not any("/" in label for label in labels)
    before = datetime.now(UTC).replace(second=0, microsecond=0)
    click(qtbot, header.has_time)  # "Đặt": now, in Vietnam, whatever the machine's clock zone
    published = window.session.article.dateline.published
    assert published.utcoffset() == timedelta(hours=7)
    assert before - timedelta(minutes=1) <= published <= datetime.now(UTC) + timedelta(minutes=1)
    header.when.setFocus()
    qtbot.keyClick(header.when, Qt.Key.Key_Home)
    qtbot.keyClicks(header.when, "7/8/2024 9:05")
    assert window.session.article.dateline.published.isoformat() == "2024-08-07T09:05:00+07:00"
    header.when.setFocus()
    qtbot.keyClick(header.when, Qt.Key.Key_Home)
    qtbot.keyClicks(header.when, "25/03/2025 08:30")
    assert window.session.article.dateline.published.isoformat() == "2025-03-25T08:30:00+07:00"
    assert header.preview.text() == "Thứ Ba, 25/03/2025, 08:30 [GMT+7]"
    choose(qtbot, header.zone, "Asia/Tokyo")
    assert window.session.article.dateline.published.isoformat() == "2025-03-25T08:30:00+09:00"


def test_item_10_no_file_opens_a_new_empty_article_sample_in_help(window, qtbot) -> None:  # type: ignore
    from editor.model.article import Article
    from tests.ui.conftest import SAMPLE

    window.settings.set("session/welcomed", True)  # not the very first run (that one opens the welcome article)
    window.files.start(None)
    assert window.session.article == Article() and window.session.source is None
    assert window.windowTitle().startswith(window.tr("Untitled"))
    type_text(window.header.title, "Sức lan tỏa")
    assert window.windowTitle().startswith("Sức lan tỏa")  # not "Chưa có tít", not "article.json"
    window.undo_action.trigger()
    sample = next(a for a in window.menuBar().actions() if a.text() == window.tr("&Help")).menu().actions()[0]
    sample.trigger()
    assert window.session.source == SAMPLE
    assert window.windowTitle().startswith("Sức lan tỏa ở Uông Bí")


def test_issue18_very_first_start_opens_the_welcome_article_then_never_again(window, qtbot) -> None:  # type: ignore
    from editor.model.article import Article
    from editor.ui.main_window import MainWindow
    from tests.ui.conftest import SAMPLE

    window.files.start(None)  # an empty profile: the reporter's first start
    assert window.session.source == SAMPLE and window.session.article.title == "Sức lan tỏa ở Uông Bí"
    window.session.close(discard=True)
    again = MainWindow(window.settings)
    qtbot.addWidget(again)
    again.files.start(None)  # the second start: a new article, not the sample again
    assert again.session.article == Article() and again.session.source is None
    again.session.close(discard=True)


def test_item_10_first_run_asks_for_the_outlet_and_the_default_names_none(window, qtbot, tmp_path) -> None:  # type: ignore
    assert window.settings.get("export/profile") == "chung"
    type_text(window.header.title, "Tin")
    exports = export_both(window, tmp_path / "chung")
    assert "og:site_name" not in exports.html_source and "Báo Quảng Ninh" not in exports.html_source
    asked: list[list[tuple[str, str]]] = []
    window.files.ask_outlet = lambda choices: asked.append(choices) or "dan-tri"
    window.files.first_run()
    window.files.first_run()  # asked once only
    assert len(asked) == 1 and asked[0][0][1] == "chung" and ("Báo Quảng Ninh", "bao-quang-ninh") in asked[0]
    assert window.settings.get("export/profile") == "dan-tri"
    exports = export_both(window, tmp_path / "dan-tri")
    assert 'property="og:site_name"' in exports.html_source and "Dân trí" in exports.html_source


def test_20_item_7_restart_reopens_the_json_article(window, qtbot, tmp_path) -> None:  # type: ignore
    import shutil

    from editor.ui.main_window import MainWindow
    from tests.ui.conftest import SAMPLE

    folder = tmp_path / "bai"
    shutil.copytree(SAMPLE.parent, folder)
    assert window.files.open_path(folder / "article.json")
    window.close()  # quitting the app
    again = MainWindow(window.settings)
    qtbot.addWidget(again)
    again.files.start(None)
    assert again.session.source == folder / "article.json"
    assert again.session.article.title == "Sức lan tỏa ở Uông Bí"
    again.session.close(discard=True)


def test_20_item_4_small_screen_fits_restores_only_what_fits_and_folds(window, qtbot, tmp_path) -> None:  # type: ignore
    from PySide6.QtCore import QRect

    from editor.ui.main_window import MainWindow

    laptop = QRect(0, 0, 1366, 768 - 30)  # a 1366×768 screen less its task bar
    window.fit_to_screen(laptop)
    assert laptop.contains(window.frameGeometry())
    assert window.statusBar().geometry().bottom() < window.height()
    big = MainWindow(window.settings)
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 1900, 1150)  # saved on a bigger monitor
    saved = bytes(big.saveGeometry().data())
    again = MainWindow(window.settings)
    qtbot.addWidget(again)
    assert not again.restore_geometry(saved, laptop)
    assert laptop.contains(again.frameGeometry())
    before = window.editor.height()
    window.header.title.setFocus()
    shortcut(qtbot, window, "Ctrl+Shift+H")
    qtbot.waitUntil(lambda: not window.header.sapo.isVisible())
    assert window.header.title.isVisible() and window.settings.get("window/header_folded")
    qtbot.waitUntil(lambda: window.editor.height() > before + 100)
    out = tmp_path / "shots"
    out.mkdir()
    window.resize(laptop.size())
    assert window.grab().save(str(out / "folded-1366.png"))
    shortcut(qtbot, window, "Ctrl+Shift+H")
    qtbot.waitUntil(lambda: window.header.sapo.isVisible())


def test_item_08_credit_with_a_role_word_gets_no_second_label(window, qtbot, photos, tmp_path) -> None:  # type: ignore
    type_text(window.header.title, "Đồ họa")
    add_photos(window, qtbot, photos[:2])
    window.editor.select_block(0)
    retype(window.inspector.caption, "Sơ đồ tuyến đường mới")  # the corpus photos pre-fill caption and credit
    retype(window.inspector.credit, "Đồ họa: Minh Khang")
    window.editor.select_block(1)
    retype(window.inspector.caption, "Cầu Bãi Cháy")
    retype(window.inspector.credit, "Vân Anh")
    shown = window._caption_parts(window.session.article.figures[0])  # what the editor paints
    assert "".join(text for text, _ in shown) == "Sơ đồ tuyến đường mới. Đồ họa: Minh Khang"
    exports = export_both(window, tmp_path / "vai")
    for text in (exports.docx_text, exports.html_text):
        assert "Đồ họa: Minh Khang" in text and "Ảnh: Đồ họa" not in text
        assert "Cầu Bãi Cháy. Ảnh: Vân Anh" in text


def test_item_06_typing_while_photos_are_inserted_is_never_split(window, qtbot, photos) -> None:  # type: ignore
    from editor.model.article import Paragraph

    type_text(window.header.title, "Gõ trong lúc chèn")
    window.editor.setFocus()
    type_text(window.editor, "Đoạn một.")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, "Thê")
    window.photo_actions.insert_paths(photos[:3], window.editor.insertion_index())  # as the Ctrl+Shift+I dialog does
    type_text(window.editor, "m câu.")  # typed before the photos have been read
    qtbot.waitUntil(lambda: len(window.session.article.figures) == 3, timeout=20_000)
    type_text(window.editor, " Hết.")
    body = window.session.article.body
    texts = [b.text if isinstance(b, Paragraph) else "ẢNH" for b in body]
    assert texts == ["Đoạn một.", "Thêm câu. Hết.", "ẢNH", "ẢNH", "ẢNH"]


def test_item_07_crop_box_follows_the_photo_and_the_frame_moves(window, qtbot, photos) -> None:  # type: ignore
    from PySide6.QtCore import QPoint

    type_text(window.header.title, "Cắt ảnh")
    add_photos(window, qtbot, photos[:2])
    inspector = window.inspector
    window.editor.select_block(0)
    qtbot.waitUntil(lambda: inspector.crop_frame.image is not None, timeout=10_000)
    choose(qtbot, inspector.crop_box, "1:1")
    first = window.session.article.figures[0]
    assert first.crop is not None and inspector.crop_frame.crop == first.crop
    window.editor.select_block(1)
    assert inspector.crop_box.currentData() == "" and inspector.crop_frame.crop is None  # not photo 1's crop
    window.editor.select_block(0)
    assert inspector.crop_box.currentText() == "1:1"
    # Drag the frame to the left edge: the crop moves, keeps its size, and is one undo step.
    frame = inspector.crop_frame.frame_rect()
    start = frame.center().toPoint()
    qtbot.mousePress(inspector.crop_frame, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(inspector.crop_frame, start - QPoint(300, 0))
    qtbot.mouseRelease(inspector.crop_frame, Qt.MouseButton.LeftButton, pos=start - QPoint(300, 0))
    moved_crop = window.session.article.figures[0].crop
    assert moved_crop[0] == 0.0 and abs((moved_crop[2] - moved_crop[0]) - (first.crop[2] - first.crop[0])) < 1e-9
    assert inspector.crop_box.currentText() == "1:1"
    window.undo_action.trigger()
    assert window.session.article.figures[0].crop == first.crop
    # A cropped photo is never drawn wider than the text column.
    handler = window.editor.handler
    column = handler._column(window.editor.document())
    for figure in window.session.article.figures:
        for crop in (None, (0.0, 0.3, 1.0, 0.5), (0.4, 0.0, 0.5, 1.0)):
            rect = handler._image_rect(replace_crop(figure, crop), column)
            assert rect.left() >= 0 and rect.right() <= column + 0.5


def replace_crop(figure: Figure, crop):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    return replace(figure, crop=crop)


def test_20_item_7_caret_stays_where_a_fix_changed_the_text(window, qtbot) -> None:  # type: ignore
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    type_text(window.header.title, "Tít")
    window.editor.setFocus()
    type_text(window.editor, "Một  câu có hai dấu cách.")
    checks = window.checks
    qtbot.waitUntil(lambda: any("dấu cách" in line for line in checks.lines()))
    window.side.setCurrentWidget(checks)
    spaces = next(f for f in checks.findings if "dấu cách" in f.message_vi)
    click(qtbot, checks.fix_button(spaces))  # the row's "Sửa"
    assert window.session.article.body[0].text == "Một câu có hai dấu cách."
    qtbot.waitUntil(lambda: not any("dấu cách" in line for line in checks.lines()))
    # Issue 17: the row's Sửa keeps the reporter in the list (to go on down it), never hands the focus to the
    # kicker; the body's caret is where the change is.
    assert QApplication.focusWidget() is checks.list and window.editor.textCursor().blockNumber() == 0
    shortcut(qtbot, window, "Ctrl+Z")
    assert window.session.article.body[0].text == "Một  câu có hai dấu cách."
    assert QApplication.focusWidget() in (checks.list, window.editor)
    type_text(window.editor, "!")
    assert window.session.article.title == "Tít"  # typing after the undo went into the body, not the kicker


def test_20_item_7_replacing_a_photo_clears_its_old_alt_text(window, qtbot, photos) -> None:  # type: ignore
    type_text(window.header.title, "Thay ảnh")
    add_photos(window, qtbot, photos[:1])
    window.editor.select_block(0)
    retype(window.inspector.caption, "Chú thích giữ lại")  # the corpus photo pre-fills its caption
    retype(window.inspector.alt, "Mô tả ảnh cũ")
    window.photo_actions.ask_photos = lambda many=True: [photos[1]]
    old_image = window.session.article.figures[0].image
    click(qtbot, find_button(window.inspector, window.inspector.tr("Replace…")))
    qtbot.waitUntil(lambda: window.session.article.figures[0].image != old_image, timeout=10_000)
    figure = window.session.article.figures[0]
    assert figure.caption == "Chú thích giữ lại" and figure.alt == ""
    assert window.inspector.alt.toPlainText() == "" and window.inspector.alt_warning.isVisible()


def test_20_item_2_two_windows_on_one_project_the_last_save_does_not_silently_win(window, qtbot, tmp_path) -> None:  # type: ignore
    from editor.model.article import Article
    from editor.ui.main_window import MainWindow

    target = tmp_path / "chung.banthao"
    Project.create(target, Article(title="Chung")).close()
    assert window.files.open_path(target)
    second = MainWindow(window.settings)
    qtbot.addWidget(second)
    second.files.ask_locked = lambda name: True  # "Open" at the lock warning
    second.files.ask_save_changes = lambda: "discard"
    assert second.files.open_path(target)
    second.show()
    type_text(window.header.title, " A")
    window.header.title.setFocus()
    shortcut(qtbot, window, "Ctrl+S")
    with Project.open(target) as project:
        assert project.load().title == "Chung A"
    asked: list[tuple[str, str]] = []
    answers = iter(["cancel", "save_as"])
    second.files.ask_overwrite_other = lambda name, when: asked.append((name, when)) or next(answers)
    second.files.ask_path = lambda *args: tmp_path / "ban-b.banthao"
    type_text(second.header.title, " B")
    assert not second.files.save()  # "Hủy": nothing written
    with Project.open(target) as project:
        assert project.load().title == "Chung A"
    second.header.title.setFocus()
    shortcut(qtbot, second, "Ctrl+S")  # asked again; "Lưu thành…" this time
    assert [name for name, _ in asked] == ["chung.banthao", "chung.banthao"]
    with Project.open(target) as project:
        assert project.load().title == "Chung A"  # the first window's save is not lost
    with Project.open(tmp_path / "ban-b.banthao") as project:
        assert project.load().title == "Chung B"
    assert second.session.path == tmp_path / "ban-b.banthao"
    second.session.close(discard=True)
