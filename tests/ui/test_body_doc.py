"""Body blocks ↔ QTextDocument: round trips, minimal updates, and the editor's incremental read-back."""

from __future__ import annotations

import random

from PySide6.QtGui import QTextCursor, QTextDocument

from editor.model.article import Figure, Heading, Paragraph, Quote, Span
from editor.model.interchange import read_article_json
from editor.ui import body_doc as bd
from tests.ui.conftest import SAMPLE


def test_sample_body_round_trips_through_the_document(qapp) -> None:  # type: ignore[no-untyped-def]
    body = read_article_json(SAMPLE).body
    doc, registry = QTextDocument(), bd.FigureRegistry()
    bd.render(doc, body, registry)
    assert doc.blockCount() == len(body)
    assert bd.read_document(doc, registry) == (body, True)


def test_line_breaks_links_and_formats_survive(qapp) -> None:  # type: ignore[no-untyped-def]
    body = (Paragraph((Span("a\nb"), Span("đậm", bold=True), Span("nghiêng", italic=True),
                       Span("liên kết", link="https://example.org"))),
            Heading("Tít xen"), Quote((Span("“Trích dẫn”"),)), Figure("images/a.jpg", caption="Chú thích"))  # fmt: skip
    doc, registry = QTextDocument(), bd.FigureRegistry()
    bd.render(doc, body, registry)
    assert bd.read_document(doc, registry)[0] == body


def test_update_rewrites_only_what_differs_and_matches_a_fresh_render(qapp) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(7)
    body = list(read_article_json(SAMPLE).body)
    doc, registry = QTextDocument(), bd.FigureRegistry()
    bd.render(doc, body, registry)
    for step in range(150):
        new = list(body)
        op = rnd.randrange(5)
        if op == 0 and len(new) > 1:
            new.pop(rnd.randrange(len(new)))
        elif op == 1:
            new.insert(rnd.randrange(len(new) + 1), Paragraph((Span(f"đoạn {step}", bold=step % 2 == 0),)))
        elif op == 2 and len(new) > 1:
            new.insert(rnd.randrange(len(new)), new.pop(rnd.randrange(len(new))))
        elif op == 3:
            new.insert(rnd.randrange(len(new) + 1), Figure(f"images/{step}.jpg", caption=str(step)))
        else:
            new[rnd.randrange(len(new))] = Heading(f"tít {step}")
        bd.update(doc, body, new, registry)
        assert bd.read_document(doc, registry)[0] == tuple(new), step
        body = new


def test_text_typed_beside_a_photo_becomes_its_own_paragraph(qapp) -> None:  # type: ignore[no-untyped-def]
    doc, registry = QTextDocument(), bd.FigureRegistry()
    figure = Figure("images/a.jpg")
    bd.render(doc, (figure,), registry)
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("chữ")
    assert bd.read_document(doc, registry) == ((figure, Paragraph.plain("chữ")), False)


def test_nfd_typing_is_stored_nfc(qapp) -> None:  # type: ignore[no-untyped-def]
    doc, registry = QTextDocument(), bd.FigureRegistry()
    bd.render(doc, (), registry)
    QTextCursor(doc).insertText("Ho\u0300a")
    assert bd.read_document(doc, registry)[0] == (Paragraph.plain("Hòa"),)
