"""Article → IRDocument: every editorial decision made once, for every writer.

The dateline text, the caption/credit segments, the byline lines, safe links, figure numbers and slugs, alt-text
fallbacks and the metadata description are decided here, so DOCX and HTML can never disagree.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from editor.export import rights as photo_rights
from editor.export.ir import IRBlock, IRByline, IRDocument, IRFigure, IRHeading, IRParagraph, IRQuote
from editor.messages import Message, msg
from editor.model.article import Article, BylinePosition, Figure, Heading, Paragraph, Quote, Span
from editor.model.interchange import article_to_json_text
from editor.model.links import LINK_SCHEMES
from editor.model.photos import PhotoSource, known_sha256
from editor.text.dateline import format_dateline
from editor.text.profile import DocumentWords, OutletProfile

DESCRIPTION_LIMIT = 300


def safe_url(url: str) -> str | None:
    """The URL when its scheme is http(s) or mailto and it has somewhere to go; None otherwise."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in LINK_SCHEMES:
        return None
    if parts.scheme.lower() == "mailto":
        return url if parts.path else None
    return url if parts.netloc else None


# A host name typed without a scheme: labels of letters, digits and hyphens, a dot, an alphabetic top-level domain,
# maybe a port; then a path, query or fragment. No user info ("a@b"), no spaces: anything else is not guessed at.
_HOST_NAME = re.compile(r"(?:[^\W_](?:[^\W_]|-){0,62}\.)+[^\W\d_]{2,63}(?::\d{1,5})?(?=[/?#]|$)", re.IGNORECASE)


def with_https(url: str) -> str | None:
    """``example.org/a`` (or ``//example.org/a``) as ``https://example.org/a`` when the rest is a host name; else None.

    Used for related links a reporter pasted without their scheme; the check says the scheme was added.
    """
    url = url.strip()
    rest = url[2:] if url.startswith("//") else url
    if not rest or any(ch.isspace() for ch in rest) or not _HOST_NAME.match(rest):
        return None
    return safe_url(f"https://{rest}")


def related_item(title: str, url: str) -> tuple[str, str, str]:
    """One related link as exported: (text shown, safe URL or "" for plain text, what happened to the address).

    What happened is "" (kept), "https" (scheme added), "none" (no address: plain text) or "unsafe" (not a web
    address: the text is printed plain). Nothing the reporter typed is ever dropped.
    """
    title, url = title.strip(), url.strip()
    if not url:
        return title, "", "none"
    safe = safe_url(url)
    if safe is not None:
        return title or safe, safe, ""
    fixed = with_https(url)
    if fixed is not None:
        return title or fixed, fixed, "https"
    return title or url, "", "unsafe"


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


def figure_caption_parts(figure: Figure, profile: OutletProfile) -> list[tuple[str, bool]]:
    """The caption line of ``figure`` as every output prints it: caption, the outlet's labels, credit."""
    labels = photo_rights.photo_labels(figure, profile)
    return profile.caption_parts(photo_rights.labelled_caption(figure.caption.strip(), labels), figure.credit.strip())


def _figure(block: Figure, number: int, photos: PhotoSource, profile: OutletProfile) -> IRFigure:
    caption, credit = block.caption.strip(), block.credit.strip()
    slug = _slug(caption or block.alt or block.image.rsplit("/", 1)[-1].rsplit(".", 1)[0], 50)
    labels = photo_rights.photo_labels(block, profile)
    alt = _alt_text(block, caption, profile.words)
    license_url, acquire_url = photo_rights.json_ld_urls(block)
    kind = block.rights.digital_source_type
    digest = known_sha256(photos, block.image)  # known: the file is asked for only if a rendition must be made
    return IRFigure(
        number=number,
        image_name=block.image,
        photo_path=photos.path(block.image) if digest is None else None,
        photo_root=photos.root,
        slug=f"{number:02d}-{slug}" if slug else f"{number:02d}",
        caption=caption,
        credit=credit,
        caption_parts=tuple(figure_caption_parts(block, profile)),
        alt=alt,
        layout=block.layout,
        rotation=block.rotation,
        crop=block.crop,
        labels=labels,
        embed=photo_rights.embedded(block, photo_rights.labelled_caption(caption, labels), alt, credit),
        creator=block.rights.creator.strip(),
        copyright=block.rights.copyright.strip(),
        license_url=license_url,
        acquire_license_url=acquire_url,
        digital_source_type=kind.uri if kind is not None else "",
        photo_sha256=digest,
        photos=photos,
    )


def _blocks(article: Article, photos: PhotoSource, profile: OutletProfile, warnings: list[Message]) -> list[IRBlock]:
    """The body without empty blocks, links made safe, figures numbered in article order."""
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
            blocks.append(_figure(block, number, photos, profile))
    return blocks


def _slug(text: str, max_length: int) -> str:
    from editor.text.slug import slugify_vi  # here: the app's start-up needs this module, not python-slugify

    return slugify_vi(text, max_length=max_length)


def build_document(article: Article, photos: PhotoSource, profile: OutletProfile) -> IRDocument:
    warnings: list[Message] = []
    blocks = _blocks(article, photos, profile, warnings)

    related = []
    for i, link in enumerate(article.related):
        shown, url, change = related_item(link.title, link.url)
        if change == "unsafe":
            warnings.append(msg("export.link-as-text", where=f"related[{i}]", url=link.url[:80]))
        if shown:
            related.append((shown, url))

    def byline(position: BylinePosition) -> IRByline:
        lines = profile.byline_lines(a.display for a in article.authors if a.position == position)
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
        slug=_slug(article.title, 80) or "bai-viet",
        outlet_name=profile.display_name if profile.site_name is None else profile.site_name,
        warnings=tuple(warnings),
        words=profile.words,
        source_json=article_to_json_text(article),
    )
