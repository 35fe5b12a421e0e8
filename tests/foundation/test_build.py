"""Article → IR: every editorial decision made once (dateline text, captions, safe links, numbering, alt fallback)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone
from pathlib import Path

from editor.export.build import build_document, safe_url
from editor.export.ir import IRFigure, IRHeading, IRParagraph
from editor.model import (
    Article,
    Author,
    BylinePosition,
    Dateline,
    Figure,
    Heading,
    Paragraph,
    RelatedLink,
    Span,
    read_article_json,
)
from editor.storage.documents import FolderPhotos
from editor.text.profile import default_profile, load_profile


def _folder(tmp_path: Path) -> FolderPhotos:
    (tmp_path / "a.jpg").write_bytes(b"x")
    (tmp_path / "b.jpg").write_bytes(b"y")
    return FolderPhotos(tmp_path)


def test_sample_article_ir(sample_json: Path) -> None:
    doc = build_document(read_article_json(sample_json), FolderPhotos(sample_json.parent), default_profile())
    assert doc.dateline_text == "Thứ Bảy, 19/12/2020, 16:25 [GMT+7]"
    assert doc.published is not None and doc.published.isoformat() == "2020-12-19T16:25:00+07:00"
    assert [f.number for f in doc.figures] == [1, 2, 3]
    assert doc.figures[0].caption_text == "Lãnh đạo phường trao quà cho các hộ nghèo trên địa bàn. Ảnh: Vân Anh"
    assert doc.figures[0].caption_parts[-1] == ("Ảnh: Vân Anh", True)
    assert doc.figures[0].slug.startswith("01-lanh-dao-phuong")
    assert doc.byline_end.lines == ("Thu Chung",) and doc.byline_end.bold and doc.byline_end.align == "right"
    assert doc.related_heading == "Tin liên quan" and len(doc.related) == 2
    assert doc.slug == "suc-lan-toa-o-uong-bi"
    assert doc.warnings == ()


def test_unsafe_links_dropped_with_warning(tmp_path: Path) -> None:
    article = Article(
        title="T",
        body=(Paragraph((Span("bấm", link="javascript:alert(1)"), Span(" đây", link="https://ok.vn"))),),
        related=(RelatedLink("x", "data:text/html,<script>"), RelatedLink("y", "mailto:toa.soan@bao.vn")),
    )
    doc = build_document(article, _folder(tmp_path), default_profile())
    paragraph = doc.blocks[0]
    assert isinstance(paragraph, IRParagraph)
    assert [s.link for s in paragraph.spans] == [None, "https://ok.vn"]
    # An unsafe related link loses its address but never its text (issue 20 item 3).
    assert doc.related == (("x", ""), ("y", "mailto:toa.soan@bao.vn"))
    assert len(doc.warnings) == 2 and "javascript:" in str(doc.warnings[0])


def test_issue20_item3_related_links_get_https_or_become_plain_text(tmp_path: Path) -> None:
    from editor.export.build import with_https

    article = Article(
        title="T",
        related=(RelatedLink("a", "example.org/x"), RelatedLink("b", ""), RelatedLink("", "www.báo.vn"),
                 RelatedLink("c", "a@b.vn/x"), RelatedLink("d", "//cdn.example.org/y")),
    )  # fmt: skip
    doc = build_document(article, _folder(tmp_path), default_profile())
    assert doc.related == (("a", "https://example.org/x"), ("b", ""), ("https://www.báo.vn", "https://www.báo.vn"),
                           ("c", ""), ("d", "https://cdn.example.org/y"))  # fmt: skip
    for not_a_host in ("example", "1.2.3.4/x", "localhost:8080", "javascript:alert(1)", "a b.vn", "ftp://x.vn", ""):
        assert with_https(not_a_host) is None, not_a_host


def test_safe_url() -> None:
    assert safe_url(" https://a.vn/x ") == "https://a.vn/x"
    for bad in ("javascript:x", "JAVASCRIPT:x", "data:x", "vbscript:x", "https://", "//evil", "file:///etc/passwd", ""):
        assert safe_url(bad) is None, bad


def test_alt_fallback_empty_blocks_and_numbering(tmp_path: Path) -> None:
    article = Article(
        title="T",
        body=(
            Paragraph.plain("  "),
            Figure("a.jpg", caption="Chú thích", credit="X"),
            Heading(""),
            Heading("Tít xen"),
            Figure("b.jpg"),
        ),
    )
    doc = build_document(article, _folder(tmp_path), default_profile())
    assert [type(b) for b in doc.blocks] == [IRFigure, IRHeading, IRFigure]
    first, second = doc.figures
    assert (first.number, first.alt, second.number) == (1, "Chú thích", 2)
    assert second.alt and second.caption_parts == ()
    assert second.slug == "02-b"


def test_byline_positions_and_profile_dateline(tmp_path: Path) -> None:
    article = Article(
        title="T",
        dateline=Dateline(datetime(2024, 9, 1, 9, 27, tzinfo=timezone(timedelta(hours=7)))),
        authors=(Author("Thu Chung"), Author("Vân Anh", "Ảnh", BylinePosition.TOP)),
    )
    doc = build_document(article, _folder(tmp_path), load_profile("vnexpress"))
    assert doc.dateline_text == "Chủ nhật, 1/9/2024, 09:27 (GMT+7)"
    assert doc.byline_top.lines == ("Ảnh: Vân Anh",)
    assert doc.byline_end.lines == ("Thu Chung",)
    assert doc.author_names == ("Thu Chung", "Vân Anh")


def test_description_falls_back_to_body_and_is_cut_on_a_word(tmp_path: Path) -> None:
    article = Article(title="T", body=(Paragraph.plain("chữ " * 200),))
    doc = build_document(article, _folder(tmp_path), default_profile())
    assert doc.description.endswith("…") and len(doc.description) <= 301
    assert doc.description.startswith("chữ chữ")


def test_dateline_line_adds_the_place(sample_json: Path) -> None:
    doc = build_document(read_article_json(sample_json), FolderPhotos(sample_json.parent), default_profile())
    assert doc.dateline_line == "Thứ Bảy, 19/12/2020, 16:25 [GMT+7] · Uông Bí"
    assert dataclasses.replace(doc, location="").dateline_line == "Thứ Bảy, 19/12/2020, 16:25 [GMT+7]"


def test_document_words_come_from_the_profile_not_the_ui_language(tmp_path: Path) -> None:
    from dataclasses import replace

    from editor.messages import set_language
    from editor.text.profile import DocumentWords

    article = Article(title="T", body=(Figure("images/a.jpg"),), related=(RelatedLink("x", "https://a.vn"),))
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "a.jpg").write_bytes(b"x")
    try:
        set_language("en")  # an English UI still exports a Vietnamese article
        doc = build_document(article, _folder(tmp_path), default_profile())
    finally:
        set_language(None)
    assert doc.related_heading == "Tin liên quan" and doc.figures[0].alt == "Ảnh minh họa cho bài viết"
    english = replace(default_profile(), words=DocumentWords("Photo", "Related", "Article", "A photo"))
    doc = build_document(article, _folder(tmp_path), english)
    assert doc.related_heading == "Related" and doc.figures[0].alt == "A photo" and doc.words.photo == "Photo"
