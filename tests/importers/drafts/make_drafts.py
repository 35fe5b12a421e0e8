"""Make the test drafts the way reporters' tools make them; run from the repository root:

    .venv/bin/python tests/importers/drafts/make_drafts.py

- LibreOffice headless converts an HTML page with captioned pictures to DOCX (``lo-html.docx``), and the same page to
  ODT (``lo-draft.odt``), which it then converts to DOCX (``lo-odt.docx``): Writer's own caption frames and styles.
- python-docx builds Word's structures (``word-*.docx``): inline and anchored pictures, a text box holding a photo
  and its caption, a table with photos and captions in the cells below, tracked changes, comments, footnote
  references and a header, old VML pictures, a grouped shape, SEQ-numbered Caption paragraphs, and a draft typed in
  ``.VnTime``/``VNI-Times`` (legacy bytes as Word shows them).

Photos are tiny (a few KB) so the committed files stay small.
"""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from editor.text.legacy import as_mojibake, encode_tcvn3, encode_vni  # noqa: E402

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')  # fmt: skip
TITLE = "Sức lan tỏa ở Uông Bí"
KICKER = "Chung tay vì người nghèo"
SAPO = ("Từ những phần quà nhỏ đến những con đường bê tông mới, phong trào chung tay vì người nghèo ở TP Uông Bí đang "
        "thay đổi diện mạo nhiều khu dân cư.")  # fmt: skip
BODY = ("Những ngày cuối năm, không khí ở các khu phố của phường Thanh Sơn rộn ràng hơn thường lệ. Ủy ban MTTQ phường "
        "phối hợp với các chi hội trao quà cho 120 hộ nghèo.")  # fmt: skip
LEGACY_BODY = "Những ngày cuối năm, không khí ở các khu phố rộn ràng hơn thường lệ."
BODY2 = "Người dân khu 5 tự nguyện hiến hơn 2.000 m² đất để mở rộng đường liên thôn."


def jpeg(colour: tuple[int, int, int], label: str, size: tuple[int, int] = (160, 100)) -> bytes:
    im = Image.new("RGB", size, colour)
    ImageDraw.Draw(im).text((6, 6), label, fill=(255, 255, 255))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=70)
    return out.getvalue()


def png(colour: tuple[int, int, int], label: str) -> bytes:
    im = Image.new("RGB", (120, 90), colour)
    ImageDraw.Draw(im).text((6, 6), label, fill=(0, 0, 0))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


PHOTOS = [jpeg((180, 40, 40), "1"), jpeg((40, 140, 60), "2"), jpeg((40, 60, 170), "3"), jpeg((150, 120, 20), "4")]


# -- LibreOffice -------------------------------------------------------------------------------------------------

HTML = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<p><i>{kicker}</i></p><h1>{title}</h1><p><b>{sapo}</b></p><p>{body}</p>
<figure><img src="data:image/jpeg;base64,{p1}" alt="Người dân nhận quà" width="160" height="100">
<figcaption>Lãnh đạo phường trao quà cho các hộ nghèo. Ảnh: Vân Anh</figcaption></figure>
<p>{body2} Xem <a href="https://example.org/uong-bi">bài trước</a>.</p>
<h2>Đường mới</h2>
<figure><img src="data:image/jpeg;base64,{p2}" alt="Con đường bê tông" width="160" height="100">
<figcaption>Con đường liên thôn ở khu 5 (Ảnh: Thu Chung/TTXVN)</figcaption></figure>
<blockquote><p>“Mất vài mét đất nhưng cả xóm được hưởng lợi”, ông Tường nói.</p></blockquote>
<p align="right"><b>Thu Chung</b></p>
</body></html>"""


def soffice(args: list[str], cwd: Path) -> None:
    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        raise SystemExit("LibreOffice (soffice) is needed to make the LibreOffice drafts")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([program, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", *args],
                       cwd=cwd, check=True, capture_output=True, timeout=240)  # fmt: skip


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Figure" style:family="paragraph" style:parent-style-name="Caption"/>
</office:styles>
<office:body><office:text>
 <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>
 <text:p text:style-name="Title">{title}</text:p>
 <text:p text:style-name="Standard">{body}</text:p>
 {frames}
 <text:p text:style-name="Standard">{body2}</text:p>
 <text:p text:style-name="Standard">Theo TTXVN</text:p>
</office:text></office:body></office:document>"""
FRAME = """<text:p text:style-name="Standard"><draw:frame draw:name="Frame{n}" text:anchor-type="as-char"
 svg:width="6cm"><draw:text-box fo:min-height="4cm"><text:p text:style-name="Figure"><draw:frame
 draw:name="Image{n}" text:anchor-type="as-char" svg:width="6cm" svg:height="3.75cm"><draw:image>
 <office:binary-data>{data}</office:binary-data></draw:image><svg:title>{alt}</svg:title></draw:frame>Figure
 <text:sequence text:ref-name="refFigure{n}" text:name="Figure" text:formula="ooow:Figure+1"
 style:num-format="1">{n}</text:sequence>: {caption}</text:p></draw:text-box></draw:frame></text:p>"""


