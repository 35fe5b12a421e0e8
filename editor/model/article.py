"""The article a reporter assembles, as immutable values.

Every value is a frozen dataclass holding tuples, so an edit builds a new ``Article`` that shares every untouched
part with the old one. The UI's undo stack swaps whole values; exporters read them without fear of change.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeAlias

from editor.errors import InputError
from editor.messages import msg
from editor.model.rights import Rights


class ModelValueError(InputError, ValueError):
    """A value the article cannot hold (a widget's raw data, a str for an enum, degrees for quarter turns…).

    Raised at construction, so a wrong type fails at the edit that made it, never later at save or export time.
    """


def _found(value: object) -> str:
    return f"{value!r} ({type(value).__name__})"


def _text(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise ModelValueError(msg("model.wrong_type", field=name, expected="str", found=_found(value)))
    return value


def _flag(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise ModelValueError(msg("model.wrong_type", field=name, expected="bool", found=_found(value)))
    return value


def _choice(enum: type[StrEnum], value: object, name: str) -> Any:
    """A member of ``enum``; its plain string value (what Qt's ``currentData()`` hands back) is converted."""
    if isinstance(value, enum):
        return value
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(member.value for member in enum)  # type: ignore[attr-defined]
        raise ModelValueError(msg("model.bad_choice", field=name, choices=choices, found=_found(value))) from None


def _tuple(value: object, kinds: type | tuple[type, ...], name: str) -> tuple[Any, ...]:
    if type(value) is not tuple:
        if not isinstance(value, tuple | list):
            raise ModelValueError(msg("model.wrong_type", field=name, expected="tuple", found=_found(value)))
        value = tuple(value)
    for item in value:
        if not isinstance(item, kinds):
            expected = " | ".join(k.__name__ for k in (kinds if isinstance(kinds, tuple) else (kinds,)))
            raise ModelValueError(msg("model.wrong_type", field=f"{name}[]", expected=expected, found=_found(item)))
    return value


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)  # frozen dataclasses normalise their own fields in __post_init__


def normal_rotation(value: object, name: str = "rotation") -> int:
    """Degrees clockwise, one of 0, 90, 180, 270 (-90 and 450 are converted; 45, "90" and True are refused)."""
    if isinstance(value, bool) or not isinstance(value, int) or value % 90:
        raise ModelValueError(msg("model.bad_rotation", field=name, found=_found(value)))
    return value % 360


def normal_crop(value: object, name: str = "crop") -> Crop | None:
    """(left, top, right, bottom) as floats with 0 ≤ left < right ≤ 1 and 0 ≤ top < bottom ≤ 1, or None."""
    if value is None:
        return None
    items = tuple(value) if isinstance(value, tuple | list) else ()
    numbers = tuple(float(v) for v in items if isinstance(v, int | float) and not isinstance(v, bool))
    if len(items) != 4 or len(numbers) != 4 or not all(math.isfinite(n) for n in numbers):
        raise ModelValueError(msg("model.bad_crop", field=name, found=_found(value)))
    left, top, right, bottom = numbers
    if not (0 <= left < right <= 1 and 0 <= top < bottom <= 1):
        raise ModelValueError(msg("model.bad_crop", field=name, found=_found(value)))
    return (left, top, right, bottom)


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

    def __post_init__(self) -> None:
        _text(self.text, "span.text")
        _flag(self.bold, "span.bold")
        _flag(self.italic, "span.italic")
        if self.link is not None:
            _text(self.link, "span.link")

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

    def __post_init__(self) -> None:
        _set(self, "spans", _tuple(self.spans, Span, "paragraph.spans"))

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

    def __post_init__(self) -> None:
        _text(self.text, "heading.text")


@dataclass(frozen=True, slots=True)
class Quote:
    """A block quotation; inline formatting allowed."""

    spans: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        _set(self, "spans", _tuple(self.spans, Span, "quote.spans"))

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
    # Degrees clockwise on top of EXIF orientation: 0, 90, 180 or 270 — the one unit of the model, the JSON and the
    # exporters; only the pixel recipes count quarter turns (``quarter_turns``).
    rotation: int = 0
    crop: Crop | None = None
    provenance: tuple[tuple[str, str], ...] = ()
    rights: Rights = field(default_factory=Rights)  # creator, copyright, source, AI disclosure (editor.model.rights)

    def __post_init__(self) -> None:
        for name in ("image", "caption", "credit", "alt"):
            _text(getattr(self, name), f"figure.{name}")
        _set(self, "layout", _choice(Layout, self.layout, "figure.layout"))
        _set(self, "rotation", normal_rotation(self.rotation, "figure.rotation"))
        _set(self, "crop", normal_crop(self.crop, "figure.crop"))
        provenance = _tuple(self.provenance, tuple, "figure.provenance")
        for pair in provenance:
            if len(pair) != 2 or not all(isinstance(part, str) for part in pair):
                found = _found(pair)
                raise ModelValueError(msg("model.wrong_type", field="figure.provenance[]", expected="(str, str)",
                                          found=found))  # fmt: skip
        # One order for the same facts (by field), so an article equals itself after a save and reopen (a project's
        # JSON is written with sorted keys).
        _set(self, "provenance", tuple(sorted(dict(provenance).items())))
        if not isinstance(self.rights, Rights):
            found = _found(self.rights)
            raise ModelValueError(msg("model.wrong_type", field="figure.rights", expected="Rights", found=found))

    @property
    def quarter_turns(self) -> int:
        """The rotation as the clockwise 90° steps (0..3) an image recipe counts."""
        return self.rotation // 90

    def source_of(self, field_name: str) -> str | None:
        return dict(self.provenance).get(field_name)


Block: TypeAlias = Paragraph | Heading | Quote | Figure
_BLOCK_TYPES = (Paragraph, Heading, Quote, Figure)


@dataclass(frozen=True, slots=True)
class Author:
    """A free-text credit: a name or pen name, an optional role such as "Bài và ảnh", and where it is printed."""

    name: str
    role: str = ""
    position: BylinePosition = BylinePosition.END

    def __post_init__(self) -> None:
        _text(self.name, "author.name")
        _text(self.role, "author.role")
        _set(self, "position", _choice(BylinePosition, self.position, "author.position"))

    @property
    def display(self) -> str:
        return f"{self.role}: {self.name}" if self.role else self.name


@dataclass(frozen=True, slots=True)
class RelatedLink:
    title: str
    url: str

    def __post_init__(self) -> None:
        _text(self.title, "related.title")
        _text(self.url, "related.url")


@dataclass(frozen=True, slots=True)
class Dateline:
    """When (a time-zone-aware instant; None while drafting) and where (optional place) the story is published."""

    published: datetime | None = None
    location: str = ""

    def __post_init__(self) -> None:
        _text(self.location, "dateline.location")
        if self.published is not None and not isinstance(self.published, datetime):
            found = _found(self.published)
            raise ModelValueError(msg("model.wrong_type", field="dateline.published", expected="datetime", found=found))
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

    def __post_init__(self) -> None:
        for name in ("title", "kicker", "sapo", "source"):
            _text(getattr(self, name), f"article.{name}")
        if not isinstance(self.dateline, Dateline):
            found = _found(self.dateline)
            raise ModelValueError(msg("model.wrong_type", field="article.dateline", expected="Dateline", found=found))
        # Cheap at every keystroke: each block checked its own fields when it was made; here only their kinds.
        _set(self, "body", _tuple(self.body, _BLOCK_TYPES, "article.body"))
        _set(self, "authors", _tuple(self.authors, Author, "article.authors"))
        _set(self, "related", _tuple(self.related, RelatedLink, "article.related"))
        _set(self, "keywords", _tuple(self.keywords, str, "article.keywords"))
        _set(self, "extensions", _tuple(self.extensions, tuple, "article.extensions"))

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
