"""IRDocument + the written image files → the plain values the Jinja templates show.

Every string a reader sees passes through ``clean_text`` here (characters HTML forbids removed); escaping is left
to Jinja's autoescape, so no HTML is built in Python. Links are re-checked, image sources must stay inside the
export, and each figure gets its ``srcset``/``sizes``, its displayed shape and its loading hints.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from editor.export.html.safety import clean_text, is_local_source, safe_href
from editor.export.ir import IRByline, IRDocument, IRFigure, IRHeading, IRParagraph, IRQuote
from editor.model.article import Layout, Span

# The stylesheet's text column is 42rem inside 1rem margins, a wide figure 62rem from 66rem up, a floated one half
# the column from 40em up and 20rem from 46rem up. ``sizes`` tells the browser the same, so a phone downloads the
# 480 px rendition, not the 1600 px one.
SIZES = {
    Layout.FULL: "(min-width: 44rem) 42rem, calc(100vw - 2rem)",
    Layout.WIDE: "(min-width: 66rem) 62rem, (min-width: 44rem) 42rem, calc(100vw - 2rem)",
    Layout.LEFT: "(min-width: 46rem) 20rem, (min-width: 40em) calc(50vw - 1rem), calc(100vw - 2rem)",
    Layout.RIGHT: "(min-width: 46rem) 20rem, (min-width: 40em) calc(50vw - 1rem), calc(100vw - 2rem)",
}
BYLINE_ALIGN = {"left", "center", "right"}
_LANG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


@dataclass(frozen=True, slots=True)
class ImageFile:
    """One rendition as the page refers to it: a URL relative to the page (or a data URI) and its pixel size."""

    src: str
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class SpanView:
    text: str
    bold: bool
    italic: bool
    href: str | None


@dataclass(frozen=True, slots=True)
class CaptionPart:
    lines: tuple[str, ...]  # the profile may put the credit on its own line ("\n"): shown with <br>
    credit: bool


@dataclass(frozen=True, slots=True)
class FigureView:
    number: int
    layout: str
    src: str
    srcset: str  # "" when there is a single file (self-contained mode)
    sizes: str
    width: int
    height: int
    alt: str
    lazy: bool
    caption_parts: tuple[CaptionPart, ...]


@dataclass(frozen=True, slots=True)
class BlockView:
    kind: str  # paragraph | heading | quote | figure
    spans: tuple[SpanView, ...] = ()
    text: str = ""
    figure: FigureView | None = None


@dataclass(frozen=True, slots=True)
class BylineView:
    lines: tuple[str, ...]
    bold: bool
    align: str


@dataclass(frozen=True, slots=True)
class ArticleView:
    lang: str
    title: str
    kicker: str
    sapo: str
    dateline_text: str
    datetime: str
    location: str
    blocks: tuple[BlockView, ...]
    byline_top: BylineView
    byline_end: BylineView
    source_line: str
    related_heading: str
    related: tuple[tuple[str, str | None], ...]  # (text, href; None: plain text)


def spans_view(spans: tuple[Span, ...]) -> tuple[SpanView, ...]:
    return tuple(SpanView(clean_text(s.text), s.bold, s.italic, safe_href(s.link)) for s in spans if s.text)


def figure_view(
    figure: IRFigure, files: tuple[ImageFile, ...], *, first: bool, folder: str, alt_fallback: str = ""
) -> FigureView:
    """The figure's ``img`` attributes; ``files`` ascending by width, all inside the export."""
    if not files:
        raise ValueError(f"figure {figure.number} has no image file")
    for f in files:
        if not is_local_source(f.src, folder):
            raise ValueError(f"figure {figure.number}: image source outside the export: {f.src[:80]!r}")
    largest = files[-1]
    srcset = ", ".join(f"{f.src} {f.width}w" for f in files) if len(files) > 1 else ""
    alt = clean_text(figure.alt).strip() or clean_text(figure.caption_text).strip() or clean_text(alt_fallback)
    parts = tuple(
        CaptionPart(tuple(clean_text(text).split("\n")), bool(is_credit))
        for text, is_credit in figure.caption_parts
        if clean_text(text)
    )
    return FigureView(
        number=figure.number,
        layout=figure.layout.value if isinstance(figure.layout, Layout) else Layout(figure.layout).value,
        src=largest.src if not srcset else files[min(1, len(files) - 1)].src,
        srcset=srcset,
        sizes=SIZES[Layout(figure.layout)] if srcset else "",
        width=largest.width,
        height=largest.height,
        alt=alt,
        lazy=not first,
        caption_parts=parts,
    )


def byline_view(byline: IRByline) -> BylineView:
    lines = tuple(t for t in (clean_text(line).strip() for line in byline.lines) if t)
    align = byline.align if byline.align in BYLINE_ALIGN else "right"
    return BylineView(lines, bool(byline.bold), align)


def article_view(doc: IRDocument, images: Mapping[int, tuple[ImageFile, ...]], *, folder: str) -> ArticleView:
    """The view of ``doc``; ``images`` maps figure numbers to their files, ``folder`` is where they live."""
    blocks: list[BlockView] = []
    first = True
    for block in doc.blocks:
        if isinstance(block, IRParagraph):
            blocks.append(BlockView("paragraph", spans=spans_view(block.spans)))
        elif isinstance(block, IRQuote):
            blocks.append(BlockView("quote", spans=spans_view(block.spans)))
        elif isinstance(block, IRHeading):
            blocks.append(BlockView("heading", text=clean_text(block.text)))
        elif isinstance(block, IRFigure):
            view = figure_view(
                block, images[block.number], first=first, folder=folder, alt_fallback=doc.words.alt_fallback
            )
            blocks.append(BlockView("figure", figure=view))
            first = False
    related = []
    for title, url in doc.related:
        href = safe_href(url)
        text = clean_text(title).strip() or href
        if text:  # no safe address: the item is plain text (href None), never left out
            related.append((text, href))
    return ArticleView(
        lang=doc.lang if _LANG.fullmatch(doc.lang or "") else "vi",
        title=clean_text(doc.title).strip() or clean_text(doc.words.untitled),
        kicker=clean_text(doc.kicker).strip(),
        sapo=clean_text(doc.sapo).strip(),
        dateline_text=clean_text(doc.dateline_text).strip(),
        datetime=doc.published.isoformat(timespec="seconds") if doc.published else "",
        location=clean_text(doc.location).strip(),
        blocks=tuple(blocks),
        byline_top=byline_view(doc.byline_top),
        byline_end=byline_view(doc.byline_end),
        source_line=clean_text(doc.source_line).strip(),
        related_heading=clean_text(doc.related_heading).strip() or clean_text(doc.words.related),
        related=tuple(related),
    )