def libreoffice_drafts() -> None:
    """HTML → DOCX (Writer/Web's import), and a Writer document with captioned frames (FODT → ODT → DOCX)."""
    b64 = [base64.b64encode(data).decode("ascii") for data in PHOTOS]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        page = folder / "lo-html.html"
        text = HTML.format(title=TITLE, kicker=KICKER, sapo=SAPO, body=BODY, body2=BODY2, p1=b64[0], p2=b64[1])
        page.write_text(text, encoding="utf-8")
        soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", str(page)], folder)
        shutil.copyfile(folder / "lo-html.docx", HERE / "lo-html.docx")
        frames = "".join(
            FRAME.format(n=n, data=b64[n + 1], alt=alt, caption=caption)
            for n, (alt, caption) in enumerate(
                [("Cổng làng", "Cổng làng văn hóa khu 2. Ảnh: Vân Anh"),
                 ("Sân chơi", "Sân chơi của thiếu nhi (Ảnh: Thu Chung/TTXVN)")], start=1)
        )  # fmt: skip
        flat = folder / "lo-draft.fodt"
        flat.write_text(FODT.format(title=TITLE, body=BODY, body2=BODY2, frames=frames), encoding="utf-8")
        soffice(["--convert-to", "odt", str(flat)], folder)
        shutil.copyfile(folder / "lo-draft.odt", HERE / "lo-draft.odt")
        soffice(["--convert-to", "docx:MS Word 2007 XML", str(folder / "lo-draft.odt")], folder)
        shutil.copyfile(folder / "lo-draft.docx", HERE / "lo-odt.docx")


# -- python-docx: Word's structures --------------------------------------------------------------------------------


def new_document() -> docx.document.Document:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(13)
    return document


def head(document, *, kicker: bool = True) -> None:
    if kicker:
        document.add_paragraph(KICKER)
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph("Thứ Bảy, 19/12/2020, 16:25 [GMT+7] · Uông Bí")
    sapo = document.add_paragraph()
    sapo.add_run(SAPO).bold = True


def tail(document) -> None:
    byline = document.add_paragraph()
    byline.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    byline.add_run("Bài và ảnh: Thu Chung").bold = True
    document.add_paragraph("Theo TTXVN")


def add_picture(paragraph, data: bytes, alt: str = "", title: str = "") -> object:
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(data), width=docx.shared.Cm(6))
    inline = run._r.findall(".//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}inline")[-1]
    doc_pr = inline.find("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
    if alt:
        doc_pr.set("descr", alt)
    if title:
        doc_pr.set("title", title)
    return inline


def caption(document, text: str, *, seq: int | None = None, credit: str = "") -> None:
    p = document.add_paragraph(style="Caption")
    if seq is not None:
        p.add_run("Ảnh ")
        p._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" SEQ Ảnh \\* ARABIC "><w:r><w:t>{seq}</w:t></w:r>'
                              "</w:fldSimple>"))  # fmt: skip
        p.add_run(": ")
    p.add_run(text)
    if credit:
        p.add_run(" " + credit)


def to_anchor(inline, side: str) -> None:
    """Turn an inline picture into a floating one (wp:anchor, square wrap) at ``side`` of the column."""
    graphic = inline.find("{http://schemas.openxmlformats.org/drawingml/2006/main}graphic")
    extent = inline.find("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent")
    doc_pr = inline.find("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
    anchor = parse_xml(
        f'<wp:anchor {NS} distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:align>{side}</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{extent.get("cx")}" cy="{extent.get("cy")}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/></wp:anchor>'
    )
    anchor.append(doc_pr)
    anchor.append(parse_xml(f"<wp:cNvGraphicFramePr {NS}/>"))
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)


