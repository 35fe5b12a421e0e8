"""An article, or the IR an exporter writes, as a flat list of units in reading order.

A unit is one paragraph of the finished document: a header field (kicker, title, dateline, byline line, sapo), a
body block, a figure (its photo hash and its caption/credit text), a tail line (byline, source, related link).
Figures are identified by their photo's sha256 (or, without one, by their name inside the article).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from editor.diff.words import Seg
from editor.model.article import Article, BylinePosition, Figure, Heading, Paragraph, Quote, Span

HEADER_KINDS = ("kicker", "title", "dateline", "byline_top", "sapo")
TAIL_KINDS = ("byline_end", "source", "related_heading", "related")
TEXT_BLOCK_KINDS = ("paragraph", "quote", "heading")
UNIQUE_KINDS = ("kicker", "title", "dateline", "sapo", "source", "related_heading")
CREDIT = "credit"
LINK = "link"


@dataclass(frozen=True, slots=True)
class Unit:
    kind: str
    segs: tuple[Seg, ...]
    photo: str | None = None  # figures: the photo's hash
    caption: str = ""  # figures: caption and credit, for change lists
    credit: str = ""
    ref: Any = field(default=None, compare=False, hash=False)  # the IR block or model block it came from

    @property
    def key(self) -> tuple:
        """What alignment compares: a figure is the same figure when its photo is the same."""
        return (self.kind, self.photo) if self.kind == "figure" else (self.kind, self.segs)

    @property
    def text(self) -> str:
        return "".join(seg.text for seg in self.segs)


def _segs(spans: tuple[Span, ...]) -> tuple[Seg, ...]:
    return tuple(Seg(s.text, s.bold, s.italic, s.link) for s in spans if s.text)


def _plain(kind: str, text: str, ref: Any = None) -> list[Unit]:
    return [Unit(kind, (Seg(text),), ref=ref)] if text.strip() else []


def _caption_segs(caption: str, credit: str) -> tuple[Seg, ...]:
    segs = [Seg(caption)] if caption else []
    if credit:
        segs += [Seg(" ")] if caption else []
        segs.append(Seg(credit, style=CREDIT))
    return tuple(segs)


def units_from_article(article: Article, photos: Mapping[str, str] | None = None, *,
                       dateline: Callable[[Any], str] | None = None) -> list[Unit]:  # fmt: skip
    """The article as units. ``photos`` maps photo names to hashes; ``dateline`` formats the instant."""
    photos = photos or {}
    published = article.dateline.published
    when = (dateline(published) if dateline else published.isoformat()) if published is not None else ""
    place = article.dateline.location.strip()
    units = _plain("kicker", article.kicker.strip()) + _plain("title", article.title.strip())
    units += _plain("dateline", " · ".join(p for p in (when, place) if p))
    byline = {pos: [a.display.strip() for a in article.authors if a.position is pos] for pos in BylinePosition}
    for line in byline[BylinePosition.TOP]:
        units += _plain("byline_top", line)
    units += _plain("sapo", article.sapo.strip())
    for block in article.body:
        if isinstance(block, Paragraph) and block.text.strip():
            units.append(Unit("paragraph", _segs(block.spans), ref=block))
        elif isinstance(block, Quote) and block.text.strip():
            units.append(Unit("quote", _segs(block.spans), ref=block))
        elif isinstance(block, Heading) and block.text.strip():
            units += _plain("heading", block.text.strip(), block)
        elif isinstance(block, Figure):
            caption, credit = block.caption.strip(), block.credit.strip()
            units.append(Unit("figure", _caption_segs(caption, credit), photos.get(block.image, block.image),
                              caption, credit, ref=block))  # fmt: skip
    for line in byline[BylinePosition.END]:
        units += _plain("byline_end", line)
    units += _plain("source", article.source.strip())
    for link in article.related:
        if link.title.strip():
            units.append(Unit("related", (Seg(link.title.strip(), link=link.url.strip() or None, style=LINK),)))
    return units


def units_from_ir(doc: Any, photos: Mapping[str, str] | None = None) -> list[Unit]:
    """The export IR as units, in the order and with the texts the DOCX writer puts on the page."""
    from editor.export.ir import IRFigure, IRHeading, IRParagraph, IRQuote

    photos = photos or {}
    units = _plain("kicker", doc.kicker) + _plain("title", doc.title) + _plain("dateline", doc.dateline_line)
    for line in doc.byline_top.lines:
        units += _plain("byline_top", line)
    units += _plain("sapo", doc.sapo)
    for block in doc.blocks:
        if isinstance(block, IRHeading):
            units += _plain("heading", block.text, block)
        elif isinstance(block, IRParagraph | IRQuote) and block.text.strip():
            units.append(Unit("quote" if isinstance(block, IRQuote) else "paragraph", _segs(block.spans), ref=block))
        elif isinstance(block, IRFigure):
            segs = tuple(Seg(text, style=CREDIT if is_credit else None) for text, is_credit in block.caption_parts
                         if text)  # fmt: skip
            units.append(Unit("figure", segs, photos.get(block.image_name, block.image_name), block.caption,
                              block.credit, ref=block))  # fmt: skip
    for line in doc.byline_end.lines:
        units += _plain("byline_end", line)
    units += _plain("source", doc.source_line)
    related = [(title.strip(), url) for title, url in doc.related if title.strip()]
    if related:
        units += _plain("related_heading", doc.related_heading or doc.words.related)
        units += [
            Unit("related", (Seg(title, link=url or None, style=LINK if url else None),)) for title, url in related
        ]
    return units
