"""XML-level tests of the raw OOXML helpers: structure, attributes and schema order."""

from __future__ import annotations

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from editor.export.docx import ooxml


def tags(el: etree._Element) -> list[str]:
    return [etree.QName(child).localname for child in el]


def in_schema_order(el: etree._Element, order: tuple[str, ...]) -> bool:
    ranks = [order.index(f"w:{etree.QName(c).localname}") for c in el if f"w:{etree.QName(c).localname}" in order]
    return ranks == sorted(ranks)


def test_insert_ordered_places_children_at_their_schema_position_and_replaces_duplicates():
    ppr = OxmlElement("w:pPr")
    ooxml.insert_ordered(ppr, ooxml.element("w:jc", val="right"), ooxml.PPR_ORDER)
    ooxml.insert_ordered(ppr, OxmlElement("w:keepNext"), ooxml.PPR_ORDER)
    ooxml.insert_ordered(ppr, ooxml.element("w:pStyle", val="Caption"), ooxml.PPR_ORDER)
    ooxml.insert_ordered(ppr, ooxml.element("w:jc", val="center"), ooxml.PPR_ORDER)
    assert tags(ppr) == ["pStyle", "keepNext", "jc"]
    assert ppr.find(qn("w:jc")).get(qn("w:val")) == "center"


def test_keep_with_next_sets_keep_next_and_keep_lines_after_the_style():
    p = parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="CaptionedFigure"/><w:jc w:val="center"/></w:pPr>'
        "<w:r><w:t>x</w:t></w:r></w:p>"
    )
    ooxml.keep_with_next(p)
    assert tags(p[0]) == ["pStyle", "keepNext", "keepLines", "jc"]
    bare = OxmlElement("w:p")
    ooxml.keep_with_next(bare)
    assert tags(bare) == ["pPr"] and tags(bare[0]) == ["keepNext", "keepLines"]


def test_run_turns_newlines_and_tabs_into_breaks_and_preserves_edge_spaces():
    r = ooxml.run(" Hà Nội\nTP.\tHCM ", style_id="PhotoCredit", bold=True, italic=True)
    assert tags(r) == ["rPr", "t", "br", "t", "tab", "t"]
    assert tags(r[0]) == ["rStyle", "b", "bCs", "i", "iCs"]
    assert in_schema_order(r[0], ooxml.RPR_ORDER)
    texts = r.findall(qn("w:t"))
    assert texts[0].text == " Hà Nội" and texts[0].get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert texts[1].get("{http://www.w3.org/XML/1998/namespace}space") is None


def test_hyperlink_refers_to_a_relationship_and_holds_its_runs():
    link = ooxml.hyperlink("rId9", [ooxml.run("báo cáo", style_id="Hyperlink")])
    assert link.tag == qn("w:hyperlink")
    assert link.get(qn("r:id")) == "rId9"
    assert link.get(qn("w:history")) == "1"
    assert link[0].find(qn("w:rPr")).find(qn("w:rStyle")).get(qn("w:val")) == "Hyperlink"


def test_seq_field_is_a_complete_complex_field_with_a_cached_number():
    runs = ooxml.seq_field("Ảnh", 3)
    kinds = [r.find(qn("w:fldChar")).get(qn("w:fldCharType")) for r in runs if r.find(qn("w:fldChar")) is not None]
    assert kinds == ["begin", "separate", "end"]
    instr = runs[1].find(qn("w:instrText"))
    assert instr.text == " SEQ Ảnh \\* ARABIC "
    assert runs[3].find(qn("w:t")).text == "3"


