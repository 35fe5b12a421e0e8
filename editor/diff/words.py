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
from itertools import groupby
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
    result: list[tuple[str, Fmt]] = []
    for seg in segs:
        fmt = seg.fmt
        result.extend((token, fmt) for token in _TOKEN.findall(seg.text))
    return result


def text_of(segs: tuple[Seg, ...] | list[Seg]) -> str:
    return "".join(seg.text for seg in segs)


def diff_segments(old: tuple[Seg, ...] | list[Seg], new: tuple[Seg, ...] | list[Seg]) -> tuple[Piece, ...]:
    """The merged text of ``new`` with the words of ``old`` that changed marked, in reading order."""
    a, b = tokens(old), tokens(new)
    if a == b:
        return tuple(Piece("equal", seg.text, seg.fmt) for seg in new if seg.text)
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in _fold_spaces(_opcodes([t for t, _ in a], [t for t, _ in b]), a):
        if tag == "equal":
            for (same, old_fmt, fmt), text in _equal_runs(a, b, i1, i2, j1):
                pieces.append(Piece("equal", text, fmt) if same else Piece("format", text, fmt, old_fmt))
        else:
            pieces.extend(Piece("delete", text, fmt) for fmt, text in _runs(a, i1, i2))
            pieces.extend(Piece("insert", text, fmt) for fmt, text in _runs(b, j1, j2))
    return _coalesce(pieces)


def _runs(side: list[tuple[str, Fmt]], start: int, stop: int) -> list[tuple[Fmt, str]]:
    """Consecutive tokens of one format joined."""
    return [(fmt, "".join(t for t, _ in group)) for fmt, group in groupby(side[start:stop], key=lambda tok: tok[1])]


def _equal_runs(a: list[tuple[str, Fmt]], b: list[tuple[str, Fmt]], i1: int, i2: int,
                j1: int) -> list[tuple[tuple[bool, Fmt, Fmt], str]]:  # fmt: skip
    """Equal tokens grouped by (same format?, old format, new format)."""
    pairs = zip(a[i1:i2], b[j1 : j1 + i2 - i1], strict=True)
    runs = []
    for (old_fmt, fmt), group in groupby(pairs, key=lambda pair: (pair[0][1], pair[1][1])):
        runs.append(((old_fmt == fmt, old_fmt, fmt), "".join(new[0] for _old, new in group)))
    return runs


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes, computed only between the common start and end: a one-word edit in a long paragraph
    then costs a comparison of a few tokens, not difflib's near-quadratic work on a text full of repeated syllables."""
    start = 0
    limit = min(len(a), len(b))
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    middle = SequenceMatcher(None, a[start : len(a) - end], b[start : len(b) - end], autojunk=False).get_opcodes()
    ops = [("equal", 0, start, 0, start)] if start else []
    ops += [(tag, i1 + start, i2 + start, j1 + start, j2 + start) for tag, i1, i2, j1, j2 in middle]
    if end:
        ops.append(("equal", len(a) - end, len(a), len(b) - end, len(b)))
    merged: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        if merged and merged[-1][0] == op[0] == "equal":
            merged[-1] = ("equal", merged[-1][1], op[2], merged[-1][3], op[4])
        elif op[2] > op[1] or op[4] > op[3]:
            merged.append(op)
    return merged


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
