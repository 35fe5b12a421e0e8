"""Paste and copy in the body editor: the clipboard's HTML or text → body blocks (the Qt-free work is in
``editor.importers.clipboard`` and ``editor.importers.web_page``), and a selection → the clipboard.
"""

from __future__ import annotations

from html import escape

from editor.importers.clipboard import (  # noqa: F401  (the paste API the editor and tests use)
    MAX_DATA_PICTURE,
    Pasted,
    Picture,
    blocks_from_html,
    blocks_from_text,
    picture_file,
    pictures_in_html,
    read_clipboard,
)
from editor.model.article import Block, Heading, Quote, Span

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
