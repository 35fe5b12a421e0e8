"""The photo navigator as hands use it: photos inserted with Ctrl+Shift+I appear in it with their numbers and captions,
a click selects the photo in the body and the inspector, a drag (the list's real drop handling) or Alt+↓ reorders
them as one undo step, and the new order is what Ctrl+S saves and both exports show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QMouseEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.checks.findings import Finding, Location, Severity
from editor.messages import msg
from editor.model.article import Figure
from editor.ui.photo_rows import ICON, NUMBER_ROLE, SEVERITY_ROLE
from tests.ui.conftest import retype, type_text
from tests.ui.hands import export_both, find_button
from tests.ui.journey import press, save_through_window

CAPTIONS = ("Cánh đồng lúa chín vàng ở Mù Cang Chải", "Người dân gặt lúa trên ruộng bậc thang",
            "Du khách chụp ảnh trên đèo Khau Phạ")  # fmt: skip


def insert_photos(window, qtbot, photos: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Photo › Insert photos… (Ctrl+Shift+I), the file dialog answered with ``photos``, after a paragraph."""
    type_text(window.header.title, "Mùa vàng Tây Bắc")
    type_text(window.editor, "Mở đầu bài viết.")
    window.photo_actions.ask_photos = lambda many=True: list(photos)
    press(window.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(window.session.article.figures) == len(photos), timeout=20_000)
    qtbot.waitUntil(lambda: window.session.photos.ready_count() >= len(photos), timeout=20_000)


def navigator(window):  # type: ignore[no-untyped-def]
    return window.navigator


def row_point(nav, row: int, where: str = "centre") -> QPoint:  # type: ignore[no-untyped-def]
    rect = nav.list.visualRect(nav.model.index(row))
    return {"centre": rect.center(), "top": QPoint(rect.center().x(), rect.top() + 3),
            "bottom": QPoint(rect.center().x(), rect.bottom() - 3)}[where]  # fmt: skip


