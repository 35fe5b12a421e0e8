"""Clipboard HTML from Word, LibreOffice or a web page → clean body blocks. Qt-free (the app's paste calls it).

Kept: paragraphs, subheads, quotes, bold, italic and links (http, https, mailto). Dropped: fonts, colours, sizes,
classes, scripts, Word's conditional comments and XML islands. Text is NFC. Runs set in a legacy Vietnamese font
(``.VnTime`` = TCVN3, ``VNI-Times`` = VNI) are decoded by the font's encoding, never by guessing. A table becomes one
paragraph per row ("header: value — header: value", or "cell — cell" without a header row); a one-column (layout)
table gives a paragraph per cell. A whole web page is cut down to its article first (``editor.importers.web_page``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass, field
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

_BLOCK_TAGS = {"p", "div", "li", "section", "article", "header", "footer", "dd", "dt", "pre",
               "figcaption", "ul", "ol", "dl", "figure"}  # fmt: skip
_CELL_TAGS = {"td", "th"}
_TABLE_PARTS = {"table", "tr", "td", "th", "caption", "thead", "tbody", "tfoot"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_SKIP = {"style", "script", "head", "title", "xml", "template", "noscript", "svg", "math", "o:p"}
_SAFE_LINK = re.compile(rf"^({'|'.join(LINK_SCHEMES)}):", re.IGNORECASE)
_FONT_FAMILY = re.compile(r"font-family\s*:\s*([^;]+)", re.IGNORECASE)
_FONT_WEIGHT = re.compile(r"font-weight\s*:\s*([a-z0-9]+)", re.IGNORECASE)
_FONT_STYLE = re.compile(r"font-style\s*:\s*([a-z]+)", re.IGNORECASE)
CELL_SEPARATOR = " — "


def _first_family(value: str) -> str:
    family = value.split(",")[0].strip().strip("'\"").strip()
    return family.replace("\\", "")


@dataclass(frozen=True)
class Picture:
    """An ``<img>`` in pasted HTML: where it stood (after ``at`` blocks), its address and alt text."""

    at: int
    src: str
    alt: str = ""


@dataclass
class _Table:
    rows: list[tuple[list[list[Span]], bool]] = field(default_factory=list)  # cells of a row, and "a header row"
    cells: list[list[Span]] = field(default_factory=list)
    header_cells: int = 0
    in_head: bool = False
    caption: list[Span] = field(default_factory=list)


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
        self.tables: list[_Table] = []  # open tables, innermost last
        self.tables_done = 0
        self.table_rows = 0  # paragraphs made from table rows

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
            self.spans.append(Span("\n" if not self.tables else " ", bold=bool(self._state("bold", False)),
                                   italic=bool(self._state("italic", False))))  # fmt: skip
            return
        attributes = {k.lower(): v or "" for k, v in attrs}
        if tag == "img" and attributes.get("src", "").strip():  # a photo: it becomes its own block, in order
            if not self.tables:
                self._end_block()
            self.pictures.append(Picture(len(self.blocks), attributes["src"].strip(), attributes.get("alt", "")))
            return
        if tag in ("img", "hr", "meta", "link", "input", "col", "wbr", "area", "base", "source"):
            return
        fmt = self._format(tag, attributes)
        if tag in _TABLE_PARTS or self.tables:
            self._table_start(tag)
        elif tag in _HEADINGS or tag == "blockquote" or tag in _BLOCK_TAGS:
            self._end_block()
            if tag in _HEADINGS:
                self.kind = "heading"
            elif tag == "blockquote":
                self.quote_depth += 1
        self.stack.append((tag, fmt))

    @staticmethod
    def _format(tag: str, attributes: dict[str, str]) -> dict[str, object]:
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
        return fmt

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
        if tag in _TABLE_PARTS or self.tables:
            self._table_end(tag)
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

    # -- tables: cells gather spans; a row becomes one paragraph when the outermost table ends ----------------

    def _table_start(self, tag: str) -> None:
        if tag == "table":
            if not self.tables:
                self._end_block()
            else:
                self.spans.append(Span(" "))
            self.tables.append(_Table())
            self.spans = []
            return
        table = self.tables[-1] if self.tables else None
        if table is None:  # a stray <tr>/<td> outside any table: a block boundary, as before
            self._end_block()
            return
        if tag == "thead":
            table.in_head = True
        elif tag in ("tbody", "tfoot"):
            table.in_head = False
        elif tag == "tr":
            self._end_row(table)
        elif tag in _CELL_TAGS or tag == "caption":
            self._end_cell(table)
            self.spans = []  # text between cells (indentation) is not part of any cell
            table.header_cells += tag == "th"
        else:  # a paragraph, list or heading inside a cell: a space between its words and the next
            self.spans.append(Span(" "))

    def _table_end(self, tag: str) -> None:
        table = self.tables[-1] if self.tables else None
        if table is None:
            self._end_block()
            return
        if tag == "caption":
            table.caption = _trim(self.spans)
            self.spans = []
        elif tag in _CELL_TAGS:
            self._end_cell(table)
        elif tag == "tr":
            self._end_row(table)
        elif tag == "thead":
            self._end_row(table)
            table.in_head = False
        elif tag == "table":
            self._end_row(table)
            self.tables.pop()
            rows = _table_rows(table)
            if self.tables:  # a table inside a cell: its rows are words of that cell
                self.spans = [*(s for row in rows for s in (*row, Span(" ")))]
            else:
                self.tables_done += 1
                self.table_rows += len(rows)
                self.blocks.extend(Paragraph(row) for row in rows)
        else:
            self.spans.append(Span(" "))

    def _end_cell(self, table: _Table) -> None:
        if self.spans:
            table.cells.append(_trim(self.spans))
            self.spans = []

    def _end_row(self, table: _Table) -> None:
        self._end_cell(table)
        if table.cells:
            header = table.in_head or (table.header_cells >= len(table.cells) and not table.rows)
            table.rows.append((table.cells, header))
        table.cells, table.header_cells = [], 0

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
        while self.tables:  # a table cut off by the end of the clipboard still gives its rows
            self._table_end("table")
        self._end_block()


def _table_rows(table: _Table) -> list[tuple[Span, ...]]:
    """The rows of a table as paragraph spans: "header: value — header: value", or "cell — cell"."""
    rows = [(cells, header) for cells, header in table.rows if any(c for c in cells)]
    out: list[tuple[Span, ...]] = []
    if table.caption:
        out.append(tuple(table.caption))
    if all(len(cells) <= 1 for cells, _ in rows):  # a layout table: each cell is a paragraph of its own
        return out + [tuple(cells[0]) for cells, _ in rows if cells and cells[0]]
    labels: list[str] = []
    if rows and rows[0][1] and len(rows) > 1:
        labels = [" ".join("".join(s.text for s in cell).split()) for cell in rows[0][0]]
        rows = rows[1:]
    for cells, _header in rows:
        parts: list[Span] = []
        for i, cell in enumerate(cells):
            if not cell:
                continue
            if parts:
                parts.append(Span(CELL_SEPARATOR))
            if i < len(labels) and labels[i]:
                parts.append(Span(f"{labels[i]}: "))
            parts.extend(cell)
        spans = _trim(parts)
        if spans:
            out.append(tuple(spans))
    return out


@dataclass(frozen=True)
class Cleaned:
    """What one pass over clipboard HTML gives."""

    blocks: list[Block]
    legacy: set[str]
    pictures: list[Picture]
    tables: int = 0  # tables turned into paragraphs
    table_rows: int = 0  # the paragraphs they became


def clean_html(html: str) -> Cleaned:
    """Clean blocks, the legacy encodings converted, the pictures (each address once) and the tables converted."""
    parser = _Cleaner()
    parser.feed(html)
    parser.close()
    seen: set[str] = set()
    pictures = []
    for picture in parser.pictures:  # Word lists a photo twice: VML and <img>
        if picture.src not in seen:
            seen.add(picture.src)
            pictures.append(picture)
    return Cleaned(parser.blocks, parser.legacy_found, pictures, parser.tables_done, parser.table_rows)


def blocks_from_html(html: str) -> tuple[list[Block], set[str]]:
    """Clean blocks from clipboard HTML, and the legacy encodings that were converted."""
    cleaned = clean_html(html)
    return cleaned.blocks, cleaned.legacy


def pictures_in_html(html: str) -> list[Picture]:
    """The pictures of clipboard HTML, in order, each address once."""
    return clean_html(html).pictures


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


# -- one paste: clipboard HTML or text → blocks, with what the reporter is told ------------------------------------

MAX_CLIPBOARD_HTML = 4_000_000  # characters of clipboard HTML cleaned; past that the plain text is pasted
# Tags of clipboard HTML cleaned (a whole news page copied with Ctrl+A has a few thousand). The paste runs while the
# reporter waits: tens of microseconds a tag, so this keeps the worst paste to about a second on a busy machine.
MAX_CLIPBOARD_TAGS = 30_000
MAX_CLIPBOARD_TEXT = 2_000_000  # characters of plain text pasted
MAX_PASTED_BLOCKS = 5_000


@dataclass(frozen=True)
class Pasted:
    """The blocks of one paste, the HTML their pictures come from, and notes for the reporter (catalogue messages)."""

    blocks: list[Block]
    html: str | None = None
    notes: tuple[object, ...] = ()  # editor.messages.Message values


def read_clipboard(html: str | None, text: str) -> Pasted:
    """What a paste inserts: a whole web page cut down to its article, tables as paragraphs, sizes capped."""
    from editor.importers import web_page
    from editor.messages import msg

    notes: list[object] = []
    if html and len(html) > MAX_CLIPBOARD_HTML:
        notes.append(msg("paste.too_big", size=f"{len(html) / 1_000_000:.1f}", limit=MAX_CLIPBOARD_HTML // 1_000_000))
        html = None
    elif html and html.count("<") > MAX_CLIPBOARD_TAGS:
        notes.append(msg("paste.too_many_tags", tags=html.count("<"), limit=MAX_CLIPBOARD_TAGS))
        html = None
    if html and web_page.is_whole_page(html):
        article = web_page.article_html(html)
        if article is not None:
            cleaned = clean_html(article)
            blocks = web_page.drop_boilerplate(cleaned.blocks)
            if blocks:
                notes.append(msg("paste.page_cut", kept=web_page.counts(blocks)))
                return _finish(blocks, article, cleaned, notes)
        notes.append(msg("paste.page_whole"))  # no article to tell from the page: all of it, as before, and said
    if html:
        cleaned = clean_html(html)
        if cleaned.blocks:
            return _finish(cleaned.blocks, html, cleaned, notes)
    if len(text) > MAX_CLIPBOARD_TEXT:
        notes.append(msg("paste.text_cut", limit=MAX_CLIPBOARD_TEXT // 1_000_000))
        text = text[:MAX_CLIPBOARD_TEXT]
    return _capped(blocks_from_text(text), html, notes)


def _finish(blocks: list[Block], html: str, cleaned: Cleaned, notes: list[object]) -> Pasted:
    from editor.messages import msg

    if cleaned.tables:
        notes.append(msg("paste.table", tables=cleaned.tables, rows=cleaned.table_rows))
    return _capped(blocks, html, notes)


def _capped(blocks: list[Block], html: str | None, notes: list[object]) -> Pasted:
    from editor.messages import msg

    if len(blocks) > MAX_PASTED_BLOCKS:
        notes.append(msg("paste.blocks_cut", count=len(blocks), limit=MAX_PASTED_BLOCKS))
        blocks = blocks[:MAX_PASTED_BLOCKS]
    return Pasted(blocks, html, tuple(notes))
