"""Whole-article text commands run on the reporter's command (tone-mark style, smart quotes), one undo step each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from editor.model.article import Article, Block, Figure, Heading, Paragraph, Quote, Span, merge_spans


def map_article_text(article: Article, fn: Callable[[str], str]) -> Article:
    """Every piece of prose (not URLs, names of files or authors) passed through ``fn``."""

    def spans(items: tuple[Span, ...]) -> tuple[Span, ...]:
        return merge_spans([replace(s, text=fn(s.text)) for s in items])

    def block(b: Block) -> Block:
        if isinstance(b, Paragraph):
            return Paragraph(spans(b.spans))
        if isinstance(b, Quote):
            return Quote(spans(b.spans))
        if isinstance(b, Heading):
            return Heading(fn(b.text))
        if isinstance(b, Figure):
            return replace(b, caption=fn(b.caption), alt=fn(b.alt))
        return b

    return article.with_fields(title=fn(article.title), kicker=fn(article.kicker), sapo=fn(article.sapo),
                               body=tuple(block(b) for b in article.body))  # fmt: skip


def tone_style_command(style: str) -> Callable[[str], str]:
    from editor.text.tone import convert_tone_style

    return lambda text: convert_tone_style(text, style)  # type: ignore[arg-type]


def smart_quotes_command() -> Callable[[str], str]:
    from editor.text.hygiene import smart_quotes

    return smart_quotes
