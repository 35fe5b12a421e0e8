"""Issue 20 item 1: Ctrl+B / Ctrl+I with nothing selected follow Word's rule.

Caret at the end of a word, between words or in an empty paragraph: the toggle sets the format for what is typed
next. Caret inside a word (letters on both sides): the whole word takes the format, and the caret stays put.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor.model.article import Paragraph, Span
from tests.ui.conftest import type_text
from tests.ui.journey import docx_runs, export_both, html_text, press, save_through_window


def _start(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_text(window.header.title, "Trời đẹp")
    window.editor.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.editor.hasFocus)


def test_issue20_item1_ctrl_b_then_typing_bolds_only_what_is_typed(window, qtbot, tmp_path) -> None:  # type: ignore
    _start(window, qtbot)
    press(window.editor, Qt.Key.Key_B)
    type_text(window.editor, "Hôm nay trời")
    press(window.editor, Qt.Key.Key_B)
    type_text(window.editor, " rất đẹp")

    expected = Paragraph((Span("Hôm nay trời", bold=True), Span(" rất đẹp")))
    assert window.session.article.body == (expected,)
    cursor = QTextCursor(window.editor.document())
    cursor.setPosition(5)  # inside "nay": the editor shows it bold
    assert cursor.charFormat().fontWeight() >= 600

    with save_through_window(window, tmp_path / "bai.banthao") as project:
        assert project.load().body == (expected,)
    docx_path, html_path = export_both(tmp_path / "bai.banthao", tmp_path)
    assert [("Hôm nay trời", True, False), (" rất đẹp", False, False)] in docx_runs(docx_path)
    assert "<strong>Hôm nay trời</strong> rất đẹp" in html_text(html_path)


def test_issue20_item1_ctrl_i_inside_a_word_formats_that_word(window, qtbot, tmp_path) -> None:  # type: ignore
    _start(window, qtbot)
    type_text(window.editor, "Hôm nay trời rất đẹp")
    cursor = window.editor.textCursor()
    cursor.setPosition(len("Hôm nay tr"))  # caret between "tr" and "ời"
    window.editor.setTextCursor(cursor)
    press(window.editor, Qt.Key.Key_I)
    assert window.editor.textCursor().position() == len("Hôm nay tr")  # the caret stays where it was
    assert not window.editor.textCursor().hasSelection()
    expected = Paragraph((Span("Hôm nay "), Span("trời", italic=True), Span(" rất đẹp")))
    assert window.session.article.body == (expected,)

    # At the end of a word the toggle is for what comes next: the word before stays as it is.
    cursor.setPosition(len("Hôm nay trời rất đẹp"))
    window.editor.setTextCursor(cursor)
    press(window.editor, Qt.Key.Key_B)
    assert window.session.article.body == (expected,)
    type_text(window.editor, " quá")
    final = Paragraph((*expected.spans, Span(" quá", bold=True)))
    assert window.session.article.body == (final,)

    # One undo step per format action: Ctrl+Z takes back the typing, then the italic word.
    press(window.editor, Qt.Key.Key_Z)
    assert window.session.article.body == (expected,)
    press(window.editor, Qt.Key.Key_Z)
    assert window.session.article.body == (Paragraph.plain("Hôm nay trời rất đẹp"),)
    press(window.editor, Qt.Key.Key_Y)
    press(window.editor, Qt.Key.Key_Y)
    assert window.session.article.body == (final,)

    with save_through_window(window, tmp_path / "bai.banthao") as project:
        assert project.load().body == (final,)
    docx_path, html_path = export_both(tmp_path / "bai.banthao", tmp_path)
    runs = [("Hôm nay ", False, False), ("trời", False, True), (" rất đẹp", False, False), (" quá", True, False)]
    assert runs in docx_runs(docx_path)
    assert "Hôm nay <em>trời</em> rất đẹp<strong> quá</strong>" in html_text(html_path)


def test_issue20_item1_toggle_between_words_and_off_again(window, qtbot, tmp_path) -> None:  # type: ignore
    _start(window, qtbot)
    type_text(window.editor, "một hai")
    cursor = window.editor.textCursor()
    cursor.setPosition(len("một "))  # the start of "hai": for what is typed next, like the end of a word
    window.editor.setTextCursor(cursor)
    press(window.editor, Qt.Key.Key_B)
    type_text(window.editor, "ba ")
    press(window.editor, Qt.Key.Key_B)
    assert window.session.article.body == (Paragraph((Span("một "), Span("ba ", bold=True), Span("hai"))),)
    cursor = window.editor.textCursor()
    cursor.setPosition(len("một b"))  # inside the bold "ba": Ctrl+B takes the bold off the word
    window.editor.setTextCursor(cursor)
    press(window.editor, Qt.Key.Key_B)  # the word only: the bold space typed after it keeps its bold, as in Word
    assert window.session.article.body == (Paragraph((Span("một ba"), Span(" ", bold=True), Span("hai"))),)


def test_issue20_item1_a_link_with_no_selection_goes_on_the_word_the_caret_touches(window, qtbot) -> None:  # type: ignore
    _start(window, qtbot)
    type_text(window.editor, "xem trang")
    window.editor.set_link("https://example.org/trang")  # what Ctrl+K's dialog calls; the caret is after "trang"
    assert window.session.article.body == (Paragraph((Span("xem "), Span("trang", link="https://example.org/trang"))),)