def test_set_alt_text_writes_descr_and_title_on_doc_pr():
    inline = parse_xml(
        f'<wp:inline {nsdecls("wp")}><wp:extent cx="1" cy="1"/><wp:docPr id="1" name="Picture 1"/></wp:inline>'
    )
    ooxml.set_alt_text(inline, "Khói trắng bốc lên", "Ảnh 1")
    doc_pr = inline.find(qn("wp:docPr"))
    assert doc_pr.get("descr") == "Khói trắng bốc lên" and doc_pr.get("title") == "Ảnh 1"
    ooxml.set_picture_name(inline, "01-khoi.jpg")
    assert doc_pr.get("name") == "01-khoi.jpg"


def test_floating_table_is_borderless_unsplittable_and_in_schema_order():
    tbl = ooxml.floating_table(4800, "right")
    props = tbl.find(qn("w:tblPr"))
    assert in_schema_order(props, ooxml.TBLPR_ORDER)
    tblp = props.find(qn("w:tblpPr"))
    assert tblp.get(qn("w:tblpXSpec")) == "right" and tblp.get(qn("w:leftFromText")) != "0"
    assert all(edge.get(qn("w:val")) == "nil" for edge in props.find(qn("w:tblBorders")))
    assert tbl.find(f"{qn('w:tr')}/{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
    cell = tbl.find(f"{qn('w:tr')}/{qn('w:tc')}")
    assert tags(cell) == ["tcPr", "p"]
    assert tbl.find(f"{qn('w:tblGrid')}/{qn('w:gridCol')}").get(qn("w:w")) == "4800"


def test_default_language_and_fonts_go_into_doc_defaults_first():
    styles = parse_xml(f'<w:styles {nsdecls("w")}><w:style w:styleId="Normal"/></w:styles>')
    ooxml.set_default_language(styles, "vi-VN")
    defaults = ooxml.doc_defaults_rpr(styles)
    ooxml.set_fonts(defaults, "Times New Roman")
    ooxml.set_size(defaults, 14)
    assert tags(styles) == ["docDefaults", "style"]
    rpr = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert tags(rpr) == ["rFonts", "sz", "szCs", "lang"]
    fonts = rpr.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Times New Roman"}
    assert rpr.find(qn("w:sz")).get(qn("w:val")) == "28"
    assert rpr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"


def test_set_language_keeps_the_complex_script_language():
    rpr = parse_xml(f'<w:rPr {nsdecls("w")}><w:lang w:val="en-US" w:bidi="ar-SA"/></w:rPr>')
    ooxml.set_language(rpr, "vi-VN")
    lang = rpr.find(qn("w:lang"))
    assert (lang.get(qn("w:val")), lang.get(qn("w:eastAsia")), lang.get(qn("w:bidi"))) == ("vi-VN", "vi-VN", "ar-SA")


def test_text_area_of_an_a4_page_with_2cm_margins_and_of_two_columns():
    sect = parse_xml(
        f'<w:sectPr {nsdecls("w")}><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:gutter="0"/></w:sectPr>'
    )
    width, height = ooxml.text_area(sect)
    assert abs(width / ooxml.EMU_PER_CM - 17.0) < 0.01
    assert abs(height / ooxml.EMU_PER_CM - 25.7) < 0.01
    sect.append(ooxml.element("w:cols", num="2", space="720"))
    two, _ = ooxml.text_area(sect)
    assert two == (9638 - 720) // 2 * ooxml.EMU_PER_TWIP


def test_clear_body_keeps_only_the_section_properties():
    body = parse_xml(f"<w:body {nsdecls('w')}><w:p/><w:tbl/><w:p/><w:sectPr/></w:body>")
    ooxml.clear_body(body)
    assert tags(body) == ["sectPr"]


def test_long_text_is_cut_into_several_text_nodes_that_join_back():
    text = "Chú thích rất dài. " * 5000
    r = ooxml.run(text)
    nodes = r.findall(qn("w:t"))
    assert len(nodes) == -(-len(text) // ooxml.MAX_TEXT_NODE)
    assert max(len(n.text) for n in nodes) <= ooxml.MAX_TEXT_NODE
    assert "".join(n.text for n in nodes) == text
