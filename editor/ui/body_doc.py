"""Body blocks ↔ QTextDocument: the one place that knows how the article's body looks in the editor.

One model block is one QTextBlock: paragraphs, subheads (tít xen) and quotes are text blocks tagged with their kind;
a figure is a block holding one object character (U+FFFC) whose format carries the id of the Figure value. Line
breaks inside a paragraph are U+2028 in the document and "\\n" in the model. Updates replace only the blocks that
differ between two bodies, so an undo of one keystroke in a long article relayouts one paragraph, not all.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from editor.model.article import Block, Figure, Heading, Paragraph, Quote, Span, merge_spans
from editor.text.normalize import clean_input

FIGURE_TYPE = QTextFormat.ObjectTypes.UserObject + 1
FIGURE_ID = QTextFormat.Property.UserProperty + 1
BLOCK_KIND = QTextFormat.Property.UserProperty + 2
OBJECT_CHAR = "\ufffc"
LINE_BREAK = "\u2028"

PARAGRAPH, HEADING, QUOTE, FIGURE = "paragraph", "heading", "quote", "figure"
LINK_COLOUR = QColor("#1a55a8")
QUOTE_COLOUR = QColor("#3d3d3d")


class FigureRegistry:
    """Figure values by the integer id stored in the document (a QTextFormat property cannot hold a Python value)."""

    def __init__(self) -> None:
        self._by_id: dict[int, Figure] = {}
        self._next = 1

    def add(self, figure: Figure) -> int:
        ident = self._next
        self._next += 1
        self._by_id[ident] = figure
        return ident

    def get(self, ident: int) -> Figure | None:
        return self._by_id.get(ident)

    def clear(self) -> None:
        self._by_id.clear()


def kind_of(block: Block) -> str:
    if isinstance(block, Figure):
        return FIGURE
    if isinstance(block, Heading):
        return HEADING
    if isinstance(block, Quote):
        return QUOTE
    return PARAGRAPH


def block_format(kind: str) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setProperty(BLOCK_KIND, kind)
    fmt.setBottomMargin(8)
    if kind == HEADING:
        fmt.setHeadingLevel(2)
        fmt.setTopMargin(10)
    elif kind == QUOTE:
        fmt.setLeftMargin(28)
        fmt.setRightMargin(28)
    elif kind == FIGURE:
        fmt.setTopMargin(6)
        fmt.setBottomMargin(12)
    return fmt


def span_format(span: Span | None, kind: str = PARAGRAPH) -> QTextCharFormat:
    """Explicit values for every property we read back, so no format leaks from a neighbour."""
    fmt = QTextCharFormat()
    bold = kind == HEADING or (span is not None and span.bold)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(span is not None and span.italic and kind != HEADING)
    link = span.link if span is not None and kind != HEADING else None
    fmt.setAnchor(link is not None)
    fmt.setAnchorHref(link or "")
    fmt.setFontUnderline(link is not None)
    if link is not None:
        fmt.setForeground(LINK_COLOUR)
    elif kind == QUOTE:
        fmt.setForeground(QUOTE_COLOUR)
    else:
        fmt.clearForeground()
    fmt.setFontPointSize(15.5 if kind == HEADING else 12.5)
    return fmt


def figure_format(ident: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(FIGURE_TYPE)
    fmt.setProperty(FIGURE_ID, ident)
    return fmt


def _write_content(cursor: QTextCursor, block: Block, registry: FigureRegistry) -> None:
    kind = kind_of(block)
    cursor.setBlockFormat(block_format(kind))
    cursor.setBlockCharFormat(span_format(None, kind))
    if isinstance(block, Figure):
        cursor.insertText(OBJECT_CHAR, figure_format(registry.add(block)))
    elif isinstance(block, Heading):
        cursor.insertText(" ".join(block.text.split()), span_format(None, HEADING))
    else:
        for span in block.spans:
            cursor.insertText(span.text.replace("\r\n", "\n").replace("\n", LINE_BREAK), span_format(span, kind))
    if not isinstance(block, Figure) and not block.text:
        cursor.setCharFormat(span_format(None, kind))


def write_blocks(cursor: QTextCursor, blocks: Sequence[Block], registry: FigureRegistry) -> None:
    """Write ``blocks`` at ``cursor``, which sits in an empty block that becomes the first of them."""
    for i, block in enumerate(blocks):
        if i:
            cursor.insertBlock(block_format(kind_of(block)), span_format(None, kind_of(block)))
        _write_content(cursor, block, registry)


def render(document: QTextDocument, body: Sequence[Block], registry: FigureRegistry) -> None:
    """Show ``body`` in ``document`` from scratch."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    write_blocks(cursor, body or (Paragraph(),), registry)
    cursor.endEditBlock()


