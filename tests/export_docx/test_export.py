"""export_docx: progress, atomic writing, cancellation, determinism, photos, captions, text and properties."""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from editor.export.docx import export_docx, ooxml
from editor.export.docx.bundle import CAPTIONS_NAME
from editor.export.docx.photos import FLOAT_FRACTION, FLOAT_MAX_HEIGHT_FRACTION, MAX_HEIGHT_FRACTION
from editor.export.ir import IRParagraph
from editor.export.options import DocxOptions
from editor.export.progress import Progress
from editor.model.article import Span
from tests.export_docx.helpers import media, open_media, part, rich_document, run_export

pytestmark = pytest.mark.usefixtures("english")  # these tests read the English messages

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_WIDTH_EMU = 9638 * ooxml.EMU_PER_TWIP  # A4 minus 2 × 2 cm
TEXT_HEIGHT_EMU = (16838 - 2 * 1134) * ooxml.EMU_PER_TWIP


def body_xml(path: Path) -> etree._Element:
    return etree.fromstring(part(path, "word/document.xml"))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# --- the API ------------------------------------------------------------------------------------------------------


def test_export_yields_progress_and_writes_the_file(tmp_path: Path, photos):
    out = tmp_path / "bai.docx"
    steps = list(export_docx(rich_document(photos), out))
    assert all(isinstance(s, Progress) for s in steps)
    assert [s.done for s in steps] == sorted(s.done for s in steps)
    assert steps[-1].done == steps[-1].total > 0
    assert sum("photo" in s.message for s in steps) == 4  # one step per photo: cancellation points between photos
    assert zipfile.is_zipfile(out) and leftovers(tmp_path) == []


