"""The Qt catalogue cannot drift: every tr() string of the code has a finished Vietnamese line, and Qt's own words
(standard buttons, the file dialog) are Vietnamese too, since PySide6 ships no qtbase_vi.qm."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from editor.ui.i18n import I18N_DIR, install_translators, read_catalogue, read_qt_catalogue

REPO = Path(__file__).resolve().parents[2]


def _scanner():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_translations", I18N_DIR / "build_translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_every_tr_string_has_a_finished_vietnamese_line() -> None:
    missing, _unused, _dynamic = _scanner().problems()
    assert missing == [], "add these to resources/i18n/vi.tsv (source<TAB>Vietnamese):\n" + "\n".join(missing)


def test_the_scan_finds_everything_lupdate_finds(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "check.ts"
    sources = sorted(str(p) for p in (REPO / "editor" / "ui").glob("*.py"))
    subprocess.run([lupdate, *sources, "-no-obsolete", "-locations", "none", "-ts", str(ts)], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    extracted = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    scanned, _dynamic = _scanner().ui_strings()
    assert extracted - set(scanned) == set()


def test_no_catalogue_that_is_never_loaded() -> None:
    assert sorted(p.name for p in I18N_DIR.iterdir() if p.suffix in (".ts", ".qm")) == []
    for source, translation in read_catalogue(I18N_DIR / "vi.tsv").items():
        assert translation.strip(), f"unfinished: {source!r}"
    assert all(text.strip() for text in read_qt_catalogue(I18N_DIR / "qt_vi.tsv").values())


def test_qt_words_are_vietnamese_in_the_vietnamese_ui(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    installed = install_translators(qapp, "vi")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Tệp"
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
            | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard
            | QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Open
        )  # fmt: skip
        qtbot.addWidget(buttons)
        assert sorted(b.text().replace("&", "") for b in buttons.buttons()) == sorted(
            ["Có", "Không", "Lưu", "Không lưu", "Hủy", "Mở"]
        )
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
        assert {"Tìm trong:", "Tên tệp:", "Loại tệp:"} <= labels
        box = QMessageBox(QMessageBox.Icon.Question, "x", "y", QMessageBox.StandardButton.Yes)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Có"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
