"""Word counts as Vietnamese editors use them ("chữ" = Word's word count) and reading time."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from editor.text.normalize import nfc

# Silent reading of Vietnamese news, in chữ (syllables) per minute. Syllables are short, so the figure sits
# above the usual 200–250 English words a minute; 300 is a mid value for adult readers of news prose.
READING_CHU_PER_MINUTE = 300


def count_chu(text: str) -> int:
    """Whitespace-separated tokens holding a letter or digit, after NFC ("Sức lan tỏa ở Uông Bí" = 6).

    Matches Word's count for Vietnamese prose; a lone dash or "…" is not a word.
    """
    return sum(1 for token in nfc(text).split() if any(ch.isalnum() for ch in token))


@dataclass(frozen=True)
class PartCounts:
    title: int
    sapo: int
    body: int
    captions: int

    @property
    def total(self) -> int:
        """Everything a reader reads: title, sapo, body and captions."""
        return self.title + self.sapo + self.body + self.captions

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.total)


def count_parts(title: str, sapo: str, body: Iterable[str], captions: Iterable[str] = ()) -> PartCounts:
    """Per-part counts for the status bar and the length checks (body and captions are lists of
    paragraphs)."""
    return PartCounts(
        title=count_chu(title),
        sapo=count_chu(sapo),
        body=sum(count_chu(p) for p in body),
        captions=sum(count_chu(c) for c in captions),
    )


def reading_minutes(chu: int, per_minute: int = READING_CHU_PER_MINUTE) -> int:
    """Whole minutes to read ``chu`` words, rounded up; 0 only for an empty text."""
    if chu <= 0:
        return 0
    return max(1, math.ceil(chu / per_minute))
