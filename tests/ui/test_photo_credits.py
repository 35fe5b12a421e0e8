"""Photo credits as hands meet them (issue 17 item 6): the IPTC pre-fill keeps the photographer's by-line and the
agency's credit line apart, the note says where a value came from in plain words, a name typed for one photo is
offered for the next at once, a photo's unreadable metadata is told, and all of it reaches the file and the exports.

The photos are written by exiftool, never by our own writer."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from editor.export.api import export
from editor.messages import msg
from editor.model.article import Figure
from editor.storage.project import Project
from editor.ui import inspector as inspector_module
from editor.ui.i18n import install_translators
from tests.support.external import require_tool
from tests.support.photo_meta import exiftool_json, iptcparse
from tests.ui.conftest import retype, type_text
from tests.ui.hands import export_both
from tests.ui.test_window import add_photos

CAPTION = "Chủ tịch nước tiếp đoàn đại biểu người có công tỉnh Quảng Ninh"
BYLINE = "Dương Giang"
AGENCY = "TTXVN"


def _jpeg(path: Path, colour: tuple[int, int, int], *tags: str) -> Path:
    Image.new("RGB", (900, 600), colour).save(path, quality=90)
    if tags:
        tool = require_tool("exiftool")
        subprocess.run([tool, "-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8", *tags, "-overwrite_original",
                        str(path)], check=True, capture_output=True, timeout=60)  # fmt: skip
    return path


def agency_photo(folder: Path) -> Path:
    """An agency photo as TTXVN sends it: IPTC only, by-line and credit line apart, Source the agency."""
    return _jpeg(folder / "ttxvn.jpg", (120, 90, 60), f"-IPTC:Caption-Abstract={CAPTION}", f"-IPTC:By-line={BYLINE}",
                 f"-IPTC:Credit={AGENCY}", f"-IPTC:Source={AGENCY}")  # fmt: skip


def damaged_xmp_photo(folder: Path) -> Path:
    """A photo whose XMP packet is broken (same length, so the JPEG stays whole): the note must reach the reporter."""
    path = _jpeg(folder / "hong.jpg", (60, 90, 120), "-XMP-dc:Creator=Ai Đó")
    data = path.read_bytes()
    assert data.count(b"</rdf:RDF>") == 1
    path.write_bytes(data.replace(b"</rdf:RDF>", b"</rdf:RDX>"))
    return path


@pytest.fixture(autouse=True)
def _no_names_typed_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inspector_module, "TYPED_NAMES", [])


def pick_completion(qtbot, field: QLineEdit, first_letters: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    """Type the first letters, see the completer offer ``wanted``, take it with Down and Return (as hands do)."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=3_000)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # Ctrl+A: what was there goes
        QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier))
    type_text(field, first_letters)
    completer = field.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3_000)
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert wanted in offered, offered
    while popup.currentIndex().data() != wanted:  # the popup has the keyboard while it is open
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=3_000)
    assert field.text() == wanted


