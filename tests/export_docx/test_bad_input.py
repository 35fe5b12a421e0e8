"""Bad photos and bad text end in a correct DOCX or a one-line InputError naming the file: never a half-written file."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from lxml import etree
from PIL import Image

from editor.errors import InputError
from editor.export.ir import IRByline, IRHeading, IRParagraph, IRQuote
from editor.model.article import Layout, Span
from tests.export_docx.helpers import figure, make_photos, part, rich_document, run_export, write_bomb_png, write_jpeg

BAD_TEXT = "A\x00B\x01C\x0bD\ud800E\udfffF\ufffeG"


def _unsupported(path: Path) -> Path:
    Image.new("RGB", (40, 30), (1, 2, 3)).save(path, "TGA")
    return path


def _truncated(path: Path) -> Path:
    write_jpeg(path, (600, 400))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def _not_an_image(path: Path) -> Path:
    path.write_text("Đây không phải là ảnh", encoding="utf-8")
    return path


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(
    "make_bad",
    [_truncated, _not_an_image, _empty, _unsupported, write_bomb_png],
    ids=["truncated", "not-an-image", "empty", "unsupported", "bomb"],
)
def test_a_bad_photo_is_a_one_line_input_error_and_the_old_docx_survives(tmp_path: Path, make_bad):
    photos = make_photos(tmp_path / "images")
    bad = make_bad(tmp_path / "images" / "hong-anh.jpg")
    doc = rich_document(photos)
    blocks = list(doc.blocks)
    blocks[7] = figure(3, bad, caption="Ảnh hỏng", layout=Layout.LEFT)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "bai.docx"
    out.write_bytes(b"ban truoc")
    with pytest.raises(InputError) as caught:
        run_export(replace(doc, blocks=tuple(blocks)), out, bundle=True)
    message = str(caught.value)
    assert "hong-anh.jpg" in message and "\n" not in message
    assert out.read_bytes() == b"ban truoc"
    assert sorted(p.name for p in out_dir.iterdir()) == ["bai.docx"]


def test_a_missing_photo_file_is_an_input_error(tmp_path: Path):
    photos = make_photos(tmp_path / "images")
    photos["tall"].unlink()
    with pytest.raises(InputError, match="p04"):
        run_export(rich_document(photos), tmp_path / "bai.docx")
    assert not (tmp_path / "bai.docx").exists()


def test_a_photo_outside_the_article_folder_is_refused(tmp_path: Path):
    photos = make_photos(tmp_path / "article" / "images")
    outside = write_jpeg(tmp_path / "secret.jpg")
    doc = rich_document(photos)
    escaped = replace(doc.figures[0], photo_path=outside, photo_root=photos["landscape"].parent)
    blocks = tuple(escaped if b is doc.figures[0] else b for b in doc.blocks)
    with pytest.raises(InputError, match=r"^Ảnh 1 \(images/.*\) nằm ngoài thư mục của bài"):
        run_export(replace(doc, blocks=blocks), tmp_path / "bai.docx")


def test_xml_illegal_characters_anywhere_are_stripped_and_the_docx_is_valid(tmp_path: Path):
    photos = make_photos(tmp_path / "images")
    doc = rich_document(photos)
    bad_figure = replace(
        doc.figures[0],
        caption=BAD_TEXT,
        alt=BAD_TEXT,
        slug=f"01-{BAD_TEXT}",
        caption_parts=((BAD_TEXT, False), (f"Ảnh: {BAD_TEXT}", True)),
    )
    blocks = (
        IRParagraph((Span(BAD_TEXT, bold=True), Span(BAD_TEXT, link=f"https://example.vn/{BAD_TEXT}"))),
        IRHeading(BAD_TEXT),
        IRQuote((Span(BAD_TEXT),)),
        bad_figure,
    )
    doc = replace(
        doc,
        title=BAD_TEXT,
        kicker=BAD_TEXT,
        sapo=BAD_TEXT,
        dateline_text=BAD_TEXT,
        blocks=blocks,
        byline_end=IRByline((BAD_TEXT,)),
        author_names=(BAD_TEXT,),
        source_line=BAD_TEXT,
        related=((BAD_TEXT, f"https://example.vn/{BAD_TEXT}"),),
        keywords=(BAD_TEXT,),
        description=BAD_TEXT,
    )
    out = tmp_path / "bai.docx"
    run_export(doc, out, bundle=True)
    with zipfile.ZipFile(out) as package:
        for name in package.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(package.read(name))  # every part is well-formed XML
    document = docx.Document(str(out))
    assert document.core_properties.title == "ABCDEFG"
    assert [p.text for p in document.paragraphs[:2]] == ["ABCDEFG", "ABCDEFG"]
    with zipfile.ZipFile(out.with_suffix(".zip")) as bundle:
        assert "01-ABCDEFG.jpg" in bundle.namelist()


def test_a_ten_megabyte_caption_exports(tmp_path: Path):
    photos = make_photos(tmp_path / "images")
    doc = rich_document(photos)
    huge = ("Chú thích rất dài. " * 560_000)[:10_000_000]
    fig = replace(doc.figures[0], caption=huge, alt="", caption_parts=((huge, False), ("Ảnh: Vân Anh", True)))
    blocks = tuple(fig if b is doc.figures[0] else b for b in doc.blocks)
    out = tmp_path / "bai.docx"
    run_export(replace(doc, blocks=blocks, title=huge[:100_000]), out)
    xml = part(out, "word/document.xml")
    assert len(xml) > 10_000_000
    root = etree.fromstring(xml)
    descr = next(root.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")).get(
        "descr"
    )
    assert 0 < len(descr) <= 2000  # alt text falls back to the caption, clipped
    assert len(docx.Document(str(out)).core_properties.title) <= 255


def test_unwritable_output_is_an_input_error_and_leaves_nothing(tmp_path: Path):
    photos = make_photos(tmp_path / "images")
    target = tmp_path / "la-thu-muc.docx"
    target.mkdir()  # os.replace cannot put a file over a folder
    with pytest.raises(InputError, match="la-thu-muc"):
        run_export(rich_document(photos), target)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_impossible_crop_in_a_hand_built_ir_is_an_input_error(tmp_path: Path):
    photos = make_photos(tmp_path / "images")
    doc = rich_document(photos)
    cropped = replace(doc.figures[0], crop=(0.8, 0.8, 0.2, 0.2))
    blocks = tuple(cropped if b is doc.figures[0] else b for b in doc.blocks)
    with pytest.raises(InputError, match="p01"):
        run_export(replace(doc, blocks=blocks), tmp_path / "bai.docx")


def test_an_original_python_docx_cannot_parse_is_an_input_error(tmp_path: Path, monkeypatch):
    from editor.export.docx import photos as photos_module
    from editor.media.renditions import Rendition

    photos = make_photos(tmp_path / "images")
    monkeypatch.setattr(
        photos_module,
        "original_as_rendition",
        lambda figure: Rendition(b"\xff\xd8garbage", 10, 10, "image/jpeg", "jpg", "0" * 64),
    )
    with pytest.raises(InputError, match="p01"):
        run_export(rich_document(photos), tmp_path / "bai.docx", embed_originals=True)
    assert not (tmp_path / "bai.docx").exists()
