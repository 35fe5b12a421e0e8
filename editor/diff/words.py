"""Word-level differences between two runs of formatted text.

Text is cut into tokens: words (a Vietnamese syllable is a word: syllables are space-separated), runs of white space,
and single punctuation marks. ``difflib`` matches the token texts; a changed tone mark makes a different token, so
``khoẻ`` → ``khỏe`` is one changed word. Lone spaces left equal between two changes are folded into the change, so a
rewritten phrase reads as one deletion and one insertion instead of a comb of tiny revisions. Tokens whose text is
equal but whose format differs (bold added) become ``format`` pieces: Word's formatting revision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeAlias

Fmt: TypeAlias = tuple[bool, bool, str | None, str | None]  # bold, italic, link, style ("credit", …)
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
PLAIN: Fmt = (False, False, None, None)


@dataclass(frozen=True, slots=True)
class Seg:
    """A run of text with its format, the input of a diff."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    style: str | None = None

    @property
    def fmt(self) -> Fmt:
        return (self.bold, self.italic, self.link, self.style)


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of the merged text: ``equal``, ``insert``, ``delete`` or ``format`` (same text, ``old_fmt`` before)."""

    op: str
    text: str
    fmt: Fmt = PLAIN
    old_fmt: Fmt | None = None

    def seg(self) -> Seg:
        bold, italic, link, style = self.fmt
        return Seg(self.text, bold, italic, link, style)


def tokens(segs: tuple[Seg, ...] | list[Seg]) -> list[tuple[str, Fmt]]:
    return [(token, seg.fmt) for seg in segs for token in _TOKEN.findall(seg.text)]


def text_of(segs: tuple[Seg, ...] | list[Seg]) -> str:
    return "".join(seg.text for seg in segs)


def diff_segments(old: tuple[Seg, ...] | list[Seg], new: tuple[Seg, ...] | list[Seg]) -> tuple[Piece, ...]:
    """The merged text of ``new`` with the words of ``old`` that changed marked, in reading order."""
    a, b = tokens(old), tokens(new)
    if a == b:
        return _coalesce([Piece("equal", text, fmt) for text, fmt in b])
    matcher = SequenceMatcher(None, [t for t, _ in a], [t for t, _ in b], autojunk=False)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in _fold_spaces(matcher.get_opcodes(), a):
        if tag == "equal":
            for (text, old_fmt), (_same, fmt) in zip(a[i1:i2], b[j1:j2], strict=True):
                pieces.append(Piece("equal", text, fmt) if fmt == old_fmt else Piece("format", text, fmt, old_fmt))
        else:
            pieces.extend(Piece("delete", text, fmt) for text, fmt in a[i1:i2])
            pieces.extend(Piece("insert", text, fmt) for text, fmt in b[j1:j2])
    return _coalesce(pieces)


def _fold_spaces(opcodes: list[tuple[str, int, int, int, int]], a: list[tuple[str, Fmt]]) -> list[tuple]:
    """Equal stretches of white space (or one punctuation mark) between two changes become part of the change."""
    result: list[list] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        between = 0 < index < len(opcodes) - 1
        if tag == "equal" and between and all(not t.strip() or (len(t) == 1 and not t.isalnum()) for t, _ in a[i1:i2]):
            tag = "replace"
        if tag != "equal" and result and result[-1][0] != "equal":
            result[-1][2], result[-1][4] = i2, j2  # extend the previous change
        else:
            result.append([tag, i1, i2, j1, j2])
    return [tuple(op) for op in result]


def _coalesce(pieces: list[Piece]) -> tuple[Piece, ...]:
    merged: list[Piece] = []
    for piece in pieces:
        last = merged[-1] if merged else None
        if last and (last.op, last.fmt, last.old_fmt) == (piece.op, piece.fmt, piece.old_fmt):
            merged[-1] = Piece(last.op, last.text + piece.text, last.fmt, last.old_fmt)
        else:
            merged.append(piece)
    return tuple(merged)


def similarity(old: tuple[Seg, ...], new: tuple[Seg, ...]) -> float:
    """A cheap 0..1 likeness of two texts by their shared words (used to pair paragraphs before a word diff)."""
    from collections import Counter

    a = Counter(t.lower() for t in _TOKEN.findall(text_of(old)) if t.strip())
    b = Counter(t.lower() for t in _TOKEN.findall(text_of(new)) if t.strip())
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 1.0


def old_side(pieces: tuple[Piece, ...]) -> str:
    return "".join(p.text for p in pieces if p.op != "insert")


def new_side(pieces: tuple[Piece, ...]) -> str:
    return "".join(p.text for p in pieces if p.op != "delete")
