"""The inspector's "Bản quyền & nguồn" section driven by keys and clicks, then the saved project and both exports."""

from __future__ import annotations

import os
import subprocess
import zipfile
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from editor.model.article import Figure
from editor.model.rights import DigitalSourceType, SourceKind
from editor.storage.project import Project
from tests.support.external import require_tool
from tests.support.photo_meta import exiftool_json, iptcparse
from tests.ui.conftest import type_text
from tests.ui.test_window import add_photos

LABEL = "Ảnh minh họa do AI tạo ra"


def choose(qtbot, combo: QComboBox, data: object) -> None:  # type: ignore[no-untyped-def]
    """Pick the entry holding ``data`` with the arrow keys, as a reporter does (``activated`` fires)."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def _photo(folder: Path) -> Path:
    """A photo whose XMP names its creator (written by exiftool), so the panel shows where the value came from."""
    path = folder / "anh-ai.jpg"
    Image.new("RGB", (900, 600), (200, 120, 60)).save(path, quality=90)
    tool = require_tool("exiftool")
    subprocess.run([tool, "-XMP-dc:Creator=Trần Minh", "-overwrite_original", str(path)], check=True,
                   capture_output=True, timeout=60)  # fmt: skip
    return path


def test_rights_panel_keys_and_clicks_reach_the_project_and_exports(window, qtbot, tmp_path) -> None:  # type: ignore
    type_text(window.header.title, "Thành phố tương lai")
    add_photos(window, qtbot, [_photo(tmp_path)])
    window.editor.select_block(0)
    panel = window.inspector.rights
    assert panel.isVisibleTo(window.inspector)
    assert panel.fields["creator"].text() == "Trần Minh"
    assert panel.provenance.text() == "Creator: from the photo's information (XMP)"  # (the tests' UI is English)
    assert "XMP dc:creator" in panel.provenance.toolTip()  # the tag itself, for whoever checks

    window.inspector.caption.setPlainText("")
    type_text(window.inspector.caption, "Phố đi bộ năm 2045")
    window.inspector.credit.selectAll()
    type_text(window.inspector.credit, "Trần Minh")
    panel.fields["copyright"].setFocus()
    type_text(panel.fields["copyright"], "© Báo Quảng Ninh")
    panel.fields["copyright"].editingFinished.emit()
    choose(qtbot, panel.source, SourceKind.STAFF.value)
    choose(qtbot, panel.kind, DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.value)
    panel.taken.setFocus()
    type_text(panel.taken, "19/12/2020 08:30")
    qtbot.keyClick(panel.taken, Qt.Key.Key_Return)

    rights = window.session.article.figures[0].rights
    assert rights.copyright == "© Báo Quảng Ninh"
    assert rights.source is SourceKind.STAFF
    assert rights.digital_source_type is DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA
    assert rights.taken is not None and rights.taken.isoformat() == "2020-12-19T08:30:00+07:00"
    assert panel.taken.text() == "19/12/2020 08:30 (GMT+7)"

    # Every edit is one undo step: the time, the kind, the source, then the whole typed copyright.
    steps = [lambda r: r.taken is None, lambda r: r.digital_source_type is None, lambda r: r.source is None,
             lambda r: r.copyright == ""]  # fmt: skip
    for went_back in steps:
        window.undo_action.trigger()
        assert went_back(window.session.article.figures[0].rights)
    for _ in steps:
        window.redo_action.trigger()
    assert window.session.article.figures[0].rights == rights
    assert panel.source.currentData() == SourceKind.STAFF.value  # the panel follows undo/redo

    # Typing over a pre-filled value: it no longer claims to come from the photo.
    panel.fields["creator"].setFocus()
    panel.fields["creator"].selectAll()
    type_text(panel.fields["creator"], "Trần Văn Minh")
    figure = window.session.article.figures[0]
    assert figure.rights.creator == "Trần Văn Minh" and figure.source_of("creator") is None

    target = tmp_path / "bai.banthao"
    window.files.ask_path = lambda *args: target
    assert window.files.save_as()
    with Project.open(target) as project:
        saved = project.load().figures[0]
    assert isinstance(saved, Figure) and saved.rights == figure.rights

    _export_and_read(window, qtbot, tmp_path, figure)


def _export_and_read(window, qtbot, tmp_path: Path, figure: Figure) -> None:  # type: ignore[no-untyped-def]
    from editor.ui.export_dialog import ExportDialog

    outputs = {}
    for fmt in ("docx", "html"):
        dialog = ExportDialog(window)
        qtbot.addWidget(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        outputs[fmt] = tmp_path / f"bai.{fmt}"
        dialog.destination.setText(str(outputs[fmt]))
        dialog.start()
        qtbot.waitUntil(lambda d=dialog: d.worker is not None and d.worker.isFinished(), timeout=60_000)
        qtbot.wait(50)
        assert outputs[fmt].is_file(), dialog.status.text()
    media = tmp_path / "docx-media"
    media.mkdir()
    with zipfile.ZipFile(outputs["docx"]) as docx:
        names = [n for n in docx.namelist() if n.startswith("word/media/")]
        for name in names:
            (media / Path(name).name).write_bytes(docx.read(name))
        assert LABEL in docx.read("word/document.xml").decode("utf-8")
    files = [*media.iterdir(), *sorted((tmp_path / "bai_files").glob("*.jpg"))]
    caption = f"Phố đi bộ năm 2045. {LABEL}"
    for tags in exiftool_json(*files):
        assert tags["IPTC:Caption-Abstract"] == caption and tags["XMP-dc:Description"] == caption
        assert tags["IPTC:By-line"] == "Trần Văn Minh" and tags["XMP-dc:Rights"] == "© Báo Quảng Ninh"
        assert tags["XMP-iptcExt:DigitalSourceType"] == DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.uri
        assert tags["XMP-photoshop:DateCreated"] == "2020:12:19 08:30:00+07:00"
    assert iptcparse(files[0])["2#116"] == ["© Báo Quảng Ninh"]
    html = outputs["html"].read_text(encoding="utf-8")
    assert LABEL in html and '"copyrightNotice": "© Báo Quảng Ninh"' in html
    out = os.environ.get("BANTHAO_SCREENSHOTS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        assert window.inspector.grab().save(str(Path(out) / "rights-panel.png"))  # for a human look
