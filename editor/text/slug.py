"""Slugs for file names and URLs: lower-case ASCII with hyphens (python-slugify does đ→d and the accents)."""

from __future__ import annotations

import re

from slugify import slugify

from editor.text.normalize import nfc

# "10,3%" would become "103": a decimal or thousands mark between digits becomes a hyphen first.
_NUMBER_MARK = re.compile(r"(?<=\d)[.,](?=\d)")


def slugify_vi(text: str, max_length: int = 80) -> str:
    """``Sức lan tỏa ở Uông Bí`` → ``suc-lan-toa-o-uong-bi``; ``Đất 10,3%`` → ``dat-10-3``; or "".

    ``max_length`` cuts at a word boundary (0 means no limit).
    """
    text = _NUMBER_MARK.sub("-", nfc(text)).replace("đ", "d").replace("Đ", "D")
    return slugify(text, max_length=max_length, word_boundary=True, lowercase=True)
