"""The article model (no Qt): immutable values and the interchange JSON."""

from __future__ import annotations

from editor.model.article import (
    Article,
    Author,
    Block,
    BylinePosition,
    Crop,
    Dateline,
    Figure,
    Heading,
    Layout,
    Paragraph,
    Quote,
    RelatedLink,
    Span,
    merge_spans,
)
from editor.model.interchange import (
    FORMAT_VERSION,
    article_from_data,
    article_from_json_text,
    article_to_data,
    article_to_json_text,
    read_article_json,
)
from editor.model.rights import DigitalSourceType, Rights, SourceKind

__all__ = [
    "FORMAT_VERSION",
    "Article",
    "Author",
    "Block",
    "BylinePosition",
    "Crop",
    "Dateline",
    "DigitalSourceType",
    "Figure",
    "Heading",
    "Layout",
    "Paragraph",
    "Quote",
    "RelatedLink",
    "Rights",
    "SourceKind",
    "Span",
    "article_from_data",
    "article_from_json_text",
    "article_to_data",
    "article_to_json_text",
    "merge_spans",
    "read_article_json",
]
