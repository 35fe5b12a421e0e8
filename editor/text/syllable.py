"""Is a word a possible Vietnamese syllable? Phonotactics only (no dictionary), for the mojibake detector.

A syllable is an optional onset, a vowel group from the closed list below and an optional coda; a stop coda
(c, ch, p, t) takes only the sắc or nặng tone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]"
_VOWELS = (
    # three letters first so the regex tries the longest group
    "oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|iêu|yêu|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iê|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|"
    "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
)
_SYLLABLE = re.compile(rf"(?:{_ONSET})?(?:{_VOWELS})(?P<coda>ch|nh|ng|[cmnpt])?")
_STOPS = frozenset({"c", "ch", "p", "t"})


@lru_cache(maxsize=4096)
def is_vietnamese_syllable(word: str) -> bool:
    """True for ``Sức``, ``nghiêng``, ``quốc``, ``giữa``; False for ``táa``, ``Søc``, ``hello``, ``càt``."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in _TONES]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    match = _SYLLABLE.fullmatch(bare)
    if match is None:
        return False
    if match.group("coda") in _STOPS:
        return bool(tones) and tones[0] in "\u0301\u0323"
    return True
