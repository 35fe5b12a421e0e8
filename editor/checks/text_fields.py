"""Every piece of reporter-written text in an article, with its location and a way to put an edited version back.

Checks read text through ``text_fields``; mechanical fixes and the app's whole-article commands (Edit › curly
quotes, tone-mark style) rewrite it through ``map_text``: one traversal, so a fix and a menu command always reach the
same fields (spans of a paragraph are rewritten one by one, keeping their formatting). URLs and photo file names are
not text and are never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from editor.checks.findings import Location
from editor.model.article import Article, Figure, Heading, Paragraph, Quote, Span, merge_spans


def text_fields(article: Article) -> Iterator[tuple[Location, str]]:
    for name in ("title", "kicker", "sapo", "source"):
        yield Location(name), getattr(article, name)
    yield Location("dateline", part="location"), article.dateline.location
    for i, author in enumerate(article.authors):
        yield Location("authors", i, "name"), author.name
        yield Location("authors", i, "role"), author.role
    for i, block in enumerate(article.body):
        if isinstance(block, Paragraph | Quote | Heading):
            yield Location("body", i, "text"), block.text
        elif isinstance(block, Figure):
            for part in ("caption", "credit", "alt"):
                yield Location("body", i, part), getattr(block, part)
    for i, link in enumerate(article.related):
        yield Location("related", i, "title"), link.title
    for i, keyword in enumerate(article.keywords):
        yield Location("keywords", i), keyword


def _map_spans(spans: tuple[Span, ...], change: Callable[[str], str]) -> tuple[Span, ...]:
    return merge_spans([replace(span, text=change(span.text)) for span in spans])


def map_text(article: Article, change: Callable[[str], str], only: Location | None = None) -> Article:
    """The article with ``change`` applied to every text field (or only to the one at ``only``)."""

    def wanted(location: Location) -> bool:
        if only is None:
            return True
        if only.part is None:  # a whole block or field
            return (only.field, only.block) == (location.field, location.block)
        return only == location

    updates: dict[str, object] = {}
    for name in ("title", "kicker", "sapo", "source"):
        if wanted(Location(name)):
            updates[name] = change(getattr(article, name))
    if wanted(Location("dateline", part="location")):
        updates["dateline"] = replace(article.dateline, location=change(article.dateline.location))
    updates["authors"] = tuple(
        replace(
            a,
            name=change(a.name) if wanted(Location("authors", i, "name")) else a.name,
            role=change(a.role) if wanted(Location("authors", i, "role")) else a.role,
        )
        for i, a in enumerate(article.authors)
    )
    body = []
    for i, block in enumerate(article.body):
        if isinstance(block, Paragraph | Quote) and wanted(Location("body", i, "text")):
            block = replace(block, spans=_map_spans(block.spans, change))
        elif isinstance(block, Heading) and wanted(Location("body", i, "text")):
            block = Heading(change(block.text))
        elif isinstance(block, Figure):
            block = replace(
                block,
                **{
                    p: change(getattr(block, p)) for p in ("caption", "credit", "alt") if wanted(Location("body", i, p))
                },
            )
        body.append(block)
    updates["body"] = tuple(body)
    updates["related"] = tuple(
        replace(r, title=change(r.title)) if wanted(Location("related", i, "title")) else r
        for i, r in enumerate(article.related)
    )
    updates["keywords"] = tuple(
        change(k) if wanted(Location("keywords", i)) else k for i, k in enumerate(article.keywords)
    )
    edited = replace(article, **updates)  # type: ignore[arg-type]
    return article if edited == article else edited