def update(document: QTextDocument, old: Sequence[Block], new: Sequence[Block], registry: FigureRegistry) -> None:
    """Turn a document showing ``old`` into one showing ``new`` by rewriting only the blocks that differ."""
    if not old or not new or document.blockCount() != len(old):
        render(document, new, registry)
        return
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and (old[prefix] is new[prefix] or old[prefix] == new[prefix]):
        prefix += 1
    suffix = 0
    while (suffix < limit - prefix
           and (old[-1 - suffix] is new[-1 - suffix] or old[-1 - suffix] == new[-1 - suffix])):  # fmt: skip
        suffix += 1
    start, old_end, new_end = prefix, len(old) - suffix, len(new) - suffix
    if start == old_end and start == new_end:
        return
    # Both ranges must be non-empty: widen them by one unchanged neighbour when a side is empty.
    if start in (old_end, new_end):
        if start > 0:
            start -= 1
        else:
            old_end += 1
            new_end += 1
    first = document.findBlockByNumber(start)
    last = document.findBlockByNumber(old_end - 1)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.setPosition(first.position())
    cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    write_blocks(cursor, new[start:new_end], registry)
    cursor.endEditBlock()


def read_block(qblock: QTextBlock, registry: FigureRegistry) -> list[Block]:
    """The model block(s) one document block stands for (more than one only when text strayed next to a photo)."""
    kind = qblock.blockFormat().property(BLOCK_KIND) or PARAGRAPH
    spans: list[Span] = []
    out: list[Block] = []
    for it in qblock:
        fragment = it.fragment()
        fmt = fragment.charFormat()
        if fmt.objectType() == FIGURE_TYPE:
            figure = registry.get(int(fmt.property(FIGURE_ID) or 0))
            if figure is not None:
                if spans:
                    out.append(_text_block(PARAGRAPH, spans))
                    spans = []
                out.append(figure)
            continue
        text = fragment.text().replace(LINE_BREAK, "\n").replace(OBJECT_CHAR, "").replace("\u2029", "\n")
        if text:
            href = fmt.anchorHref() if fmt.isAnchor() else ""
            spans.append(Span(clean_input(text), bold=fmt.fontWeight() >= QFont.Weight.DemiBold,
                              italic=fmt.fontItalic(), link=href or None))  # fmt: skip
    if out:
        if spans:
            out.append(_text_block(PARAGRAPH, spans))
        return out
    if kind == FIGURE:
        kind = PARAGRAPH  # the photo was deleted and text typed in its place
    return [_text_block(kind, spans)]


def _text_block(kind: str, spans: list[Span]) -> Block:
    if kind == HEADING:
        return Heading(" ".join("".join(s.text for s in spans).split()))
    if kind == QUOTE:
        return Quote(merge_spans(spans))
    return Paragraph(merge_spans(spans))


def read_range(document: QTextDocument, first: int, last: int, registry: FigureRegistry) -> tuple[list[Block], bool]:
    """Blocks of document blocks ``first..last`` (inclusive) and whether each mapped to exactly one model block."""
    blocks: list[Block] = []
    one_to_one = True
    qblock = document.findBlockByNumber(first)
    for _ in range(first, last + 1):
        read = read_block(qblock, registry)
        one_to_one = one_to_one and len(read) == 1
        blocks.extend(read)
        qblock = qblock.next()
    return blocks, one_to_one


def read_document(document: QTextDocument, registry: FigureRegistry) -> tuple[tuple[Block, ...], bool]:
    """The whole body; a lone empty paragraph is an empty body."""
    blocks, one_to_one = read_range(document, 0, document.blockCount() - 1, registry)
    if len(blocks) == 1 and isinstance(blocks[0], Paragraph) and not blocks[0].spans:
        return (), one_to_one
    return tuple(blocks), one_to_one


def figure_at(document: QTextDocument, number: int, registry: FigureRegistry) -> Figure | None:
    qblock = document.findBlockByNumber(number)
    if not qblock.isValid() or qblock.blockFormat().property(BLOCK_KIND) != FIGURE:
        return None
    for it in qblock:
        fmt = it.fragment().charFormat()
        if fmt.objectType() == FIGURE_TYPE:
            return registry.get(int(fmt.property(FIGURE_ID) or 0))
    return None
