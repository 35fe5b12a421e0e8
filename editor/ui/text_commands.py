"""Whole-article text commands run on the reporter's command (tone-mark style, smart quotes), one undo step each.

They walk the article with the checks' traversal (``editor.checks.text_fields.map_text``), so Sửa › "Dùng ngoặc kép
cong" changes exactly the fields the pre-send check's smart-quotes fix changes.
"""

from __future__ import annotations

from collections.abc import Callable

from editor.checks.text_fields import map_text
from editor.model.article import Article


def map_article_text(article: Article, fn: Callable[[str], str]) -> Article:
    """Every text field a reporter wrote passed through ``fn`` (the same fields as every check and fix)."""
    return map_text(article, fn)


def tone_style_command(style: str) -> Callable[[str], str]:
    from editor.text.tone import convert_tone_style

    return lambda text: convert_tone_style(text, style)  # type: ignore[arg-type]


def smart_quotes_command() -> Callable[[str], str]:
    from editor.text.hygiene import smart_quotes

    return smart_quotes
