from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import datetime, timedelta, timezone

import pytest

from editor.model import Article, Dateline, Figure, Heading, Paragraph, Quote, Span, merge_spans

VN = timezone(timedelta(hours=7))


def _article() -> Article:
    return Article(
        title="Sức lan tỏa ở Uông Bí",
        body=(
            Paragraph.plain("Một"),
            Figure("images/a.jpg", caption="Ảnh một"),
            Heading("Tít xen"),
            Paragraph.plain("Hai"),
        ),
    )


def test_values_are_immutable() -> None:
    article = _article()
    with pytest.raises(FrozenInstanceError):
        article.title = "khác"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        article.body[1].caption = "khác"  # type: ignore[union-attr]


def test_structural_updates_share_untouched_blocks() -> None:
    article = _article()
    edited = article.replace_block(0, Paragraph.plain("Một!"))
    assert edited.body[0].text == "Một!"  # type: ignore[union-attr]
    assert article.body[0].text == "Một"  # type: ignore[union-attr]
    assert all(edited.body[i] is article.body[i] for i in (1, 2, 3))


def test_insert_remove_move_blocks() -> None:
    article = _article()
    inserted = article.insert_blocks(1, [Quote.plain("Trích")])
    assert [type(b).__name__ for b in inserted.body] == ["Paragraph", "Quote", "Figure", "Heading", "Paragraph"]
    assert inserted.remove_block(1) == article
    moved = article.move_block(1, 3)
    assert moved.body[3] is article.body[1]
    assert moved.move_block(3, 1) == article
    with pytest.raises(IndexError):
        article.remove_block(4)
    with pytest.raises(IndexError):
        article.insert_blocks(9, [])


def test_equal_values_compare_equal_for_undo_clean_state() -> None:
    assert _article() == _article()
    assert hash(_article()) == hash(_article())


def test_merge_spans_joins_same_format_and_drops_empty() -> None:
    spans = merge_spans([Span("a"), Span(""), Span("b"), Span("c", bold=True), Span("d", bold=True)])
    assert spans == (Span("ab"), Span("cd", bold=True))


def test_dateline_refuses_naive_datetime() -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        Dateline(datetime(2020, 12, 19, 16, 25))
    assert Dateline(datetime(2020, 12, 19, 16, 25, tzinfo=VN), "Uông Bí").location == "Uông Bí"


def test_figures_and_image_names_in_article_order_once() -> None:
    article = _article().insert_blocks(4, [Figure("images/b.jpg"), Figure("images/a.jpg")])
    assert [f.image for f in article.figures] == ["images/a.jpg", "images/b.jpg", "images/a.jpg"]
    assert article.image_names() == ("images/a.jpg", "images/b.jpg")


def test_figure_provenance_lookup() -> None:
    figure = Figure("x.jpg", caption="c", provenance=(("caption", "IPTC 2:120"),))
    assert figure.source_of("caption") == "IPTC 2:120"
    assert figure.source_of("credit") is None
