"""The export dialog, driven as hands do (Ctrl+E, the combos by arrow keys, the check box, the buttons).

Issue 20 item 6 (what the CLI offers; errors in the checks said and offered first), item 7 (the cancel button of a
repeat export), issue 11 item 11 (asks before replacing a file; warns when Word or LibreOffice holds it open).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from PySide6.QtCore import Qt

from editor.export.docx.template import HOUSE_TEMPLATE
from editor.ui.export_dialog import ExportDialog
from tests.ui.conftest import SAMPLE
from tests.ui.journey import choose, click, press


@pytest.fixture
def dialog(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """Ctrl+E opens the dialog (shown without its modal loop, which would wait for ever offscreen)."""
    monkeypatch.setattr(ExportDialog, "exec", lambda self: self.show())
    window.files.start(SAMPLE)
    window.activateWindow()
    press(window.editor, Qt.Key.Key_E)
    found = window.findChildren(ExportDialog)
    assert len(found) == 1, "Ctrl+E opened no export dialog"
    yield found[0]
    found[0].done(0)


def export_to(dialog, qtbot, out: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.destination.selectAll()
    dialog.destination.setText(str(out))
    click(dialog.export_button)
    wait_done(dialog, qtbot)


def wait_done(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.worker is not None and dialog.worker.isFinished(), timeout=90_000)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=5_000)


def test_issue20_item6_html_modes_from_the_dialog(dialog, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    choose(dialog.format, "html")
    assert dialog.html_mode.isVisible() and not dialog.bundle.isVisible() and not dialog.reference.isVisible()
    for mode in ("folder", "self-contained", "fragment"):
        choose(dialog.html_mode, mode)
        out = tmp_path / mode / "bai.html"
        out.parent.mkdir()
        export_to(dialog, qtbot, out)
        assert out.is_file(), dialog.status.text()
        page = out.read_text(encoding="utf-8")
        files = out.with_name("bai_files")
        if mode == "folder":
            assert files.is_dir() and any(files.iterdir()) and 'src="bai_files/' in page
        elif mode == "self-contained":
            assert not files.exists() and 'src="data:image/' in page
        else:
            assert "<html" not in page and "<article" in page and "Uông Bí" in page
    assert dialog.settings.get("export/html_mode") == "fragment"


def test_issue20_item6_reference_template_and_bundle_from_the_dialog(dialog, qtbot, tmp_path) -> None:  # type: ignore
    template = docx.Document(str(HOUSE_TEMPLATE))
    template.styles.add_style("Mẫu của tòa soạn", WD_STYLE_TYPE.PARAGRAPH)
    reference = tmp_path / "mau-toa-soan.docx"
    template.save(str(reference))

    choose(dialog.format, "docx")
    assert dialog.reference.isVisible() and dialog.bundle.isVisible() and not dialog.html_mode.isVisible()
    click(dialog.reference)
    dialog.reference.setText(str(reference))
    click(dialog.bundle)
    assert dialog.bundle.isChecked()
    out = tmp_path / "bai.docx"
    export_to(dialog, qtbot, out)
    assert out.is_file(), dialog.status.text()
    assert "Mẫu của tòa soạn" in [s.name for s in docx.Document(str(out)).styles]  # built on the chosen template
    with zipfile.ZipFile(out.with_suffix(".zip")) as bundle:
        names = bundle.namelist()
    assert "bai.docx" in names and sum(n.endswith(".jpg") for n in names) == 3

    dialog.reference.setText(str(tmp_path / "khong-co.docx"))
    click(dialog.export_button)
    assert "khong-co.docx" in dialog.status.text() and dialog.worker.isFinished()


def test_issue20_item6_errors_in_the_checks_are_counted_and_offered_first(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore
    monkeypatch.setattr(ExportDialog, "exec", lambda self: self.show())
    window.files.start(SAMPLE)
    window.session.edit(window.session.article.with_fields(title=""), "no title")  # the desk would send it back
    window.activateWindow()
    press(window.editor, Qt.Key.Key_E)
    dialog = window.findChildren(ExportDialog)[-1]
    assert dialog.banner.isVisible() and "1" in dialog.checks_note.text()
    assert dialog.export_button.text() == dialog.tr("Export anyway")
    out = tmp_path / "bai.docx"
    dialog.destination.setText(str(out))
    click(dialog.export_button)  # the first press says so and writes nothing
    assert not out.exists() and dialog.worker is None and "1" in dialog.status.text()
    click(dialog.export_button)  # the second exports as it is
    wait_done(dialog, qtbot)
    assert out.is_file()

    press(window.editor, Qt.Key.Key_E)
    again = window.findChildren(ExportDialog)[-1]
    assert again is not dialog and again.banner.isVisible()
    click(again.look_button)  # look first: the dialog closes on the checks panel
    assert not again.isVisible() and window.side.currentWidget() is window.checks
    qtbot.waitUntil(lambda: any(i.field == "title" for i in window.checks.items), timeout=20_000)
    dialog.done(0)


def test_issue11_item11_export_asks_before_replacing_and_warns_when_open(dialog, qtbot, tmp_path) -> None:  # type: ignore
    out = tmp_path / "bai.docx"
    out.write_bytes(b"the desk's copy")
    (tmp_path / ".~lock.bai.docx#").write_text("Ngọc Hân,may-bao,ngochan,01.12.2026 21:00,file:///x;", "utf-8")
    choose(dialog.format, "docx")
    dialog.destination.setText(str(out))
    click(dialog.export_button)
    assert out.read_bytes() == b"the desk's copy" and dialog.worker is None  # asked, nothing written
    status = dialog.status.text()
    assert "LibreOffice" in status and "Ngọc Hân" in status and "bai.docx" in status
    assert dialog.export_button.text() == dialog.tr("Replace anyway")
    dialog.destination.setText(str(tmp_path / "khac.docx"))  # a new choice takes the answer back
    dialog.destination.setText(str(out))
    assert dialog.export_button.text() == dialog.tr("Export")
    click(dialog.export_button)
    click(dialog.export_button)  # "Replace anyway"
    wait_done(dialog, qtbot)
    assert out.read_bytes()[:2] == b"PK" and docx.Document(str(out)).paragraphs

    (tmp_path / ".~lock.bai.docx#").unlink()
    long_name = tmp_path / "chinh-trang-do-thi.docx"
    long_name.write_bytes(b"old")
    (tmp_path / "~$inh-trang-do-thi.docx").write_bytes(b"\x0bNgoc Han")  # Word's owner file for a long name
    dialog.destination.setText(str(long_name))
    click(dialog.export_button)
    assert "Word" in dialog.status.text() and long_name.read_bytes() == b"old"
    assert dialog.export_button.text() == dialog.tr("Replace anyway")

    dialog.destination.setText(str(out))  # no lock now: a plain "replace?"
    click(dialog.export_button)
    assert dialog.export_button.text() == dialog.tr("Replace") and "bai.docx" in dialog.status.text()


def test_issue20_item7_cancel_button_of_a_repeat_export_says_cancel_while_it_runs(dialog, qtbot, tmp_path) -> None:  # type: ignore
    choose(dialog.format, "docx")
    export_to(dialog, qtbot, tmp_path / "mot.docx")
    assert dialog.cancel_button.text() == dialog.tr("Close")
    dialog.destination.setText(str(tmp_path / "hai.docx"))
    click(dialog.export_button)
    assert dialog.cancel_button.text() == dialog.tr("Cancel")  # while the second export runs
    click(dialog.cancel_button)  # and it does cancel (unless the export had already written its last step)
    wait_done(dialog, qtbot)
    assert dialog.cancel_button.text() == dialog.tr("Close")
    written = (tmp_path / "hai.docx").exists()
    cancelled = dialog.tr("Export cancelled; nothing was written.")
    assert (not written and dialog.status.text() == cancelled) or (written and dialog.status.text() != cancelled)


def test_issue20_export_dialog_screenshots_at_1366x768(qapp, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore
    """The dialog over the window on a 1366×768 screen, in Vietnamese: DOCX, HTML, errors + a file held open."""
    import os

    from PySide6.QtGui import QPainter, QPixmap

    from editor.ui.i18n import install_translators
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    out = Path(os.environ.get("BANTHAO_SCREENSHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    translators = install_translators(qapp, "vi")
    window = MainWindow(Settings())
    window.files.ask_save_changes = lambda: "discard"  # type: ignore[method-assign]
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        window.files.start(SAMPLE)
        window.session.edit(window.session.article.with_fields(title=""), "no title")
        dialog = ExportDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        taken = (tmp_path / "bai.docx", tmp_path / ".~lock.bai.docx#")
        taken[0].write_bytes(b"old")
        taken[1].write_text("Ngọc Hân,may-bao,ngochan,01.12.2026 21:00,", "utf-8")
        dialog.destination.setText(str(taken[0]))
        shots = {"docx": lambda: None, "docx-replace": lambda: click(dialog.export_button),
                 "html": lambda: choose(dialog.format, "html")}  # fmt: skip
        for name, step in shots.items():
            step()
            qtbot.wait(100)
            dialog.adjustSize()
            assert dialog.height() < 768 and dialog.width() < 1366  # the dialog fits the small screen
            screen = QPixmap(1366, 768)
            painter = QPainter(screen)
            painter.drawPixmap(0, 0, window.grab())
            painter.drawPixmap((1366 - dialog.width()) // 2, (768 - dialog.height()) // 2, dialog.grab())
            painter.end()
            assert screen.save(str(out / f"export-dialog-{name}-1366x768.png"))
    finally:
        window.session.close(discard=True)
        for translator in translators:
            qapp.removeTranslator(translator)


def test_issue20_item6_every_format_offered_exports_from_the_dialog(dialog, qtbot, tmp_path) -> None:  # type: ignore
    """The formats come from the writer registry (as the CLI's): each one offered writes its file."""
    keys = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert {"docx", "html"} <= set(keys)
    for key in keys:
        choose(dialog.format, key)
        suffix = dialog.suffixes[key]
        assert dialog.destination.text().endswith(suffix)
        out = tmp_path / key / f"bai{suffix}"
        out.parent.mkdir()
        export_to(dialog, qtbot, out)
        assert out.is_file() and out.stat().st_size > 500, (key, dialog.status.text())


def test_the_error_count_includes_what_the_photo_rules_find(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore
    """The export dialog counts what the checks panel shows, the photo rules too: a photo that cannot be read is an
    error the desk would send back, and the dialog says so before the first press (it counted the text only)."""
    import shutil

    monkeypatch.setattr(ExportDialog, "exec", lambda self: self.show())
    folder = tmp_path / "bai"
    shutil.copytree(SAMPLE.parent, folder)
    (folder / "images" / "p02-duong-lang.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated jpeg")
    window.files.start(folder / "article.json")
    window.activateWindow()
    press(window.editor, Qt.Key.Key_E)
    dialog = window.findChildren(ExportDialog)[-1]
    qtbot.waitUntil(lambda: dialog.errors == 1, timeout=30_000)
    assert dialog.banner.isVisible() and "1" in dialog.checks_note.text()
    assert dialog.export_button.text() == dialog.tr("Export anyway")
    errors = lambda: [f.id for f in window.checks.findings if f.severity.value == "error"]  # noqa: E731
    qtbot.waitUntil(lambda: errors() == ["figure.unreadable"], timeout=30_000)  # the panel says the same
    assert dialog.errors == 1
