"""Issue 11's root cause: a value enters the article converted or refused at construction, whatever hands it over
(a widget's raw data, the JSON reader, paste, salvage), so a wrong type fails at the edit, never at save time."""

from __future__ import annotations

from datetime import datetime

import pytest

from editor.messages import text
from editor.model.article import (
    Article,
    Author,
    BylinePosition,
    Dateline,
    Figure,
    Layout,
    ModelValueError,
    Paragraph,
    RelatedLink,
    Span,
)
from editor.model.interchange import article_from_json_text, article_to_json_text


def test_enum_strings_from_widgets_become_enums() -> None:
    author = Author("Ngọc Hân", "Bài và ảnh", "top")  # type: ignore[arg-type] # QComboBox.currentData() gives str
    assert author.position is BylinePosition.TOP
    figure = Figure("a.jpg", layout="right")  # type: ignore[arg-type]
    assert figure.layout is Layout.RIGHT
    article = Article(title="T", authors=(author,), body=(figure,))
    assert article_from_json_text(article_to_json_text(article), require_title=False) == article


@pytest.mark.parametrize(
    ("rotation", "stored", "turns"), [(0, 0, 0), (90, 90, 1), (270, 270, 3), (-90, 270, 3), (450, 90, 1)]
)
def test_rotation_is_degrees_everywhere_with_quarter_turns_derived(rotation: int, stored: int, turns: int) -> None:
    figure = Figure("a.jpg", rotation=rotation)
    assert (figure.rotation, figure.quarter_turns) == (stored, turns)


@pytest.mark.parametrize(
    "make",
    [
        lambda: Figure("a.jpg", layout="bogus"),  # type: ignore[arg-type]
        lambda: Figure("a.jpg", rotation=45),
        lambda: Figure("a.jpg", rotation=True),  # type: ignore[arg-type]
        lambda: Figure("a.jpg", rotation="90"),  # type: ignore[arg-type]
        lambda: Figure("a.jpg", crop=(0.5, 0.0, 0.2, 1.0)),
        lambda: Figure("a.jpg", crop=(0.0, 0.0, 1.0, 1.5)),
        lambda: Figure("a.jpg", crop=(0.0, 0.0, 1.0)),  # type: ignore[arg-type]
        lambda: Figure("a.jpg", crop=(0.0, 0.0, float("nan"), 1.0)),
        lambda: Figure("a.jpg", caption=None),  # type: ignore[arg-type]
        lambda: Author("X", position="middle"),  # type: ignore[arg-type]
        lambda: Span(3),  # type: ignore[arg-type]
        lambda: Span("x", bold=1),  # type: ignore[arg-type]
        lambda: Paragraph(("text",)),  # type: ignore[arg-type]
        lambda: Article(title=None),  # type: ignore[arg-type]
        lambda: Article(body=("a paragraph as a str",)),  # type: ignore[arg-type]
        lambda: Article(keywords=("gốm", 3)),  # type: ignore[arg-type]
        lambda: RelatedLink("t", None),  # type: ignore[arg-type]
        lambda: Dateline("2020-12-19"),  # type: ignore[arg-type]
        lambda: Dateline(datetime(2020, 12, 19)),  # naive: ambiguous
    ],
)
def test_wrong_values_are_refused_with_a_message_naming_the_field(make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError) as caught:
        make()
    if isinstance(caught.value, ModelValueError):
        assert ":" in caught.value.one_line() and caught.value.message is not None


def test_lists_are_converted_to_tuples_and_the_message_is_vietnamese_first() -> None:
    article = Article(keywords=["gốm"], body=[Paragraph.plain("a")])  # type: ignore[arg-type]
    assert article.keywords == ("gốm",) and isinstance(article.body, tuple)
    with pytest.raises(ModelValueError) as caught:
        Figure("a.jpg", layout="bogus")  # type: ignore[arg-type]
    assert "cần một trong full, wide, left, right" in caught.value.one_line("vi")
    assert "expected one of" in caught.value.one_line("en")
    assert text("model.bad_rotation", "vi", field="x", found="45").startswith("x: góc xoay")
