"""Issue 20 item 7: pasting HTML with a local ``file:///…jpg`` picture (what Word and LibreOffice put on the
clipboard) inserts it as a photo, at its place among the pasted text, through the photo opener; a picture that
cannot be inserted is named, with why, in a message."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import docx
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QApplication

from editor.model.article import Figure
from tests.ui.conftest import type_text
from tests.ui.journey import export_both, html_text, press, save_through_window


def word_clipboard(picture: Path, missing: Path) -> QMimeData:
    """What Word puts on the clipboard for a passage with a photo: VML and <img> naming the same temporary file."""
    url = QUrl.fromLocalFile(str(picture)).toString()
    html = (
        "<html><body><p class=MsoNormal>Trước ảnh <b>đậm</b></p>"
        f'<p><!--[if gte vml 1]><v:imagedata src="{url}" o:title=""/><![endif]--><![if !vml]>'
        f'<img width=602 height=339 src="{url}" alt="Người dân nhận quà"><![endif]></p>'
        "<p class=MsoNormal>Sau ảnh</p>"
        f'<p><img src="{QUrl.fromLocalFile(str(missing)).toString()}"></p>'
        '<p><img src="https://example.org/anh.jpg"></p></body></html>'
    )
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText("Trước ảnh đậm\nSau ảnh")
    return mime


def test_issue20_item7_pasted_html_with_a_local_picture_inserts_the_photo(window, qtbot, photos, tmp_path) -> None:  # type: ignore
    clip = tmp_path / "msohtmlclip1" / "01"
    clip.mkdir(parents=True)
    picture = clip / "clip_image002.jpg"
    shutil.copy(photos[0], picture)
    type_text(window.header.title, "Bài dán từ Word")
    told: list[str] = []
    window.files.show_info = told.append  # type: ignore[method-assign]
    QApplication.clipboard().setMimeData(word_clipboard(picture, clip / "clip_image004.jpg"))
    press(window.editor, Qt.Key.Key_V)

    qtbot.waitUntil(lambda: len(window.session.article.figures) == 1, timeout=30_000)
    body = window.session.article.body
    assert [type(b).__name__ for b in body] == ["Paragraph", "Figure", "Paragraph"]  # the photo at its place
    assert body[0].text == "Trước ảnh đậm"
    assert body[0].spans[1].bold and body[2].text == "Sau ảnh"
    figure = body[1]
    assert isinstance(figure, Figure) and figure.image.endswith(".jpg")
    assert len(told) == 1  # the pictures that could not come are said, not dropped silently
    assert "clip_image004.jpg" in told[0] and "https://example.org/anh.jpg" in told[0]

    path = tmp_path / "bai.banthao"
    with save_through_window(window, path) as project:
        assert project.load().figures[0].image == figure.image
        assert figure.image in set(project.photo_names())
    docx_path, html_path = export_both(path, tmp_path)
    assert len(docx.Document(str(docx_path)).inline_shapes) == 1
    assert html_text(html_path).count("<img") == 1

    press(window.editor, Qt.Key.Key_Z)  # the photo was one undo step, the text another
    assert window.session.article.figures == ()
    assert [b.text for b in window.session.article.body] == ["Trước ảnh đậm", "Sau ảnh"]


def test_issue20_item7_pasted_data_picture_and_a_file_that_is_no_photo(window, qtbot, photos, tmp_path) -> None:  # type: ignore
    fake = tmp_path / "clip_image001.jpg"
    fake.write_bytes(b"not a photo at all")
    data = base64.b64encode(photos[1].read_bytes()).decode()
    mime = QMimeData()
    mime.setHtml(f'<p>Ảnh nhúng</p><img src="data:image/jpeg;base64,{data}">'
                 f'<img src="{QUrl.fromLocalFile(str(fake)).toString()}">')  # fmt: skip
    errors: list[str] = []
    window.files.show_error = errors.append  # type: ignore[method-assign]
    QApplication.clipboard().setMimeData(mime)
    press(window.editor, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: bool(errors) or len(window.session.article.figures) == 2, timeout=30_000)
    qtbot.waitUntil(lambda: len(window.session.article.figures) == 1 and bool(errors), timeout=30_000)
    assert "clip_image001.jpg" in errors[0]  # the safe photo opener refused it, and said so
    assert [type(b).__name__ for b in window.session.article.body] == ["Paragraph", "Figure"]


def test_issue20_item7_two_pasted_pictures_each_land_at_their_place(window, qtbot, photos, tmp_path) -> None:  # type: ignore
    urls = []
    for i in range(2):
        target = tmp_path / f"lu{i}.jpg"
        shutil.copy(photos[i], target)
        urls.append(QUrl.fromLocalFile(str(target)).toString())
    mime = QMimeData()
    mime.setHtml(f'<p>Một</p><img src="{urls[0]}"><p>Hai</p><p>Ba</p><img src="{urls[1]}"><p>Bốn</p>')
    QApplication.clipboard().setMimeData(mime)
    press(window.editor, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: len(window.session.article.figures) == 2, timeout=30_000)
    shown = [b.text if not isinstance(b, Figure) else "ẢNH" for b in window.session.article.body]
    assert shown == ["Một", "ẢNH", "Hai", "Ba", "ẢNH", "Bốn"]
    press(window.editor, Qt.Key.Key_Z)  # both photos are one undo step
    assert [b.text for b in window.session.article.body] == ["Một", "Hai", "Ba", "Bốn"]
