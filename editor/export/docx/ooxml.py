"""Every piece of raw OOXML the DOCX writer needs and python-docx lacks: one small function per need.

Elements are always placed at their schema position (``insert_ordered`` with the CT_* child sequences from
ECMA-376 Part 1), because Word refuses a file whose children are out of order while LibreOffice quietly accepts it:
a test that only opens the file in LibreOffice would never notice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

# CT_PPrBase + CT_PPr: the order of w:pPr children.
PPR_ORDER = (
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
# CT_RPr (EG_RPrBase): the order of w:rPr children.
RPR_ORDER = (
    "w:rStyle",
    "w:rFonts",
    "w:b",
    "w:bCs",
    "w:i",
    "w:iCs",
    "w:caps",
    "w:smallCaps",
    "w:strike",
    "w:dstrike",
    "w:outline",
    "w:shadow",
    "w:emboss",
    "w:imprint",
    "w:noProof",
    "w:snapToGrid",
    "w:vanish",
    "w:webHidden",
    "w:color",
    "w:spacing",
    "w:w",
    "w:kern",
    "w:position",
    "w:sz",
    "w:szCs",
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)
# CT_Styles and CT_DocDefaults.
STYLES_ORDER = ("w:docDefaults", "w:latentStyles", "w:style")
DOC_DEFAULTS_ORDER = ("w:rPrDefault", "w:pPrDefault")
# CT_TblPr, CT_TrPr (the part we use), CT_TcPr.
TBLPR_ORDER = (
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
)
EMU_PER_TWIP = 635
# libxml2 (python-docx, LibreOffice) refuses a text node above 10 MB unless told otherwise: long text is cut into
# several w:t of this many characters, which Word joins back seamlessly.
MAX_TEXT_NODE = 32768
EMU_PER_CM = 360000


def insert_ordered(parent: etree._Element, child: etree._Element, order: Sequence[str]) -> etree._Element:
    """Put ``child`` into ``parent`` at its schema position, replacing a sibling with the same tag."""
    tags = [qn(t) for t in order]
    rank = tags.index(child.tag)
    for old in parent.findall(child.tag):
        parent.remove(old)
    for index, sibling in enumerate(parent):
        if sibling.tag in tags and tags.index(sibling.tag) > rank:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def element(tag: str, **attrs: str) -> etree._Element:
    """``w:tag`` with ``w:``-qualified attributes (``element("w:jc", val="right")``)."""
    el = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), value)
    return el


def get_or_add(parent: etree._Element, tag: str, order: Sequence[str]) -> etree._Element:
    found = parent.find(qn(tag))
    return found if found is not None else insert_ordered(parent, OxmlElement(tag), order)


def ppr(p: etree._Element) -> etree._Element:
    """The paragraph's w:pPr (always its first child)."""
    found = p.find(qn("w:pPr"))
    if found is None:
        found = OxmlElement("w:pPr")
        p.insert(0, found)
    return found


def rpr_of(parent: etree._Element) -> etree._Element:
    """The w:rPr of a run (first child) or of a style / rPrDefault."""
    found = parent.find(qn("w:rPr"))
    if found is None:
        found = OxmlElement("w:rPr")
        if parent.tag == qn("w:r"):
            parent.insert(0, found)
        elif parent.tag == qn("w:pPr"):
            insert_ordered(parent, found, PPR_ORDER)
        else:
            parent.append(found)
    return found


# --- paragraphs -----------------------------------------------------------------------------------------------------


def keep_with_next(p: etree._Element) -> None:
    """keepNext and keepLines: the paragraph stays whole and on the page of the next one (a photo with its caption)."""
    props = ppr(p)
    insert_ordered(props, OxmlElement("w:keepNext"), PPR_ORDER)
    insert_ordered(props, OxmlElement("w:keepLines"), PPR_ORDER)


def keep_lines(p: etree._Element) -> None:
    insert_ordered(ppr(p), OxmlElement("w:keepLines"), PPR_ORDER)


def set_paragraph_style(p: etree._Element, style_id: str) -> None:
    insert_ordered(ppr(p), element("w:pStyle", val=style_id), PPR_ORDER)


# --- runs, hyperlinks, fields ---------------------------------------------------------------------------------------