def word_layouts() -> None:
    """Inline with a SEQ caption, anchored right with a cropped, turned picture; a table of photos, captions below."""
    document = new_document()
    head(document)
    document.add_paragraph(BODY)
    inline = add_picture(document.add_paragraph(), PHOTOS[0], alt="Người dân nhận quà")
    caption(document, "Lãnh đạo phường trao quà cho các hộ nghèo.", seq=1, credit="Ảnh: Vân Anh")
    p = document.add_paragraph()
    inline = add_picture(p, PHOTOS[1], title="Đường mới")
    pic = inline.find(".//{http://schemas.openxmlformats.org/drawingml/2006/picture}pic")
    blip_fill = pic.find("{http://schemas.openxmlformats.org/drawingml/2006/picture}blipFill")
    blip_fill.find("{http://schemas.openxmlformats.org/drawingml/2006/main}blip").addnext(
        parse_xml(f'<a:srcRect {NS} l="10000" t="5000" r="20000" b="0"/>')
    )
    pic.find(".//{http://schemas.openxmlformats.org/drawingml/2006/main}xfrm").set("rot", str(90 * 60000))
    to_anchor(inline, "right")
    run = document.add_paragraph().add_run("Con đường liên thôn ở khu 5 sau khi mở rộng. - Ảnh: BẢO PHÚ")
    run.italic = True
    document.add_paragraph(BODY2)
    table = document.add_table(rows=2, cols=2)
    add_picture(table.cell(0, 0).paragraphs[0], PHOTOS[2])
    add_picture(table.cell(0, 1).paragraphs[0], PHOTOS[3])
    table.cell(1, 0).paragraphs[0].add_run("Nhà văn hóa khu 3. ẢNH: ĐÌNH HUY")
    table.cell(1, 1).paragraphs[0].add_run("Sân chơi mới của thiếu nhi (Ảnh minh họa)")
    document.add_paragraph("Tiếp tục hành trình, phường dự kiến làm thêm hai tuyến đường mới trong năm tới.")
    tail(document)
    document.save(HERE / "word-layouts.docx")


TEXTBOX = """<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0"
 distL="114300" distR="114300" simplePos="0" relativeHeight="3" behindDoc="0" locked="0" layoutInCell="1"
 allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>
 </wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
 <wp:extent cx="2400000" cy="2000000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
 <wp:docPr id="90" name="Hộp văn bản 1"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData
 uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
 <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2400000" cy="2000000"/></a:xfrm><a:prstGeom prst="rect">
 <a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r>{PICTURE}</w:r></w:p><w:p><w:r><w:rPr>
 <w:i/></w:rPr><w:t>Các em nhỏ trong khu tập thể mới. Ảnh: NVCC</w:t></w:r></w:p></w:txbxContent></wps:txbx>
 <wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>
 <v:rect style="width:189pt;height:157pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>Các em nhỏ trong khu tập thể
 mới. Ảnh: NVCC</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>
 </mc:AlternateContent></w:r>"""
VML = """<w:r {NS}><w:pict><v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:120pt;height:75pt">
 <v:imagedata r:id="{RID}" o:title="Cổng chào khu phố" croptop="6554f"/></v:shape></w:pict></w:r>"""
GROUP = """<w:r {NS}><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="3000000"
 cy="1000000"/><wp:docPr id="95" name="Nhóm 1" descr="Hai bức ảnh ghép"/><a:graphic><a:graphicData
 uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr/>
 {PIC_A}{PIC_B}</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"""


def pic_xml(rid: str, number: int, name: str) -> str:
    return (f'<pic:pic {NS}><pic:nvPicPr><pic:cNvPr id="{number}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1400000" cy="900000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>')  # fmt: skip


def image_rid(document, data: bytes) -> str:
    rid, _image = document.part.get_or_add_image(io.BytesIO(data))
    return rid


