"""Issue 17 item 1: the checks panel worked through with hands — every rule live (the photo-file ones too), rows
that name the place as the reporter counts it, grouped by severity with drawn icons; a click shows the place and
the list keeps the focus, the arrow keys go down the findings, Enter goes to the field, the row's Sửa fixes it in
one undo step, and the saved file and both exports show the fix."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from editor.messages import msg, render
from editor.messages.catalogue import CATALOGUE
from editor.model.article import Figure
from tests.ui.conftest import SAMPLE, type_text
from tests.ui.hands import click, export_both, shortcut
from tests.ui.journey import save_through_window


def _photo(path: Path, size: tuple[int, int], colour: tuple[int, int, int]) -> Path:
    image = Image.new("RGB", size, colour)
    for x in range(0, size[0], max(1, size[0] // 9)):
        image.paste((230, 200, 60), (x, 0, x + max(1, size[0] // 30), size[1]))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    path.write_bytes(buffer.getvalue())
    return path


def _lines(panel) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(panel.lines())


def _row_click(qtbot, panel, finding) -> None:  # type: ignore[no-untyped-def]
    view = panel.list
    row = panel.row_of(finding)
    assert row is not None, finding
    view.scrollToItem(row)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(row).center())


def _finding(panel, text: str):  # type: ignore[no-untyped-def]
    return next(f for f in panel.findings if text in f.line("vi"))


def _figure_blocks(window) -> list[int]:  # type: ignore[no-untyped-def]
    return [i for i, b in enumerate(window.session.article.body) if isinstance(b, Figure)]


@pytest.fixture
def story(window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """An article made through the widgets: title, sapo, a paragraph, then two photos from the Insert dialog (a
    640 px phone picture and a 2400 px camera one), as a reporter would."""
    window.activateWindow()
    window.checks.timer.setInterval(50)
    type_text(window.header.title, "Tết ấm cho người nghèo Uông Bí")
    type_text(window.header.sapo, "Phường Thanh Sơn trao 120 suất quà.")
    window.editor.setFocus()
    type_text(window.editor, "Những ngày cuối năm, phường Thanh Sơn rộn ràng hơn thường lệ.")
    small = _photo(tmp_path / "dien-thoai.jpg", (640, 427), (60, 110, 170))
    large = _photo(tmp_path / "may-anh.jpg", (2400, 1600), (150, 60, 40))
    window.photo_actions.ask_photos = lambda many=True: [small, large]  # the file dialog's answer
    window.seen = []  # every list of findings shown, to look back on
    window.checks.findings_changed.connect(window.seen.append)
    shortcut(qtbot, window, "Ctrl+Shift+I")
    qtbot.waitUntil(lambda: len(window.session.article.figures) == 2, timeout=20_000)
    window.side.setCurrentWidget(window.checks)  # the Kiểm tra tab
    return window


def test_every_rule_runs_live_and_rows_name_the_place(story, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = story.checks
    # The photo-file rule shows live (it read the 640 px file in the worker), on the photo as numbered on screen.
    qtbot.waitUntil(lambda: "Ảnh 1 — ảnh nhỏ bị kéo giãn: 640 px" in _lines(panel), timeout=30_000)
    lines = panel.lines()
    assert "Ảnh 1 — chưa có chú thích." in lines and "Ảnh 2 — chưa có chú thích." in lines
    assert not any(re.search(r"đoạn \d+ · chú thích", line, re.IGNORECASE) for line in lines)
    assert not any("Ảnh 2 — ảnh nhỏ" in line for line in lines)  # 2400 px is plenty for a 17 cm column
    # While the photos were being copied into the project none was said to be missing: their checks waited.
    assert not any(f.id in ("figure.missing", "figure.unreadable") for shown in story.seen for f in shown)
    # Grouped: errors first, each group under a heading with its count, then warnings, then hints.
    headings = [panel.list.topLevelItem(i).text(0) for i in range(panel.list.topLevelItemCount())]
    assert headings[0].startswith("Errors (2)") and headings[1].startswith("Warnings (")
    severities = [f.severity.value for f in panel.findings]
    assert severities == sorted(severities, key=["error", "warning", "hint"].index)
    # The contract with the photo navigator: a tuple of Findings after each run.
    with qtbot.waitSignal(panel.findings_changed, timeout=20_000) as signal:
        type_text(story.header.title, "!")
    assert isinstance(signal.args[0], tuple) and signal.args[0] == panel.findings
    figures = _figure_blocks(story)
    assert {f.location.block for f in signal.args[0] if f.id == "figure.caption-missing"} == set(figures)


def test_a_row_shows_its_place_and_the_list_keeps_the_focus(story, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = story.checks
    qtbot.waitUntil(lambda: "Ảnh 2 — chưa có chú thích." in panel.lines(), timeout=30_000)
    second = _figure_blocks(story)[1]
    panel.list.setFocus()
    _row_click(qtbot, panel, _finding(panel, "Ảnh 2 — chưa có chú thích."))
    assert story.editor.selected_index() == second  # the photo is selected in the body…
    assert story.inspector.index == second  # …and the inspector holds it, behind the list
    assert story.side.currentWidget() is panel and QApplication.focusWidget() is panel.list
    assert story.places.marked == second and story.places.mark.isVisible()

    # The arrow keys go through the findings, over the group headings; each shows its place.
    QTest.keyClick(panel.list, Qt.Key.Key_Down)
    chosen = panel.current_finding()
    assert chosen is not None and chosen.severity.value == "warning"  # past the "Warnings" heading
    assert QApplication.focusWidget() is panel.list and story.side.currentWidget() is panel
    sapo_or_photo = chosen.location
    if sapo_or_photo.field == "body":
        assert story.places.marked == sapo_or_photo.block
    QTest.keyClick(panel.list, Qt.Key.Key_Up)
    assert panel.current_finding() == _finding(panel, "Ảnh 2 — chưa có chú thích.")

    # A header finding marks the field where it is; the focus stays in the list.
    story.session.edit(story.session.article.with_fields(sapo=""), "x")
    qtbot.waitUntil(lambda: any(line.startswith("Sapo — ") for line in panel.lines()), timeout=20_000)
    _row_click(qtbot, panel, _finding(panel, "Sapo — "))
    assert story.places.marked is story.header.sapo and QApplication.focusWidget() is panel.list

    # Enter goes there: the photo's field in the Photo tab gets the focus.
    credit = _finding(panel, "Ảnh 1 — chưa ghi “Nguồn ảnh”.")
    _row_click(qtbot, panel, credit)
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert story.side.currentWidget() is story.inspector
    assert QApplication.focusWidget() is story.inspector.credit
    assert story.inspector.index == _figure_blocks(story)[0]


def test_the_rows_fix_button_is_one_undo_step_and_reaches_the_exports(story, qtbot, tmp_path) -> None:  # type: ignore
    panel = story.checks
    first = _figure_blocks(story)[0]
    story.editor.select_block(first)  # the Photo tab: type a credit that prints twice-labelled
    story.inspector.credit.setFocus()
    type_text(story.inspector.credit, "Ảnh: Ảnh: Vân Anh")
    QTest.keyClick(story.inspector.credit, Qt.Key.Key_Escape)  # the names offered as she typed go away
    story.activateWindow()  # offscreen, the closed popup of names stays the active window
    qtbot.waitUntil(story.isActiveWindow, timeout=3_000)
    assert story.session.article.body[first].credit == "Ảnh: Ảnh: Vân Anh"
    story.side.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: "hai nhãn" in _lines(panel), timeout=30_000)
    twice = _finding(panel, "dòng nguồn ảnh sẽ in hai nhãn: “Ảnh: Ảnh: Vân Anh”")
    assert twice.place("vi") == "Ảnh 1"
    # Only rows with a fix carry a button; this one does.
    assert panel.fix_button(_finding(panel, "Ảnh 2 — chưa có chú thích.")) is None
    panel.list.setFocus()
    steps = story.session.stack.count()
    click(qtbot, panel.fix_button(twice))  # "Sửa" on the row itself
    assert story.session.article.body[first].credit == "Ảnh: Vân Anh"
    assert story.session.stack.count() == steps + 1  # one undo step
    assert QApplication.focusWidget() is panel.list  # the reporter goes on down the list
    qtbot.waitUntil(lambda: "hai nhãn" not in _lines(panel), timeout=20_000)
    assert panel.current_finding() is not None  # the row that took its place is chosen: the next to work on
    assert QApplication.focusWidget() is panel.list
    shortcut(qtbot, story, "Ctrl+Z")
    assert story.session.article.body[first].credit == "Ảnh: Ảnh: Vân Anh"
    shortcut(qtbot, story, "Ctrl+Y")
    assert story.session.article.body[first].credit == "Ảnh: Vân Anh"

    with save_through_window(story, tmp_path / "bai.banthao") as project:
        assert project.load().body[first].credit == "Ảnh: Vân Anh"  # type: ignore[union-attr]
    exports = export_both(story, tmp_path / "out")
    for shown in (exports.docx_text, exports.html_text):
        assert "Ảnh: Vân Anh" in shown and "Ảnh: Ảnh:" not in shown


def test_a_stale_result_is_dropped(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A run for an article that changed meanwhile never shows: the list shows the last article's findings."""
    panel = window.checks
    shown: list[tuple] = []  # type: ignore[type-arg]
    panel.findings_changed.connect(shown.append)
    panel.timer.setInterval(10_000)  # the test starts the runs itself
    old = window.session.article.with_fields(title="")
    new = window.session.article.with_fields(title="Tít có rồi")
    panel.schedule(old, window.profile())
    panel._run()  # the worker starts on the old article…
    panel.schedule(new, window.profile())  # …and the reporter types before it reports
    panel.timer.setInterval(0)
    panel.timer.start()
    qtbot.waitUntil(lambda: bool(shown) and not panel._running and panel._pending is None, timeout=20_000)
    assert all("title.empty" not in {f.id for f in findings} for findings in shown)
    assert "title.empty" not in {f.id for f in panel.findings}


