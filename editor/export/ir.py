"""The flat intermediate representation every writer translates: all editorial decisions are already made.

Writers never see ``Article``; they see an ``IRDocument`` whose dateline is text, whose captions are segments with the
credit marked, whose links are known to be safe, and whose photos have numbers, slugs and readable files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeAlias

from editor.media.embed import EmbeddedMetadata
from editor.messages import Message
from editor.model.article import Crop, Layout, Span
from editor.model.photos import PhotoSource
from editor.text.profile import DocumentWords

DATELINE_PLACE_SEPARATOR = " · "


@dataclass(frozen=True, slots=True)
class IRParagraph:
    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True, slots=True)
class IRHeading:
    text: str


@dataclass(frozen=True, slots=True)
class IRQuote:
    spans: tuple[Span, ...]

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True, slots=True)
class IRFigure:
    number: int  # 1-based, in article order
    image_name: str  # name inside the article (images/p01.jpg)
    photo_path: Path | None  # a readable file holding the original bytes; None until ``original()`` asks for it
    photo_root: Path  # the only folder the photo may be read from (for the safe opener)
    slug: str  # "01-le-trao-qua": file stem for bundles and HTML image names
    caption: str
    credit: str
    caption_parts: tuple[tuple[str, bool], ...]  # (text, is_credit) in reading order, by the outlet's template
    alt: str  # never empty: falls back to the caption, then to a generic description
    layout: Layout
    rotation: int
    crop: Crop | None
    # Rights and provenance (editor.model.rights), decided by the builder: labels printed with the caption (AI-made,
    # archive), the metadata every rendition carries, and what JSON-LD says.
    labels: tuple[str, ...] = ()
    embed: EmbeddedMetadata | None = None
    creator: str = ""
    copyright: str = ""
    license_url: str = ""  # http(s) only
    acquire_license_url: str = ""
    digital_source_type: str = ""  # the full NewsCodes URI
    # The original's sha256 when the photo source knows it without reading (a project): renditions are looked up
    # in the cache by it, and the file is asked of ``photos`` only when one must be made.
    photo_sha256: str | None = None
    photos: PhotoSource | None = field(default=None, compare=False, repr=False)

    def original(self) -> Path:
        """The readable file of the original, asked of the photo source now if the builder deferred it."""
        if self.photo_path is not None:
            return self.photo_path
        if self.photos is None:
            raise ValueError(f"figure {self.number} has neither a photo file nor a source to ask for one")
        return self.photos.path(self.image_name)

    def roots(self) -> list[Path]:
        """Folders the original may be read from: the source's, as it is after ``original()`` (it may change)."""
        return [self.photo_root] if self.photos is None else [self.photo_root, self.photos.root]

    @property
    def caption_text(self) -> str:
        return "".join(text for text, _ in self.caption_parts)


IRBlock: TypeAlias = IRParagraph | IRHeading | IRQuote | IRFigure


@dataclass(frozen=True, slots=True)
class IRByline:
    lines: tuple[str, ...]  # one line per author credit, e.g. "Thu Chung" or "Bài và ảnh: Thu Chung"
    bold: bool = True
    align: str = "right"  # left | center | right


@dataclass(frozen=True)
class IRDocument:
    lang: str  # BCP 47, "vi"
    title: str
    kicker: str
    sapo: str
    dateline_text: str  # the outlet's template applied to the instant ("" when unpublished)
    published: datetime | None
    location: str
    blocks: tuple[IRBlock, ...]
    byline_top: IRByline
    byline_end: IRByline
    author_names: tuple[str, ...]
    source_line: str  # "Theo TTXVN"
    related_heading: str  # "Tin liên quan"
    related: tuple[tuple[str, str], ...]  # (title, safe URL, or "" for an item printed as plain text)
    keywords: tuple[str, ...]
    description: str  # for metadata: the sapo, or the start of the body
    slug: str  # from the title, for file names
    outlet_name: str = ""  # the profile's display name: JSON-LD publisher, og:site_name
    warnings: tuple[Message | str, ...] = field(default=())  # e.g. unsafe links dropped
    words: DocumentWords = field(default_factory=DocumentWords)  # the document's own words, from the profile
    source_json: str = ""  # the article's interchange JSON, kept inside the DOCX so it can be read back

    @property
    def figures(self) -> tuple[IRFigure, ...]:
        return tuple(b for b in self.blocks if isinstance(b, IRFigure))

    @property
    def dateline_line(self) -> str:
        """The dateline as printed: the outlet's date text, then the place ("… [GMT+7] · Uông Bí")."""
        return DATELINE_PLACE_SEPARATOR.join(part for part in (self.dateline_text, self.location) if part)
