"""Issue 17 item 4, the core: a whole web page pasted keeps its article and drops the page around it; a fragment pastes
as before; a table becomes a paragraph per row; hostile HTML ends at once with a message."""

from __future__ import annotations

import unicodedata

import pytest

from editor.importers import web_page
from editor.importers.clipboard import MAX_CLIPBOARD_TAGS, blocks_from_html, read_clipboard
from editor.messages import render
from editor.model.article import Heading, Paragraph, Span
from tests.importers.web_pages.evaluate import PAGES, evaluate, fixture


@pytest.mark.parametrize("name", PAGES)
def test_a_whole_outlet_page_gives_exactly_its_article(name: str) -> None:
    html, expected = fixture(name)
    assert web_page.is_whole_page(html)
    pasted = read_clipboard(html, "the page as plain text")
    assert [" ".join(b.text.split()) for b in pasted.blocks] == expected["article"]
    for line in expected["boilerplate"]:
        assert not any(line in b.text for b in pasted.blocks), line
    assert pasted.notes[0].code == "paste.page_cut"
    assert all(unicodedata.is_normalized("NFC", b.text) for b in pasted.blocks)


def test_the_article_keeps_its_subheads_bold_italic_links_and_captions() -> None:
    blocks = read_clipboard(fixture("vnexpress")[0], "").blocks
    spans = [s for b in blocks for s in b.spans]
    assert Span("Nguyễn Văn An", bold=True) in spans
    assert Span("Trần Thị Bình", italic=True) in spans
    assert Span("Sở Xây dựng", link="https://vnexpress.net/giao-thong") in spans
    assert Span("Giang Huy", italic=True) in spans  # the caption's credit, as the paste always kept it
    tuoitre = read_clipboard(fixture("tuoitre")[0], "").blocks
    assert Heading("Mỗi lớp một góc đọc") in tuoitre
    # Only the article's photo is left to report (the page's logos and avatars went with the page).
    assert [p.src for p in web_page_pictures("tuoitre")] == [
        "https://cdn.tuoitre.vn/thumb_w/730/2026/12/1/thu-vien-xanh.jpg"
    ]


def web_page_pictures(name: str) -> list:  # type: ignore[type-arg]
    from editor.importers.clipboard import pictures_in_html

    pasted = read_clipboard(fixture(name)[0], "")
    return pictures_in_html(pasted.html or "")


def test_the_app_s_way_beats_each_library_and_the_rules_alone_on_the_fixtures() -> None:
    table = evaluate()
    app = table["readability-lxml + rules (the app)"]
    assert app["precision"] == app["recall"] == 1.0 and app["leaked"] == 0
    for way in ("readability-lxml alone", "hand-written rules alone"):
        assert table[way]["precision"] < 1.0 or table[way]["recall"] < 1.0


CHROME_FRAGMENT = (
    '<meta charset=\'utf-8\'><p class="Normal" style="margin: 0px 0px 1em; font-family: arial; font-size: 18px;">'
    "Theo ông <strong>Nguyễn Văn An</strong>, nhà thầu làm ba ca.</p>"
    '<p class="Normal" style="font-family: arial;">Xem thêm: <a href="https://vnexpress.net/a.html">cầu mới</a></p>'
    '<p class="Normal" style="text-align:right;"><strong>Võ Hải</strong></p>'
)


def test_a_fragment_copied_from_a_page_pastes_exactly_as_before() -> None:
    assert not web_page.is_whole_page(CHROME_FRAGMENT)
    pasted = read_clipboard(CHROME_FRAGMENT, "")
    assert pasted.blocks == blocks_from_html(CHROME_FRAGMENT)[0]
    assert pasted.notes == ()
    assert pasted.blocks[1].text == "Xem thêm: cầu mới"  # the reporter chose it: nothing is filtered in a fragment
    word = '<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><nav>x</nav><p>Đoạn</p></body></html>'
    assert not web_page.is_whole_page(word)
    article_header = "<article><header><h1>Tít</h1><time>1/12</time></header><p>Đoạn một.</p></article>"
    assert not web_page.is_whole_page(article_header)  # an HTML5 article's own <header>: a passage, not a page


