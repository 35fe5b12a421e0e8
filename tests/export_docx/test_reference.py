"""The house template defines every style we use, on Vietnamese defaults, and carries nothing of python-docx's."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from editor.errors import InputError
from editor.export.docx import make_reference
from editor.export.docx import template as t

pytestmark = pytest.mark.usefixtures("english")  # these tests read the English messages


def test_house_template_defines_every_required_style_with_its_kind():
    document, _ = t.open_template(None)
    assert t.missing_styles(document) == []
    assert document.styles["Photo Credit"].type == docx.enum.style.WD_STYLE_TYPE.CHARACTER
    assert document.styles["Hyperlink"].type == docx.enum.style.WD_STYLE_TYPE.CHARACTER


def test_house_template_normal_font_language_and_page():
    document, _ = t.open_template(None)
    normal = document.styles["Normal"].element.find(qn("w:rPr"))
    fonts = normal.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Times New Roman"}
    assert normal.find(qn("w:sz")).get(qn("w:val")) == "26"  # 13 pt
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert defaults.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert round(section.left_margin.cm, 1) == round(section.right_margin.cm, 1) == 2.0


def test_house_styles_keep_photos_with_captions_and_are_not_pythondocx_blue():
    document, _ = t.open_template(None)
    figure = document.styles["Captioned Figure"].paragraph_format
    assert figure.keep_with_next and figure.keep_together
    caption = document.styles["Caption"]
    assert caption.font.color.rgb is None and caption.font.italic
    byline = document.styles["Byline"]
    assert byline.font.bold and byline.paragraph_format.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT


def test_house_template_has_no_trace_of_the_python_docx_template():
    with zipfile.ZipFile(t.HOUSE_TEMPLATE) as package:
        blob = b"".join(package.read(name) for name in package.namelist())
        names = package.namelist()
    for trace in (b"python-docx", b"en-US", b"2013-", b"4F81BD", b"latentStyles", b"Calibri", b"Cambria"):
        assert trace not in blob, trace
    assert "word/theme/theme1.xml" not in names


def test_reference_is_reproducible_from_its_script(tmp_path: Path):
    regenerated = make_reference.write_reference(tmp_path / "reference.docx")
    assert regenerated.read_bytes() == t.HOUSE_TEMPLATE.read_bytes(), (
        "resources/docx/reference.docx is stale: run python -m editor.export.docx.make_reference and commit it"
    )


def _without_styles(source: Path, target: Path, drop: set[str]) -> Path:
    """A copy of the house template lacking the styles whose ids are in ``drop``."""
    from lxml import etree

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/styles.xml":
                root = etree.fromstring(data)
                for style in root.findall(qn("w:style")):
                    if style.get(qn("w:styleId")) in drop:
                        root.remove(style)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            out.writestr(info, data)
    return target


def test_a_reference_missing_styles_is_refused_listing_every_one(tmp_path: Path):
    bad = _without_styles(t.HOUSE_TEMPLATE, tmp_path / "toa-soan.docx", {"Kicker", "PhotoCredit", "Caption"})
    document, _ = t.open_template(bad)
    with pytest.raises(InputError) as caught:
        t.style_ids(document, bad)
    message = str(caught.value)
    assert "toa-soan.docx" in message and "\n" not in message
    for name in ("Kicker", "Photo Credit", "Caption"):
        assert name in message


def test_a_dotx_template_is_accepted(tmp_path: Path):
    dotx = tmp_path / "mau.dotx"
    with zipfile.ZipFile(t.HOUSE_TEMPLATE) as src, zipfile.ZipFile(dotx, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            out.writestr(info, data)
    document, _ = t.open_template(dotx)
    assert t.missing_styles(document) == []


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04broken"])
def test_a_reference_that_is_not_a_docx_is_an_input_error(tmp_path: Path, content: bytes):
    bad = tmp_path / "hong.docx"
    bad.write_bytes(content)
    with pytest.raises(InputError, match=r"hong\.docx"):
        t.open_template(bad)


def test_a_missing_reference_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="reference DOCX is not there"):
        t.open_template(tmp_path / "khong-co.docx")