def test_same_input_gives_byte_identical_docx_and_bundle(tmp_path: Path, photos, rich_docx: Path):
    again = tmp_path / "lang-gom.docx"
    run_export(rich_document(photos), again, bundle=True)
    assert again.read_bytes() == rich_docx.read_bytes()
    assert again.with_suffix(".zip").read_bytes() == rich_docx.with_suffix(".zip").read_bytes()
    with zipfile.ZipFile(again) as package:
        assert {info.date_time for info in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_closing_the_generator_cancels_and_leaves_nothing(tmp_path: Path, photos):
    out = tmp_path / "bai.docx"
    out.write_bytes(b"ban cu")
    steps = export_docx(rich_document(photos), out, DocxOptions(bundle=True))
    next(steps)
    next(steps)  # the first photo placed
    steps.close()
    assert out.read_bytes() == b"ban cu"
    assert not out.with_suffix(".zip").exists()
    assert leftovers(tmp_path) == []


def test_progress_run_with_cancel_raises_cancelled(tmp_path: Path, photos):
    from editor.errors import Cancelled
    from editor.export.progress import run

    with pytest.raises(Cancelled):
        run(export_docx(rich_document(photos), tmp_path / "bai.docx"), cancel=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_missing_output_folder_is_an_input_error(tmp_path: Path, photos):
    from editor.errors import InputError

    with pytest.raises(InputError, match="folder to export into does not exist"):
        run_export(rich_document(photos), tmp_path / "khong-co" / "bai.docx")


def test_a_bundle_that_would_overwrite_the_docx_is_refused(tmp_path: Path, photos):
    from editor.errors import InputError

    with pytest.raises(InputError, match="same name"):
        run_export(rich_document(photos), tmp_path / "bai.zip", bundle=True)
    assert list(tmp_path.iterdir()) == []


# --- photos -------------------------------------------------------------------------------------------------------


def test_photos_are_renditions_upright_without_exif_and_png_kept(rich_docx: Path, photos):
    embedded = media(rich_docx)
    assert len(embedded) == 4
    originals = {hashlib.sha256(p.read_bytes()).hexdigest() for p in photos.values()}
    images = [open_media(data) for data in embedded.values()]
    for data, im in zip(embedded.values(), images, strict=True):
        if im.format == "JPEG":  # (a plain PNG re-encodes to the same bytes, by chance of Pillow's defaults)
            assert hashlib.sha256(data).hexdigest() not in originals  # never the reporter's file itself
        assert not im.getexif() and "exif" not in im.info  # no GPS, no camera serials
    formats = sorted(im.format for im in images)
    assert formats == ["JPEG", "JPEG", "JPEG", "PNG"]
    png = next(im for im in images if im.format == "PNG")
    assert png.mode == "RGBA" and png.getchannel("A").getextrema()[0] == 0
    sizes = {(im.width, im.height) for im in images}
    assert (400, 600) in sizes  # the EXIF-6 photo stored 600×400 is embedded upright


def test_frames_fill_the_column_keep_the_shape_and_cap_tall_photos(rich_docx: Path):
    root = body_xml(rich_docx)
    extents = [
        (int(e.get("cx")), int(e.get("cy")))
        for e in root.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent")
    ]
    assert len(extents) == 4
    full, floated_right, floated_left, tall = extents
    assert full[0] == TEXT_WIDTH_EMU and abs(full[1] / full[0] - 400 / 600) < 0.01
    # a floated portrait is capped by the floated frame's height, so it is narrower than half the column
    assert abs(floated_right[1] - TEXT_HEIGHT_EMU * FLOAT_MAX_HEIGHT_FRACTION) < 2
    assert floated_right[0] < TEXT_WIDTH_EMU * FLOAT_FRACTION
    assert abs(floated_right[0] / floated_right[1] - 2 / 3) < 0.01
    assert abs(floated_left[0] - TEXT_WIDTH_EMU * FLOAT_FRACTION) < 2
    assert abs(tall[1] - TEXT_HEIGHT_EMU * MAX_HEIGHT_FRACTION) < 2 and abs(tall[0] / tall[1] - 200 / 900) < 0.01
    assert all(cx <= TEXT_WIDTH_EMU for cx, _ in extents)


def test_floated_photos_sit_in_borderless_floating_tables_with_their_captions(rich_docx: Path):
    tables = body_xml(rich_docx).findall(f"{W}body/{W}tbl")
    assert len(tables) == 2
    sides = [t.find(f"{W}tblPr/{W}tblpPr").get(f"{W}tblpXSpec") for t in tables]
    assert sides == ["right", "left"]
    for table in tables:
        paragraphs = table.findall(f".//{W}p")
        assert [p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") for p in paragraphs] == ["CaptionedFigure", "Caption"]
        assert table.find(f".//{W}cantSplit") is not None


def test_pictures_keep_with_their_caption_which_follows_immediately(rich_docx: Path):
    for p in body_xml(rich_docx).iter(f"{W}p"):
        if p.find(f".//{W}drawing") is None:
            continue
        ppr = p.find(f"{W}pPr")
        assert ppr.find(f"{W}keepNext") is not None and ppr.find(f"{W}keepLines") is not None
        caption = p.getnext()
        assert caption.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Caption"


def test_alt_text_and_names_on_doc_pr(rich_docx: Path):
    doc_prs = list(
        body_xml(rich_docx).iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
    )
    assert doc_prs[0].get("descr") == "Khói trắng bốc lên trên mái các lò gốm"
    assert doc_prs[1].get("descr") == "Thợ chuyển đất sét đã ủ ba tháng vào máy nhào."  # IR's fallback: the caption
    assert [d.get("title") for d in doc_prs] == ["Ảnh 1", "Ảnh 2", "Ảnh 3", "Ảnh 4"]
    assert doc_prs[0].get("name") == "01-anh-1.jpg"
    assert len({d.get("id") for d in doc_prs}) == 4


def test_caption_credit_is_a_photo_credit_run(rich_docx: Path):
    captions = [
        p
        for p in body_xml(rich_docx).iter(f"{W}p")
        if p.find(f"{W}pPr/{W}pStyle") is not None and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Caption"
    ]
    first = captions[0]
    runs = [("".join(r.itertext()), r.find(f"{W}rPr/{W}rStyle")) for r in first.findall(f"{W}r")]
    assert runs[0][0] == "Khói bốc lên từ các lò nung vào sáng sớm. " and runs[0][1] is None
    assert runs[1][0] == "Ảnh: Vân Anh" and runs[1][1].get(f"{W}val") == "PhotoCredit"
    assert "".join(captions[3].itertext()).endswith("Ảnh: Ngọc Thành/TTXVN")


def test_caption_numbering_uses_a_seq_field(tmp_path: Path, photos):
    out = tmp_path / "so.docx"
    run_export(rich_document(photos), out, caption_numbering=True)
    root = body_xml(out)
    instructions = [t.text for t in root.iter(f"{W}instrText")]
    assert instructions == [" SEQ Ảnh \\* ARABIC "] * 4
    caption = next(p for p in root.iter(f"{W}p") if p.find(f".//{W}instrText") is not None)
    assert "".join(caption.itertext()).startswith("Ảnh  SEQ Ảnh \\* ARABIC 1: Khói")


def test_document_words_come_from_the_profile(tmp_path: Path, photos):
    from dataclasses import replace

    from editor.text.profile import DocumentWords

    words = DocumentWords(photo="Hình", related="Đọc thêm")
    doc = replace(rich_document(photos), words=words, related_heading=words.related)
    out = tmp_path / "tu.docx"
    run_export(doc, out, caption_numbering=True)
    root = body_xml(out)
    assert [t.text for t in root.iter(f"{W}instrText")] == [" SEQ Hình \\* ARABIC "] * 4
    assert "Đọc thêm" in "".join(root.itertext()) and "Tin liên quan" not in "".join(root.itertext())


def test_embed_originals_keeps_upright_files_and_turns_the_sideways_one(tmp_path: Path, photos):
    out = tmp_path / "goc.docx"
    run_export(rich_document(photos), out, embed_originals=True)
    embedded = set(media(out).values())
    assert photos["landscape"].read_bytes() in embedded and photos["png"].read_bytes() in embedded
    assert photos["sideways"].read_bytes() not in embedded
    assert any(open_media(data).size == (400, 600) for data in embedded)


# --- text, links, properties --------------------------------------------------------------------------------------


def test_text_parts_in_order_with_house_styles(rich_docx: Path):
    document = docx.Document(str(rich_docx))
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert styled[:5] == [
        ("Kicker", "Phóng sự ảnh"),
        ("Title", "Làng gốm bên sông vào mùa lò Tết"),
        ("Dateline", "Thứ Bảy, 19/12/2020, 16:25 [GMT+7] · Hà Nội"),
        ("Sapo", "Những ngày cuối năm, làng gốm Đông Xá ven sông Hồng đỏ lửa suốt đêm."),
        ("Body Text", styled[4][1]),
    ]
    names = [name for name, _ in styled]
    assert "Heading 1" in names and "Quote" in names
    assert styled[-6:] == [
        ("Byline", "Vân Anh"),
        ("Byline", "Ngọc Thành"),
        ("Source Line", "Theo TTXVN"),
        ("Related Heading", "Tin liên quan"),
        ("Related Link", "Gốm Bát Tràng vào mùa cao điểm"),
        ("Related Link", "Nghề gốm và chuyện giữ lửa"),
    ]


def test_links_are_real_hyperlinks_with_external_relationships(rich_docx: Path):
    document = docx.Document(str(rich_docx))
    rels = document.part.rels
    links = list(body_xml(rich_docx).iter(f"{W}hyperlink"))
    targets = [rels[link.get(qn("r:id"))].target_ref for link in links]
    assert targets == [
        "https://example.vn/bao-cao",
        "https://example.vn/gom-bat-trang",
        "https://example.vn/giu-lua?a=1&b=2",
    ]
    assert all(rels[link.get(qn("r:id"))].is_external for link in links)
    first = links[0].find(f"{W}r/{W}rPr/{W}rStyle")
    assert first.get(f"{W}val") == "Hyperlink"


def test_byline_top_and_profile_alignment(tmp_path: Path, photos):
    from editor.export.ir import IRByline

    doc = replace(
        rich_document(photos),
        byline_top=IRByline(("Bài và ảnh: Thu Chung",), bold=False, align="left"),
        byline_end=IRByline(()),
    )
    out = tmp_path / "top.docx"
    run_export(doc, out)
    paragraphs = [p for p in docx.Document(str(out)).paragraphs if p.text]
    assert [p.style.name for p in paragraphs[:4]] == ["Kicker", "Title", "Dateline", "Byline"]
    byline = paragraphs[3]
    assert byline.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.LEFT and byline.runs[0].bold is False
    assert not any(p.style.name == "Byline" for p in paragraphs[4:])


def test_core_properties(rich_docx: Path):
    props = docx.Document(str(rich_docx)).core_properties
    assert props.title == "Làng gốm bên sông vào mùa lò Tết"
    assert props.author == "Vân Anh; Ngọc Thành" and props.last_modified_by == "Vân Anh; Ngọc Thành"
    assert props.subject == "Phóng sự ảnh" and props.keywords == "gốm; làng nghề; Tết"
    assert props.language == "vi-VN"
    assert props.created.isoformat() == "2020-12-19T09:25:00+00:00" == props.modified.isoformat()
    core = part(rich_docx, "docProps/core.xml")
    assert b"python-docx" not in core and b"2013" not in core


def test_overlong_properties_are_clipped_not_refused(tmp_path: Path, photos):
    doc = replace(
        rich_document(photos),
        title="Tít " * 200,
        kicker="K" * 300,
        keywords=("gốm",) * 200,
        author_names=("Tác giả rất dài",) * 40,
    )
    out = tmp_path / "dai.docx"
    run_export(doc, out)
    props = docx.Document(str(out)).core_properties
    assert max(len(props.title), len(props.subject), len(props.keywords), len(props.author)) <= 255
    assert props.title.endswith("…")


def test_font_size_option_and_profile_font(tmp_path: Path, photos):
    out = tmp_path / "14.docx"
    run_export(rich_document(photos), out, font_size=14, profile_font="Arial")
    styles = etree.fromstring(part(out, "word/styles.xml"))
    normal = next(s for s in styles.findall(f"{W}style") if s.get(f"{W}styleId") == "Normal")
    assert normal.find(f"{W}rPr/{W}sz").get(f"{W}val") == "28"
    assert normal.find(f"{W}rPr/{W}rFonts").get(f"{W}ascii") == "Arial"
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == "vi-VN"


def test_a_newsroom_reference_keeps_its_fonts_and_gets_vietnamese_proofing(tmp_path: Path, photos):
    from editor.export.docx.template import HOUSE_TEMPLATE
    from tests.export_docx.test_reference import _without_styles

    reference = _without_styles(HOUSE_TEMPLATE, tmp_path / "toa-soan.docx", set())
    out = tmp_path / "bai.docx"
    run_export(rich_document(photos), out, reference=reference, font_size=14, profile_font="Arial")
    styles = etree.fromstring(part(out, "word/styles.xml"))
    assert b"Arial" not in etree.tostring(styles)
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == "vi-VN"
    normal = next(s for s in styles.findall(f"{W}style") if s.get(f"{W}styleId") == "Normal")
    assert normal.find(f"{W}rPr/{W}sz").get(f"{W}val") == "28"  # only an explicit size option changes it
    assert normal.find(f"{W}rPr/{W}rFonts").get(f"{W}ascii") == "Times New Roman"


def test_bundle_holds_docx_originals_in_order_and_captions(rich_docx: Path, photos):
    with zipfile.ZipFile(rich_docx.with_suffix(".zip")) as bundle:
        names = bundle.namelist()
        assert names == ["lang-gom.docx", "01-anh-1.jpg", "02-anh-2.jpg", "03-anh-3.png", "04-anh-4.jpg", CAPTIONS_NAME]
        assert bundle.read("lang-gom.docx") == rich_docx.read_bytes()
        assert bundle.read("01-anh-1.jpg") == photos["landscape"].read_bytes()  # untouched, EXIF and all
        assert bundle.read("02-anh-2.jpg") == photos["sideways"].read_bytes()
        captions = bundle.read(CAPTIONS_NAME).decode("utf-8")
    assert "01-anh-1.jpg\nChú thích: Khói bốc lên từ các lò nung vào sáng sớm. Ảnh: Vân Anh" in captions


def test_every_property_element_is_in_schema_order(rich_docx: Path):
    root = body_xml(rich_docx)
    for tag, order in ((f"{W}pPr", ooxml.PPR_ORDER), (f"{W}rPr", ooxml.RPR_ORDER), (f"{W}tblPr", ooxml.TBLPR_ORDER)):
        for el in root.iter(tag):
            ranks = [order.index(f"w:{etree.QName(c).localname}") for c in el]
            assert ranks == sorted(ranks), etree.tostring(el)


def test_docx_size_is_close_to_its_renditions(rich_docx: Path):
    embedded = sum(len(d) for d in media(rich_docx).values())
    assert rich_docx.stat().st_size < embedded + 40_000  # XML, styles and the zip directory: a few tens of kB


def test_a_paragraph_with_only_illegal_characters_is_dropped(tmp_path: Path, photos):
    doc = rich_document(photos)
    doc = replace(doc, blocks=(IRParagraph((Span("\x00\x01\ud800"),)), *doc.blocks))
    out = tmp_path / "x.docx"
    run_export(doc, out)
    assert "".join(docx.Document(io.BytesIO(out.read_bytes())).paragraphs[4].text).startswith("Những ngày cuối")


def test_non_deterministic_output_stamps_now(tmp_path: Path, photos):
    from datetime import UTC, datetime, timedelta

    out = tmp_path / "now.docx"
    run_export(rich_document(photos), out, deterministic=False)
    props = docx.Document(str(out)).core_properties
    assert datetime.now(UTC) - props.modified < timedelta(minutes=5)
    assert props.created.isoformat() == "2020-12-19T09:25:00+00:00"


def test_profile_reference_names_resolve_under_resources(tmp_path: Path):
    from editor.export.docx.template import RESOURCES, resolve_reference

    assert resolve_reference(None, "") is None
    assert resolve_reference(None, "bao-quang-ninh") == RESOURCES / "bao-quang-ninh.docx"
    assert resolve_reference(tmp_path / "x.docx", "bao-quang-ninh") == tmp_path / "x.docx"


def test_an_empty_article_exports_a_valid_document(tmp_path: Path, photos):
    from editor.export.ir import IRByline

    empty = replace(
        rich_document(photos),
        title="",
        kicker="",
        sapo="",
        dateline_text="",
        published=None,
        location="",
        blocks=(),
        byline_end=IRByline(()),
        source_line="",
        related=(),
        keywords=(),
        author_names=(),
    )
    out = tmp_path / "rong.docx"
    steps = run_export(empty, out, bundle=True)
    assert steps[-1].done == steps[-1].total
    document = docx.Document(str(out))
    assert [p.text for p in document.paragraphs] == [""]  # Word wants at least one paragraph
    assert document.core_properties.created is None
    with zipfile.ZipFile(out.with_suffix(".zip")) as bundle:
        assert bundle.namelist() == ["rong.docx", CAPTIONS_NAME]


def test_a_cold_export_files_its_renditions_so_the_next_reads_no_original(tmp_path: Path, photos):
    """Originals of unknown hash (an article.json, not a project): the worker that renders a photo hashes the
    bytes it read and files the rendition, so a second export in a new pool takes every photo from the cache."""
    from editor.media import renditions

    doc = rich_document(photos)
    assert all(f.photo_sha256 is None for f in doc.figures)
    first, second = tmp_path / "first.docx", tmp_path / "second.docx"
    run_export(doc, first)
    hits = renditions.counters["cache_hits"]
    run_export(doc, second)
    assert renditions.counters["cache_hits"] - hits == len(doc.figures)  # answered here: no worker, no decode
    assert media(second) == media(first)