def test_a_table_becomes_a_paragraph_per_row_with_a_note() -> None:
    html = (
        "<p>Trước bảng</p><table><caption>Giá vàng</caption><tr><th>Loại</th><th>Mua</th></tr>"
        "<tr><td><b>SJC</b></td><td>85,5</td></tr><tr><td>Nhẫn</td><td></td></tr></table><p>Sau bảng</p>"
    )
    pasted = read_clipboard(html, "")
    assert [b.text for b in pasted.blocks] == [
        "Trước bảng",
        "Giá vàng",
        "Loại: SJC — Mua: 85,5",
        "Loại: Nhẫn",
        "Sau bảng",
    ]
    assert Span("SJC", bold=True) in pasted.blocks[2].spans
    assert [n.code for n in pasted.notes] == ["paste.table"]
    assert "3 đoạn" in render(pasted.notes[0], "vi") and "3 paragraphs" in render(pasted.notes[0], "en")


def test_tables_without_a_header_nested_and_one_column() -> None:
    plain = "<table><tr><td>Hà Nội</td><td>25°C</td></tr><tr><td>Huế</td><td>28°C</td></tr></table>"
    assert [b.text for b in blocks_from_html(plain)[0]] == ["Hà Nội — 25°C", "Huế — 28°C"]
    layout = "<table><tr><td><p>Đoạn một</p></td></tr><tr><td>Đoạn hai</td></tr></table>"
    assert [b.text for b in blocks_from_html(layout)[0]] == ["Đoạn một", "Đoạn hai"]
    nested = "<table><tr><td>Ngoài</td><td><table><tr><td>trong</td><td>bảng</td></tr></table></td></tr></table>"
    assert [b.text for b in blocks_from_html(nested)[0]] == ["Ngoài — trong — bảng"]
    cut = "<table><tr><td>a<td>b<tr><td>c"  # the clipboard ends inside the table
    assert [b.text for b in blocks_from_html(cut)[0]] == ["a — b", "c"]


def test_hostile_html_ends_at_once_with_a_message() -> None:
    deep = "<nav><a href='/'>x</a></nav>" + "<div>" * 200_000 + "<p>Sâu</p>"
    pasted = read_clipboard(deep, "Sâu")
    assert [b.text for b in pasted.blocks] == ["Sâu"]  # the plain text instead
    assert pasted.notes[0].code == "paste.too_many_tags" and str(MAX_CLIPBOARD_TAGS) in render(pasted.notes[0], "en")
    huge = "<p>" + "chữ " * 1_200_000 + "</p>"
    assert read_clipboard(huge, "chữ").notes[0].code == "paste.too_big"
    nested_page = (
        "<nav>"
        + "<a href='/m'>Mục</a>" * 8
        + "</nav>"
        + "<div>" * 9_000
        + "<p>"
        + "Một đoạn văn dài của bài. " * 20
        + "</p>"
    )
    assert read_clipboard(nested_page, "").blocks  # deep but under the cap: the article is still found
    story = "<p>Một đoạn văn dài của bài viết chính, đủ chữ để là bài.</p>" * 4
    scripts = (
        "<header>Trang chủ</header><nav>" + "<a href='/m'>Mục</a>" * 8 + "</nav>"
        "<script>document.write('<p>xấu</p>')</script><style>p{}</style>" + story + "<footer>© Bản quyền</footer>"
    )
    kept = read_clipboard(scripts, "").blocks
    assert kept and not any("xấu" in b.text or "Bản quyền" in b.text or "Trang chủ" in b.text for b in kept)


def test_the_line_filter_keeps_story_paragraphs_that_merely_mention_the_words() -> None:
    story = Paragraph.plain("Ông An chia sẻ: bình luận (25) trên mạng xã hội khiến gia đình ông rất buồn, ông nói.")
    junk = [Paragraph.plain(t) for t in ("Bình luận (25)", "Chia sẻ", "Theo dõi Dân trí trên Google News",
                                         "© 2026 Bản quyền thuộc về Báo X", "Tags: lũ lụt, miền Trung")]  # fmt: skip
    assert web_page.drop_boilerplate([story, *junk]) == [story]


def test_a_page_with_no_article_to_find_pastes_whole_and_says_so() -> None:
    menu_only = (
        "<nav>" + "".join(f"<li><a href='/{i}'>Mục {i}</a></li>" for i in range(12)) + "</nav><footer>©</footer>"
    )
    pasted = read_clipboard(menu_only, "")
    assert [n.code for n in pasted.notes] == ["paste.page_whole"]
    assert [b.text for b in pasted.blocks][:2] == ["Mục 0", "Mục 1"]  # nothing lost: the reporter decides
