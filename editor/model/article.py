"""The article a reporter assembles, as immutable values.

Every value is a frozen dataclass holding tuples, so an edit builds a new ``Article`` that shares every untouched
part with the old one. The UI's undo stack swaps whole values; exporters read them without fear of change.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import TypeAlias

from editor.model.rights import Rights


class Layout(StrEnum):
    """How a photo sits in the column."""

    FULL = "full"  # text width
    WIDE = "wide"  # wider than the text where the medium allows (web); text width in print
    LEFT = "left"  # floated left, about half the text width, text wraps
    RIGHT = "right"


class BylinePosition(StrEnum):
    END = "end"  # the bold line at the end of the article (the usual Vietnamese form)
    TOP = "top"  # under the title, web style


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with inline formatting; ``link`` is a URL or None."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None

    def same_format(self, other: Span) -> bool:
        return (self.bold, self.italic, self.link) == (other.bold, other.italic, other.link)


def merge_spans(spans: tuple[Span, ...] | list[Span]) -> tuple[Span, ...]:
    """Adjacent spans with the same format joined, empty spans dropped: one canonical form per text."""
    merged: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if merged and merged[-1].same_format(span):
            merged[-1] = replace(merged[-1], text=merged[-1].text + span.text)
        else:
            merged.append(span)
    return tuple(merged)


@dataclass(frozen=True, slots=True)
class Paragraph:
    spans: tuple[Span, ...] = ()

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)

    @classmethod
    def plain(cls, text: str) -> Paragraph:
        return cls(merge_spans([Span(text)]))


@dataclass(frozen=True, slots=True)
class Heading:
    """A subheading (tít xen)."""

    text: str = ""


@dataclass(frozen=True, slots=True)
class Quote:
    """A block quotation; inline formatting allowed."""

    spans: tuple[Span, ...] = ()

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)

    @classmethod
    def plain(cls, text: str) -> Quote:
        return cls(merge_spans([Span(text)]))


Crop: TypeAlias = tuple[float, float, float, float]
"""left, top, right, bottom as fractions (0..1) of the upright, rotated photo."""


@dataclass(frozen=True, slots=True)
class Figure:
    """A photo with its caption and credit.

    ``image`` is the photo's name inside the article: a relative POSIX path (``images/p01.jpg``) resolved against the
    interchange JSON's folder, or the name under which a project file keeps the original's bytes.
    ``provenance`` remembers where pre-filled values came from (``("caption", "IPTC 2:120")``) so the UI can say so.
    """

    image: str
    caption: str = ""
    credit: str = ""
    alt: str = ""
    layout: Layout = Layout.FULL
    rotation: int = 0  # extra clockwise quarter turns on top of EXIF orientation: 0, 90, 180 or 270
    crop: Crop | None = None
    provenance: tuple[tuple[str, str], ...] = ()
    rights: Rights = field(default_factory=Rights)  # creator, copyright, source, AI disclosure (editor.model.rights)

    def __post_init__(self) -> None:
        # One order for the same facts (by field), so an article equals itself after a save and reopen (the JSON
        # of a project is written with sorted keys).
        object.__setattr__(self, "provenance", tuple(sorted(dict(self.provenance).items())))

    def source_of(self, field_name: str) -> str | None:
        return dict(self.provenance).get(field_name)


Block: TypeAlias = Paragraph | Heading | Quote | Figure


@dataclass(frozen=True, slots=True)
class Author:
    """A free-text credit: a name or pen name, an optional role such as "Bài và ảnh", and where it is printed."""

    name: str
    role: str = ""
    position: BylinePosition = BylinePosition.END

    @property
    def display(self) -> str:
        return f"{self.role}: {self.name}" if self.role else self.name


@dataclass(frozen=True, slots=True)
class RelatedLink:
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Dateline:
    """When (a time-zone-aware instant; None while drafting) and where (optional place) the story is published."""

    published: datetime | None = None
    location: str = ""

    def __post_init__(self) -> None:
        if self.published is not None and self.published.utcoffset() is None:
            raise ValueError("the publication time must carry a UTC offset (a naive datetime is ambiguous)")


@dataclass(frozen=True, slots=True)
class Article:
    title: str = ""
    kicker: str = ""
    sapo: str = ""
    dateline: Dateline = field(default_factory=Dateline)
    body: tuple[Block, ...] = ()
    authors: tuple[Author, ...] = ()
    source: str = ""  # syndication line such as "Theo TTXVN"
    related: tuple[RelatedLink, ...] = ()
    keywords: tuple[str, ...] = ()
    # Top-level "x-…" keys of the interchange JSON, kept verbatim (key, JSON text) for tools that add their own data.
    extensions: tuple[tuple[str, str], ...] = ()

    # Cheap structural updates: each returns a new Article sharing every untouched block.

    def with_fields(self, **changes: object) -> Article:
        return replace(self, **changes)  # type: ignore[arg-type]

    def replace_block(self, index: int, block: Block) -> Article:
        self._check_index(index)
        return replace(self, body=(*self.body[:index], block, *self.body[index + 1 :]))

    def insert_blocks(self, index: int, blocks: tuple[Block, ...] | list[Block]) -> Article:
        if not 0 <= index <= len(self.body):
            raise IndexError(f"block index {index} out of range 0..{len(self.body)}")
        return replace(self, body=(*self.body[:index], *blocks, *self.body[index:]))

    def remove_block(self, index: int) -> Article:
        self._check_index(index)
        return replace(self, body=(*self.body[:index], *self.body[index + 1 :]))

    def move_block(self, index: int, new_index: int) -> Article:
        self._check_index(index)
        self._check_index(new_index)
        body = list(self.body)
        body.insert(new_index, body.pop(index))
        return replace(self, body=tuple(body))

    def _check_index(self, index: int) -> None:
        if not 0 <= index < len(self.body):
            raise IndexError(f"block index {index} out of range 0..{len(self.body) - 1}")

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(block for block in self.body if isinstance(block, Figure))

    def image_names(self) -> tuple[str, ...]:
        """Each photo name once, in article order."""
        return tuple(dict.fromkeys(figure.image for figure in self.figures))