def run(text: str, *, style_id: str | None = None, bold: bool = False, italic: bool = False) -> etree._Element:
    """A w:r holding ``text``; newlines become w:br and tabs w:tab (what Word's own runs do)."""
    r = OxmlElement("w:r")
    if style_id or bold or italic:
        props = rpr_of(r)
        if style_id:
            insert_ordered(props, element("w:rStyle", val=style_id), RPR_ORDER)
        if bold:
            insert_ordered(props, OxmlElement("w:b"), RPR_ORDER)
            insert_ordered(props, OxmlElement("w:bCs"), RPR_ORDER)
        if italic:
            insert_ordered(props, OxmlElement("w:i"), RPR_ORDER)
            insert_ordered(props, OxmlElement("w:iCs"), RPR_ORDER)
    for index, line in enumerate(text.split("\n")):
        if index:
            r.append(OxmlElement("w:br"))
        for piece_index, piece in enumerate(line.split("\t")):
            if piece_index:
                r.append(OxmlElement("w:tab"))
            for start in range(0, len(piece), MAX_TEXT_NODE):
                chunk = piece[start : start + MAX_TEXT_NODE]
                t = OxmlElement("w:t")
                t.text = chunk
                if chunk != chunk.strip():
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                r.append(t)
    return r


def hyperlink(r_id: str, runs: Iterable[etree._Element]) -> etree._Element:
    """A real w:hyperlink to the external relationship ``r_id`` (clickable in Word, LibreOffice and pandoc)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    for r in runs:
        link.append(r)
    return link


def field_runs(instruction: str, result: str, *, style_id: str | None = None) -> list[etree._Element]:
    """A complex field (begin, instruction, separate, cached result, end) whose result shows without updating."""

    def char(kind: str) -> etree._Element:
        r = run("", style_id=style_id)
        r.append(element("w:fldChar", fldCharType=kind))
        return r

    instr = run("", style_id=style_id)
    text = OxmlElement("w:instrText")
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    text.text = f" {instruction} "
    instr.append(text)
    return [char("begin"), instr, char("separate"), run(result, style_id=style_id), char("end")]


def seq_field(identifier: str, number: int, *, style_id: str | None = None) -> list[etree._Element]:
    """Word's caption number: ``SEQ Ảnh \\* ARABIC`` with the number already filled in."""
    return field_runs(f"SEQ {identifier} \\* ARABIC", str(number), style_id=style_id)


# --- pictures --------------------------------------------------------------------------------------------------------


def set_alt_text(inline: etree._Element, descr: str, title: str = "") -> None:
    """Alt text on ``wp:docPr`` (Word's "Alt Text" pane, pandoc's image alt, screen readers)."""
    doc_pr = inline.find(qn("wp:docPr"))
    if doc_pr is None:
        raise ValueError("not a wp:inline/wp:anchor: no wp:docPr child")
    doc_pr.set("descr", descr)
    if title:
        doc_pr.set("title", title)
    else:
        doc_pr.attrib.pop("title", None)


def set_picture_name(inline: etree._Element, name: str) -> None:
    """Name the drawing after the photo (shown in Word's selection pane) instead of "Picture 3"."""
    doc_pr = inline.find(qn("wp:docPr"))
    if doc_pr is not None:
        doc_pr.set("name", name)


# --- floating photo frame --------------------------------------------------------------------------------------------