def test_credits_by_line_notes_and_typed_names_reach_file_and_exports(window, qtbot, tmp_path) -> None:  # type: ignore
    type_text(window.header.title, "Gặp mặt người có công")
    plain = _jpeg(tmp_path / "tu-chup.jpg", (200, 180, 90))
    add_photos(window, qtbot, [agency_photo(tmp_path), plain, damaged_xmp_photo(tmp_path)])
    figures = [i for i, block in enumerate(window.session.article.body) if isinstance(block, Figure)]
    inspector, panel = window.inspector, window.inspector.rights
    told = "Photo hong.jpg: " + msg("rights.note.xmp-unreadable").render()  # once, as the photos come in
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == told, timeout=3_000)

    # 1. The agency photo: the by-line is the creator, the agency's credit line the printed credit (this outlet's
    # profile prints the credit line), each said to come from the photo in plain words, the tag in the tooltip.
    window.editor.select_block(figures[0])
    assert inspector.caption.toPlainText() == CAPTION
    assert inspector.credit.text() == AGENCY
    assert panel.fields["creator"].text() == BYLINE
    assert inspector.provenance.text() == "Caption, credit: from the photo's information (IPTC)"
    assert "IPTC 2:120" in inspector.provenance.toolTip() and "IPTC 2:110" in inspector.provenance.toolTip()
    assert panel.provenance.text() == "Creator: from the photo's information (IPTC)"
    assert not panel.notes.isVisible()
    vietnamese = install_translators(QApplication.instance(), "vi")
    try:
        window.editor.select_block(figures[1])
        window.editor.select_block(figures[0])
        assert inspector.provenance.text() == "Chú thích, nguồn ảnh: từ thông tin trong ảnh (IPTC)"
        assert panel.provenance.text() == "Người chụp/tạo: từ thông tin trong ảnh (IPTC)"
    finally:
        for translator in vietnamese:
            QApplication.instance().removeTranslator(translator)

    # 2. The photo with a broken XMP packet: the reporter is told, under its rights, in words.
    window.editor.select_block(figures[2])
    assert panel.notes.isVisibleTo(window.inspector)
    assert panel.notes.text() == msg("rights.note.xmp-unreadable").render()  # (messages: Vietnamese by default)
    assert "XMP" in panel.notes.text() and "bị hỏng" in panel.notes.text()
    assert panel.fields["creator"].text() == ""  # nothing was read from the broken packet

    # 3. A credit and a photographer typed for the plain photo are offered for the next one at once, unsaved.
    window.editor.select_block(figures[1])
    inspector.credit.setFocus()
    type_text(inspector.credit, "Hoàng Minh Tuấn")
    panel.fields["creator"].setFocus()  # leaving the credit field finishes the name
    type_text(panel.fields["creator"], "Lê Văn Khoa")
    window.editor.setFocus()
    qtbot.waitUntil(lambda: not panel.fields["creator"].hasFocus(), timeout=3_000)
    assert "Hoàng Minh Tuấn" not in window.settings.get("files/credits")  # not saved yet, still offered:
    window.editor.select_block(figures[2])
    pick_completion(qtbot, inspector.credit, "hoàng", "Hoàng Minh Tuấn")
    pick_completion(qtbot, panel.fields["creator"], "Khoa", "Lê Văn Khoa")
    window.editor.setFocus()
    third = window.session.article.body[figures[2]]
    assert isinstance(third, Figure)
    assert (third.credit, third.rights.creator) == ("Hoàng Minh Tuấn", "Lê Văn Khoa")

    # 4. Saved: the file keeps every name where it belongs, the settings remember the credits.
    target = tmp_path / "bai.banthao"
    window.files.ask_path = lambda *args: target
    assert window.files.save_as()
    with Project.open(target) as project:
        saved = [b for b in project.load().body if isinstance(b, Figure)]
    assert [(f.credit, f.rights.creator) for f in saved] == [
        (AGENCY, BYLINE), ("Hoàng Minh Tuấn", "Lê Văn Khoa"), ("Hoàng Minh Tuấn", "Lê Văn Khoa")]  # fmt: skip
    assert dict(saved[0].provenance)["creator"] == "IPTC 2:80" and dict(saved[0].provenance)["credit"] == "IPTC 2:110"
    assert "Hoàng Minh Tuấn" in window.settings.get("files/credits")

    # 5. The exports: the printed credit line, and the photographer and the agency apart in every photo file.
    out = export_both(window, tmp_path / "out")
    assert f"{CAPTION}. Ảnh: {AGENCY}" in out.docx_text and f"Ảnh: {AGENCY}" in out.html_text
    assert "Ảnh: Hoàng Minh Tuấn" in out.docx_text
    html_photos = sorted((tmp_path / "out" / "bai_files").glob("*.jpg"))
    markdown = tmp_path / "out" / "bai.md"  # beside the HTML page, which keeps its own photos
    for _step in export(window.session.opened_for_export(window.session.article), markdown, profile=window.profile()):
        pass
    assert f"Ảnh: {AGENCY}" in markdown.read_text(encoding="utf-8")
    assert sorted((tmp_path / "out" / "bai_files").glob("*.jpg")) == html_photos
    html_first = next(p for p in html_photos if p.name.startswith("01-"))
    md_first = sorted((tmp_path / "out" / "bai_md_files").glob("01-*.jpg"))[0]
    for tags in exiftool_json(html_first, md_first):
        assert (tags["IPTC:By-line"], tags["IPTC:Credit"]) == (BYLINE, AGENCY)
        assert tags["XMP-photoshop:Credit"] == AGENCY and tags["XMP-dc:Creator"] in (BYLINE, [BYLINE])
    assert iptcparse(md_first)["2#080"] == [BYLINE] and iptcparse(md_first)["2#110"] == [AGENCY]


