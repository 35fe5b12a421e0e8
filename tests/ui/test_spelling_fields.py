"""Spelling underlines and suggestions in the title, kicker and captions, as in the body and sapo; the one-line
field that replaces QLineEdit for the title and kicker behaves like a line edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QFocusEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication

from editor.model.article import Figure
from tests.ui.conftest import SAMPLE, type_text

MISSPELT = "nguời"  # "người" with the wrong vowel: no such syllable


@pytest.fixture
def checker():  # type: ignore[no-untyped-def]
    from editor.text.spell import SpellChecker

    found = SpellChecker.open()
    if not found.available:
        pytest.skip("no vi_VN dictionary installed")
    return found


def underlined(field) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """(start, length) of the red wavy underlines in the field's first line, as laid out."""
    block = field.document().firstBlock()
    return [(r.start, r.length) for r in block.layout().formats()
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]  # fmt: skip


def menu_at(field, offset: int):  # type: ignore[no-untyped-def]
    """The context menu the field would show for a right-click at character ``offset``."""
    cursor = field.textCursor()
    cursor.setPosition(offset)
    return field.context_menu(field.cursorRect(cursor).center())


def show_first_figure(window) -> int:  # type: ignore[no-untyped-def]
    window.files.start(SAMPLE)
    index = next(i for i, b in enumerate(window.session.article.body) if isinstance(b, Figure))
    window.editor.select_block(index)
    assert window.inspector.index == index and window.inspector.body.isVisibleTo(window.inspector)
    return index


@pytest.mark.parametrize("name", ["title", "kicker"])
def test_misspelt_word_in_title_and_kicker_is_underlined(window, qtbot, checker, name) -> None:  # type: ignore
    field = getattr(window.header, name)
    type_text(field, f"{MISSPELT} đẹp")
    assert getattr(window.session.article, name) == f"{MISSPELT} đẹp"
    assert underlined(field) == []  # the dictionary is not loaded yet
    steps = window.session.stack.count()
    window.spelling.enable(checker)
    assert underlined(field) == [(0, len(MISSPELT))]
    assert window.session.stack.count() == steps  # underlining is not an edit
    type_text(field, " nữa")  # underlines follow typing
    assert underlined(field) == [(0, len(MISSPELT))]
    window.spelling.enable(None)  # spell checking turned off: nothing underlined
    assert underlined(field) == []


def test_title_menu_offers_suggestions_that_replace_as_one_undo_step(window, qtbot, checker) -> None:  # type: ignore
    window.spelling.enable(checker)
    title = window.header.title
    type_text(title, f"Những {MISSPELT} đẹp")  # still in the field: typing merges into one undo step
    steps = window.session.stack.count()
    menu = menu_at(title, len("Những ") + 2)
    assert menu.property("spell-word") == MISSPELT
    texts = [a.text() for a in menu.actions()]
    assert "người" in texts[:6]
    assert any(f"“{MISSPELT}”" in text for text in texts)  # add to the word list
    assert any(a.isSeparator() for a in menu.actions())  # the standard entries follow
    next(a for a in menu.actions() if a.text() == "người").trigger()
    assert title.text() == "Những người đẹp" and window.session.article.title == "Những người đẹp"
    assert underlined(title) == []
    assert window.session.stack.count() == steps + 1
    window.undo_action.trigger()
    assert window.session.article.title == f"Những {MISSPELT} đẹp" and title.text() == f"Những {MISSPELT} đẹp"
    menu.deleteLater()
    assert menu_at(title, 1).property("spell-word") is None  # "Những" is right: no suggestions


def test_adding_a_word_from_the_kicker_menu_clears_its_underline_everywhere(window, qtbot, checker) -> None:  # type: ignore
    window.spelling.enable(checker)
    type_text(window.header.kicker, "Ông Nộii")
    type_text(window.header.title, "Nộii nói")
    assert underlined(window.header.kicker) == [(4, 4)] and underlined(window.header.title) == [(0, 4)]
    menu = menu_at(window.header.kicker, 5)
    add = next(a for a in menu.actions() if "“Nộii”" in a.text())
    add.trigger()
    assert window.settings.get("text/user_words") == ["Nộii"]
    assert underlined(window.header.kicker) == [] and underlined(window.header.title) == []