def click_row(qtbot, nav, row: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(nav.list.viewport(), Qt.MouseButton.LeftButton, pos=row_point(nav, row))


def write_captions(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each photo's caption typed in the inspector, photo chosen in the navigator."""
    nav = navigator(window)
    for row, caption in enumerate(CAPTIONS):
        click_row(qtbot, nav, row)
        retype(window.inspector.caption, caption)
        window.inspector.caption.clearFocus()  # the caption is committed when the field is left
    qtbot.waitUntil(lambda: tuple(f.caption for f in window.session.article.figures) == CAPTIONS, timeout=5_000)


def photo_in_view(window, block: int) -> bool:  # type: ignore[no-untyped-def]
    document = window.editor.document()
    top = document.documentLayout().blockBoundingRect(document.findBlockByNumber(block)).top()
    shown = window.editor.verticalScrollBar().value()
    return shown - 1 <= top < shown + window.editor.viewport().height()


def drag_row(qtbot, monkeypatch, nav, source: int, target: QPoint, onto=None) -> None:  # type: ignore
    """Drag row ``source`` with the mouse and drop it at ``target`` of the list (or of the widget ``onto``).

    The press and the moves go through the list as the mouse's do, so the list starts its own drag; the offscreen
    platform has no drag loop (QDrag.exec returns at once), so the loop's part is played here: the drag's own data
    goes to the list's real drag-enter, drag-move and drop handlers at ``target``.
    """
    viewport = nav.list.viewport()
    onto = onto or viewport
    start = row_point(nav, source)
    dropped: list[QDropEvent] = []

    def drag_loop(drag, *_actions):  # type: ignore[no-untyped-def]
        mime, action, buttons = drag.mimeData(), Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
        at, keys = target.toPointF(), Qt.KeyboardModifier.NoModifier
        for event in (
            QDragEnterEvent(at, action, mime, buttons, keys),
            QDragMoveEvent(at, action, mime, buttons, keys),
        ):
            QApplication.sendEvent(onto, event)
            assert event.isAccepted(), "the photo dragged from the list is refused"
        drop = QDropEvent(at, action, mime, buttons, keys, QEvent.Type.Drop)
        QApplication.sendEvent(onto, drop)
        dropped.append(drop)
        return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction

    monkeypatch.setattr(QDrag, "exec", drag_loop)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in (4, 12, 40):  # past the drag distance, the left button held
        point = QPointF(start + QPoint(0, step if target.y() > start.y() else -step))
        QApplication.sendEvent(viewport, QMouseEvent(QEvent.Type.MouseMove, point, viewport.mapToGlobal(point),
                                                     Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                                                     Qt.KeyboardModifier.NoModifier))  # fmt: skip
        if dropped:
            break
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert dropped and dropped[0].isAccepted(), "the list started no drag, or refused the drop"


def captions(article) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return tuple(f.caption for f in article.figures)


def test_navigator_lists_photos_jumps_and_reorders_by_drag(window, qtbot, monkeypatch, photos, tmp_path) -> None:  # type: ignore
    insert_photos(window, qtbot, photos[:3])
    nav = navigator(window)
    assert window.navigator.isVisible(), "the navigator shows itself once the article has photos"
    assert [nav.model.index(r).data(NUMBER_ROLE) for r in range(3)] == ["Photo 1", "Photo 2", "Photo 3"]
    write_captions(window, qtbot)
    shown = [nav.model.index(r).data() for r in range(3)]
    assert shown == [f"Photo {n}: {c}" for n, c in enumerate(CAPTIONS, 1)]
    body = window.session.article.body
    blocks = [i for i, b in enumerate(body) if isinstance(b, Figure)]

    bar = window.editor.verticalScrollBar()
    bar.setValue(bar.maximum())  # the text scrolled to its end
    click_row(qtbot, nav, 0)
    assert photo_in_view(window, blocks[0]), "the text scrolls to the photo chosen in the list"
    click_row(qtbot, nav, 1)  # the second photo: selected in the body, shown in the inspector
    assert window.editor.selected_index() == blocks[1]
    assert window.inspector.caption.toPlainText() == CAPTIONS[1]
    assert window.side.currentWidget() is window.inspector

    drag_row(qtbot, monkeypatch, nav, 2, row_point(nav, 0, "top"))  # the third photo dragged above the first
    order = (CAPTIONS[2], CAPTIONS[0], CAPTIONS[1])
    assert captions(window.session.article) == order
    assert window.session.stack.undoText() == "Move photo"
    assert nav.model.index(0).data() == f"Photo 1: {CAPTIONS[2]}"
    assert window.editor.selected_index() == blocks[0], "the moved photo stays selected"
    assert nav.list.currentIndex().row() == 0

    press(window.editor, Qt.Key.Key_Z)  # one step undoes the whole move
    assert captions(window.session.article) == CAPTIONS
    assert [nav.model.index(r).data() for r in range(3)] == shown
    press(window.editor, Qt.Key.Key_Y)  # redo
    assert captions(window.session.article) == order

    drag_row(qtbot, monkeypatch, nav, 0, row_point(nav, 2, "bottom"))  # and back below the last one
    assert captions(window.session.article) == (CAPTIONS[0], CAPTIONS[1], CAPTIONS[2])
    drag_row(qtbot, monkeypatch, nav, 0, row_point(nav, 1, "bottom"))  # the first photo after the second
    order = (CAPTIONS[1], CAPTIONS[0], CAPTIONS[2])
    assert captions(window.session.article) == order
    assert isinstance(window.session.article.body[0], type(body[0])), "the paragraphs keep their places"

    path = tmp_path / "bai.banthao"
    project = save_through_window(window, path)
    try:
        assert captions(project.load()) == order, "Ctrl+S keeps the new order"
    finally:
        project.close()
    exports = export_both(window, tmp_path / "out")
    for text in (exports.docx_text, exports.html_text):
        places = [text.index(c) for c in order]
        assert places == sorted(places), "the exports show the photos in the new order"


def test_a_photo_dragged_from_the_list_into_the_text_goes_there(window, qtbot, monkeypatch, photos) -> None:  # type: ignore
    insert_photos(window, qtbot, photos[:3])
    nav = navigator(window)
    names = [f.image for f in window.session.article.figures]
    assert not isinstance(window.session.article.body[0], Figure)
    click_row(qtbot, nav, 2)  # the text scrolls to the photo; the reporter scrolls back up to drop it at the top
    window.editor.verticalScrollBar().setValue(0)
    start = QTextCursor(window.editor.document())  # the start of the first paragraph
    drag_row(qtbot, monkeypatch, nav, 2, window.editor.cursorRect(start).center(), window.editor.viewport())
    body = window.session.article.body
    assert isinstance(body[0], Figure) and body[0].image == names[2], "the photo goes before the paragraph"
    assert [f.image for f in window.session.article.figures] == [names[2], names[0], names[1]]
    assert nav.model.index(0).data(NUMBER_ROLE) == "Photo 1" and nav.model.rows[0].figure.image == names[2]
    press(window.editor, Qt.Key.Key_Z)
    assert [f.image for f in window.session.article.figures] == names


def test_navigator_keys_move_the_photo_and_follow_the_editor(window, qtbot, photos) -> None:  # type: ignore
    insert_photos(window, qtbot, photos[:3])
    nav = navigator(window)
    names = [f.image for f in window.session.article.figures]
    blocks = [i for i, b in enumerate(window.session.article.body) if isinstance(b, Figure)]
    window.editor.select_block(blocks[2])  # the editor's selection shows in the list
    assert nav.list.currentIndex().row() == 2
    nav.list.setFocus()
    QTest.keyClick(nav.list, Qt.Key.Key_Up)  # the arrow keys walk the photos: each one selected in the body
    assert window.editor.selected_index() == blocks[1]
    QTest.keyClick(nav.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # Alt+↑: before the previous photo
    assert [f.image for f in window.session.article.figures] == [names[1], names[0], names[2]]
    assert nav.list.currentIndex().row() == 0 and nav.list.hasFocus()
    QTest.keyClick(nav.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # Alt+↓: after the next one
    QTest.keyClick(nav.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [f.image for f in window.session.article.figures] == [names[0], names[2], names[1]]
    assert not nav.down.isEnabled() and nav.up.isEnabled(), "the last photo cannot go further down"
    press(window.editor, Qt.Key.Key_Z)  # undo and redo put the caret on the moved photo
    assert window.editor.selected_index() == blocks[1]
    press(window.editor, Qt.Key.Key_Y)
    assert window.editor.selected_index() == blocks[2] and nav.list.currentIndex().row() == 2
    nav.list.setFocus()
    qtbot.mouseClick(nav.up, Qt.MouseButton.LeftButton)
    assert [f.image for f in window.session.article.figures] == [names[0], names[1], names[2]]
    QTest.keyClick(nav.list, Qt.Key.Key_Return)  # Enter: the caret goes to the photo in the text
    assert window.editor.hasFocus() and window.editor.selected_index() == blocks[1]
    QTest.keyClick(window.editor, Qt.Key.Key_Tab)  # and Tab from the text comes back to the list
    assert nav.list.hasFocus()


def test_checks_mark_the_photo_they_are_about(window, qtbot, photos) -> None:  # type: ignore
    insert_photos(window, qtbot, photos[:2])
    nav = navigator(window)
    body = window.session.article.body
    blocks = [i for i, b in enumerate(body) if isinstance(b, Figure)]
    finding = Finding("figure.caption-missing", Severity.WARNING, msg("check.figure.caption-missing", photo="Ảnh 2"),
                      Location("body", blocks[1], "caption"))  # fmt: skip
    nav.set_findings((finding, Finding("title.empty", Severity.ERROR, msg("check.title.empty"), Location("title"))))
    assert [nav.model.index(r).data(SEVERITY_ROLE) for r in range(2)] == [None, "warning"]
    assert finding.message() in nav.model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    press(window.editor, Qt.Key.Key_Home)
    nav.list.setFocus()
    nav.list.setCurrentIndex(nav.model.index(1))
    QTest.keyClick(nav.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # the mark goes with the photo
    assert [nav.model.index(r).data(SEVERITY_ROLE) for r in range(2)] == ["warning", None]


def test_navigator_follows_edits_without_making_thumbnails_again(window, qtbot, photos) -> None:  # type: ignore
    insert_photos(window, qtbot, photos[:2])
    nav = navigator(window)
    qtbot.waitUntil(lambda: all(isinstance(nav.model.index(r).data(Qt.ItemDataRole.DecorationRole), QImage)
                                for r in range(2)), timeout=10_000)  # fmt: skip
    icon = nav.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull() and icon.deviceIndependentSize().width() <= ICON.width() + 0.5
    made = nav.thumbnails.made
    resets, inserted, removed = [], [], []
    nav.model.modelReset.connect(lambda: resets.append(1))
    nav.model.rowsInserted.connect(lambda *args: inserted.append(args[1:]))
    nav.model.rowsRemoved.connect(lambda *args: removed.append(args[1:]))

    click_row(qtbot, nav, 1)
    retype(window.inspector.caption, "Chú thích mới gõ")  # the row shows the caption as it is typed
    qtbot.waitUntil(lambda: nav.model.index(1).data() == "Photo 2: Chú thích mới gõ", timeout=5_000)
    type_text(window.editor, "x")  # typing in the body changes nothing in the list
    window.editor.setFocus()
    press(window.editor, Qt.Key.Key_Home)
    type_text(window.editor, "Thêm chữ. ")

    window.photo_actions.ask_photos = lambda many=True: [photos[2]]
    window.editor.select_block(0)
    press(window.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: nav.model.rowCount() == 3, timeout=20_000)
    assert inserted == [(0, 0)], "the new photo, inserted before the others, is one new row"
    assert [nav.model.index(r).data(NUMBER_ROLE) for r in range(3)] == ["Photo 1", "Photo 2", "Photo 3"]
    assert nav.model.index(2).data() == "Photo 3: Chú thích mới gõ"

    click_row(qtbot, nav, 0)
    qtbot.mouseClick(find_button(window.inspector, window.inspector.tr("Remove")), Qt.MouseButton.LeftButton)
    assert nav.model.rowCount() == 2 and removed == [(0, 0)]
    assert nav.model.index(1).data() == "Photo 2: Chú thích mới gõ"
    assert not resets
    qtbot.waitUntil(lambda: nav.thumbnails.made == made + 1, timeout=10_000)  # only the new photo's was made
    QTest.qWait(200)
    assert nav.thumbnails.made == made + 1

    for _photo in range(2):  # with no photo left, the list gives its room back to the text
        click_row(qtbot, nav, 0)
        qtbot.mouseClick(find_button(window.inspector, window.inspector.tr("Remove")), Qt.MouseButton.LeftButton)
    assert not window.session.article.figures and not nav.isVisible()
    press(window.editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert nav.isVisible() and nav.empty.isVisible(), "View › Show the photo list (Ctrl+Shift+P) shows it anyway"


def test_checks_of_the_article_mark_its_photos(window, qtbot, photos) -> None:  # type: ignore
    """The findings the checks make about the article (a photo without caption or credit) mark that photo: from the
    checks panel's own runs once it reports them (``findings_changed``), else from the same rules run here."""
    from editor.checks.rules import CheckContext, run_checks

    insert_photos(window, qtbot, photos[:2])
    nav = navigator(window)
    runs: list[tuple[object, ...]] = []
    signal = getattr(window.checks, "findings_changed", None)
    if signal is not None:
        signal.connect(lambda findings: runs.append(tuple(findings)))
    click_row(qtbot, nav, 1)
    for field in (window.inspector.caption, window.inspector.credit):
        retype(field, "")
    qtbot.waitUntil(lambda: not window.session.article.figures[1].caption, timeout=5_000)
    block = nav.model.rows[1].block

    def about(findings) -> list[object]:  # type: ignore[no-untyped-def]
        return [f for f in findings if f.location.field == "body" and f.location.block == block]

    def no_caption_found() -> bool:
        return bool(runs) and any(f.location.part == "caption" for f in about(runs[-1]))  # type: ignore[attr-defined]

    if signal is not None:  # the panel runs the checks a moment after the edits and reports them
        qtbot.waitUntil(no_caption_found, timeout=15_000)
        findings = runs[-1]
    else:
        findings = tuple(run_checks(CheckContext(window.session.article, window.profile())))
        nav.set_findings(findings)
    found = about(findings)
    assert found, "the checks find the photo without caption"
    tip = nav.model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert all(f.message() in tip for f in found)  # type: ignore[attr-defined]
    worst = next(s for s in ("error", "warning", "hint") if s in {f.severity.value for f in found})  # type: ignore
    assert nav.model.index(1).data(SEVERITY_ROLE) == worst
    assert nav.model.index(1).data().endswith("1 problem" if len(found) == 1 else f"{len(found)} problems")
    first = [f for f in findings if f.location.field == "body" and f.location.block == nav.model.rows[0].block]
    assert (nav.model.index(0).data(SEVERITY_ROLE) is None) == (not first), "each photo carries its own findings"


def test_navigator_speaks_the_language_of_the_moment(window, qtbot, photos) -> None:  # type: ignore
    """View › Tiếng Việt switches the window in place: the list's words, numbers and menu entry follow."""
    insert_photos(window, qtbot, photos[:1])
    nav = navigator(window)
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    entry = {a.text(): a for a in view.actions()}
    assert "Show the photo list" in entry
    entry["English"].trigger()  # what the fixture's window speaks, whatever an earlier test left installed
    try:
        entry["Tiếng Việt"].trigger()
        assert nav.title.text() == "Ảnh trong bài"
        assert nav.action.text() == "Hiện danh sách ảnh"
        assert nav.model.index(0).data(NUMBER_ROLE) == "Ảnh 1"
        assert nav.count.text() == "1 ảnh"
        assert "Alt+↑" in nav.up.toolTip() and "ảnh" in nav.up.toolTip()
    finally:
        entry["English"].trigger()  # the fixture's window speaks the source language
    assert nav.model.index(0).data(NUMBER_ROLE) == "Photo 1" and nav.title.text() == "Photos in the article"


def test_sharper_previews_do_not_repaint_the_list(window, qtbot, photos) -> None:  # type: ignore[no-untyped-def]
    """Each photo's row changes when its picture is made, not again for each sharper preview the session makes for
    the editor (30 previews repainted the list 30 times while the workers held the interpreter lock)."""
    nav = navigator(window)
    changed: list[str] = []
    nav.thumbnails.changed.connect(changed.append)
    insert_photos(window, qtbot, photos)
    store = window.session.photos
    qtbot.waitUntil(lambda: all(isinstance(nav.model.index(r).data(Qt.ItemDataRole.DecorationRole), QImage)
                                for r in range(len(photos))), timeout=10_000)  # fmt: skip
    names = [f.image for f in window.session.article.figures]
    qtbot.waitUntil(lambda: all((name, 0, None) in store._previews for name in names), timeout=20_000)
    QTest.qWait(100)
    assert sorted(changed) == sorted(names)  # once per photo: when its row picture was made


def test_many_photos_at_once_paint_in_the_body_before_the_list_follows(window, qtbot, tmp_path) -> None:  # type: ignore
    """Seven photos inserted together: the body lays them out and paints them, then the list gets its rows (in a
    frame of its own), every one numbered, and the first photo chosen in the body is the one chosen in the list."""
    from PIL import Image
    from PySide6.QtCore import QObject

    from editor.ui.photo_navigator import BULK_PHOTOS

    paths = []
    for n in range(BULK_PHOTOS + 2):
        path = tmp_path / f"anh-{n}.jpg"
        Image.new("RGB", (320, 200), (40 * n % 255, 120, 200)).save(path, "JPEG")
        paths.append(path)
    window.show()
    qtbot.waitExposed(window)
    nav = navigator(window)
    order: list[str] = []

    class Painted(QObject):
        def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint and order and order[-1] == "edit":
                order.append("body painted")
            return False

    spy = Painted()
    window.editor.viewport().installEventFilter(spy)
    window.session.changed.connect(lambda article, _o: len(article.figures) == len(paths) and order.append("edit"))
    nav.model.rowsInserted.connect(lambda *_args: order.append("rows"))
    insert_photos(window, qtbot, paths)
    qtbot.waitUntil(lambda: nav.model.rowCount() == len(paths), timeout=5_000)
    assert order[:3] == ["edit", "body painted", "rows"], order
    assert [nav.model.index(r).data(NUMBER_ROLE) for r in range(len(paths))] == [
        f"Photo {n + 1}" for n in range(len(paths))
    ]
    assert nav.list.currentIndex().row() == 0 and window.editor.selected_index() == nav.model.rows[0].block
