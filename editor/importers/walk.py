"""The document walk: WordprocessingML → a flat list of paragraphs in reading order, each with its runs and pictures.

Everything Word can nest is opened: tables (cells read row by row, each paragraph knowing its cell), text boxes
(``w:txbxContent``, read right after the paragraph that anchors them), content controls, smart tags, fields, and
``mc:AlternateContent`` (the modern choice; the VML fallback copy is skipped, so nothing is read twice). Tracked
changes are accepted (insertions kept, deletions and moved-from text dropped); comments, footnotes and endnotes are
left out and counted. Field results are kept except SEQ numbers, which are marked so captions can drop them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from editor.importers.package import Relationship
from editor.importers.styles import Style, Styles, run_flag, run_font, run_size

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
V = "{urn:schemas-microsoft-com:vml}"
VO = "{urn:schemas-microsoft-com:office:office}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]+)"', re.IGNORECASE)
_PASS_THROUGH = {f"{W}ins", f"{W}moveTo", f"{W}smartTag", f"{W}customXml", f"{W}dir", f"{W}bdo", f"{W}sdtContent"}
_DROPPED = {f"{W}del", f"{W}moveFrom"}


@dataclass(slots=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    font: str | None = None
    size: float | None = None
    credit: bool = False  # set in a credit character style ("Photo Credit")
    seq: bool = False  # the result of a SEQ field (a caption number)
    emphasis: tuple[bool, bool] = (False, False)  # (bold, italic) set on the run itself, not by the paragraph style


@dataclass(slots=True)
class Picture:
    rid: str = ""  # relationship id of the embedded image ("" when only linked)
    link: str = ""  # relationship id of a linked (not embedded) image
    alt: str = ""  # docPr/@descr, or VML o:title
    title: str = ""  # docPr/@title
    crop: tuple[float, float, float, float] | None = None  # fractions cut from left, top, right, bottom
    rotation: int = 0  # degrees clockwise
    offset: int = 0  # characters of the paragraph before the picture
    kind: str = "drawing"  # drawing | vml
    side: str = ""  # left | right for a floating picture the text wraps around


@dataclass(slots=True)
class Para:
    runs: list[Run]
    style: Style
    align: str = ""
    numbered: bool = False
    pictures: list[Picture] = field(default_factory=list)
    context: str = "body"  # body | table | textbox
    cell: tuple[int, int, int] | None = None  # (table, row, column) for paragraphs in a table
    float_side: str = ""  # left | right inside a floating one-cell table (a photo frame)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs if not run.seq)


@dataclass
class WalkCounts:
    insertions: int = 0
    deletions: int = 0
    comments: int = 0
    footnotes: int = 0
    endnotes: int = 0
    tables: int = 0
    list_items: int = 0
    text_boxes: int = 0


class Walker:
    def __init__(self, styles: Styles, rels: dict[str, Relationship]) -> None:
        self.styles = styles
        self.rels = rels
        self.paras: list[Para] = []
        self.counts = WalkCounts()
        self._fields: list[list[str]] = []  # complex fields open: [instruction, state]
        self._pending: list[etree._Element] = []  # text boxes met inside the current paragraph
        self._tables = 0
        self._comment_ids: set[str] = set()

    def walk(self, body: etree._Element) -> list[Para]:
        self._blocks(body, "body", None)
        self.counts.comments = len(self._comment_ids)
        return self.paras

    # -- block level --------------------------------------------------------------------------------------------

    def _blocks(self, container: etree._Element, context: str, cell: tuple[int, int, int] | None,
                side: str = "") -> None:  # fmt: skip
        for child in container:
            tag = child.tag
            if tag == f"{W}p":
                self._paragraph(child, context, cell)
                if side:
                    self.paras[-1].float_side = side
            elif tag == f"{W}tbl":
                self._table(child)
            elif (inner := self._look_through(child)) is not None:
                self._blocks(inner, context, cell)

    def _table(self, table: etree._Element) -> None:
        self.counts.tables += 1
        self._tables += 1
        number = self._tables
        floating = table.find(f"{W}tblPr/{W}tblpPr")
        side = (floating.get(f"{W}tblpXSpec") or "") if floating is not None else ""
        side = side if side in ("left", "right") else ""
        first, cells = len(self.paras), 0
        rows = [r for r in _children_through(table, f"{W}tr")]
        for row_index, row in enumerate(rows):
            column = 0
            for tc in _children_through(row, f"{W}tc"):
                cells += 1
                span = tc.find(f"{W}tcPr/{W}gridSpan")
                self._blocks(tc, "table", (number, row_index, column), side)
                width = (span.get(f"{W}val") or "1") if span is not None else "1"
                column += int(width) if width.isdigit() else 1
        if cells == 1 and any(p.pictures for p in self.paras[first:]):
            self.counts.tables -= 1  # a one-cell photo frame (ours, or Word's), not a table of text

    def _paragraph(self, p: etree._Element, context: str, cell: tuple[int, int, int] | None) -> None:
        ppr = p.find(f"{W}pPr")
        style_el = ppr.find(f"{W}pStyle") if ppr is not None else None
        style = self.styles.get(style_el.get(f"{W}val") if style_el is not None else None)
        jc = ppr.find(f"{W}jc") if ppr is not None else None
        numbered = (ppr is not None and ppr.find(f"{W}numPr") is not None) or style.role == "list"
        para = Para(
            [], style, (jc.get(f"{W}val") or "") if jc is not None else "", numbered, context=context, cell=cell
        )
        mark = ppr.find(f"{W}rPr") if ppr is not None else None
        if mark is not None and (mark.find(f"{W}ins") is not None):
            self.counts.insertions += 1
        if mark is not None and mark.find(f"{W}del") is not None:
            self.counts.deletions += 1
        self._inline(p, para, None)
        if numbered:
            self.counts.list_items += 1
        self.paras.append(para)
        pending, self._pending = self._pending, []
        for box in pending:
            self.counts.text_boxes += 1
            self._blocks(box, "textbox", cell)

    def _look_through(self, child: etree._Element) -> etree._Element | None:
        """What the walk reads inside a wrapper, at block and inline level alike: a content control's content, a
        tracked insertion (counted), the chosen branch of mc:AlternateContent; None for anything else, and for a
        tracked deletion (counted, its text left out)."""
        tag = child.tag
        if tag == f"{W}sdt":
            return child.find(f"{W}sdtContent")
        if tag in _PASS_THROUGH:
            if tag in (f"{W}ins", f"{W}moveTo"):
                self.counts.insertions += 1
            return child
        if tag == f"{MC}AlternateContent":
            return child.find(f"{MC}Choice")
        if tag in _DROPPED:
            self.counts.deletions += 1
        return None

    # -- inline level -------------------------------------------------------------------------------------------

    def _inline(self, container: etree._Element, para: Para, link: str | None) -> None:
        for child in container:
            tag = child.tag
            if tag == f"{W}r":
                self._run(child, para, link)
            elif tag == f"{W}hyperlink":
                rel = self.rels.get(child.get(f"{R}id") or "")
                self._inline(child, para, rel.target if rel is not None and rel.external else link)
            elif tag == f"{W}fldSimple":
                instr = child.get(f"{W}instr") or ""
                found = _HYPERLINK_FIELD.match(instr)
                before = len(para.runs)
                self._inline(child, para, found.group(1) if found else link)
                if instr.strip().upper().startswith("SEQ"):
                    for run in para.runs[before:]:
                        run.seq = True
            elif (inner := self._look_through(child)) is not None:
                self._inline(inner, para, link)
            elif tag == f"{W}commentRangeStart":
                self._comment_ids.add(child.get(f"{W}id") or "")

    def _field_link(self) -> tuple[str | None, bool, bool]:
        """(link, is a SEQ result, inside an instruction) from the complex fields open now."""
        link, seq, instr = None, False, False
        for instruction, state in self._fields:
            if state == "instr":
                instr = True
                continue
            found = _HYPERLINK_FIELD.match(instruction)
            if found:
                link = found.group(1)
            if instruction.strip().upper().startswith("SEQ"):
                seq = True
        return link, seq, instr

    def _run(self, r: etree._Element, para: Para, link: str | None) -> None:
        rpr = r.find(f"{W}rPr")
        char_style = None
        if rpr is not None and rpr.find(f"{W}rStyle") is not None:
            char_style = self.styles.get(rpr.find(f"{W}rStyle").get(f"{W}val"))  # type: ignore[union-attr]
        base = para.style
        direct_bold = _maybe(run_flag(rpr, "b"), char_style.bold if char_style else None)
        direct_italic = _maybe(run_flag(rpr, "i"), char_style.italic if char_style else None)
        bold = _pick(direct_bold, base.bold)
        italic = _pick(direct_italic, base.italic)
        emphasis = (bool(direct_bold), bool(direct_italic))
        font = run_font(rpr) or (char_style.font if char_style else None) or base.font or self.styles.default_font
        size = run_size(rpr) or (char_style.size if char_style else None) or base.size or self.styles.default_size
        credit = bool(char_style and char_style.role == "credit")
        for child in r:
            tag = child.tag
            text = None
            if tag == f"{W}fldChar":
                kind = child.get(f"{W}fldCharType")
                if kind == "begin":
                    self._fields.append(["", "instr"])
                elif kind == "separate" and self._fields:
                    self._fields[-1][1] = "result"
                elif kind == "end" and self._fields:
                    self._fields.pop()
            elif tag == f"{W}instrText":
                if self._fields and self._fields[-1][1] == "instr":
                    self._fields[-1][0] += child.text or ""
            elif tag == f"{W}t":
                text = child.text or ""
            elif tag in (f"{W}tab", f"{W}ptab"):
                text = "\t"
            elif tag in (f"{W}br", f"{W}cr"):
                text = "\n"
            elif tag == f"{W}noBreakHyphen":
                text = "\u2011"
            elif tag in (f"{W}drawing",):
                self._drawing(child, para)
            elif tag in (f"{W}pict", f"{W}object"):
                self._vml(child, para)
            elif tag == f"{MC}AlternateContent":
                choice = child.find(f"{MC}Choice")
                if choice is not None:
                    wrapper = etree.Element(f"{W}r")
                    wrapper.extend(list(choice))
                    self._run(wrapper, para, link)
            elif tag == f"{W}footnoteReference":
                self.counts.footnotes += 1
            elif tag == f"{W}endnoteReference":
                self.counts.endnotes += 1
            elif tag == f"{W}commentReference":
                self._comment_ids.add(child.get(f"{W}id") or "")
            if text:
                field_link, seq, in_instr = self._field_link()
                if in_instr:
                    continue
                para.runs.append(Run(text, bold, italic, link or field_link, font, size, credit, seq, emphasis))

    # -- pictures -----------------------------------------------------------------------------------------------

    def _drawing(self, drawing: etree._Element, para: Para) -> None:
        for frame in drawing:
            if frame.tag not in (f"{WP}inline", f"{WP}anchor"):
                continue
            doc_pr = frame.find(f"{WP}docPr")
            side = _anchor_side(frame)
            alt = (doc_pr.get("descr") or "") if doc_pr is not None else ""
            title = (doc_pr.get("title") or "") if doc_pr is not None else ""
            for pic in frame.iter(f"{PIC}pic"):
                if _inside_text_box(pic, frame):
                    continue  # read with the text box's own paragraphs, in its place
                blip = pic.find(f"{PIC}blipFill/{A}blip")
                if blip is None:
                    continue
                own = pic.find(f"{PIC}nvPicPr/{PIC}cNvPr")
                own_alt = (own.get("descr") or "") if own is not None else ""
                xfrm = pic.find(f"{PIC}spPr/{A}xfrm")
                turn = _rotation(xfrm.get("rot") if xfrm is not None else None, 60000)
                para.pictures.append(
                    Picture(
                        rid=blip.get(f"{R}embed") or "",
                        link=blip.get(f"{R}link") or "",
                        alt=own_alt or alt,
                        title=title,
                        crop=turned_crop(_src_rect(pic.find(f"{PIC}blipFill/{A}srcRect")), turn),
                        rotation=turn,
                        offset=len(para.text),
                        side=side,
                    )
                )
            self._pending.extend(frame.iter(f"{W}txbxContent"))

    def _vml(self, pict: etree._Element, para: Para) -> None:
        for data in pict.iter(f"{V}imagedata"):
            if _inside_text_box(data, pict):
                continue
            shape = data.getparent()
            style = (shape.get("style") or "") if shape is not None else ""
            found = re.search(r"rotation\s*:\s*(-?[\d.]+)", style)
            turn = _rotation(found.group(1) if found else None, 1)
            para.pictures.append(
                Picture(
                    rid=data.get(f"{R}id") or "",
                    link=data.get(f"{R}href") or data.get(f"{VO}href") or "",
                    alt=data.get(f"{VO}title") or (shape.get("alt") or "" if shape is not None else ""),
                    crop=turned_crop(_vml_crop(data), turn),
                    rotation=turn,
                    offset=len(para.text),
                    kind="vml",
                )
            )
        self._pending.extend(pict.iter(f"{W}txbxContent"))


def _inside_text_box(element: etree._Element, stop: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == f"{W}txbxContent":
            return True
        parent = parent.getparent()
    return False


def _anchor_side(frame: etree._Element) -> str:
    """'left'/'right' for a floating picture the text wraps around at that side of the column, else ''."""
    if frame.tag != f"{WP}anchor" or not any(frame.find(f"{WP}{w}") is not None for w in
                                              ("wrapSquare", "wrapTight", "wrapThrough")):  # fmt: skip
        return ""
    align = frame.find(f"{WP}positionH/{WP}align")
    value = (align.text or "").strip() if align is not None else ""
    return value if value in ("left", "right") else ""


def _children_through(element: etree._Element, tag: str) -> list[etree._Element]:
    """Children with ``tag``, looking through content controls and tracked insertions around rows and cells."""
    found = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins"):
            found.extend(_children_through(child, tag))
    return found


def _maybe(*values: bool | None) -> bool | None:
    return next((v for v in values if v is not None), None)


def _pick(*values: bool | None) -> bool:
    return next((v for v in values if v is not None), False)


def _src_rect(rect: etree._Element | None) -> tuple[float, float, float, float] | None:
    if rect is None:
        return None
    try:
        left, top, right, bottom = (int(rect.get(k) or 0) / 100000 for k in ("l", "t", "r", "b"))
    except ValueError:
        return None
    return _crop_box(left, top, right, bottom)


def _vml_crop(data: etree._Element) -> tuple[float, float, float, float] | None:
    values = []
    for key in ("cropleft", "croptop", "cropright", "cropbottom"):
        raw = (data.get(key) or "0").strip()
        try:
            values.append(int(raw[:-1]) / 65536 if raw.endswith("f") else float(raw))
        except ValueError:
            values.append(0.0)
    return _crop_box(*values)


def _crop_box(left: float, top: float, right: float, bottom: float) -> tuple[float, float, float, float] | None:
    """Word's insets (fractions cut from each side; negative = padding) as the model's box, or None."""
    left, top, right, bottom = (min(max(v, 0.0), 1.0) for v in (left, top, right, bottom))
    if left == top == right == bottom == 0 or left + right >= 0.99 or top + bottom >= 0.99:
        return None
    return (round(left, 4), round(top, 4), round(1 - right, 4), round(1 - bottom, 4))


def turned_crop(
    crop: tuple[float, float, float, float] | None, rotation: int
) -> tuple[float, float, float, float] | None:
    """Word crops the picture before turning it; the model's crop is a box of the turned photo."""
    if crop is None or not rotation:
        return crop
    left, top, right, bottom = crop
    boxes = {
        90: (1 - bottom, left, 1 - top, right),
        180: (1 - right, 1 - bottom, 1 - left, 1 - top),
        270: (top, 1 - right, bottom, 1 - left),
    }
    return tuple(round(v, 4) for v in boxes[rotation])  # type: ignore[return-value]


def _rotation(value: str | None, unit: int) -> int:
    """Degrees clockwise snapped to the model's quarter turns (other angles are not a photo's turn: 0)."""
    try:
        degrees = float(value) / unit if value else 0.0
    except ValueError:
        return 0
    turns = round(degrees / 90)
    return (turns * 90) % 360 if abs(degrees - turns * 90) < 1 else 0
