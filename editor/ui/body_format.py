"""Block kinds and inline formats in the body editor: subhead, quote or paragraph, bold, italic and links, toggled
by Word's and LibreOffice's rule (a selection takes the format; a caret inside a word formats that word).

A mixin of ``BodyEditor`` (it uses the editor's session, undo grouping and cursor).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor

from editor.model.article import Block, Figure, Heading, Paragraph, Quote
from editor.ui import body_doc as bd

if TYPE_CHECKING:
    from editor.ui.session import Session


def _in_word(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M")  # letters, digits, combining tone marks


def word_around(text: str, offset: int, *, edges: bool = False) -> tuple[int, int] | None:
    """The bounds of the word the caret at ``offset`` sits strictly inside (or touches, with ``edges``), or None."""
    before = 0 < offset <= len(text) and _in_word(text[offset - 1])
    after = 0 <= offset < len(text) and _in_word(text[offset])
    if not ((before or after) if edges else (before and after)):
        return None
    start, end = offset, offset
    while start > 0 and _in_word(text[start - 1]):
        start -= 1
    while end < len(text) and _in_word(text[end]):
        end += 1
    return start, end


class BodyFormatting:
    """Formatting commands of the body editor (mixed into ``BodyEditor``, a QTextEdit)."""

    session: Session
    _group: int

    def selected_numbers(self) -> range:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart()).blockNumber()
        last = doc.findBlock(cursor.selectionEnd()).blockNumber()
        return range(first, last + 1)

    def set_block_kind(self, kind: str) -> None:
        article = self.session.article
        if not article.body:
            article = article.with_fields(body=(Paragraph(),))
        position = self.textCursor().position()
        for number in self.selected_numbers():
            if number >= len(article.body):
                break
            block = article.body[number]
            if isinstance(block, Figure):
                continue
            spans = block.spans if isinstance(block, Paragraph | Quote) else Paragraph.plain(block.text).spans
            new: Block = {bd.HEADING: Heading(" ".join(block.text.split())), bd.QUOTE: Quote(spans),
                          bd.PARAGRAPH: Paragraph(spans)}[kind]  # fmt: skip
            article = article.replace_block(number, new)
        self._group += 1
        names = {bd.HEADING: self.tr("Make subhead"), bd.QUOTE: self.tr("Make quote"),
                 bd.PARAGRAPH: self.tr("Make paragraph")}  # fmt: skip
        self.session.edit(article, names[kind], cursor_before=position, cursor_after=position)
        self._on_cursor_hint(position)

    def toggle_bold(self) -> None:
        from PySide6.QtGui import QFont, QTextCharFormat

        fmt = QTextCharFormat()
        bold = self.textCursor().charFormat().fontWeight() >= QFont.Weight.DemiBold
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        from PySide6.QtGui import QTextCharFormat

        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.textCursor().charFormat().fontItalic())
        self._merge(fmt)

    def set_link(self, url: str) -> None:
        from PySide6.QtGui import QTextCharFormat

        fmt = QTextCharFormat()
        fmt.setAnchor(bool(url))
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(bool(url))
        if url:
            fmt.setForeground(bd.LINK_COLOUR)
        else:
            fmt.clearForeground()
        self._merge(fmt, whole_word=True)

    def _merge(self, fmt: object, *, whole_word: bool = False) -> None:
        """Word's and LibreOffice's rule for a format toggle.

        A selection takes the format. With none, a caret inside a word (letters on both sides) formats that word and
        stays put; anywhere else (end or start of a word, between words, an empty line) the format is for what is
        typed next. A link (``whole_word``) goes on the word the caret touches, at its edges too, as Ctrl+K does.
        """
        self._group += 1
        cursor = self.textCursor()
        if not cursor.hasSelection():
            word = word_around(cursor.block().text(), cursor.positionInBlock(), edges=whole_word)
            if word is not None:
                start = cursor.block().position()
                cursor.setPosition(start + word[0])
                cursor.setPosition(start + word[1], QTextCursor.MoveMode.KeepAnchor)
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)  # type: ignore[arg-type]
        self.mergeCurrentCharFormat(fmt)  # type: ignore[arg-type]
        self._group += 1
