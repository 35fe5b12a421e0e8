"""Paste that cleans: Word/LibreOffice/web HTML keeps structure and emphasis, drops styling, converts legacy fonts."""

from __future__ import annotations

from editor.model.article import Heading, Paragraph, Quote, Span
from editor.ui.paste import blocks_from_html, blocks_from_text

WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><style>p.MsoNormal{font-family:Calibri}</style>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--></head><body>
<p class=MsoNormal style='color:red;font-size:14pt'><span style='font-family:"Times New Roman"'>Người dân
<b>hiến đất</b> làm <i>đường</i>.<o:p></o:p></span></p>
<h2 style='color:blue'>Tít xen</h2><blockquote><p>“Trích dẫn”</p></blockquote>
<p><a href="https://example.org/a" style="color:green">liên kết</a> và <a href="javascript:alert(1)">xấu</a></p>
<script>alert(1)</script></body></html>"""


def test_word_html_keeps_paragraphs_bold_italic_links_and_drops_styles() -> None:
    blocks, legacy = blocks_from_html(WORD_HTML)
    assert legacy == set()
    assert blocks == [
        Paragraph((Span("Người dân "), Span("hiến đất", bold=True), Span(" làm "), Span("đường", italic=True),
                   Span("."))),
        Heading("Tít xen"),
        Quote((Span("“Trích dẫn”"),)),
        Paragraph((Span("liên kết", link="https://example.org/a"), Span(" và xấu"))),
    ]  # fmt: skip


def test_google_docs_bold_wrapper_with_normal_weight_is_not_bold() -> None:
    html = (
        '<b style="font-weight:normal;" id="docs-internal-guid-1">'
        '<p><span style="font-weight:700">Đậm</span> thường</p></b>'
    )
    assert blocks_from_html(html)[0] == [Paragraph((Span("Đậm", bold=True), Span(" thường")))]


def test_legacy_tcvn3_and_vni_runs_are_decoded_by_their_font() -> None:
    tcvn3 = bytes.fromhex("5468f82042b6792c").decode("cp1252")  # "Thứ Bảy," in TCVN3 read as cp1252
    vni = bytes.fromhex("4261f96f2051756166fb6e67").decode("cp1252", errors="replace")
    html = (f'<p><span style="font-family:.VnTime">{tcvn3}</span></p>'
            f"<p><font face='VNI-Times'>{vni}</font></p>")  # fmt: skip
    blocks, legacy = blocks_from_html(html)
    assert blocks[0] == Paragraph.plain("Thứ Bảy,")
    assert legacy == {"tcvn3", "vni"}


def test_plain_text_lines_become_nfc_paragraphs() -> None:
    assert blocks_from_text("Ho\u0300a bi\u0300nh\r\n\r\nDòng hai  ") == [
        Paragraph.plain("Hòa bình"),
        Paragraph.plain("Dòng hai"),
    ]
