"""Tone-mark placement, old (``hòa, khỏe, thủy``) ↔ new (``hoà, khoẻ, thuỷ``), on the reporter's command.

The two styles differ only in a syllable that ends in ``oa``, ``oe`` or ``uy`` with no ``q`` before it: the
old style marks the first vowel, the new style the second. ``hoàng, hoạch, quý, thuyền, khuỷu, thuở, giữa``
are the same in both and are never touched. Written here rather than taken from PyPI's vi-fix, which gets
these cases wrong.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from editor.text.normalize import nfc

ToneStyle = Literal["old", "new"]

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
_PAIRS = frozenset({"oa", "oe", "uy"})
# A word: letters with any combining marks (input may be NFD before normalisation).
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
_ONSET_ONLY = re.compile(r"[bcdđghklmnprstvx]*")


def _split(ch: str) -> tuple[str, str]:
    """(base letter, tone mark or "") of one precomposed letter; ("", "") if it carries any other mark."""
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    tones = [m for m in marks if m in _TONES]
    if len(marks) != len(tones) or len(tones) > 1:
        return "", ""  # â, ơ, ư… are different vowels, never part of oa/oe/uy
    return base, tones[0] if tones else ""


def _convert_word(word: str, to: ToneStyle) -> str:
    if len(word) < 2:
        return word
    first, second = word[-2], word[-1]
    base1, tone1 = _split(first)
    base2, tone2 = _split(second)
    if (base1 + base2).lower() not in _PAIRS:
        return word
    head = word[:-2].lower()
    # Syllable-final pair after consonants only: "quý" keeps its tone (q+u is the onset), as does "khuya".
    if head.endswith("q") or not _ONSET_ONLY.fullmatch(head):
        return word
    if to == "new" and tone1 and not tone2:
        return word[:-2] + base1 + nfc(base2 + tone1)
    if to == "old" and tone2 and not tone1:
        return word[:-2] + nfc(base1 + tone2) + base2
    return word


def convert_tone_style(text: str, to: ToneStyle) -> str:
    """The text (NFC) with tone marks placed in the ``to`` style; every other character stays as it was."""
    if to not in ("old", "new"):
        raise ValueError(f"tone style must be 'old' or 'new', not {to!r}")
    return _WORD.sub(lambda m: _convert_word(m.group(0), to), nfc(text))


def tone_style_of(text: str) -> ToneStyle | None:
    """Which style the text uses, by a majority of the syllables that differ; None when none differs."""
    old = new = 0
    for match in _WORD.finditer(nfc(text)):
        word = match.group(0)
        if _convert_word(word, "new") != word:
            old += 1
        elif _convert_word(word, "old") != word:
            new += 1
    if old == new == 0:
        return None
    return "old" if old >= new else "new"
