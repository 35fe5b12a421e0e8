"""A figure's rights and provenance as the exports carry them: the labels printed with the caption, the IPTC/XMP
written into every rendition, and the safe URLs for JSON-LD. Used by the builder (``build.py``), which owns the
composition of caption and labels, so DOCX, HTML and the editor's figure view agree."""

from __future__ import annotations

from urllib.parse import urlsplit

from editor.media.embed import EmbeddedMetadata
from editor.model.article import Figure
from editor.model.rights import SourceKind
from editor.text.normalize import nfc
from editor.text.profile import OutletProfile


def safe_web_url(url: str) -> str:
    """``url`` when it is an http(s) address with a host, else "" (the same rule as the builder's links)."""
    url = url.strip()
    parts = urlsplit(url)
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def photo_labels(figure: Figure, profile: OutletProfile) -> tuple[str, ...]:
    """The outlet's labels this photo must carry (AI-made, archive), each unless the caption or credit has it."""
    rights = figure.rights
    values = {"year": str(rights.taken.year) if rights.taken else "", "creator": rights.creator.strip()}
    wanted = []
    if rights.machine_made:
        wanted.append(profile.word("label_ai", **values))
    if rights.source is SourceKind.ARCHIVE:
        wanted.append(profile.word("label_archive", **values))
    present = " ".join(nfc(f"{figure.caption} {figure.credit}").split()).casefold()
    return tuple(label for label in wanted if label and label.casefold() not in present)


def labelled_caption(caption: str, labels: tuple[str, ...]) -> str:
    """``caption`` followed by each label as its own sentence ("… phường. Ảnh tư liệu")."""
    text = " ".join(caption.split())
    for label in labels:
        if text and not text.endswith((".", "!", "?", "…", ":")):
            text += "."
        text = f"{text} {label}".strip()
    return text


def embedded(figure: Figure, caption: str, alt: str, credit: str) -> EmbeddedMetadata:
    """What the renditions of ``figure`` carry: the caption as printed (labels in), alt text, creator, credit,
    copyright, usage terms, web statement, the digital source type as its NewsCodes URI, the capture time."""
    rights = figure.rights
    return EmbeddedMetadata(
        caption=caption,
        alt=alt,
        creator=rights.creator,
        credit=credit,
        copyright=rights.copyright,
        usage_terms=rights.usage_terms,
        web_statement=safe_web_url(rights.license_url),
        digital_source_type=rights.digital_source_type.uri if rights.digital_source_type else "",
        date_created=rights.taken,
    )


def json_ld_urls(figure: Figure) -> tuple[str, str]:
    """(license, acquireLicensePage): the licence page, and for an agency photo the page it was licensed from."""
    rights = figure.rights
    acquire = safe_web_url(rights.source_url) if rights.source is SourceKind.AGENCY else ""
    return safe_web_url(rights.license_url), acquire
