"""Real clients read the DOCX: LibreOffice lays it out (PDF), pdftotext/pdfimages read that, pandoc and python-docx
read the DOCX itself.

One document serves every check: the rich article with forty more photos appended, each after a paragraph of a
different length, so that several photos fall at the foot of a page. A control copy with keep-with-next removed is
converted in the same LibreOffice run, and must separate at least one caption from its photo: that proves the
document really puts photos at page ends, and that keep-with-next is what keeps the captions with them.
"""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest

from editor.export.ir import IRDocument, IRParagraph
from editor.model.article import Span
from tests.export_docx.helpers import figure, rich_document, run_export, write_jpeg
from tests.support.external import require_tool

pytestmark = pytest.mark.external

UNITS = 40
FILLER = (
    "Theo thống kê của Ủy ban nhân dân xã, làng hiện có hơn 200 hộ làm gốm, trong đó khoảng 60 hộ có lò nung riêng. "
)


def unit_caption(i: int) -> str:
    return (
        f"Chú thích số {i:02d}: thợ gốm bên lò nung trong những ngày cao điểm cuối năm, khi đơn hàng Tết dồn "
        f"về và mỗi mẻ gốm phải ra lò đúng hẹn với thương lái từ các tỉnh."
    )


def long_document(photos: dict[str, Path], folder: Path) -> IRDocument:
    doc = rich_document(photos)
    blocks = list(doc.blocks)
    for i in range(1, UNITS + 1):
        blocks.append(IRParagraph((Span(FILLER * (1 + (i * 7) % 9)),)))
        path = write_jpeg(folder / f"u{i:02d}.jpg", (480, 200 + (i * 37) % 160), colour=(20 + 5 * i, 90, 140))
        blocks.append(figure(4 + i, path, caption=unit_caption(i), credit="Vân Anh"))
    return replace(doc, blocks=tuple(blocks))


def _without_keep_next(source: Path, target: Path) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename in ("word/document.xml", "word/styles.xml"):
                data = data.replace(b"<w:keepNext/>", b"")
            out.writestr(info, data)
    return target


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory, photos, isolated_cache) -> dict[str, Path]:
    soffice = require_tool("soffice", "libreoffice")
    folder = tmp_path_factory.mktemp("lo")
    docx_path = folder / "bai.docx"
    run_export(long_document(photos, photos["landscape"].parent), docx_path)
    control = _without_keep_next(docx_path, folder / "doi-chung.docx")
    numbered = folder / "danh-so.docx"
    run_export(rich_document(photos), numbered, caption_numbering=True)
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(docx_path),
            str(control),
            str(numbered),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return {
        "docx": docx_path,
        "pdf": folder / "bai.pdf",
        "control": folder / "doi-chung.pdf",
        "numbered": folder / "danh-so.pdf",
    }


def page_texts(pdf: Path) -> list[str]:
    require_tool("pdftotext")
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, timeout=60
    ).stdout.decode("utf-8")
    return [" ".join(page.split()) for page in text.split("\f")]


def images_per_page(pdf: Path) -> dict[int, int]:
    require_tool("pdfimages")
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, timeout=60).stdout
    counts: dict[int, int] = {}
    for line in listing.decode().splitlines()[2:]:
        fields = line.split()
        if len(fields) > 2 and fields[2] == "image":  # not the PNG's soft mask
            counts[int(fields[0])] = counts.get(int(fields[0]), 0) + 1
    return counts


def captions_per_page(pages: list[str]) -> dict[int, int]:
    markers = [
        re.compile(m)
        for m in (r"Khói bốc lên", r"Thợ chuyển đất", r"Biểu trưng", r"Lò nung cổ nhất", r"Chú thích số \d\d")
    ]
    return {n: sum(len(m.findall(text)) for m in markers) for n, text in enumerate(pages, 1)}


def separated(pdf: Path) -> list[int]:
    """Pages after which more photos than captions have appeared: a caption went over to the next page."""
    images, captions = images_per_page(pdf), captions_per_page(page_texts(pdf))
    seen_images = seen_captions = 0
    bad = []
    for page in range(1, max([*images, *captions]) + 1):
        seen_images += images.get(page, 0)
        seen_captions += captions.get(page, 0)
        if seen_images != seen_captions:
            bad.append(page)
    return bad


