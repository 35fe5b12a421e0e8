"""A whole web page on the clipboard → its article: the menus, footers, comments, share buttons and copyright lines go.

Only a whole page is cut down (``is_whole_page``: the page's own landmarks — ``<nav>``, ``<header>``, ``<footer>``,
``<aside>``, ARIA banner/navigation/contentinfo roles — with a menu's worth of links, or a dozen link-only lines):
what a browser copies after Ctrl+A always has them, a few paragraphs copied from a page never do. Such a fragment,
and any Word or LibreOffice passage, pastes exactly as before.

The article's node is found by readability-lxml (the port of Arc90/Mozilla Readability: it scores the page's
paragraphs and returns the node that holds them, with its markup), so the article then goes through the same cleaner
as every paste and keeps its subheadings, bold, italic, links and photo captions. Before it, the page's obvious
furniture (scripts, landmarks, forms, elements whose class or id says menu, comment, share, related, ads…) is taken
out; after it, ``drop_boilerplate`` removes the Vietnamese outlets' lines the extractor keeps ("Bình luận (25)",
"Theo dõi … trên Google News", "Ghi rõ nguồn … khi phát hành lại", "© Bản quyền thuộc về …"). The sapo (lead), which
outlets set above the article's node, is put back in front. tests/importers/web_pages/evaluate.py measures this
against trafilatura and against the hand-written rules alone on the fixtures beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from editor.model.article import Block, Figure, Heading, Paragraph, Quote

MAX_PAGE_CHARS = 3_000_000  # a bigger page is not searched for its article (the plain cleaner still runs, capped)
_OFFICE = re.compile(
    r"urn:schemas-microsoft-com:office|class=\"?Mso|content=\"?(Microsoft Word|LibreOffice|OpenOffice)", re.IGNORECASE
)
_LANDMARK = re.compile(r"<(nav|footer|header|aside)[\s>]|role=[\"']?(navigation|banner|contentinfo|complementary)",
                       re.IGNORECASE)  # fmt: skip
_LINK_LINE = re.compile(r"<(li|div|p|span)[^>]*>\s*<a\s[^>]*>[^<]{1,60}</a>\s*</\1>", re.IGNORECASE)
# Class or id words of a page's furniture (the outlets' own: VnExpress, Tuổi Trẻ, Dân Trí, Thanh Niên, VietNamNet).
_FURNITURE = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|mainnav|main-nav|header|footer|breadcrumbs?|bread-crumb\S*|comments?|comment-\S+|"
    r"box-comment|share|social\S*|related\S*|tags?|tag-list|box-tags?|detail-tag\S*|ads?|adv\S*|banner\S*|"
    r"quangcao|box_quangcao|sidebar\S*|audio|google-news\S*|login|search|popup|newsletter|author-wrap|"
    r"detail-author|detail-top|detail__meta|detail-social|detail__share|detail__tags|detail__google|"
    r"detail__comment|detail__related|detail__cate-news|link-content-footer|box-category\S*|singular-tags|"
    r"singular-share|singular-related|box-tinlienquan\S*|zone-ads|dt-ads|vnn-ads|box-ads|rss)($|[\s_-])",
    re.IGNORECASE,
)
_FURNITURE_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
                   "button", "input", "select", "textarea", "svg", "video", "audio")  # fmt: skip
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SAPO = re.compile(
    r"(^|[\s_-])(\S*sapo\S*|description|lead|chap+e?au|intro|teaser|standfirst|summary|excerpt)($|[\s_-])",
    re.IGNORECASE,
)


def is_whole_page(html: str) -> bool:
    """True for a whole page (Ctrl+A, Ctrl+C in a browser); False for a fragment, Word or LibreOffice HTML."""
    if _OFFICE.search(html[:20_000]):
        return False
    links = len(re.findall(r"(?i)<a\s", html))  # a page's menus: a passage with an article's <header> has few
    return (links >= 8 and bool(_LANDMARK.search(html))) or len(_LINK_LINE.findall(html)) >= 12


def article_html(html: str) -> str | None:
    """The HTML of the page's article (the sapo first), or None when no article can be told from the page."""
    if len(html) > MAX_PAGE_CHARS:
        return None
    try:
        from lxml import etree
        from lxml import html as lxml_html
        from readability import Document  # noqa: F401  (checked here: a build without it pastes the page whole)
    except ImportError as error:
        from editor.messages.log import log_cause

        log_cause("web paste: no HTML extractor", error)
        return None
    try:
        tree = lxml_html.document_fromstring(_as_document(html))
    except (etree.ParserError, ValueError):
        return None
    sapo = _sapo(tree)
    _strip_furniture(tree)
    pictures = _mark_pictures(tree)
    main = _main_node(lxml_html.tostring(tree, encoding="unicode"))
    if main is None:
        return None
    main = _MARK.sub(lambda m: pictures[int(m.group(1))] if int(m.group(1)) < len(pictures) else "", main)
    return (f"<p>{sapo}</p>" if sapo and _plain(sapo) not in _plain(main) else "") + main


def _as_document(html: str) -> str:
    # Chromium's clipboard HTML starts with <meta charset='utf-8'> before any <html>: lxml would file the whole
    # page under <head>. The page's body is what matters; wrap it as one.
    body = re.sub(r"(?is)^\s*<meta[^>]*>", "", html)
    if not re.search(r"(?i)<body[\s>]", body):
        body = f"<html><body>{body}</body></html>"
    return body


