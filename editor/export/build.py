"""Article → IRDocument: every editorial decision made once, for every writer.

The dateline text, the caption/credit segments, the byline lines, safe links, figure numbers and slugs, alt-text
fallbacks and the metadata description are decided here, so DOCX and HTML can never disagree.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from editor.export.ir import IRBlock, IRByline, IRDocument, IRFigure, IRHeading, IRParagraph, IRQuote
from editor.messages import Message, msg
from editor.model.article import Article, BylinePosition, Figure, Heading, Paragraph, Quote, Span
from editor.storage.documents import PhotoSource
from editor.text.dateline import format_dateline
from editor.text.profile import DocumentWords, OutletProfile
from editor.text.slug import slugify_vi

SAFE_SCHEMES = ("http", "https", "mailto")
DESCRIPTION_LIMIT = 300


def safe_url(url: str) -> str | None:
    """The URL when its scheme is http(s) or mailto and it has somewhere to go; None otherwise."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in SAFE_SCHEMES:
        return None
    if parts.scheme.lower() == "mailto":
        return url if parts.path else None
    return url if parts.netloc else None


def _clean_spans(spans: tuple[Span, ...], warnings: list[Message], where: str) -> tuple[Span, ...]:
    cleaned = []
    for span in spans:
        if span.link is not None and safe_url(span.link) is None:
            warnings.append(msg("export.unsafe-link-dropped", where=where, url=span.link[:80]))
            span = Span(span.text, span.bold, span.italic, None)
        cleaned.append(span)
    return tuple(cleaned)


def _description(article: Article) -> str:
    text = article.sapo.strip()
    if not text:
        text = next((b.text.strip() for b in article.body if isinstance(b, Paragraph) and b.text.strip()), "")
    text = " ".join(text.split())
    if len(text) <= DESCRIPTION_LIMIT:
        return text
    cut = text[:DESCRIPTION_LIMIT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-–") + "…"


def _alt_text(figure: Figure, caption: str, words: DocumentWords) -> str:
    if figure.alt.strip():
        return figure.alt.strip()
    if caption.strip():
        return caption.strip()
    return words.alt_fallback


def build_document(article: Article, photos: PhotoSource, profile: OutletProfile) -> IRDocument:
    warnings: list[Message] = []
    blocks: list[IRBlock] = []
    number = 0
    for index, block in enumerate(article.body):
        where = f"body[{index}]"
        if isinstance(block, Paragraph):
            if block.text.strip():
                blocks.append(IRParagraph(_clean_spans(block.spans, warnings, where)))
        elif isinstance(block, Quote):
            if block.text.strip():
                blocks.append(IRQuote(_clean_spans(block.spans, warnings, where)))
        elif isinstance(block, Heading):
            if block.text.strip():
                blocks.append(IRHeading(block.text.strip()))
        elif isinstance(block, Figure):
            number += 1
            caption, credit = block.caption.strip(), block.credit.strip()
            slug = slugify_vi(caption or block.alt or block.image.rsplit("/", 1)[-1].rsplit(".", 1)[0], max_length=50)
            blocks.append(
                IRFigure(
                    number=number,
                    image_name=block.image,
                    photo_path=photos.path(block.image),
                    photo_root=photos.root,
                    slug=f"{number:02d}-{slug}" if slug else f"{number:02d}",
                    caption=caption,
                    credit=credit,
                    caption_parts=tuple(profile.caption_parts(caption, credit)),
                    alt=_alt_text(block, caption, profile.words),
                    layout=block.layout,
                    rotation=block.rotation,
                    crop=block.crop,
                )
            )

    related = []
    for i, link in enumerate(article.related):
        url = safe_url(link.url)
        if url is None:
            warnings.append(msg("export.unsafe-link-dropped", where=f"related[{i}]", url=link.url[:80]))
            continue
        related.append((link.title.strip(), url))

    def byline(position: BylinePosition) -> IRByline:
        lines = tuple(a.display.strip() for a in article.authors if a.position is position and a.display.strip())
        return IRByline(lines, bold=profile.byline_bold, align=profile.byline_align)

    published = article.dateline.published
    return IRDocument(
        lang="vi",
        title=article.title.strip(),
        kicker=article.kicker.strip(),
        sapo=article.sapo.strip(),
        dateline_text=format_dateline(published, profile.dateline) if published is not None else "",
        published=published,
        location=article.dateline.location.strip(),
        blocks=tuple(blocks),
        byline_top=byline(BylinePosition.TOP),
        byline_end=byline(BylinePosition.END),
        author_names=tuple(a.name.strip() for a in article.authors if a.name.strip()),
        source_line=article.source.strip(),
        related_heading=profile.words.related,
        related=tuple(related),
        keywords=tuple(k.strip() for k in article.keywords if k.strip()),
        description=_description(article),
        slug=slugify_vi(article.title, max_length=80) or "bai-viet",
        docx_font=profile.docx_font,
        docx_font_size=profile.docx_font_size,
        reference_docx=profile.reference_docx,
        html_template=profile.html_template,
        outlet_name=profile.display_name,
        warnings=tuple(warnings),
        words=profile.words,
    )
