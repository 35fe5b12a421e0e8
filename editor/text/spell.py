"""Vietnamese spell checking on the hunspell ``vi_VN`` dictionary, in pure Python through spylls.

The dictionary lists syllables in the new tone-mark style only, so every word is checked after NFC and
conversion to the new style: ``hòa`` and ``hoà`` are both right. It catches impossible syllables, not wrong
words. Names go in a user list at run time. Spans are offsets into the text as given (even NFD text), for the
UI's underlines.

The dictionary is Debian's ``hunspell-vi`` (``/usr/share/hunspell/vi_VN.*``), found at run time. It is GPL-2
licensed, so the MIT-licensed app does not ship a copy; a newsroom may drop ``vi_VN.dic``/``.aff`` into
``resources/dictionaries/`` or point ``BANTHAO_DICTIONARY_DIR`` at them. Without one the checker falls back on
the spelling rules of ``editor.text.orthography`` (onset + rhyme + tone), so spelling works on every machine.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from editor.messages import Message, msg, render
from editor.messages.log import log_cause
from editor.text.normalize import nfc
from editor.text.orthography import SyllableRules
from editor.text.tone import ToneStyle, convert_tone_style

LANGUAGE = "vi_VN"
BUNDLED_DIR = Path(__file__).resolve().parents[2] / "resources" / "dictionaries"
SYSTEM_DIRS = (
    Path("/usr/share/hunspell"),
    Path("/usr/share/myspell"),
    Path("/usr/share/myspell/dicts"),
    Path("/usr/local/share/hunspell"),
    Path("/Library/Spelling"),
    Path.home() / "Library" / "Spelling",
)
# Proper-name syllables the dictionary lacks ("Uông" of Uông Bí): accepted by every checker.
BUILT_IN_NAMES = BUNDLED_DIR / "ten-rieng.txt"
UNAVAILABLE = msg("spell.unavailable")

# A word: letters with any combining marks (the text may still be NFD).
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
# Links and e-mail addresses are not prose.
_NOT_PROSE = re.compile(r"\S*(?:://|www\.|@)\S*|\S+\.(?:vn|com|net|org|gov|edu|info)\b\S*", re.IGNORECASE)
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_FOREIGN_LETTERS = set("fjwzFJWZ")
_LONGEST_SYLLABLE = 7  # "nghiêng": nothing longer is Vietnamese
# Units written after a number ("1.200 m²", "40 km", "5 ha"): not words of the language.
_UNITS = frozenset(
    [
        "m",
        "m²",
        "m³",
        "km",
        "km²",
        "cm",
        "mm",
        "kg",
        "g",
        "mg",
        "t",
        "tấn",
        "l",
        "ml",
        "ha",
        "kW",
        "kWh",
        "MW",
        "MWh",
        "GW",
        "V",
        "A",
        "Hz",
        "USD",
        "VND",
        "đ",
        "ppm",
    ]
)
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s?$")


@dataclass(frozen=True)
class Misspelling:
    start: int  # offsets into the text as given to check()
    end: int
    word: str


def dictionary_dirs() -> list[Path]:
    """Where the dictionary is looked for, in order: the environment's folder, the bundled, the system's."""
    dirs = [Path(d) for d in os.environ.get("BANTHAO_DICTIONARY_DIR", "").split(os.pathsep) if d]
    return [*dirs, BUNDLED_DIR, *SYSTEM_DIRS]


def find_dictionary(dirs: Iterable[Path] | None = None) -> Path | None:
    """The base path (without extension) of the first ``vi_VN.dic`` + ``vi_VN.aff`` pair, or None."""
    for folder in dirs if dirs is not None else dictionary_dirs():
        base = Path(folder) / LANGUAGE
        if base.with_suffix(".dic").is_file() and base.with_suffix(".aff").is_file():
            return base
    return None


@lru_cache(maxsize=1)
def _built_in_names() -> frozenset[str]:
    """Proper-name syllables shipped with the app (as written, capitalised); accepted as written or in capitals."""
    try:
        lines = BUILT_IN_NAMES.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(
        convert_tone_style(nfc(line.strip()), "new") for line in lines if line.strip()[:1] not in ("", "#")
    )


@lru_cache(maxsize=1)
def _built_in_names_upper() -> frozenset[str]:
    return frozenset(name.upper() for name in _built_in_names())


@lru_cache(maxsize=4)
def _load(base: Path) -> Any:
    from spylls.hunspell import Dictionary  # imported late: the app starts without paying for it

    return Dictionary.from_files(str(base))


def _is_foreign_or_code(word: str) -> bool:
    """Words a Vietnamese syllable list cannot judge: foreign words and acronyms (not errors to underline)."""
    if any(ch in _FOREIGN_LETTERS for ch in word):
        return True
    if word.isascii() and len(word) > _LONGEST_SYLLABLE:
        return True
    # Acronyms (MTTQ, TTHC, UBND, GDP): capitals with no vowel, or short plain-ASCII capitals.
    acronym_shape = not any(ch in _VOWELS for ch in word) or (word.isascii() and len(word) <= 5)
    return len(word) >= 2 and word.isupper() and acronym_shape


class SpellChecker:
    """Checks text against the dictionary plus the reporter's own words. Build one with
    ``SpellChecker.open()``."""

    def __init__(
        self,
        dictionary: Any | None,
        *,
        source: Path | None = None,
        tone_style: ToneStyle = "old",
        user_words: Iterable[str] = (),
        reason: Message | None = None,
    ) -> None:
        self._dictionary = dictionary
        self.source = source
        self.tone_style: ToneStyle = tone_style  # for suggestions, in the house style
        self._reason = None if dictionary is not None else (reason or UNAVAILABLE)
        self._user: dict[str, set[str]] = {}  # casefolded → forms as added
        self._cache: dict[str, bool] = {}
        for word in user_words:
            self.add_word(word)

    @classmethod
    def open(
        cls, path: str | Path | None = None, *, tone_style: ToneStyle = "old", user_words: Iterable[str] = ()
    ) -> SpellChecker:
        """A checker on the dictionary at ``path`` (base path or ``.dic`` file), else the first one found."""
        base = Path(path).with_suffix("") if path is not None else find_dictionary()
        if base is None:
            return cls(SyllableRules(), tone_style=tone_style, user_words=user_words)
        try:
            dictionary = _load(base)
        except Exception as exc:  # spylls raises plain errors on a broken file; the app must still start
            log_cause(base, exc)
            reason = msg("spell.broken-dictionary", path=base)
            return cls(None, tone_style=tone_style, user_words=user_words, reason=reason)
        return cls(dictionary, source=base, tone_style=tone_style, user_words=user_words)

    @property
    def unavailable_reason(self) -> str:
        """Why spell checking is off, in the language of the moment ("" when it is on)."""
        return render(self._reason) if self._reason is not None else ""

    @property
    def available(self) -> bool:
        return self._dictionary is not None

    @property
    def uses_rules(self) -> bool:
        """True when words are judged by the spelling rules (no hunspell dictionary was found)."""
        return isinstance(self._dictionary, SyllableRules)

    # -- user words ------------------------------------------------------------------------------------------
    @property
    def user_words(self) -> tuple[str, ...]:
        return tuple(sorted(w for forms in self._user.values() for w in forms))

    def add_word(self, word: str) -> None:
        """Accept a word from now on. A word added in lower case is accepted in any case; a name added with
        capitals (``Uông``) is accepted as written and in all capitals, but not in lower case."""
        word = convert_tone_style(nfc(word.strip()), "new")
        if word:
            self._user.setdefault(word.casefold(), set()).add(word)
            self._cache.clear()

    def remove_word(self, word: str) -> None:
        word = convert_tone_style(nfc(word.strip()), "new")
        forms = self._user.get(word.casefold())
        if forms:
            forms.discard(word)
            if not forms:
                del self._user[word.casefold()]
            self._cache.clear()

    def _user_accepts(self, word: str) -> bool:
        for form in self._user.get(word.casefold(), ()):
            if word == form or word == form.upper():
                return True
            if form.islower() and word in (form.capitalize(), form.title()):
                return True
        return False

    # -- checking --------------------------------------------------------------------------------------------
    def is_correct(self, word: str) -> bool:
        """One word (a syllable), in any tone-mark style and normalisation form."""
        known = self._cache.get(word)
        if known is None:
            normal = convert_tone_style(nfc(word), "new")
            known = (
                self._dictionary is None
                or _is_foreign_or_code(normal)
                or self._user_accepts(normal)
                or normal in _built_in_names()
                or (normal.isupper() and normal in _built_in_names_upper())
                or bool(self._dictionary.lookup(normal))
            )
            self._cache[word] = known
        return known

    def check(self, text: str) -> list[Misspelling]:
        """Misspelt words with their offsets in ``text``; [] when the checker is unavailable."""
        if self._dictionary is None:
            return []
        skip = [m.span() for m in _NOT_PROSE.finditer(text)] if ("." in text or "@" in text) else []
        found = []
        for match in _WORD.finditer(text):
            start, end = match.span()
            if (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
                continue  # 10km, H5N1, COVID-19: codes and units
            if skip and any(a <= start < b for a, b in skip):
                continue
            word = match.group(0)
            if word in _UNITS and _NUMBER_BEFORE.search(text, max(0, start - 24), start):
                continue
            if not self.is_correct(word):
                found.append(Misspelling(start, end, word))
        return found

    def suggest(self, word: str, limit: int = 8) -> list[str]:
        """Replacements in the house tone-mark style, best first; [] when unavailable."""
        if self._dictionary is None:
            return []
        normal = convert_tone_style(nfc(word), "new")
        out: list[str] = []
        for suggestion in islice(self._dictionary.suggest(normal), limit * 2):
            styled = convert_tone_style(suggestion, self.tone_style)
            if styled not in out and " " not in styled and "-" not in styled:
                out.append(styled)
            if len(out) >= limit:
                break
        return out