def floating_table(width_twips: int, side: str, *, gap_twips: int = 284) -> etree._Element:
    """A borderless one-cell table floating at the ``side`` ("left"/"right") margin with text wrapping around it.

    Word and LibreOffice both honour w:tblpPr; the single row may not split, so photo and caption travel together.
    The cell holds one empty paragraph, as the schema requires; the caller fills it.
    """
    if side not in ("left", "right"):
        raise ValueError(f"side must be left or right, got {side!r}")
    tbl = OxmlElement("w:tbl")
    props = OxmlElement("w:tblPr")
    tbl.append(props)
    tblp = element(
        "w:tblpPr",
        vertAnchor="text",
        horzAnchor="margin",
        tblpXSpec=side,
        tblpY="1",
        leftFromText="0" if side == "left" else str(gap_twips),
        rightFromText=str(gap_twips) if side == "left" else "0",
        topFromText="57",
        bottomFromText="113",
    )
    insert_ordered(props, tblp, TBLPR_ORDER)
    insert_ordered(props, element("w:tblOverlap", val="never"), TBLPR_ORDER)
    insert_ordered(props, element("w:tblW", w=str(width_twips), type="dxa"), TBLPR_ORDER)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(element(f"w:{edge}", val="nil"))
    insert_ordered(props, borders, TBLPR_ORDER)
    insert_ordered(props, element("w:tblLayout", type="fixed"), TBLPR_ORDER)
    margins = OxmlElement("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        margins.append(element(f"w:{edge}", w="0", type="dxa"))
    insert_ordered(props, margins, TBLPR_ORDER)
    insert_ordered(
        props,
        element(
            "w:tblLook",
            val="0000",
            firstRow="0",
            lastRow="0",
            firstColumn="0",
            lastColumn="0",
            noHBand="1",
            noVBand="1",
        ),
        TBLPR_ORDER,
    )
    grid = OxmlElement("w:tblGrid")
    grid.append(element("w:gridCol", w=str(width_twips)))
    tbl.append(grid)
    tr = OxmlElement("w:tr")
    tr_pr = OxmlElement("w:trPr")
    tr_pr.append(OxmlElement("w:cantSplit"))
    tr.append(tr_pr)
    tc = OxmlElement("w:tc")
    tc_pr = OxmlElement("w:tcPr")
    tc_pr.append(element("w:tcW", w=str(width_twips), type="dxa"))
    tc.append(tc_pr)
    tc.append(OxmlElement("w:p"))
    tr.append(tc)
    tbl.append(tr)
    return tbl


# --- styles, defaults, sections --------------------------------------------------------------------------------------


def doc_defaults_rpr(styles: etree._Element) -> etree._Element:
    """w:docDefaults/w:rPrDefault/w:rPr of a w:styles element, made when missing."""
    defaults = get_or_add(styles, "w:docDefaults", STYLES_ORDER)
    rpr_default = get_or_add(defaults, "w:rPrDefault", DOC_DEFAULTS_ORDER)
    return rpr_of(rpr_default)


def set_language(rpr: etree._Element, tag: str) -> None:
    """w:lang for proofing: Latin and East Asian text in ``tag`` (vi-VN); complex-script language left as it was."""
    lang = rpr.find(qn("w:lang"))
    bidi = lang.get(qn("w:bidi")) if lang is not None else None
    new = element("w:lang", val=tag, eastAsia=tag)
    if bidi:
        new.set(qn("w:bidi"), bidi)
    insert_ordered(rpr, new, RPR_ORDER)


def set_default_language(styles: etree._Element, tag: str) -> None:
    """The proofing language of the whole document, in w:docDefaults (Word then spell-checks it as Vietnamese)."""
    set_language(doc_defaults_rpr(styles), tag)


def set_fonts(rpr: etree._Element, font: str) -> None:
    """The same font for every script slot, so Vietnamese letters never fall back to another face."""
    insert_ordered(rpr, element("w:rFonts", ascii=font, hAnsi=font, cs=font, eastAsia=font), RPR_ORDER)


def set_size(rpr: etree._Element, points: float) -> None:
    half_points = str(round(points * 2))
    insert_ordered(rpr, element("w:sz", val=half_points), RPR_ORDER)
    insert_ordered(rpr, element("w:szCs", val=half_points), RPR_ORDER)


def text_area(sect_pr: etree._Element) -> tuple[int, int]:
    """(column width, text height) in EMU of a section: page minus margins and gutter, divided among its columns."""

    def twips(el: etree._Element | None, attr: str, default: int) -> int:
        if el is None or el.get(qn(f"w:{attr}")) is None:
            return default
        try:
            return int(float(el.get(qn(f"w:{attr}"))))
        except ValueError:
            return default

    size = sect_pr.find(qn("w:pgSz"))
    margins = sect_pr.find(qn("w:pgMar"))
    cols = sect_pr.find(qn("w:cols"))
    width = twips(size, "w", 11906) - twips(margins, "left", 1134) - twips(margins, "right", 1134)
    width -= twips(margins, "gutter", 0)
    height = twips(size, "h", 16838) - abs(twips(margins, "top", 1134)) - abs(twips(margins, "bottom", 1134))
    count = max(1, twips(cols, "num", 1))
    if count > 1:
        width = (width - (count - 1) * twips(cols, "space", 425)) // count
    return max(width, 1440) * EMU_PER_TWIP, max(height, 1440) * EMU_PER_TWIP


def clear_body(body: etree._Element) -> None:
    """Drop the template's sample content, keeping the final section properties (page size, margins, headers)."""
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
