"""Find and replace over the text a reporter wrote: title, kicker, sapo, body blocks, captions and credits.

Matching is Vietnamese-aware: case-insensitive by default, optionally ignoring diacritics (``dang`` finds ``đang``,
``Đảng``, ``dạng``: every character is compared as its NFD base letter with the marks dropped and đ→d) and optionally
on whole syllables only. Offsets always point into the article's own NFC text. Replacing goes through the one text
traversal (``editor.checks.text_fields``), so a paragraph's spans keep their formatting.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate, pairwise

from editor.checks.findings import Location
from editor.checks.text_fields import map_text, text_fields
from editor.model.article import Article

FIELDS = frozenset({("title", None), ("kicker", None), ("sapo", None), ("body", "text"), ("body", "caption"),
                    ("body", "credit")})  # fmt: skip

MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")  # combining marks
SEPARATOR = "\x00"  # between fields when they are searched together: not a letter, never in a needle


@dataclass(frozen=True, slots=True)
class FindOptions:
    ignore_diacritics: bool = False
    whole_syllables: bool = False
    match_case: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    location: Location  # field, block index and part (text, caption, credit) as in ``text_fields``
    start: int  # offsets into the field's NFC text
    end: int
    text: str


class _Fold(dict[int, str]):
    """A ``str.translate`` table for the slow path (text whose offsets move when folded), one fold per character."""

    def __init__(self, ignore_diacritics: bool, match_case: bool) -> None:
        super().__init__()
        self.ignore_diacritics = ignore_diacritics
        self.match_case = match_case

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if self.ignore_diacritics:
            ch = ch.replace("đ", "d").replace("Đ", "D")
            ch = MARKS.sub("", unicodedata.normalize("NFD", ch))
        if not self.match_case:
            ch = ch.lower()
        self[code] = ch
        return ch


_TABLES: dict[tuple[bool, bool], _Fold] = {}


def _table(options: FindOptions) -> _Fold:
    key = (options.ignore_diacritics, options.match_case)
    if key not in _TABLES:
        _TABLES[key] = _Fold(*key)
    return _TABLES[key]


def fold(text: str, options: FindOptions) -> tuple[str, list[int] | None]:
    """The text as compared, and where each folded character came from (None when offsets are the same).

    The fast path runs in C (NFD, a regex, lower): when the text holds no loose combining mark and the folded text
    is as long as the original, every character folded to exactly one, so offsets are unchanged."""
    folded: str | None = text
    if options.ignore_diacritics:
        folded = None
        if MARKS.search(text) is None:
            bare = MARKS.sub("", unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")))
            folded = bare if len(bare) == len(text) else None
    if folded is not None and not options.match_case:
        lowered = folded.lower()
        folded = lowered if len(lowered) == len(text) else None
    if folded is not None:
        return folded, None
    table = _table(options)
    origin: list[int] = []
    for i, c in enumerate(text):
        origin.extend([i] * len(table[ord(c)]))
    origin.append(len(text))
    return text.translate(table), origin


def _is_letter(ch: str) -> bool:
    return ch.isalnum() or MARKS.match(ch) is not None


def _whole(text: str, start: int, end: int) -> bool:
    return (start == 0 or not _is_letter(text[start - 1])) and (end >= len(text) or not _is_letter(text[end]))


def find_in_text(text: str, needle: str, options: FindOptions = FindOptions()) -> list[tuple[int, int]]:
    """(start, end) offsets of every match of ``needle`` in ``text`` (NFC offsets), left to right."""
    wanted, _ = fold(unicodedata.normalize("NFC", needle), options)
    if not wanted or not text:
        return []
    folded, origin = fold(text, options)
    found: list[tuple[int, int]] = []
    at = folded.find(wanted)
    while at >= 0:
        last = at + len(wanted)
        start, end = (at, last) if origin is None else (origin[at], origin[last - 1] + 1)
        if origin is not None:  # take the marks that follow the last base letter with it
            while end < len(text) and MARKS.match(text[end]):
                end += 1
        if not options.whole_syllables or _whole(text, start, end):
            found.append((start, end))
            at = folded.find(wanted, last)
        else:
            at = folded.find(wanted, at + 1)
    return found


def searchable(article: Article) -> list[tuple[Location, str]]:
    """The fields find looks in, in document order."""
    return [(loc, text) for loc, text in text_fields(article) if (loc.field, loc.part) in FIELDS and text]


def find(article: Article, needle: str, options: FindOptions = FindOptions()) -> list[Match]:
    """Every match in the article, in document order (the fields are searched as one text, joined by a
    separator no needle can hold, so the folding runs once)."""
    fields = searchable(article)
    joined = SEPARATOR.join(text for _, text in fields)
    starts = list(accumulate((len(text) + 1 for _, text in fields), initial=0))
    matches: list[Match] = []
    for start, end in find_in_text(joined, needle.replace(SEPARATOR, ""), options):
        i = bisect_right(starts, start) - 1
        location, text = fields[i]
        offset = starts[i]
        matches.append(Match(location, start - offset, end - offset, text[start - offset : end - offset]))
    return matches


def _field_text(article: Article, location: Location) -> str | None:
    return next((text for loc, text in text_fields(article) if loc == location), None)


def _splicer(ranges: list[tuple[int, int]], replacement: str) -> Callable[[str], str]:
    """A ``change`` for map_text that rewrites ``ranges`` of a field handed over in pieces (a paragraph's spans,
    in order): the replacement goes into the piece where a match starts; the rest of the match is dropped."""
    position = 0

    def change(piece: str) -> str:
        nonlocal position
        low, high = position, position + len(piece)
        position = high
        out, cursor = [], low
        for start, end in ranges:
            if end <= low or start >= high:
                continue
            out.append(piece[cursor - low : max(start, low) - low])
            if start >= low:
                out.append(replacement)
            cursor = min(end, high)
        out.append(piece[cursor - low :])
        return "".join(out)

    return change


def replace_matches(article: Article, matches: Iterable[Match], replacement: str) -> Article:
    """The article with each match (still as found) replaced; matches whose text has changed since are skipped."""
    replacement = unicodedata.normalize("NFC", replacement)
    by_place: dict[Location, list[tuple[int, int]]] = {}
    for m in matches:
        by_place.setdefault(m.location, []).append((m.start, m.end))
    for location, ranges in by_place.items():
        text = _field_text(article, location)
        if text is None:
            continue
        ranges = sorted(set(ranges))
        if any(s < e0 for (_, e0), (s, _) in pairwise(ranges)):
            continue  # overlapping ranges: not from one find
        article = map_text(article, _splicer(ranges, replacement), only=location)
    return article


def replace_one(article: Article, match: Match, replacement: str) -> Article:
    text = _field_text(article, match.location)
    if text is None or text[match.start : match.end] != match.text:
        return article
    return replace_matches(article, [match], replacement)


def replace_all(article: Article, needle: str, replacement: str, options: FindOptions = FindOptions()) -> Article:
    return replace_matches(article, find(article, needle, options), replacement)