def test_pdf_text_holds_title_dateline_captions_credits_and_byline_in_nfc(converted):
    text = " ".join(page_texts(converted["pdf"]))
    assert unicodedata.is_normalized("NFC", text)
    for expected in (
        "Làng gốm bên sông vào mùa lò Tết",
        "Thứ Bảy, 19/12/2020, 16:25 [GMT+7]",
        "Phóng sự ảnh",
        "Khói bốc lên từ các lò nung vào sáng sớm. Ảnh: Vân Anh",
        "Biểu trưng của hợp tác xã gốm.",
        "Lò nung cổ nhất làng, xây từ năm 1962. Ảnh: Ngọc Thành/TTXVN",
        "Ngọc Thành",
        "Theo TTXVN",
        "Tin liên quan",
        "Nghề gốm và chuyện giữ lửa",
    ):
        assert expected in text, expected
    assert "Thợ chuyển đất sét" in text and "Ảnh: Vân Anh" in text  # floated caption may wrap anywhere
    assert len(re.findall(r"Chú thích số \d\d", text)) == UNITS


def test_libreoffice_shows_the_seq_field_numbers_of_numbered_captions(converted):
    text = " ".join(page_texts(converted["numbered"]))
    for number, start in enumerate(("Khói bốc lên", "Thợ chuyển đất", "Biểu trưng", "Lò nung cổ nhất"), 1):
        assert f"Ảnh {number}: {start}" in text


def test_every_caption_is_on_the_page_of_its_photo(converted):
    images = images_per_page(converted["pdf"])
    assert sum(images.values()) == UNITS + 4
    assert separated(converted["pdf"]) == []


def test_the_control_without_keep_with_next_does_separate_a_caption(converted):
    """Proof that the document puts photos at page ends: without keepNext, LibreOffice parts a caption."""
    assert separated(converted["control"]) != []


def test_pandoc_reads_one_image_per_figure_each_followed_by_its_caption(converted):
    pandoc = require_tool("pandoc")
    ast = json.loads(
        subprocess.run(
            [pandoc, "-f", "docx", "-t", "json", str(converted["docx"])], check=True, capture_output=True, timeout=120
        ).stdout
    )
    events: list[tuple[str, str]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("t") == "Image":
                events.append(("image", _inline_text(node["c"][1])))
                return
            if node.get("t") == "Str":
                events.append(("text", node["c"]))
                return
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(ast["blocks"])
    images = [i for i, (kind, _) in enumerate(events) if kind == "image"]
    assert len(images) == UNITS + 4
    first_words = ["Khói", "Thợ", "Biểu", "Lò"] + ["Chú"] * UNITS
    for index, word in zip(images, first_words, strict=True):
        following = next(text for kind, text in events[index + 1 :] if kind == "text")
        assert following == word
    version = subprocess.run([pandoc, "--version"], check=True, capture_output=True, text=True).stdout.split()[1]
    if int(version.split(".")[0]) >= 3:  # pandoc 2.x's reader ignores wp:docPr/@descr (jgm/pandoc#8631)
        assert events[images[0]][1] == "Khói trắng bốc lên trên mái các lò gốm"


def _inline_text(inlines: list) -> str:
    return "".join(i["c"] if i["t"] == "Str" else " " for i in inlines if i["t"] in ("Str", "Space"))


def test_python_docx_reopens_it_with_styles_alt_text_properties_and_language(converted):
    document = docx.Document(str(converted["docx"]))
    used = {p.style.name for p in document.paragraphs}
    assert {
        "Kicker",
        "Title",
        "Dateline",
        "Sapo",
        "Body Text",
        "Heading 1",
        "Quote",
        "Captioned Figure",
        "Caption",
        "Byline",
        "Source Line",
        "Related Heading",
        "Related Link",
    } <= used
    assert document.core_properties.language == "vi-VN"
    assert document.core_properties.title == "Làng gốm bên sông vào mùa lò Tết"
    descr = [s._inline.docPr.get("descr") for s in document.inline_shapes]
    assert len(descr) == UNITS + 4 and all(descr)
    assert b'w:lang w:val="vi-VN"' in zipfile.ZipFile(converted["docx"]).read("word/styles.xml")