def _sapo(tree: object) -> str:
    """The escaped HTML of the page's sapo (outlets put it above the article's node), or ''."""
    from lxml import html as lxml_html

    for element in tree.iter("p", "h2", "div", "h3"):  # type: ignore[attr-defined]
        if _SAPO.search(element.get("class", "")) and len(element.text_content().strip()) >= 40:
            for stamp in element.iter():
                if "location-stamp" in stamp.get("class", ""):  # VnExpress's dateline: a span set off by CSS
                    stamp.tail = " " + (stamp.tail or "").lstrip()
            inner = (element.text or "") + "".join(lxml_html.tostring(c, encoding="unicode") for c in element)
            element.drop_tree()
            return inner
    return ""


def _strip_furniture(tree: object) -> None:
    for element in list(tree.iter(*_FURNITURE_TAGS)):  # type: ignore[attr-defined]
        if element.getparent() is not None:
            element.drop_tree()
    for element in list(tree.iter()):  # type: ignore[attr-defined]
        if not isinstance(element.tag, str) or element.tag in ("html", "body") or element.getparent() is None:
            continue
        if _HIDDEN.search(element.get("style", "")) or element.get("hidden") is not None:
            element.drop_tree()  # a box the reader never saw (a stock ticker kept for scripts)
            continue
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if names.strip() and _FURNITURE.search(names) and not _holds_article(element):
            element.drop_tree()


def _holds_article(element: object) -> bool:
    """A 'furniture' word on a node that holds the story itself (a page's <div id="main-header-content">)."""
    return len(element.findall(".//p")) >= 3  # type: ignore[attr-defined]


_MARK = re.compile("\ue000(\\d+)\ue001")


def _mark_pictures(tree: object) -> list[str]:
    """Each <img> becomes a private-use mark in the text (readability drops a picture's empty wrapper with it), so
    the article's photos come back at their places and are named to the reporter like any pasted picture."""
    from html import escape

    pictures: list[str] = []
    for img in list(tree.iter("img")):  # type: ignore[attr-defined]
        src = (img.get("src") or img.get("data-src") or img.get("data-original") or "").strip()
        if not src or img.getparent() is None:
            continue
        mark = f"\ue000{len(pictures)}\ue001"
        pictures.append(f'<img src="{escape(src)}" alt="{escape(img.get("alt") or "")}">')
        figure = next(img.iterancestors("figure"), None)  # a figure's picture wrapper has no words: it goes
        if figure is not None:
            figure.text = mark + (figure.text or "")
        else:
            img.tail = mark + (img.tail or "")
        img.drop_tree()
    return pictures


def _main_node(html: str) -> str | None:
    from readability import Document
    from readability.readability import Unparseable

    try:
        summary = Document(html).summary(html_partial=True)
    except (Unparseable, ValueError, TypeError):
        return None
    return summary if _plain(summary) else None


def _plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


# -- the lines extractors keep: Vietnamese outlets' boilerplate ----------------------------------------------------

_LINE_RULES = [
    r"(bình luận|ý kiến|phản hồi|comments?)\s*\(\d+\)",
    r"(xem thêm|gửi|viết) (bình luận|ý kiến)",
    r"theo dõi .{1,60} trên google news",
    r"(©|\(c\)|copyright|®).*",
    r".*(bản quyền thuộc|giữ bản quyền|all rights reserved|cấm sao chép).*",
    r".*ghi rõ nguồn .{1,80} khi phát hành lại.*",
    r"(chia sẻ|share|lưu|in bài|gửi mail|sao chép (liên kết|link)|copy link|facebook|zalo|twitter|tweet|email|link)",
    r"(quảng cáo|advertisement|ads|tài trợ)",
    r"(nghe đọc bài|nghe bài|đọc bài|giọng (nam|nữ) miền (bắc|trung|nam))",
    r"(tin liên quan|tin cùng chuyên mục|xem nhiều|đọc nhiều|tin mới|tin mới nhất|mới nhất|hay nhất)(\s*:.*)?",
    r"(tags?|từ khóa|chủ đề)\s*:.*",
    r"(xem thêm|đọc thêm|đọc tiếp|xem tiếp)\s*:?.*",
    r"(tổng biên tập|phó tổng biên tập|giấy phép|cơ quan chủ quản|tòa soạn|trụ sở|địa chỉ( tòa soạn)?|hotline|"
    r"điện thoại|email liên hệ)\s*:.*",
]
_LINE = re.compile("|".join(f"(?:{rule})" for rule in _LINE_RULES), re.IGNORECASE)
_SHORT = 200  # a longer block is a paragraph of the story, whatever words it holds


def drop_boilerplate(blocks: Iterable[Block]) -> list[Block]:
    """The blocks without the outlets' boilerplate lines and without runs of link-only lines (related-article lists)."""
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, Figure):
            kept.append(block)
            continue
        text = " ".join(block.text.split())
        if len(text) <= _SHORT and _LINE.fullmatch(text.strip(" .:|»›-–—")):
            continue
        if isinstance(block, Paragraph | Quote) and len(text) <= 120 and _all_links(block):
            continue
        kept.append(block)
    return kept


def _all_links(block: Paragraph | Quote) -> bool:
    letters = [s for s in block.spans if s.text.strip()]
    return bool(letters) and all(s.link for s in letters)


def counts(blocks: Iterable[Block]) -> int:
    """How many text blocks (paragraphs, subheads, quotes) a paste gives."""
    return sum(isinstance(b, Paragraph | Quote | Heading) for b in blocks)