def test_misspelt_word_in_the_inspector_caption_is_underlined_with_suggestions(window, qtbot, checker) -> None:  # type: ignore
    index = show_first_figure(window)
    caption = window.inspector.caption
    window.spelling.enable(checker)
    caption.setPlainText("")
    type_text(caption, f"Một {MISSPELT} dân")
    assert window.session.article.body[index].caption == f"Một {MISSPELT} dân"
    assert underlined(caption) == [(4, len(MISSPELT))]
    steps = window.session.stack.count()
    menu = menu_at(caption, 6)
    assert menu.property("spell-word") == MISSPELT
    next(a for a in menu.actions() if a.text() == "người").trigger()
    assert window.session.article.body[index].caption == "Một người dân"
    assert underlined(caption) == [] and window.session.stack.count() == steps + 1
    window.undo_action.trigger()
    assert window.session.article.body[index].caption == f"Một {MISSPELT} dân"


def test_caption_edited_in_place_is_underlined_and_its_menu_keeps_it_open(window, qtbot, checker) -> None:  # type: ignore
    from editor.ui.caption_editor import edit_caption_in_place

    index = show_first_figure(window)
    window.spelling.enable(checker)
    box = edit_caption_in_place(window.editor, index)
    assert box is not None
    box.setPlainText(f"Ảnh {MISSPELT} dân")
    assert underlined(box) == [(4, len(MISSPELT))]
    menu = menu_at(box, 5)
    assert menu.property("spell-word") == MISSPELT and "người" in [a.text() for a in menu.actions()]
    # The menu takes the focus as a popup: the box must stay open, not commit and close.
    QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.PopupFocusReason))
    next(a for a in menu.actions() if a.text() == "người").trigger()
    assert box.isVisible() and box.toPlainText() == "Ảnh người dân"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.session.article.body[index].caption == "Ảnh người dân"
    before = len(window.spelling.highlighters)
    qtbot.waitUntil(lambda: len(window.spelling._live_highlighters()) == before - 1)  # the box's went with it
    window.spelling.enable(None)  # a deleted highlighter is skipped, not touched


def test_no_dictionary_no_underline_and_no_suggestions(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.spelling.enable(None)
    type_text(window.header.title, MISSPELT)
    assert underlined(window.header.title) == []
    menu = menu_at(window.header.title, 2)
    assert menu.property("spell-word") is None and not any(MISSPELT in a.text() for a in menu.actions())


def test_title_behaves_like_a_line_edit(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    title, kicker = window.header.title, window.header.kicker
    edited: list[str] = []
    finished: list[bool] = []
    title.textEdited.connect(edited.append)
    title.editingFinished.connect(lambda: finished.append(True))
    type_text(title, "Sức lan")
    assert edited[-1] == "Sức lan"
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Return)  # no new line: the edit ends
    assert title.document().blockCount() == 1 and title.text() == "Sức lan" and finished == [True]
    data = QMimeData()
    data.setText(" tỏa\nở Uông Bí\r\n")
    title.insertFromMimeData(data)  # a pasted line break becomes a space
    assert title.text() == "Sức lan tỏa ở Uông Bí " and window.session.article.title.strip() == "Sức lan tỏa ở Uông Bí"
    cursor = title.textCursor()
    cursor.insertBlock()  # however a break gets in, the field stays one line
    assert title.document().blockCount() == 1 and "\u2029" not in title.text()
    count = len(edited)
    title.setText("Đặt từ chương trình")  # not an edit by the reporter
    assert len(edited) == count and title.text() == "Đặt từ chương trình"
    for field in (title, kicker):  # one line high, at its own font size
        line = field.fontMetrics().lineSpacing()
        assert line <= field.height() < 2 * line
    assert title.height() > kicker.height()


def test_screenshot_of_misspelt_title_kicker_and_caption(window, qtbot, tmp_path, checker) -> None:  # type: ignore
    """For a human look, saved under $BANTHAO_SCREENSHOTS (default: the test's temporary folder)."""
    import os
    from pathlib import Path

    out = Path(os.environ.get("BANTHAO_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    show_first_figure(window)
    window.resize(1280, 860)
    window.spelling.enable(checker)
    window.header.kicker.setText("Tít phụ có lỗii")
    window.header.title.setText(f"Sức lan tỏa của những {MISSPELT} tình nguyện")
    window.inspector.caption.setPlainText(f"Lãnh đạo phường trao quà cho các {MISSPELT} nghèo.")
    assert underlined(window.header.title) == [(len("Sức lan tỏa của những "), len(MISSPELT))]
    qtbot.wait(200)
    assert window.grab().save(str(out / "main-window-spelling.png"))
