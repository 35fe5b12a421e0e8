"""Drops, pasted pictures, dragging a photo, counts, checks, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage

from editor.model.article import Figure, Paragraph
from editor.ui.body_editor import FIGURE_MIME
from tests.ui.conftest import SAMPLE


def wait_figures(window, qtbot, count: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(window.session.article.figures) == count, timeout=20_000)


def test_files_dropped_on_the_text_land_at_the_drop_position(window, qtbot, photos) -> None:  # type: ignore
    window.session.edit(window.session.article.with_fields(body=(Paragraph.plain("một"), Paragraph.plain("hai"))), "x")
    window.editor.select_block(1)  # QTextEdit moves the cursor to the drop point before inserting
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in photos[:2]])
    window.editor.insertFromMimeData(mime)
    wait_figures(window, qtbot, 2)
    kinds = [type(b).__name__ for b in window.session.article.body]
    assert kinds == ["Paragraph", "Figure", "Figure", "Paragraph"]
    window.undo_action.trigger()
    assert window.session.article.figures == ()


def test_a_pasted_picture_becomes_a_photo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    mime = QMimeData()
    mime.setImageData(image)
    window.editor.insertFromMimeData(mime)
    wait_figures(window, qtbot, 1)
    assert window.session.article.figures[0].image.endswith(".png")


def test_dragging_a_photo_moves_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.files.start(SAMPLE)
    body = window.session.article.body
    first_photo = next(i for i, b in enumerate(body) if isinstance(b, Figure))
    figure = body[first_photo]
    window.editor.select_block(len(body) - 1)  # drop at the start of the last paragraph
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.StartOfBlock)
    window.editor.setTextCursor(cursor)
    point = window.editor.cursorRect().center()
    mime = QMimeData()
    mime.setData(FIGURE_MIME, str(first_photo).encode())
    drop = QDropEvent(QPointF(point), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.editor.dropEvent(drop)
    new_body = window.session.article.body
    assert new_body[len(body) - 2] == figure and new_body.count(figure) == 1
    window.undo_action.trigger()
    assert window.session.article.body == body


def test_counts_in_the_status_bar(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.files.start(SAMPLE)
    window.counts.count_now(window.session.article)
    text = window.counts.text()
    assert "Title 6" in text and "3 photos" in text
    assert window.photos_status.text().startswith("3 photos")


def test_checks_panel_lists_findings_and_locates_them(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.session.edit(window.session.article.with_fields(title="", body=(Figure("images/x.jpg"),)), "x")
    window.checks.timer.setInterval(0)
    window.checks.schedule(window.session.article, window.profile())
    qtbot.waitUntil(lambda: bool(window.checks.items), timeout=10_000)
    fields = {item.field for item in window.checks.items}
    assert "title" in fields and "body" in fields
    photo = next(i.finding for i in window.checks.items if i.field == "body" and i.block == 0)
    view = window.checks.list
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(window.checks.row_of(photo)).center()
    )
    assert window.editor.selected_index() == 0 and window.side.currentWidget() is window.checks


def test_recent_files_menu(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.files.start(SAMPLE)
    target = tmp_path / "gan-day.banthao"
    window.files.ask_path = lambda *args: target
    assert window.files.save_as()
    assert window.recent_menu.actions()[0].text() == str(target)  # the menu follows files/recent, unopened
    assert window.settings.get("files/recent")[0] == str(Path(target))


def test_caption_edited_in_place_is_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor.ui.caption_editor import edit_caption_in_place

    window.files.start(SAMPLE)
    index = next(i for i, b in enumerate(window.session.article.body) if isinstance(b, Figure))
    before = window.session.article.body[index].caption
    box = edit_caption_in_place(window.editor, index)
    assert box is not None and box.toPlainText() == before
    box.setPlainText("Chú thích viết tại chỗ")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.session.article.body[index].caption == "Chú thích viết tại chỗ"
    assert window.inspector.caption.toPlainText() == "Chú thích viết tại chỗ" or window.inspector.index != index
    window.undo_action.trigger()
    assert window.session.article.body[index].caption == before


def test_cut_and_paste_moves_text_with_its_photo(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.files.start(SAMPLE)
    body = window.session.article.body
    index = next(i for i, b in enumerate(body) if isinstance(b, Figure))
    doc = window.editor.document()
    cursor = window.editor.textCursor()
    cursor.setPosition(doc.findBlockByNumber(index - 1).position())
    cursor.setPosition(doc.findBlockByNumber(index + 1).position(), cursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    mime = window.editor.createMimeDataFromSelection()
    window.editor.cut()
    assert body[index] not in window.session.article.body
    end = window.editor.textCursor()
    end.movePosition(end.MoveOperation.End)
    window.editor.setTextCursor(end)
    window.editor.insertFromMimeData(mime)
    after = window.session.article.body
    assert body[index] in after and after.count(body[index]) == 1
    assert window.editor.document().blockCount() == len(after)


def test_details_source_keywords_and_related_links(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor.model.article import RelatedLink

    window.files.start(SAMPLE)
    details = window.details
    assert "Uông Bí" in details.keywords.text()
    shown = [details.related.item(i).text() for i in range(details.related.count())]
    assert any("https://example.org/uong-bi/chinh-trang-do-thi" in text for text in shown)
    before = window.session.article.related
    details.link_title.setText("Bài cũ")
    details.link_url.setText("https://example.org/cu")
    details.add_button.click()
    assert window.session.article.related[-1] == RelatedLink("Bài cũ", "https://example.org/cu")
    window.undo_action.trigger()
    assert window.session.article.related == before
    details.keywords.setText("a, b, a")
    details.keywords.textEdited.emit("a, b, a")
    assert window.session.article.keywords == ("a", "b")
    window.undo_action.trigger()
    assert "Uông Bí" in window.session.article.keywords


def test_an_article_dropped_on_the_window_opens(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE))])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(drop)
    assert window.session.article.title == "Sức lan tỏa ở Uông Bí"
    assert window.session.source == SAMPLE
