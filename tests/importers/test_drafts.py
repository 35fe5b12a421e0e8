"""Drafts made by real clients (tests/importers/drafts/make_drafts.py): every photo, caption and credit in its field.

pandoc reads each draft too; the importer must find at least every picture pandoc finds.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from editor.importers.api import import_draft
from tests.support.external import require_tool

DRAFTS = Path(__file__).parent / "drafts"
DOCX_DRAFTS = sorted(p.name for p in DRAFTS.glob("*.docx"))


def _import(name: str, tmp_path: Path):
    return import_draft(DRAFTS / name, tmp_path)


def _figures(draft) -> list[tuple[str, str]]:
    return [(f.caption, f.credit) for f in draft.article.figures]


def _pandoc_images(path: Path) -> int:
    pandoc = require_tool("pandoc")
    done = subprocess.run([pandoc, "-f", "docx", "-t", "json", str(path)], capture_output=True, check=True, timeout=60)
    count = 0

    def walk(node) -> None:
        nonlocal count
        if isinstance(node, dict):
            if node.get("t") == "Image":
                count += 1
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(done.stdout))
    return count


@pytest.mark.parametrize("name", DOCX_DRAFTS)
def test_the_importer_finds_every_picture_pandoc_finds(name: str, tmp_path: Path):
    found = len(_import(name, tmp_path).article.figures)
    assert found >= _pandoc_images(DRAFTS / name) > 0


@pytest.mark.parametrize("name", DOCX_DRAFTS)
def test_photos_are_the_embedded_bytes_unchanged(name: str, tmp_path: Path):
    draft = _import(name, tmp_path)
    with zipfile.ZipFile(DRAFTS / name) as z:
        embedded = {hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist() if "/media/" in n}
    assert draft.photos
    for path in draft.photos.values():
        assert hashlib.sha256(path.read_bytes()).hexdigest() in embedded


def test_word_layouts_inline_anchored_and_table_photos(tmp_path: Path):
    draft = _import("word-layouts.docx", tmp_path)
    article = draft.article
    assert (article.kicker, article.title) == ("Chung tay vì người nghèo", "Sức lan tỏa ở Uông Bí")
    assert article.sapo.startswith("Từ những phần quà nhỏ")
    assert article.dateline.published.isoformat() == "2020-12-19T16:25:00+07:00"
    assert article.dateline.location == "Uông Bí"
    assert [(a.role, a.name) for a in article.authors] == [("Bài và ảnh", "Thu Chung")]
    assert article.source == "Theo TTXVN"
    assert _figures(draft) == [
        ("Lãnh đạo phường trao quà cho các hộ nghèo.", "Vân Anh"),  # Caption style, SEQ "Ảnh 1:" dropped
        ("Con đường liên thôn ở khu 5 sau khi mở rộng.", "BẢO PHÚ"),  # italic line after, "- Ảnh: BẢO PHÚ"
        ("Nhà văn hóa khu 3.", "ĐÌNH HUY"),  # table cell under the photo, "ẢNH: ĐÌNH HUY"
        ("Sân chơi mới của thiếu nhi", "Ảnh minh họa"),
    ]
    anchored = article.figures[1]
    assert (anchored.layout.value, anchored.rotation, anchored.crop) == (
        "right",
        90,
        (0.0, 0.1, 0.95, 0.8),
    )  # Word crops, then turns
    assert article.figures[0].alt == "Người dân nhận quà" and anchored.alt == "Đường mới"  # descr, then title
    report = draft.report.text("en")
    assert "Word's photo numbers dropped from 1 captions" in report
    assert "1 tables became paragraphs" in report


def test_word_shapes_text_box_vml_group_tracked_changes(tmp_path: Path):
    draft = _import("word-shapes.docx", tmp_path)
    assert _figures(draft) == [
        ("Các em nhỏ trong khu tập thể mới.", "NVCC"),  # photo and caption inside a text box
        ("Cổng chào khu phố văn hóa.", "Hoàng Long/TTXVN"),  # VML v:imagedata, "(Ảnh: X/TTXVN)"
        ("", ""),  # a group of two pictures: the caption under it belongs to the last
        ("Trước và sau khi cải tạo nhà văn hóa.", "UBND phường"),
    ]
    assert draft.article.figures[1].crop == (0.0, 0.1, 1.0, 1.0)  # VML croptop="6554f"
    assert draft.article.figures[1].alt == "Cổng chào khu phố"  # VML o:title
    texts = [b.text for b in draft.article.body if hasattr(b, "spans")]
    assert "Phường đã hoàn thành kế hoạch trước thời hạn." in texts  # insertion kept, deletion dropped
    assert "Báo Quảng Ninh — bản nháp" not in " ".join(texts)  # the header is left out
    report = draft.report.text("en")
    assert "1 insertions kept, 1 deletions dropped" in report
    assert "1 comments" in report and "1 headers/footers" in report
    assert "photo 3 has no caption" in report


def test_legacy_fonts_are_decoded_by_font_and_mojibake_by_detection(tmp_path: Path):
    draft = _import("word-legacy.docx", tmp_path)
    article = draft.article
    assert article.title == "SỨC LAN TỎA Ở UÔNG BÍ"  # .VnTimeH: the upper-case font
    texts = [b.text for b in article.body if hasattr(b, "spans")]
    assert texts == [
        "Những ngày cuối năm, không khí ở các khu phố rộn ràng hơn thường lệ.",  # .VnTime
        "Người dân khu 5 tự nguyện hiến hơn 2.000 m² đất để mở rộng đường liên thôn.",  # VNI-Times
        "Bà con rất phấn khởi khi con đường mới hoàn thành.",  # no legacy font: detected
    ]
    assert _figures(draft) == [("Người dân khu 5 bàn giao đất.", "VÂN ANH")]
    assert "tcvn3-upper" in draft.report.text("en")


def test_libreoffice_html_import_keeps_captions_beside_their_pictures(tmp_path: Path):
    draft = _import("lo-html.docx", tmp_path)
    assert _figures(draft) == [
        ("Lãnh đạo phường trao quà cho các hộ nghèo.", "Vân Anh"),
        ("Con đường liên thôn ở khu 5", "Thu Chung/TTXVN"),
    ]
    assert draft.article.kicker == "Chung tay vì người nghèo"
    assert [a.name for a in draft.article.authors] == ["Thu Chung"]
    kinds = [type(b).__name__ for b in draft.article.body]
    assert kinds == ["Paragraph", "Figure", "Paragraph", "Heading", "Figure", "Quote"]
    link = [s for b in draft.article.body if hasattr(b, "spans") for s in b.spans if s.link]
    assert link[0].link == "https://example.org/uong-bi" and link[0].text == "bài trước"


@pytest.mark.parametrize("name", ["lo-odt.docx", "lo-draft.odt"])
def test_writer_caption_frames_with_seq_numbers(name: str, tmp_path: Path):
    if name.endswith(".odt"):
        require_tool("soffice", "libreoffice")
    draft = _import(name, tmp_path)
    assert _figures(draft) == [("Cổng làng văn hóa khu 2.", "Vân Anh"), ("Sân chơi của thiếu nhi", "Thu Chung/TTXVN")]
    assert draft.article.source == "Theo TTXVN"
    assert "Figure" not in " ".join(f.caption for f in draft.article.figures)


def test_an_old_word_doc_goes_through_libreoffice(tmp_path: Path):
    soffice = require_tool("soffice", "libreoffice")
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(tmp_path), str(DRAFTS / "word-layouts.docx")],
                   check=True, capture_output=True, timeout=240)  # fmt: skip
    old = tmp_path / "word-layouts.doc"
    draft = import_draft(old, tmp_path / "in")
    assert draft.article.title == "Sức lan tỏa ở Uông Bí"
    assert len(draft.article.figures) == 4
    assert "converted from DOC with LibreOffice" in draft.report.text("en")
    renamed = tmp_path / "doi-ten.docx"  # an old .doc saved under a .docx name is still read (it is an OLE file)
    renamed.write_bytes(old.read_bytes())
    assert len(import_draft(renamed, tmp_path / "in2").article.figures) == 4


def test_without_libreoffice_an_odt_says_what_to_install(tmp_path: Path, monkeypatch):
    from editor.errors import InputError
    from editor.importers import convert

    monkeypatch.setattr(convert.shutil, "which", lambda name: None)
    with pytest.raises(InputError) as caught:
        import_draft(DRAFTS / "lo-draft.odt", tmp_path)
    line = caught.value.one_line("en")
    assert "lo-draft.odt" in line and "need LibreOffice" in line and "libreoffice-writer" in line
