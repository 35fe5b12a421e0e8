"""Is a word a legal written Vietnamese syllable? The spelling rules, for spell checking without a dictionary.

A written syllable is an onset, a rhyme (vần) and a tone. The rules that make a spelling wrong:
- the rhyme must be one of the language's rhymes (``RHYMES``, with the medial o/u where it is written);
- ``k``, ``gh``, ``ngh`` stand only before i, y, e, ê; ``c``, ``g``, ``ng`` never do (``gi`` is its own onset);
- ``q`` is always written ``qu``, and the ``u`` is the medial: ``qua``, ``quốc``, ``quyết``;
- a rhyme closed by a stop (c, ch, p, t) takes only the sắc or nặng tone;
- one tone mark at most, on a vowel; tone-mark placement (``hòa``/``hoà``) is a style, not a spelling, so it is
  not judged here.

This is the default checker when no hunspell ``vi_VN`` dictionary is installed (its dictionary is GPL-2, so we do
not ship it); ``tests/text/test_orthography.py`` measures its agreement with that dictionary.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

TONE_MARKS = {"\u0300": "huyền", "\u0301": "sắc", "\u0303": "ngã", "\u0309": "hỏi", "\u0323": "nặng"}
STOP_TONES = frozenset({"\u0301", "\u0323"})
STOP_CODAS = ("ch", "c", "p", "t")

# Rhymes without a written medial, by nucleus. ``oo``/``ôô`` rhymes come from loanwords that the language has taken
# in (xoong, soóc, cồng kềnh is not one); ``uơ`` is thuở/huơ.
_PLAIN = """
a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot ooc oong
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt uơ
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêng yêt yêu
"""
# Rhymes with the medial o or u written (hoa, khoẻ, thuê, tuyết); after ``q`` the same rhymes lose their ``u``.
_MEDIAL = """
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăp oăt
oe oec oem oen oeo oet
uâ uân uâng uât uây
uê uêch uên uênh uêt
uy uya uych uyên uyêt uyn uynh uyp uyt uyu uyêu
"""
PLAIN_RHYMES = frozenset(_PLAIN.split())
MEDIAL_RHYMES = frozenset(_MEDIAL.split())
RHYMES = PLAIN_RHYMES | MEDIAL_RHYMES
# After qu: the medial rhymes without their u (quân, quy, quyết), plus qua, quê… and the old ``qui`` spelling.
_QU_PLAIN = "a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt e em en eng eo et ê ênh i it in inh ơ ôc ôi"
_AFTER_QU = frozenset(r[1:] for r in MEDIAL_RHYMES if r.startswith("u")) | frozenset(_QU_PLAIN.split())
# Longest first, so ``ngh`` wins over ``ng`` and ``gi`` over ``g``.
ONSETS = ("ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", *"bcdđghklmnprstvx")
_ONSET_SET = frozenset(("", *ONSETS))
_VOWEL_LETTERS = "aăâeêioôơuưy"
_FRONT = ("i", "y", "e", "ê")  # k, gh, ngh only here; c, g, ng never


def split_tone(word: str) -> tuple[str, list[str]]:
    """The word in lower case without its tone marks (other diacritics kept), and the tone marks found."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    return bare, tones


def _onset_fits(onset: str, rhyme: str) -> bool:
    front = rhyme.startswith(_FRONT)
    if onset in ("k", "gh", "ngh"):
        return front
    if onset in ("c", "g", "ng"):
        return not front
    return True


def _splits(bare: str) -> Iterator[tuple[str, str]]:
    """Every (onset, rhyme) reading of a toneless syllable. A rhyme starts with a vowel, so the onset is the
    consonants before it, plus the u of ``qu``; ``gi`` is read as an onset before a vowel and with its i shared
    (gìn, gì)."""
    cut = 0
    while cut < len(bare) and bare[cut] not in _VOWEL_LETTERS:
        cut += 1
    onset = bare[:cut]
    if onset == "q" and bare[cut : cut + 1] == "u":
        yield "qu", bare[2:]
    elif onset == "g" and bare[cut : cut + 1] == "i":
        if len(bare) > 2:
            yield "gi", bare[2:]
        yield "gi", bare[1:]
    elif onset in _ONSET_SET:
        yield onset, bare[cut:]


def _rhyme_ok(onset: str, rhyme: str) -> bool:
    if rhyme.startswith("yê") and onset not in ("", "qu"):
        return False  # yêu, yên stand alone; after a consonant the same sound is written iê (tiên, kiếm)
    if rhyme.startswith("iê") and not onset:
        return False  # and alone it is written yê: yên, never iên
    if onset == "qu":
        return rhyme in _AFTER_QU or rhyme in ("y", "yên", "yêt", "ynh", "ych", "yt", "yn")
    return rhyme in RHYMES and _onset_fits(onset, rhyme)


@lru_cache(maxsize=16384)
def is_legal_syllable(word: str) -> bool:
    """True for ``nghiêng``, ``quốc``, ``giữa``, ``gìn``, ``khuỷu``, ``Thuở``; False for ``ngiêng``, ``kà``, ``ghà``,
    ``các`` spelled ``cás``, ``lạnhh``, ``hoàt`` (a stop rhyme with the huyền tone), ``táa``."""
    if not word or not word.isalpha():
        return False
    bare, tones = split_tone(word)
    if len(tones) > 1:
        return False
    for onset, rhyme in _splits(bare):
        if not _rhyme_ok(onset, rhyme):
            continue
        if rhyme.endswith(STOP_CODAS) and not (tones and tones[0] in STOP_TONES):
            continue
        return not tones or _tone_index(word) in tone_positions(bare)
    return False


_FAMILIES = ("aăâ", "eê", "oôơ", "uư", "dđ", "iy")
_TONE_CHOICES = ("", *TONE_MARKS)


