"""Paste that cleans: clipboard HTML from Word, LibreOffice or a web page → body blocks, and selection → clipboard.

Kept: paragraphs, subheads, quotes, bold, italic and links (http, https, mailto). Dropped: fonts, colours, sizes,
classes, scripts, Word's conditional comments and XML islands. Text is NFC. Runs set in a legacy Vietnamese font
(``.VnTime`` = TCVN3, ``VNI-Times`` = VNI) are decoded by the font's encoding, never by guessing.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from editor.model.article import Block, Heading, Paragraph, Quote, Span
from editor.model.cleaning import decode_run as _decode
from editor.model.cleaning import legacy_encoding as _legacy_encoding
from editor.model.cleaning import tidy_spans as _trim
from editor.model.links import LINK_SCHEMES
from editor.text.normalize import clean_input

_BLOCK_TAGS = {"p", "div", "li", "tr", "td", "th", "section", "article", "header", "footer", "dd", "dt", "pre",
               "figcaption", "caption", "table", "ul", "ol", "dl", "figure"}  # fmt: skip
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SKIP = {"style", "script", "head", "title", "xml", "template", "noscript", "svg", "math", "o:p"}
_SAFE_LINK = re.compile(rf"^({'|'.join(LINK_SCHEMES)}):", re.IGNORECASE)
_FONT_FAMILY = re.compile(r"font-family\s*:\s*([^;]+)", re.IGNORECASE)
_FONT_WEIGHT = re.compile(r"font-weight\s*:\s*([a-z0-9]+)", re.IGNORECASE)
_FONT_STYLE = re.compile(r"font-style\s*:\s*([a-z]+)", re.IGNORECASE)


def _first_family(value: str) -> str:
    family = value.split(",")[0].strip().strip("'\"").strip()
    return family.replace("\\", "")


@dataclass(frozen=True)
class Picture:
    """An ``<img>`` in pasted HTML: where it stood (after ``at`` blocks), its address and alt text."""

    at: int
    src: str
    alt: str = ""


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.spans: list[Span] = []
        self.kind = "paragraph"
        self.stack: list[tuple[str, dict[str, object]]] = []  # open tags with the format they set
        self.skip = 0
        self.quote_depth = 0
        self.legacy_found: set[str] = set()
        self.pictures: list[Picture] = []

    # Format in effect: the innermost tag that says something wins.
    def _state(self, key: str, default: object) -> object:
        for _tag, fmt in reversed(self.stack):
            if key in fmt:
                return fmt[key]
        return default

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in _SKIP:
            self.skip += 1
            self.stack.append((tag, {}))
            return
        if tag == "br":
            self.spans.append(Span("\n", bold=bool(self._state("bold", False)),
                                   italic=bool(self._state("italic", False))))  # fmt: skip
            return
        attributes = {k.lower(): v or "" for k, v in attrs}
        if tag == "img" and attributes.get("src", "").strip():  # a photo: it becomes its own block, in order
            self._end_block()
            self.pictures.append(Picture(len(self.blocks), attributes["src"].strip(), attributes.get("alt", "")))
            return
        if tag in ("img", "hr", "meta", "link", "input", "col", "wbr", "area", "base", "source"):
            return
        fmt: dict[str, object] = {}
        if tag in ("b", "strong"):
            fmt["bold"] = True
        if tag in ("i", "em", "cite"):
            fmt["italic"] = True
        if tag == "a" and _SAFE_LINK.match(attributes.get("href", "").strip()):
            fmt["link"] = attributes["href"].strip()
        style = attributes.get("style", "")
        weight = _FONT_WEIGHT.search(style)
        if weight:
            value = weight.group(1).lower()
            fmt["bold"] = value == "bold" or value == "bolder" or (value.isdigit() and int(value) >= 600)
        font_style = _FONT_STYLE.search(style)
        if font_style:
            fmt["italic"] = font_style.group(1).lower() in ("italic", "oblique")
        family = _FONT_FAMILY.search(style)
        font = _first_family(family.group(1)) if family else attributes.get("face", "")
        if font:
            fmt["font"] = font
        if tag in _HEADINGS or tag == "blockquote" or tag in _BLOCK_TAGS:
            self._end_block()
            if tag in _HEADINGS:
                self.kind = "heading"
            elif tag == "blockquote":
                self.quote_depth += 1
        self.stack.append((tag, fmt))

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                if tag in _SKIP:
                    self.skip -= 1
                del self.stack[i:]
                break
        else:
            return
        if tag in _HEADINGS or tag == "blockquote" or tag in _BLOCK_TAGS:
            self._end_block()
        if tag == "blockquote":
            self.quote_depth = max(0, self.quote_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        text = re.sub(r"[ \t\r\n\f\v]+", " ", data)
        if not text:
            return
        encoding = _legacy_encoding(str(self._state("font", "")) or None)
        if encoding is not None:
            self.legacy_found.add(encoding)
            text = _decode(text, encoding)
        link = self._state("link", None)
        self.spans.append(Span(text, bold=bool(self._state("bold", False)), italic=bool(self._state("italic", False)),
                               link=str(link) if link else None))  # fmt: skip

    def handle_comment(self, data: str) -> None:  # Word's <!--[if …]> blocks hold nothing to keep
        return

    def _end_block(self) -> None:
        spans = _trim(self.spans)
        self.spans = []
        kind, self.kind = self.kind, "paragraph"
        if kind != "heading" and self.quote_depth:
            kind = "quote"
        if not spans:
            return
        if kind == "heading":
            self.blocks.append(Heading(" ".join("".join(s.text for s in spans).split())))
        elif kind == "quote":
            self.blocks.append(Quote(spans))
        else:
            self.blocks.append(Paragraph(spans))

    def close(self) -> None:
        super().close()
        self._end_block()


def blocks_from_html(html: str) -> tuple[list[Block], set[str]]:
    """Clean blocks from clipboard HTML, and the legacy encodings that were converted."""
    parser = _Cleaner()
    parser.feed(html)
    parser.close()
    return parser.blocks, parser.legacy_found


def pictures_in_html(html: str) -> list[Picture]:
    """The pictures of clipboard HTML, in order, each address once (Word lists a photo twice: VML and <img>)."""
    parser = _Cleaner()
    parser.feed(html)
    parser.close()
    seen: set[str] = set()
    out = []
    for picture in parser.pictures:
        if picture.src not in seen:
            seen.add(picture.src)
            out.append(picture)
    return out


_DATA_IMAGE = re.compile(r"data:image/(png|jpeg|jpg|gif|webp|bmp|tiff);base64,", re.IGNORECASE)
MAX_DATA_PICTURE = 60 * 1024 * 1024  # bytes of a data: picture kept; the photo opener's own limits follow


def picture_file(src: str, folder: Path) -> tuple[Path | None, str]:
    """The local file a pasted picture's address names, or None and why not: "web", "missing", "unreadable".

    Word and LibreOffice put the pictures of a copied passage in temporary files and name them ``file:///…`` in the
    clipboard HTML; a ``data:`` picture is written into ``folder``. A web page's pictures stay on the web (the app
    never downloads what a page points to). The file is then opened like any photo, by the safe photo opener.
    """
    data = _DATA_IMAGE.match(src)
    if data is not None:
        try:
            payload = base64.b64decode(src[data.end() :], validate=False)
        except (binascii.Error, ValueError):
            return None, "unreadable"
        if not payload or len(payload) > MAX_DATA_PICTURE:
            return None, "unreadable"
        folder.mkdir(parents=True, exist_ok=True)
        suffix = {"jpeg": "jpg"}.get(data.group(1).lower(), data.group(1).lower())
        path = folder / f"anh-dan-{hashlib.sha256(payload).hexdigest()[:16]}.{suffix}"
        if not path.is_file():
            path.write_bytes(payload)
        return path, ""
    parts = urlsplit(src)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https", "ftp") or src.startswith("//"):
        return None, "web"
    if scheme != "file" or parts.netloc.lower() not in ("", "localhost"):
        return None, "unreadable"
    path = Path(url2pathname(parts.path))
    return (path, "") if path.is_file() else (None, "missing")


def blocks_from_text(text: str) -> list[Block]:
    """Plain text: each non-empty line is a paragraph."""
    lines = clean_input(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    return [Paragraph.plain(" ".join(line.split())) for line in lines if line.strip()]


def blocks_from_mime(html: str | None, text: str) -> list[Block]:
    if html:
        blocks, _ = blocks_from_html(html)
        if blocks:
            return blocks
    return blocks_from_text(text)


# -- copy ------------------------------------------------------------------------------------------------------


def selection_to_mime(document: object, start: int, end: int, registry: object) -> object:
    """Plain text and clean HTML of a selection (photos as their caption), for other applications."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QTextCursor, QTextDocument

    from editor.model.article import Figure
    from editor.ui.body_doc import read_block

    assert isinstance(document, QTextDocument)
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    fragment_doc = QTextDocument()
    fragment_doc.documentLayout()
    QTextCursor(fragment_doc).insertFragment(cursor.selection())
    # The fragment keeps formats and object ids, so the body reader works on it unchanged.
    texts: list[str] = []
    html: list[str] = []
    blocks: list[object] = []
    qblock = fragment_doc.begin()
    while qblock.isValid():
        for block in read_block(qblock, registry):  # type: ignore[arg-type]
            blocks.append(block)
            if isinstance(block, Figure):
                line = " ".join(p for p in (block.caption, f"Ảnh: {block.credit}" if block.credit else "") if p)
                texts.append(line)
                html.append(f"<p><i>{escape(line)}</i></p>")
            elif isinstance(block, Heading):
                texts.append(block.text)
                html.append(f"<h2>{escape(block.text)}</h2>")
            else:
                texts.append(block.text)
                tag = "blockquote" if isinstance(block, Quote) else "p"
                html.append(f"<{tag}>{_spans_html(block.spans)}</{tag}>")
        qblock = qblock.next()
    mime = QMimeData()
    mime.setText("\n".join(texts))
    mime.setHtml("<meta charset='utf-8'>" + "".join(html))
    mime.setData(BLOCKS_MIME, blocks_to_json(blocks).encode("utf-8"))  # photos survive cut/paste and drags
    return mime


