"""Find and replace through the real window: Ctrl+F and Ctrl+H in the Edit menu, keys typed into the find bar, the
Replace buttons clicked; each replace is one undo step, and the saved project and both exports carry the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editor.model.article import Figure, Paragraph
from tests.ui.conftest import type_text
from tests.ui.hands import click, shortcut
from tests.ui.journey import export_both, html_text, save_through_window
from tests.ui.test_window import add_photos


def _set_up(window, qtbot, photos: list[Path]) -> None:  # type: ignore[no-untyped-def]
    add_photos(window, qtbot, photos[:1])
    window.header.title.setFocus()
    type_text(window.header.title, "Đảng bộ xã đang họp")
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    type_text(window.editor, "Người dân đang chờ dạng mới")
    window.editor.select_block(0)
    caption = window.inspector.caption
    caption.setFocus()
    caption.selectAll()  # the corpus photo pre-fills a caption from its IPTC: replace it as hands do
    type_text(caption, "Bà con đang gặt lúa")
    qtbot.waitUntil(lambda: window.session.article.figures[0].caption == "Bà con đang gặt lúa", timeout=5_000)
    qtbot.waitUntil(lambda: any(isinstance(b, Paragraph) and "dạng" in b.text for b in window.session.article.body),
                    timeout=5_000)  # fmt: skip


def test_find_and_replace_from_the_keyboard_reach_every_field_and_undo_step_by_step(window, qtbot, photos, tmp_path):  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    _set_up(window, qtbot, photos)
    bar = window.find_bar
    window.editor.setFocus()
    shortcut(qtbot, window, "Ctrl+F")
    assert bar.isVisible() and bar.query.hasFocus() and not bar.replace_button.isVisible()
    type_text(bar.query, "dang")
    assert bar.matches == []  # exact diacritics by default: nothing is spelled "dang"
    click(qtbot, bar.ignore_marks)
    assert [(m.location.part, m.text) for m in bar.matches] == [
        (None, "Đảng"),
        (None, "đang"),
        ("caption", "đang"),
        ("text", "đang"),
        ("text", "dạng"),
    ]  # document order: the title, then the photo (inserted first), then the paragraph
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)  # Enter: the next match, "đang" in the title, selected there
    assert bar.current == 1
    assert window.header.title.textCursor().selectedText() == "đang"
    qtbot.keyClick(bar.query, Qt.Key.Key_F3)  # the caption, in the inspector
    qtbot.waitUntil(lambda: window.inspector.caption.textCursor().selectedText() == "đang", timeout=3_000)
    assert window.side.currentWidget() is window.inspector
    qtbot.keyClick(bar.query, Qt.Key.Key_F3)  # the paragraph, in the body editor
    assert window.editor.textCursor().selectedText() == "đang"
    assert window.editor.textCursor().blockNumber() == bar.matches[3].location.block
    qtbot.keyClick(bar.query, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == 2
    assert bar.query.hasFocus()  # the reporter keeps typing in the bar
    click(qtbot, bar.whole)
    assert len(bar.matches) == 5  # all of them are whole syllables here

    shortcut(qtbot, window, "Ctrl+H")
    assert bar.replace_button.isVisible()
    bar.replacement.setFocus()
    type_text(bar.replacement, "vẫn")
    steps = window.session.stack.count()
    bar.current = 1  # the title's "đang"
    click(qtbot, bar.replace_button)
    assert window.session.article.title == "Đảng bộ xã vẫn họp"
    assert window.session.stack.count() == steps + 1
    body_before = window.session.article.body
    window.find_bar.query.setFocus()
    bar.query.selectAll()
    type_text(bar.query, "đang")
    click(qtbot, bar.ignore_marks)  # exact again
    click(qtbot, bar.replace_all_button)  # body and caption, one undo step
    article = window.session.article
    assert window.session.stack.count() == steps + 2
    assert article.figures[0].caption == "Bà con vẫn gặt lúa"
    assert any(isinstance(b, Paragraph) and b.text == "Người dân vẫn chờ dạng mới" for b in article.body)
    assert article.title.startswith("Đảng")  # "Đảng" is not "đang" with diacritics compared

    window.undo_action.trigger()
    assert window.session.article.body == body_before
    window.undo_action.trigger()
    assert window.session.article.title == "Đảng bộ xã đang họp"
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert window.session.article == article

    with save_through_window(window, tmp_path / "bai.banthao") as project:
        saved = project.load()
    assert saved.title == "Đảng bộ xã vẫn họp" and saved.figures[0].caption == "Bà con vẫn gặt lúa"
    docx_path, html_path = export_both(tmp_path / "bai.banthao", tmp_path)
    import docx

    docx_text = "\n".join(p.text for p in docx.Document(str(docx_path)).paragraphs)
    for text in (docx_text, html_text(html_path)):
        assert "Người dân vẫn chờ dạng mới" in text and "Bà con vẫn gặt lúa" in text and "xã vẫn họp" in text
        assert "đang" not in text


def test_a_caption_match_is_selected_in_the_inspector_and_cut_copy_paste_work(window, qtbot, photos):  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    _set_up(window, qtbot, photos)
    bar = window.find_bar
    shortcut(qtbot, window, "Ctrl+F")
    type_text(bar.query, "gặt")
    assert [m.location.part for m in bar.matches] == ["caption"]
    qtbot.keyClick(bar.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.inspector.caption.textCursor().selectedText() == "gặt", timeout=3_000)
    assert window.side.currentWidget() is window.inspector
    assert isinstance(window.session.article.body[bar.matches[0].location.block], Figure)

    edit = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().actions()[0] is window.undo_action
    )
    actions = {a.shortcut().toString(): a for a in edit.actions()}
    window.header.title.setFocus()
    window.header.title.selectAll()
    actions["Ctrl+C"].trigger()
    assert QApplication.clipboard().text() == "Đảng bộ xã đang họp"
    actions["Ctrl+X"].trigger()
    qtbot.waitUntil(lambda: window.session.article.title == "", timeout=3_000)
    actions["Ctrl+V"].trigger()
    qtbot.waitUntil(lambda: window.session.article.title == "Đảng bộ xã đang họp", timeout=3_000)


def test_the_standard_clipboard_keys_act_once_in_the_field(window, qtbot):  # type: ignore[no-untyped-def]
    """The Edit menu's Ctrl+C/Ctrl+V must not steal the keys from a text field, nor paste twice."""
    window.show()
    qtbot.waitExposed(window)
    title = window.header.title
    title.setFocus()
    type_text(title, "Tít")
    qtbot.waitUntil(lambda: window.session.article.title == "Tít", timeout=3_000)
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "Tít"
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.article.title == "TítTít", timeout=3_000)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(b.text == "Tít" for b in window.session.article.body if hasattr(b, "text")),
                    timeout=3_000)  # fmt: skip
    assert [b.text for b in window.session.article.body if hasattr(b, "text")].count("Tít") == 1
