"""Issue 17 item 4, by hand: a whole news page copied in a browser (Ctrl+A, Ctrl+C) and pasted with Ctrl+V in the
body keeps the article only, in the body, the saved project and both exports; a fragment pastes as before; a table
becomes a paragraph per row and the reporter is told."""

from __future__ import annotations

import re

import docx
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from editor.importers.clipboard import blocks_from_html
from tests.importers.test_web_page import CHROME_FRAGMENT
from tests.importers.web_pages.evaluate import fixture
from tests.ui.conftest import type_text
from tests.ui.journey import export_both, html_text, press, save_through_window


def browser_clipboard(html: str, text: str) -> QMimeData:
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText(text)  # a browser puts the whole page's words here too, menus and all
    return mime


def web_words(path) -> str:  # type: ignore[no-untyped-def]
    return re.sub(r"<[^>]+>", "", html_text(path))


def docx_text(path) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_pasting_a_whole_news_page_keeps_the_article_only(window, qtbot, tmp_path) -> None:  # type: ignore
    html, expected = fixture("vnexpress")
    type_text(window.header.title, "Cầu mới")
    told: list[str] = []
    window.files.show_info = told.append  # type: ignore[method-assign]
    QApplication.clipboard().setMimeData(browser_clipboard(html, "Trang chủ\nThời sự\nÝ kiến (25)"))
    press(window.editor, Qt.Key.Key_V)

    qtbot.waitUntil(lambda: len(window.session.article.body) == len(expected["article"]), timeout=10_000)
    body = window.session.article.body
    assert [b.text for b in body] == expected["article"]
    assert any(s.bold and s.text == "Nguyễn Văn An" for s in body[2].spans)
    assert any(s.link for s in body[5].spans)  # the story's link is kept
    assert "bài viết của trang web" in window.statusBar().currentMessage()  # what happened is said, not a dialog
    assert len(told) == 1 and "cau-song-day-1.jpg" in told[0]  # the story's web photo is named; no logo, no avatar

    path = tmp_path / "bai.banthao"
    with save_through_window(window, path) as project:
        assert [b.text for b in project.load().body] == expected["article"]
    docx_path, html_path = export_both(path, tmp_path)
    word, web = docx_text(docx_path), web_words(html_path)
    for line in expected["article"]:
        assert line in word and line in web
    for junk in ("Ý kiến (25)", "Chia sẻ", "Copyright", "giữ bản quyền", "Xem nhiều", "Tin liên quan", "Quảng cáo"):
        assert junk not in word and junk not in web, junk

    press(window.editor, Qt.Key.Key_Z)  # the paste is one undo step
    assert all(not b.text for b in window.session.article.body)


def test_pasting_a_few_paragraphs_from_a_page_is_unchanged(window, qtbot) -> None:  # type: ignore
    QApplication.clipboard().setMimeData(browser_clipboard(CHROME_FRAGMENT, "Theo ông Nguyễn Văn An…"))
    press(window.editor, Qt.Key.Key_V)
    expected = blocks_from_html(CHROME_FRAGMENT)[0]
    qtbot.waitUntil(lambda: len(window.session.article.body) == len(expected), timeout=10_000)
    assert list(window.session.article.body) == expected
    assert "trang web" not in window.statusBar().currentMessage()


def test_a_pasted_table_becomes_a_paragraph_per_row_with_a_note(window, qtbot, tmp_path) -> None:  # type: ignore
    html, expected = fixture("vietnamnet")
    rows = [line for line in expected["article"] if line.startswith("Loại lúa:")]
    table = html[html.index("<table") : html.index("</table>") + len("</table>")]  # the table alone, as if selected
    type_text(window.header.title, "Giá lúa")
    QApplication.clipboard().setMimeData(browser_clipboard(table, "Loại lúa\tGiá"))
    press(window.editor, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: len(window.session.article.body) == 3, timeout=10_000)
    assert [b.text for b in window.session.article.body] == rows
    assert "mỗi hàng một đoạn" in window.statusBar().currentMessage()
    path = tmp_path / "bang.banthao"
    with save_through_window(window, path):
        pass
    docx_path, html_path = export_both(path, tmp_path)
    assert all(row in docx_text(docx_path) for row in rows)
    assert all(row in web_words(html_path) for row in rows)