def word_shapes() -> None:
    """A text box holding a photo and its caption, an old VML picture, a group of two pictures, tracked changes."""
    document = new_document()
    head(document, kicker=False)
    document.add_paragraph(BODY)
    rid = image_rid(document, PHOTOS[0])
    inline_pic = (f'<w:drawing><wp:inline><wp:extent cx="2000000" cy="1250000"/><wp:docPr id="91" name="Ảnh 1" '
                  f'descr="Trẻ em vui chơi"/><a:graphic><a:graphicData '
                  f'uri="http://schemas.openxmlformats.org/drawingml/2006/picture">{pic_xml(rid, 1, "a.jpg")}'
                  '</a:graphicData></a:graphic></wp:inline></w:drawing>')  # fmt: skip
    box = document.add_paragraph()
    box._p.append(parse_xml(TEXTBOX.replace("{NS}", NS).replace("{PICTURE}", inline_pic)))
    vml = document.add_paragraph()
    vml._p.append(parse_xml(VML.replace("{NS}", NS).replace("{RID}", image_rid(document, PHOTOS[1]))))
    cap = document.add_paragraph()
    cap.add_run("Cổng chào khu phố văn hóa. (Ảnh: Hoàng Long/TTXVN)").italic = True
    group = document.add_paragraph()
    pics = pic_xml(image_rid(document, PHOTOS[2]), 3, "c.jpg") + pic_xml(image_rid(document, png((200, 200, 0), "5")),
                                                                           4, "d.png")  # fmt: skip
    group._p.append(parse_xml(GROUP.replace("{NS}", NS).replace("{PIC_A}{PIC_B}", pics)))
    caption(document, "Trước và sau khi cải tạo nhà văn hóa.", credit="Nguồn: UBND phường")
    changed = document.add_paragraph()
    changed._p.append(
        parse_xml(
            f'<w:ins {NS} w:id="1" w:author="Biên tập" w:date="2020-12-19T10:00:00Z"><w:r><w:t xml:space="preserve">'
            "Phường đã hoàn thành </w:t></w:r></w:ins>"
        )
    )
    changed.add_run("kế hoạch ")
    changed._p.append(
        parse_xml(
            f'<w:del {NS} w:id="2" w:author="Biên tập" w:date="2020-12-19T10:00:00Z"><w:r><w:delText>năm ngoái '
            "</w:delText></w:r></w:del>"
        )
    )
    changed.add_run("trước thời hạn.")
    commented = document.add_paragraph()
    commented._p.append(parse_xml(f'<w:commentRangeStart {NS} w:id="0"/>'))
    commented.add_run("Cả khu phố góp công, góp sức.")
    commented._p.append(parse_xml(f'<w:commentRangeEnd {NS} w:id="0"/>'))
    commented._p.append(parse_xml(f'<w:r {NS}><w:commentReference w:id="0"/></w:r>'))
    document.sections[0].header.paragraphs[0].text = "Báo Quảng Ninh — bản nháp"
    tail(document)
    document.save(HERE / "word-shapes.docx")


def word_legacy() -> None:
    """A draft typed in .VnTime (TCVN3) and VNI-Times: the bytes as Word shows them in a Unicode document."""
    document = new_document()
    title = document.add_paragraph()
    run = title.add_run(as_mojibake(encode_tcvn3(TITLE.upper(), upper_font=True)))
    run.font.name, run.font.size, run.bold = ".VnTimeH", Pt(18), True
    body = document.add_paragraph()
    run = body.add_run(as_mojibake(encode_tcvn3(LEGACY_BODY)))
    run.font.name = ".VnTime"
    vni = document.add_paragraph()
    run = vni.add_run(as_mojibake(encode_vni(BODY2)))
    run.font.name = "VNI-Times"
    add_picture(document.add_paragraph(), PHOTOS[3])
    cap = document.add_paragraph()
    run = cap.add_run(as_mojibake(encode_tcvn3("Người dân khu 5 bàn giao đất. ")))
    run.font.name, run.italic = ".VnTime", True
    run = cap.add_run(as_mojibake(encode_tcvn3("ẢNH: VÂN ANH", upper_font=True)))
    run.font.name, run.italic = ".VnTimeH", True
    unhinted = document.add_paragraph(as_mojibake(encode_tcvn3("Bà con rất phấn khởi khi con đường mới hoàn thành.")))
    unhinted.runs[0].font.name = "Times New Roman"
    document.save(HERE / "word-legacy.docx")


def main() -> None:
    word_layouts()
    word_shapes()
    word_legacy()
    libreoffice_drafts()
    for path in sorted(HERE.glob("*.do*")) + sorted(HERE.glob("*.odt")):
        print(f"{path.name}: {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