def test_the_outlet_that_prints_photographer_and_agency_together(window, qtbot, tmp_path) -> None:  # type: ignore
    """Báo Tin tức prints "… Ảnh: Văn Đức/TTXVN" (its pages, cited in the profile): credit_from "creator/credit"."""
    window.set_profile("bao-tin-tuc")
    type_text(window.header.title, "Gặp mặt người có công")
    add_photos(window, qtbot, [agency_photo(tmp_path)])
    window.editor.select_block(0)
    assert window.inspector.credit.text() == f"{BYLINE}/{AGENCY}"
    assert window.inspector.rights.fields["creator"].text() == BYLINE
    assert window.inspector.provenance.text() == "Caption, credit: from the photo's information (IPTC)"
    assert "IPTC 2:80 + IPTC 2:110" in window.inspector.provenance.toolTip()
    out = export_both(window, tmp_path / "out")
    assert f"{CAPTION}. Ảnh: {BYLINE}/{AGENCY}" in out.docx_text
    (tags,) = exiftool_json(sorted((tmp_path / "out" / "bai_files").glob("*.jpg"))[0])
    assert (tags["IPTC:By-line"], tags["IPTC:Credit"]) == (BYLINE, f"{BYLINE}/{AGENCY}")
    # A credit typed over the pre-filled one no longer claims to come from the photo.
    retype(window.inspector.credit, "Minh Quyết/TTXVN")
    assert window.session.article.figures[0].source_of("credit") is None
    assert window.inspector.provenance.text() == "Caption: from the photo's information (IPTC)"


def test_the_note_names_each_kind_of_photo_information(qapp) -> None:  # type: ignore[no-untyped-def]
    from editor.ui.provenance import provenance_note

    pairs = [
        ("caption", "XMP dc:description"),
        ("credit", "XMP dc:creator + IPTC 2:110"),
        ("alt", "XMP Iptc4xmpCore:AltTextAccessibility"),
        ("creator", "EXIF Artist"),
        ("taken", "EXIF DateTimeOriginal (+07:00 assumed)"),
    ]
    note, tags = provenance_note(pairs, lambda name: name.replace("_", " "))
    assert note.splitlines() == [
        "Caption, alt: from the photo's information (XMP)",
        "Credit: from the photo's information (XMP, IPTC)",
        "Creator, taken: from the photo's information (EXIF)",
        "Taken: the photo gives no time zone; Vietnam time assumed",
    ]
    assert tags.splitlines()[1] == "credit: XMP dc:creator + IPTC 2:110"
    assert provenance_note([("caption", "metadata")], str)[0] == "Caption: from the photo's information"
    assert provenance_note([], str) == ("", "")


def test_names_typed_before_are_found_without_diacritics(window, qtbot, tmp_path) -> None:  # type: ignore
    """A reporter in a hurry types "hoang minh" or "LE VAN": the name typed before, "Hoàng Minh Tuấn", "Lê Văn
    Khoa", is offered and goes in as written, into the file and both exports."""
    type_text(window.header.title, "Gặp mặt người có công")
    add_photos(
        window, qtbot, [_jpeg(tmp_path / "mot.jpg", (200, 180, 90)), _jpeg(tmp_path / "hai.jpg", (90, 120, 200))]
    )
    figures = [i for i, block in enumerate(window.session.article.body) if isinstance(block, Figure)]
    inspector, panel = window.inspector, window.inspector.rights
    window.editor.select_block(figures[0])
    inspector.credit.setFocus()
    type_text(inspector.credit, "Hoàng Minh Tuấn")
    panel.fields["creator"].setFocus()
    type_text(panel.fields["creator"], "Lê Văn Khoa")
    window.editor.setFocus()
    window.editor.select_block(figures[1])
    pick_completion(qtbot, inspector.credit, "hoang minh", "Hoàng Minh Tuấn")
    pick_completion(qtbot, panel.fields["creator"], "LE VAN", "Lê Văn Khoa")
    window.editor.setFocus()
    second = window.session.article.body[figures[1]]
    assert isinstance(second, Figure) and (second.credit, second.rights.creator) == ("Hoàng Minh Tuấn", "Lê Văn Khoa")
    target = tmp_path / "bai.banthao"
    window.files.ask_path = lambda *args: target
    assert window.files.save_as()
    with Project.open(target) as project:
        saved = project.load().body[figures[1]]
    assert isinstance(saved, Figure) and saved.credit == "Hoàng Minh Tuấn" and saved.rights.creator == "Lê Văn Khoa"
    exports = export_both(window, tmp_path / "out")
    assert exports.docx_text.count("Ảnh: Hoàng Minh Tuấn") == 2 and exports.html_text.count("Ảnh: Hoàng Minh Tuấn") == 2
    assert '"name": "Lê Văn Khoa"' in exports.html_source  # the photographer, in the page's structured data