def test_a_photo_that_cannot_be_shown_is_said_live(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    folder = tmp_path / "bai"
    shutil.copytree(SAMPLE.parent, folder)
    article = SAMPLE.read_text("utf-8")
    names = re.findall(r'"(images/[^"]+)"', article)
    (folder / names[1]).write_bytes(b"\xff\xd8\xff\xe0 this is not a photo")  # a copy that went wrong
    window.files.start(folder / SAMPLE.name)
    window.checks.timer.setInterval(0)
    window.side.setCurrentWidget(window.checks)
    window.checks.schedule(window.session.article, window.profile())
    qtbot.waitUntil(lambda: "không hiển thị được" in _lines(window.checks), timeout=30_000)
    lines = [line for line in window.checks.lines() if "không hiển thị được" in line]
    assert len(lines) == 1 and lines[0].startswith("Ảnh 2 — không hiển thị được: tệp ảnh") and "hỏng" in lines[0]
    errors = window.checks.list.topLevelItem(0).text(0)
    assert errors.startswith("Errors (")


def test_severity_icons_are_drawn_not_glyphs(window) -> None:  # type: ignore[no-untyped-def]
    from editor.ui.checks_panel import COLOURS, severity_icon

    for severity in ("error", "warning", "hint", "ok"):
        image = severity_icon(severity).pixmap(32, 32).toImage()
        assert not image.isNull() and image.width() >= 16
        pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
        coloured = sum(p.name() == COLOURS[severity] and p.alpha() == 255 for p in pixels)
        white = sum(p.name() == "#ffffff" and p.alpha() == 255 for p in pixels)
        assert coloured > len(pixels) // 5, severity  # the disc or triangle in the severity's colour
        assert white > 8, severity  # with its mark drawn in white
        assert image.pixelColor(0, 0).alpha() == 0  # on a transparent square: no box around it


# -- words match the labels on screen ------------------------------------------------------------------------------

# Names the checks once used for a photo's fields that are not what the inspector shows.
OLD_WORDS = ("tác giả ảnh", "mô tả thay thế", "người chụp/người tạo", "mô tả ảnh (alt)")


def _form_labels(widget) -> dict[object, str]:  # type: ignore[no-untyped-def]
    labels = {}
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and isinstance(label.widget(), QLabel):
                labels[field.widget() or field.layout()] = label.widget().text().replace("&&", "&").rstrip(":")
    return labels


def test_each_photo_field_word_a_check_uses_is_the_inspectors_label(qapp, qtbot) -> None:  # type: ignore
    from editor.ui.i18n import install_translators
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    translators = install_translators(qapp, "vi")
    try:
        settings = Settings()
        settings.set("text/spell_check", False)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        inspector = window.inspector
        labels = _form_labels(inspector)
        rights = inspector.rights
        widgets = {"caption": inspector.caption, "credit": inspector.credit, "alt": inspector.alt,
                   "source": rights.source, "taken": rights.taken,
                   **{name: rights.fields[name] for name in ("creator", "copyright", "source_url", "usage_terms",
                                                             "license_url")}}  # fmt: skip
        shown = {part: labels[widget] for part, widget in widgets.items()}
        header = set(_form_labels(window.header).values()) | set(_form_labels(window.details).values())
        for code in ("where.title", "where.kicker", "where.sapo", "where.authors", "where.source", "where.keywords",
                     "part.published", "part.location"):  # fmt: skip
            assert render(msg(f"check.{code}"), "vi") in header, code
        for part, label in shown.items():  # the place column: "Ảnh 3 · Nguồn ảnh"
            assert render(msg(f"check.part.{part}"), "vi") == label, part
        # Every field a check message names in quotes is one of those labels, and no old name is left.
        quoted_labels = {label.casefold() for label in shown.values()}
        for code, (vi, _en) in CATALOGUE.items():
            if not code.startswith("check."):
                continue
            for word in OLD_WORDS:
                assert word not in vi.casefold(), (code, vi)
            for quoted in re.findall(r"“([^”{}]+)”", vi):
                if quoted.casefold() in quoted_labels or quoted.casefold().startswith(("nguồn", "văn bản", "người")):
                    assert quoted.casefold() in quoted_labels, (code, quoted)
        window.session.close(discard=True)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_behind_another_tab_the_rows_are_made_when_the_tab_comes_to_the_front(story, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Making 60 rows with their Sửa buttons holds the GUI thread for tens of milliseconds: while the reporter works
    in the Photo tab the findings still reach the navigator at once, and the rows appear when Kiểm tra is chosen,
    with the reporter's row still chosen."""
    panel = story.checks
    story.show()
    qtbot.waitUntil(lambda: "Ảnh 1 — chưa có chú thích." in _lines(panel), timeout=30_000)
    chosen = _finding(panel, "Ảnh 2 — chưa có chú thích")
    panel.list.setCurrentItem(panel.row_of(chosen))
    story.side.setCurrentWidget(story.inspector)  # the Ảnh tab in front, as while placing photos
    assert not panel.isVisible()
    first_group = panel.list.topLevelItem(0)
    with qtbot.waitSignal(panel.findings_changed, timeout=20_000) as signal:
        type_text(story.header.sapo, " Có 3 đoàn thiện nguyện.")
    assert signal.args[0] == panel.findings  # the navigator hears at once
    assert panel.list.topLevelItem(0) is first_group  # nothing was rebuilt behind the tab
    story.side.setCurrentWidget(panel)  # the Kiểm tra tab: now the rows are made from the latest findings
    assert panel.list.topLevelItem(0) is not first_group
    assert panel.lines() == [f.line() for f in panel.findings if f.severity.value == "error"] + [
        f.line() for f in panel.findings if f.severity.value == "warning"] + [
        f.line() for f in panel.findings if f.severity.value == "hint"]  # fmt: skip
    assert panel.current_finding() == chosen