BLOCKS_MIME = "application/x-banthao-blocks"


def blocks_to_json(blocks: list[object]) -> str:
    """Body blocks in the interchange form (the same JSON as a saved article's body)."""
    import json

    from editor.model.article import Article
    from editor.model.interchange import article_to_data

    return json.dumps(article_to_data(Article(title="-", body=tuple(blocks)))["body"], ensure_ascii=False)  # type: ignore


def blocks_from_json(text: str) -> list[Block]:
    """Blocks copied by this app; anything unreadable gives no blocks (the plain-text copy is used instead)."""
    import json

    from editor.errors import InputError
    from editor.model.interchange import article_from_data

    try:
        return list(article_from_data({"title": "-", "body": json.loads(text)}).body)
    except (InputError, ValueError, TypeError):
        return []


def _spans_html(spans: tuple[Span, ...]) -> str:
    out = []
    for span in spans:
        text = escape(span.text).replace("\n", "<br>")
        if span.bold:
            text = f"<b>{text}</b>"
        if span.italic:
            text = f"<i>{text}</i>"
        if span.link:
            text = f'<a href="{escape(span.link)}">{text}</a>'
        out.append(text)
    return "".join(out)


def release_clipboard() -> None:
    """Before the app quits, hand what it copied over to clipboard data that Qt itself owns.

    A QMimeData made in Python (our copy of a selection) and left on the clipboard is destroyed by Qt's exit handlers
    after Python has shut down, which crashes the process (PySide6 6.12: "Segmentation fault" as the app closes).
    Our data is replaced by the same plain text through ``QClipboard.setText`` — made in C++ — so the copied words
    survive the app; their formatting does not. Data another application owns is left alone.
    """
    from PySide6.QtGui import QClipboard, QGuiApplication
    from shiboken6 import Shiboken

    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard]
    if clipboard.supportsSelection():
        modes.append(QClipboard.Mode.Selection)
    for mode in modes:
        data = clipboard.mimeData(mode)
        if data is not None and Shiboken.isValid(data) and Shiboken.createdByPython(data):
            clipboard.setText(data.text() if data.hasText() else "", mode)