def tone_positions(bare: str) -> tuple[int, ...]:
    """Where a tone mark may stand in a toneless syllable: the new style's place first, then the old style's when
    it differs (only open oa, oe, uy: hoà/hòa, khoẻ/khỏe, thuỷ/thủy). Index into ``bare``."""
    vowels = [i for i, ch in enumerate(bare) if ch in _VOWEL_LETTERS]
    if bare.startswith(("qu", "gi")) and len(vowels) > 1:
        vowels = vowels[1:]  # the u of qu and the i of gi belong to the onset
    if not vowels:
        return ()
    marked = [i for i in vowels if bare[i] in "ăâêôơư"]
    if marked:
        return (marked[-1],)  # ươ → ơ, uô → ô, iê → ê, ưu → ư
    if vowels[-1] < len(bare) - 1 or len(vowels) == 1:
        return (vowels[-1],)  # closed syllable: hoàng, tuýp
    if len(vowels) == 2 and bare[vowels[0] : vowels[-1] + 1] in ("oa", "oe", "uy"):
        return (vowels[1], vowels[0])
    return (vowels[0] if len(vowels) == 2 else vowels[1],)  # mái, của, ngoài, khuỷu


def _tone_index(word: str) -> int | None:
    """The index (in NFC letters) of the letter carrying the tone mark."""
    for i, ch in enumerate(unicodedata.normalize("NFC", word.lower())):
        if any(mark in TONE_MARKS for mark in unicodedata.normalize("NFD", ch)):
            return i
    return None


def _with_tone(bare: str, tone: str) -> str:
    """``bare`` with ``tone`` where the new style puts it."""
    places = tone_positions(bare)
    if not tone or not places:
        return bare
    at = places[0]
    return unicodedata.normalize("NFC", bare[: at + 1] + tone + bare[at + 1 :])


def suggestions(word: str, limit: int = 8) -> list[str]:
    """Legal syllables one step from ``word``: another tone, a vowel of the same family, a letter dropped or
    doubled letter removed, c/k, g/gh, ng/ngh swapped. Best first (a tone change before a letter change)."""
    bare, tones = split_tone(word)
    tone = tones[0] if tones else ""
    seen: list[str] = []

    def add(candidate: str, with_tone: str) -> None:
        spelt = _with_tone(candidate, with_tone)
        if spelt not in seen and spelt != unicodedata.normalize("NFC", word.lower()) and is_legal_syllable(spelt):
            seen.append(spelt)

    for t in _TONE_CHOICES:
        add(bare, t)
    for i, ch in enumerate(bare):
        for family in _FAMILIES:
            if ch in family:
                for other in family.replace(ch, ""):
                    add(bare[:i] + other + bare[i + 1 :], tone)
        add(bare[:i] + bare[i + 1 :], tone)
    for wrong, right in (("c", "k"), ("k", "c"), ("g", "gh"), ("gh", "g"), ("ng", "ngh"), ("ngh", "ng"), ("d", "gi")):
        if bare.startswith(wrong):
            add(right + bare[len(wrong) :], tone)
    for i in range(len(bare) + 1):
        for letter in "nghcmptiuoy":
            add(bare[:i] + letter + bare[i:], tone)
    for t in _TONE_CHOICES:
        for i in range(len(bare)):
            add(bare[:i] + bare[i + 1 :], t)
    if word[:1].isupper():
        seen = [s.capitalize() for s in seen]
    return seen[:limit]


LOANWORDS = Path(__file__).resolve().parents[2] / "resources" / "dictionaries" / "tu-muon.txt"


@lru_cache(maxsize=1)
def loanwords() -> frozenset[str]:
    """Everyday loanwords of news copy (email, tivi, gen): not native syllables, not errors either."""
    try:
        lines = LOANWORDS.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(
        unicodedata.normalize("NFC", line.strip()).casefold() for line in lines if line.strip()[:1] not in ("", "#")
    )


def _bare_ok(bare: str) -> bool:
    return any(_rhyme_ok(onset, rhyme) for onset, rhyme in _splits(bare))


@lru_cache(maxsize=1)
def legal_syllables() -> frozenset[str]:
    """Every legal syllable, lower case NFC, in both tone-mark styles: the rules above spelt out once (about 40 ms),
    so checking a word is one set lookup, as with a loaded dictionary. ``tests/text/test_orthography.py`` checks the
    table against ``is_legal_syllable``."""
    table: set[str] = set()
    rhymes = RHYMES | _AFTER_QU | {"y", "yên", "yêt", "ynh", "ych", "yt", "yn"}
    for onset in ("", *ONSETS):
        for rhyme in rhymes:
            bare = onset + rhyme
            if not _bare_ok(bare):
                continue
            tones = STOP_TONES if rhyme.endswith(STOP_CODAS) else _TONE_CHOICES
            for tone in tones:
                if not tone:
                    table.add(bare)
                    continue
                for at in tone_positions(bare):
                    table.add(unicodedata.normalize("NFC", bare[: at + 1] + tone + bare[at + 1 :]))
    return frozenset(table)


class SyllableRules:
    """The spelling rules behind the ``SpellChecker`` interface a hunspell dictionary has (lookup, suggest)."""

    name = "syllable-rules"

    def __init__(self) -> None:
        self._legal = legal_syllables()  # built here, like a dictionary's load, not in the first check

    def lookup(self, word: str) -> bool:
        if len(word) == 1 and word.isascii():
            return True  # initials (T. Hà) and abbreviations (v.v.)
        lower = word.lower()
        return lower in self._legal or lower.casefold() in loanwords()

    def suggest(self, word: str) -> Iterator[str]:
        yield from suggestions(word)
