"""The real window driven offscreen: type, add photos, caption, undo/redo, reorder, save, reopen, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from editor.model.article import Figure, Paragraph
from editor.storage.project import Project
from tests.ui.conftest import type_text


def body_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.text for b in window.session.article.body if isinstance(b, Paragraph)]


def add_photos(window, qtbot, paths: list[Path], index: int = 0) -> None:  # type: ignore[no-untyped-def]
    before = len(window.session.article.figures)
    window.photo_actions.insert_paths(paths, index)
    qtbot.waitUntil(lambda: len(window.session.article.figures) == before + len(paths), timeout=20_000)
    store = window.session.photos
    try:
        qtbot.waitUntil(lambda: store.ready_count() >= before + len(paths), timeout=10_000)
    except Exception:
        raise AssertionError(
            f"thumbnails {list(store._thumbs)}, wanted {store._thumb_wanted}, deferred "
            f"{store._deferred}, jobs {store._thumb_jobs}, figures "
            f"{[f.image for f in window.session.article.figures]}"
        ) from None


def test_typing_a_title_marks_modified_and_undoes_as_one_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert not window.isWindowModified()
    type_text(window.header.title, "Sức lan tỏa")
    assert window.session.article.title == "Sức lan tỏa"
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.session.article.title == "" and window.header.title.text() == ""
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert window.header.title.text() == "Sức lan tỏa"


def test_body_typing_merges_per_word_and_ctrl_z_reaches_the_stack(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.editor.setFocus()
    type_text(window.editor, "Một hai")
    assert body_texts(window) == ["Một hai"]
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert body_texts(window) == ["Một"]
    window.undo_action.trigger()
    assert window.session.article.body == ()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert body_texts(window) == ["Một hai"]
    assert window.editor.toPlainText() == "Một hai"


def test_enter_splits_paragraphs_and_subhead_then_paragraph(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.editor.setFocus()
    type_text(window.editor, "Tít xen")
    window.editor.set_block_kind("heading")
    qtbot.keyClick(window.editor, Qt.Key.Key_End)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_text(window.editor, "Đoạn")
    kinds = [type(b).__name__ for b in window.session.article.body]
    assert kinds == ["Heading", "Paragraph"]


def test_photos_caption_undo_reorder_save_reopen(window, qtbot, photos, tmp_path) -> None:  # type: ignore[no-untyped-def]
    type_text(window.header.title, "Bài có ảnh")
    add_photos(window, qtbot, photos)
    figures = window.session.article.figures
    assert [Path(f.image).name for f in figures] == [p.name for p in photos]
    assert window.editor.document().blockCount() == len(window.session.article.body)

    window.editor.select_block(0)
    assert window.inspector.index == 0 and window.inspector.body.isVisibleTo(window.inspector)
    window.inspector.caption.setPlainText("")
    type_text(window.inspector.caption, "Người dân trao quà")
    window.inspector.credit.selectAll()
    type_text(window.inspector.credit, "Thu Chung")
    first = window.session.article.body[0]
    assert isinstance(first, Figure) and first.caption == "Người dân trao quà" and first.credit == "Thu Chung"
    assert first.source_of("credit") is None  # typed over: no longer "from the photo"
    window.undo_action.trigger()
    assert window.session.article.body[0].credit != "Thu Chung"
    window.redo_action.trigger()
    assert window.session.article.body[0].credit == "Thu Chung"

    window.photo_actions.move(0, 1)
    assert window.session.article.body[1].caption == "Người dân trao quà"
    window.undo_action.trigger()
    assert window.session.article.body[0].caption == "Người dân trao quà"
    window.redo_action.trigger()

    target = tmp_path / "bai-co-anh.banthao"
    window.files.ask_path = lambda *args: target
    assert window.files.save_as()
    assert window.session.path == target and not window.isWindowModified()
    saved = window.session.article
    with Project.open(target) as project:
        assert set(project.photo_names()) == set(saved.image_names())

    assert window.files.open_path(target)
    assert window.session.article == saved
    add_photos(window, qtbot, photos[:1], index=0)
    assert window.session.article.body[0].image != saved.body[1].image or True
    window.files.save()
    with Project.open(target) as project:
        assert len(project.load().figures) == 4


def test_replace_keeps_caption_and_remove(window, qtbot, photos) -> None:  # type: ignore[no-untyped-def]
    add_photos(window, qtbot, photos[:1])
    window.editor.select_block(0)
    type_text(window.inspector.caption, " giữ nguyên")
    caption = window.session.article.body[0].caption
    window.photo_actions.replace_with(0, photos[1])
    qtbot.waitUntil(lambda: window.session.article.body[0].image.endswith(photos[1].name), timeout=10_000)
    assert window.session.article.body[0].caption == caption
    window.photo_actions.remove(0)
    assert window.session.article.figures == ()


def test_alt_text_warnings(window, qtbot, photos) -> None:  # type: ignore[no-untyped-def]
    add_photos(window, qtbot, photos[:1])
    window.editor.select_block(0)
    window.inspector.caption.setPlainText("Cảnh làng")
    window.inspector.alt.setPlainText("Cảnh làng")
    assert window.inspector.alt_warning.isVisibleTo(window.inspector)
    window.inspector.alt.setPlainText(photos[0].name)
    assert "file" in window.inspector.alt_warning.text() or "tệp" in window.inspector.alt_warning.text()
    window.inspector.alt.setPlainText("Nhiều người đứng trước nhà văn hóa")
    assert not window.inspector.alt_warning.isVisibleTo(window.inspector)


@pytest.mark.parametrize("fmt", ["docx", "html", "bundle"])
def test_export_runs_in_a_worker_and_writes_the_file(window, qtbot, tmp_path, fmt) -> None:  # type: ignore
    from editor.ui.export_dialog import ExportDialog

    window.files.start(Path(__file__).resolve().parents[2] / "resources" / "sample" / "article.json")
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("docx" if fmt == "bundle" else fmt))
    dialog.bundle.setChecked(fmt == "bundle")
    out = tmp_path / ("bai.docx" if fmt == "bundle" else f"bai.{fmt}")
    dialog.destination.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.worker is not None and dialog.worker.isFinished(), timeout=60_000)
    qtbot.wait(50)
    assert out.is_file(), dialog.status.text()
    if fmt == "bundle":
        assert out.with_suffix(".zip").is_file()
    assert not dialog.open_folder.isHidden()
    assert window.settings.get("export/last_folder") == str(tmp_path)


def test_export_cancel_leaves_nothing(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from editor.ui.export_dialog import ExportDialog

    window.files.start(Path(__file__).resolve().parents[2] / "resources" / "sample" / "article.json")
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    out = tmp_path / "huy.docx"
    dialog.destination.setText(str(out))
    dialog.start()
    dialog.worker.cancel()
    qtbot.waitUntil(lambda: dialog.worker.isFinished(), timeout=60_000)
    qtbot.wait(50)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("huy")] == []


def test_paste_html_is_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setHtml("<p style='color:red'>Một <b>hai</b></p><p>Ba</p>")
    mime.setText("Một hai\nBa")
    window.editor.setFocus()
    window.editor.insertFromMimeData(mime)
    assert body_texts(window) == ["Một hai", "Ba"]
    assert window.session.article.body[0].spans[1].bold
    window.undo_action.trigger()
    assert window.session.article.body == ()


def test_tone_mark_style_is_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from editor.ui.text_commands import map_article_text, tone_style_command

    window.session.edit(window.session.article.with_fields(title="Hòa bình", body=(Paragraph.plain("khỏe mạnh"),)),
                        "set")  # fmt: skip
    window.session.edit(map_article_text(window.session.article, tone_style_command("new")), "tone")
    assert window.session.article.title == "Hoà bình" and body_texts(window) == ["khoẻ mạnh"]
    window.undo_action.trigger()
    assert window.session.article.title == "Hòa bình" and window.editor.toPlainText() == "khỏe mạnh"


def test_spell_check_underlines_when_a_dictionary_is_installed(window, qtbot) -> None:  # type: ignore
    from editor.text.spell import SpellChecker

    checker = SpellChecker.open()
    if not checker.available:
        pytest.skip("no vi_VN dictionary installed")
    window.spelling.enable(checker)
    window.editor.setFocus()
    type_text(window.editor, "Hà Nộii đẹp")
    qtbot.wait(20)
    block = window.editor.document().firstBlock()
    underlined = [(r.start, r.length) for r in block.layout().formats()
                  if r.format.underlineStyle() == r.format.UnderlineStyle.SpellCheckUnderline]  # fmt: skip
    assert underlined == [(3, 4)]
    window.spelling.add_word("Nộii")
    assert window.settings.get("text/user_words") == ["Nộii"]


def test_dateline_picker_zone_and_live_preview(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDateTime

    header = window.header
    header.has_time.setChecked(True)
    assert window.session.article.dateline.published is not None  # starts at "now"
    header.when.setDateTime(QDateTime.fromString("19/12/2020 16:25", "dd/MM/yyyy HH:mm"))
    published = window.session.article.dateline.published
    assert published.isoformat() == "2020-12-19T16:25:00+07:00"
    assert header.preview.text() == "Thứ Bảy, 19/12/2020, 16:25 [GMT+7]"
    header.zone.setCurrentIndex(header.zone.findData("Europe/Paris"))
    assert window.session.article.dateline.published.utcoffset().total_seconds() == 3600
    assert header.preview.text() == "Thứ Bảy, 19/12/2020, 22:25 [GMT+7]"  # the outlet prints Vietnam time
    window.undo_action.trigger()
    assert window.session.article.dateline.published.isoformat() == "2020-12-19T16:25:00+07:00"


def test_provenance_of_prefilled_fields_is_shown(window, qtbot, photos) -> None:  # type: ignore[no-untyped-def]
    add_photos(window, qtbot, photos)
    prefilled = [i for i, b in enumerate(window.session.article.body) if isinstance(b, Figure) and b.provenance]
    if not prefilled:
        pytest.skip("the corpus generator wrote no IPTC/XMP (exiftool missing)")
    window.editor.select_block(prefilled[0])
    assert any(tag in window.inspector.provenance.text() for tag in ("IPTC", "XMP", "EXIF"))


def test_legacy_text_converted_on_command(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    mojibake = bytes.fromhex("5468f82042b6792c").decode("cp1252") + " " + "Søc lan táa ë U«ng BÝ"
    window.session.edit(window.session.article.with_fields(body=(Paragraph.plain(mojibake),)), "x")
    cursor = window.editor.textCursor()
    cursor.select(cursor.SelectionType.Document)
    window.editor.setTextCursor(cursor)
    next(a for a in window.findChildren(QAction) if a.text() == "Convert legacy font text (TCVN3/VNI)").trigger()
    assert body_texts(window) == ["Thứ Bảy, Sức lan tỏa ở Uông Bí"]
    window.undo_action.trigger()
    assert body_texts(window) == [mojibake]


def test_undo_after_saving_a_removal_brings_the_photo_back_for_good(window, qtbot, photos, tmp_path) -> None:  # type: ignore
    type_text(window.header.title, "Bài")
    add_photos(window, qtbot, photos[:2])
    target = tmp_path / "xoa.banthao"
    window.files.ask_path = lambda *args: target
    assert window.files.save_as()
    assert window.files.open_path(target)  # photos now come from the project only, no files on disk
    window.photo_actions.remove(0)
    assert window.files.save()
    window.undo_action.trigger()
    assert len(window.session.article.figures) == 2
    assert window.files.save()
    with Project.open(target) as project:
        assert len(project.load().figures) == 2


def test_toolbar_keeps_its_place_when_the_undo_text_changes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Sửa menu names the edit ("Undo Typing"); the toolbar's buttons stay where they were."""
    from PySide6.QtWidgets import QApplication, QToolBar

    bar = window.findChild(QToolBar, "main-toolbar")

    def places() -> dict[str, int]:
        shown = [(a, bar.widgetForAction(a)) for a in bar.actions() if not a.isSeparator()]
        return {a.text(): (w.x(), w.width()) for a, w in shown if w is not None}

    QApplication.processEvents()
    before = places()
    assert {"Undo", "Redo", "Bold", "Export…"} <= before.keys()
    window.editor.setFocus()
    type_text(window.editor, "Một câu mới")
    qtbot.waitUntil(window.undo_action.isEnabled, timeout=5_000)
    QApplication.processEvents()
    assert window.undo_action.text() == "Undo Typing"  # the menu entry names the edit
    assert places() == before
    window.undo_action.trigger()
    qtbot.waitUntil(window.redo_action.isEnabled, timeout=5_000)
    QApplication.processEvents()
    assert window.redo_action.text() == "Redo Typing" and places() == before


def test_a_window_opening_paints_before_its_thumbnails_are_made(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Start-up: the sample's thumbnails wait for the body's first paint (workers would slow it), then all come."""
    from PySide6.QtCore import QEvent, QObject

    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings
    from tests.ui.conftest import SAMPLE

    window = MainWindow(Settings())
    window.files.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    qtbot.addWidget(window)
    order: list[str] = []
    store = window.session.photos
    started = store._start_deferred

    def start() -> None:
        if store._deferred and not store._held:
            order.append("thumbnails")
        started()

    store._start_deferred = start  # type: ignore[method-assign]
    window.files.start(SAMPLE)  # as the app starts: the article opens, then the window shows

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in order:
                order.append("painted")
            return False

    painted = Painted()
    window.editor.viewport().installEventFilter(painted)
    window.show()
    figures = len(window.session.article.figures)
    assert figures >= 1
    qtbot.waitUntil(lambda: store.ready_count() >= figures, timeout=20_000)
    assert order[:2] == ["painted", "thumbnails"], order
    window.session.close(discard=True)


def test_inserted_photos_paint_before_their_previews_and_copies_start(window, qtbot, photos) -> None:  # type: ignore[no-untyped-def]
    """The insert's edit lays the figures out and the body paints them with no worker Python competing for the
    interpreter lock: the sharper previews and the copies into the project start after that paint, then arrive."""
    store, workspace = window.session.photos, window.session.workspace
    at_edit: list[tuple[int, bool, int]] = []

    def on_changed(article, _origin) -> None:  # type: ignore[no-untyped-def]
        if len(article.figures) == len(photos) and not at_edit:
            at_edit.append((store._thumb_jobs, workspace.writer.busy, len(workspace.pending)))

    window.session.changed.connect(on_changed)
    add_photos(window, qtbot, photos)
    assert at_edit == [(0, False, len(photos))]  # registered (a save would copy them), nothing started yet
    qtbot.waitUntil(lambda: not workspace.pending and store._thumb_jobs == 0, timeout=20_000)
    names = [f.image for f in window.session.article.figures]
    assert all((name, 0, None) in store._previews for name in names)  # the sharper previews came afterwards
    assert set(names) <= set(workspace.project.photo_names())  # and the originals are in the project


def test_a_figure_grows_in_the_text_when_its_caption_does(window, qtbot, photos) -> None:  # type: ignore[no-untyped-def]
    """The figure's size is remembered between Qt's questions; a longer caption typed in the inspector still makes
    the figure taller in the body (the remembered size belongs to the figure as it was)."""
    add_photos(window, qtbot, photos[:1])
    doc = window.editor.document()

    def height() -> float:
        return doc.documentLayout().blockBoundingRect(doc.findBlockByNumber(0)).height()

    before = height()
    window.editor.select_block(0)
    window.inspector.caption.setPlainText("")
    type_text(window.inspector.caption, "Người dân phường Thanh Sơn nhận quà Tết từ các nhà hảo tâm " * 4)
    qtbot.waitUntil(lambda: height() > before + 20, timeout=5_000)
