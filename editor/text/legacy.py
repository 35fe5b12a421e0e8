"""Legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows and VIQR, decoded (and encoded, for tests).

Old documents arrive as bytes, or, inside a DOCX, as the characters Word got by reading those bytes as cp1252
(the "mojibake" ``Søc lan táa ë U«ng BÝ``). The tables follow the published definitions (TCVN 5712:1993 VN3,
the VNI Windows font layout, RFC 1456 VIQR) in the form UniKey's converter uses: TCVN3 has one byte per
lower-case letter and no toned capitals (``…H`` fonts such as ``.VnTimeH`` draw every code as a capital), and
writes ``ư`` as 0xAD, the soft hyphen many tools drop; VNI writes a base letter plus a mark byte. The encoding
is chosen from the run's font (``encoding_for_font``) or by the reporter; ``detect_mojibake`` only hints.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from editor.text.normalize import nfc
from editor.text.syllable import is_vietnamese_syllable

Encoding = Literal["tcvn3", "tcvn3-upper", "vni", "viqr"]
ENCODINGS: tuple[Encoding, ...] = ("tcvn3", "tcvn3-upper", "vni", "viqr")

# Tone marks in TCVN3's order inside each vowel's block: huyền, hỏi, ngã, sắc, nặng.
_TONE_ORDER = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")

# -- TCVN3 (TCVN 5712:1993 VN3) ------------------------------------------------------------------------------
_TCVN3_PLAIN = {
    0xA1: "Ă",
    0xA2: "Â",
    0xA3: "Ê",
    0xA4: "Ô",
    0xA5: "Ơ",
    0xA6: "Ư",
    0xA7: "Đ",
    0xA8: "ă",
    0xA9: "â",
    0xAA: "ê",
    0xAB: "ô",
    0xAC: "ơ",
    0xAD: "ư",
    0xAE: "đ",
}
# Each lower-case vowel's five toned forms, at these byte values in _TONE_ORDER.
_TCVN3_TONED = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
TCVN3_DECODE: dict[int, str] = dict(_TCVN3_PLAIN)
for _vowel, _codes in _TCVN3_TONED.items():
    for _tone, _code in zip(_TONE_ORDER, _codes, strict=True):
        TCVN3_DECODE[_code] = nfc(_vowel + _tone)
TCVN3_ENCODE: dict[str, int] = {ch: code for code, ch in TCVN3_DECODE.items()}

# -- VNI-Windows ---------------------------------------------------------------------------------------------
# Mark bytes after a lower-case base letter (a capital base takes the byte 0x20 lower: ù F9 → Ù D9).
_VNI_TONE = dict(zip(_TONE_ORDER, (0xF8, 0xFB, 0xF5, 0xF9, 0xEF), strict=True))
_VNI_CIRCUMFLEX = {"": 0xE2, **dict(zip(_TONE_ORDER, (0xE0, 0xE5, 0xE3, 0xE1, 0xE4), strict=True))}
_VNI_BREVE = {"": 0xEA, **dict(zip(_TONE_ORDER, (0xE8, 0xFA, 0xFC, 0xE9, 0xEB), strict=True))}
# Letters VNI writes as one byte: đ, ơ, ư, the toned i's and ỵ.
_VNI_SINGLE = {
    "đ": 0xF1,
    "ơ": 0xF4,
    "ư": 0xF6,
    "ì": 0xEC,
    "í": 0xED,
    "ỉ": 0xE6,
    "ĩ": 0xF3,
    "ị": 0xF2,
    "ỵ": 0xEE,
}


def _vni_lower(letter: str) -> bytes | None:
    """VNI bytes of one lower-case Vietnamese letter, or None when it is not one."""
    if letter in _VNI_SINGLE:
        return bytes([_VNI_SINGLE[letter]])
    decomposed = unicodedata.normalize("NFD", letter)
    base, marks = decomposed[0], decomposed[1:]
    tone = next((m for m in marks if m in _TONE_ORDER), "")
    shape = "".join(m for m in marks if m not in _TONE_ORDER)
    if base not in "aeiouy" or len(marks) > 2:
        return None
    if shape == "\u0302" and base in "aeo":
        return bytes([ord(base), _VNI_CIRCUMFLEX[tone]])
    if shape == "\u0306" and base == "a":
        return bytes([ord(base), _VNI_BREVE[tone]])
    if shape == "\u031b" and base in "ou":
        horn = _VNI_SINGLE["ơ" if base == "o" else "ư"]
        return bytes([horn, _VNI_TONE[tone]]) if tone else bytes([horn])
    if shape or not tone:
        return None
    return bytes([ord(base), _VNI_TONE[tone]])


def _vietnamese_letters() -> list[str]:
    letters = ["đ"]
    for vowel in ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"):
        letters.append(vowel)
        letters.extend(nfc(vowel + tone) for tone in _TONE_ORDER)
    return letters


VNI_ENCODE: dict[str, bytes] = {}
for _letter in _vietnamese_letters():
    _lower = _vni_lower(_letter)
    if _lower is not None and _lower != _letter.encode("latin-1", "ignore"):
        VNI_ENCODE[_letter] = _lower
        # Capitals: the base letter's capital and each mark byte's capital (0x20 below) in Latin-1.
        VNI_ENCODE[_letter.upper()] = bytes(b - 0x20 if b >= 0xC0 else ord(chr(b).upper()) for b in _lower)
VNI_DECODE: dict[str, str] = {code.decode("latin-1"): letter for letter, code in VNI_ENCODE.items()}
_VNI_LONGEST = max(len(k) for k in VNI_DECODE)


# -- bytes ↔ the characters Word shows for them --------------------------------------------------------------
def _byte_of(ch: str) -> int | None:
    """The byte a cp1252 reading turned into ``ch`` (C1 controls and Latin-1 map to themselves)."""
    if ord(ch) < 0x100:
        return ord(ch)
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return None


def _as_cp1252_text(data: bytes) -> str:
    # Word-style reading: cp1252, with its five undefined bytes kept as the matching C1 controls.
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def _to_cp1252_bytes(text: str, errors: str) -> bytes:
    out = bytearray()
    for ch in text:
        b = _byte_of(ch)
        if b is None:
            if errors == "strict":
                raise ValueError(f"{ch!r} has no code in this encoding")
            out += b"?"
        else:
            out.append(b)
    return bytes(out)


# -- decoders ------------------------------------------------------------------------------------------------
def decode_tcvn3(text: str | bytes, *, upper: bool = False) -> str:
    """TCVN3 bytes, or their cp1252 mojibake, → Unicode NFC. ``upper`` for ``…H`` fonts (all capitals)."""
    if isinstance(text, bytes):
        text = _as_cp1252_text(text)
    out = []
    for ch in text:
        b = _byte_of(ch)
        out.append(TCVN3_DECODE.get(b, ch) if b is not None and b >= 0xA0 else ch)
    result = "".join(out)
    return nfc(result.upper() if upper else result)


def decode_vni(text: str | bytes) -> str:
    """VNI-Windows bytes, or their cp1252 mojibake (``Söùc lan toûa``), → Unicode NFC."""
    if isinstance(text, bytes):
        text = _as_cp1252_text(text)
    out, i = [], 0
    while i < len(text):
        for size in range(_VNI_LONGEST, 0, -1):
            piece = text[i : i + size]
            letter = VNI_DECODE.get(piece)
            if letter is None and size == 2 and len(piece) == 2:
                # A mark byte in the other case than its base (“Aù”) still marks that base.
                letter = VNI_DECODE.get(piece[0] + piece[1].swapcase())
                letter = (letter.upper() if piece[0].isupper() else letter.lower()) if letter else None
            if letter is not None:
                out.append(letter)
                i += size
                break
        else:
            out.append(text[i])
            i += 1
    return nfc("".join(out))


_VIQR_TONES = {"'": "\u0301", "`": "\u0300", "?": "\u0309", "~": "\u0303", ".": "\u0323"}
_VIQR_SHAPES = {"^": "\u0302", "(": "\u0306", "+": "\u031b", "*": "\u031b"}
_VIQR = re.compile(r"\\(.)|([dD][dD])|([aeiouyAEIOUY])([\^(+*]?)(['`?~.]?)")


def decode_viqr(text: str) -> str:
    """VIQR (RFC 1456: ``Vie^.t Nam``, ``dda^'t``, ``u+o+``) → Unicode NFC; ``\\`` keeps a mark literal.

    As in the RFC, a ``.`` or ``?`` right after a vowel is a tone mark; write ``\\.`` for a full stop there.
    """

    def repl(m: re.Match[str]) -> str:
        if m.group(1) is not None:
            return m.group(1)
        if m.group(2) is not None:
            return "Đ" if m.group(2)[0] == "D" else "đ"
        vowel, shape, tone = m.group(3), m.group(4), m.group(5)
        combining = _VIQR_SHAPES.get(shape, "")
        base = vowel.lower()
        fits = (
            (shape == "^" and base in "aeo")
            or (shape == "(" and base == "a")
            or (shape in "+*" and shape and base in "ou")
        )
        if shape and not fits:
            return vowel + shape + tone  # not a VIQR letter (i^, e+): leave it as typed
        return nfc(vowel + combining + _VIQR_TONES.get(tone, ""))

    return nfc(_VIQR.sub(repl, text))


def decode_legacy(text: str | bytes, encoding: Encoding) -> str:
    """Decode with an explicit encoding (from the font name or the reporter's choice)."""
    if encoding == "tcvn3":
        return decode_tcvn3(text)
    if encoding == "tcvn3-upper":
        return decode_tcvn3(text, upper=True)
    if encoding == "vni":
        return decode_vni(text)
    if encoding == "viqr":
        return decode_viqr(text.decode("ascii", errors="replace") if isinstance(text, bytes) else text)
    raise ValueError(f"unknown legacy encoding {encoding!r}; use one of {', '.join(ENCODINGS)}")


# -- encoders ------------------------------------------------------------------------------------------------
def encode_tcvn3(text: str, *, upper_font: bool = False, errors: str = "strict") -> bytes:
    """Unicode → TCVN3 bytes. Toned capitals exist only in ``…H`` fonts: pass ``upper_font`` for an
    all-capitals run (coded as lower case, drawn as capitals); otherwise they raise ValueError
    (``errors="replace"``: ``?``)."""
    text = nfc(text.lower() if upper_font else text)
    out = bytearray()
    for ch in text:
        if ch in TCVN3_ENCODE:
            out.append(TCVN3_ENCODE[ch])
        elif ch.lower() in TCVN3_ENCODE and ch.lower() not in _TCVN3_PLAIN.values():
            if errors == "strict":
                raise ValueError(f"TCVN3 has no capital {ch!r}; encode the run for an …H font (upper_font=True)")
            out += b"?"
        else:
            out += _to_cp1252_bytes(ch, errors)
    return bytes(out)


def encode_vni(text: str, *, errors: str = "strict") -> bytes:
    """Unicode → VNI-Windows bytes."""
    out = bytearray()
    for ch in nfc(text):
        out += VNI_ENCODE[ch] if ch in VNI_ENCODE else _to_cp1252_bytes(ch, errors)
    return bytes(out)


def encode_viqr(text: str) -> str:
    """Unicode → VIQR (for tests and for mail to old systems)."""
    shapes = {"\u0302": "^", "\u0306": "(", "\u031b": "+"}
    tones = {v: k for k, v in _VIQR_TONES.items()}
    out = []
    for ch in nfc(text):
        if ch in "đĐ":
            out.append("dd" if ch == "đ" else "DD")
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        if decomposed[0].lower() in "aeiouy" and len(decomposed) > 1:
            marks = decomposed[1:]
            shape = "".join(shapes.get(m, "") for m in marks)
            out.append(decomposed[0] + shape + "".join(tones.get(m, "") for m in marks))
        else:
            out.append(ch)
    return "".join(out)


def as_mojibake(data: bytes) -> str:
    """What Word shows for legacy bytes in a Unicode document (cp1252 reading); for tests and previews."""
    return _as_cp1252_text(data)


# -- font names ----------------------------------------------------------------------------------------------
def encoding_for_font(font_name: str | None) -> Encoding | None:
    """The encoding a font implies: ``.VnTime`` → tcvn3, ``.VnTimeH`` → tcvn3-upper, ``VNI-Times`` → vni.

    None for Unicode fonts (and no name), so callers fall back to the reporter's explicit choice.
    """
    if not font_name:
        return None
    name = font_name.strip()
    if name.lower().startswith(".vn"):
        family = re.sub(r"\s+(Bold|Italic|Regular)$", "", name, flags=re.IGNORECASE)
        return "tcvn3-upper" if family.endswith("H") else "tcvn3"
    if re.match(r"vni[-_ ]", name, flags=re.IGNORECASE):
        return "vni"
    return None


# -- detection -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MojibakeGuess:
    encoding: Encoding
    confidence: float  # 0..1
    decoded: str  # the paragraph decoded with that encoding, to preview the conversion


_PUNCT_EDGES = re.compile(r"^[^\w]+|[^\w]+$")


def _word(token: str) -> str:
    return _PUNCT_EDGES.sub("", token)


def detect_mojibake(text: str, *, min_words: int = 2) -> MojibakeGuess | None:
    """A guess that a paragraph is legacy text read as cp1252 (or VIQR), or None.

    A word counts for an encoding when decoding turns something that is not a Vietnamese syllable into one;
    the guess needs ``min_words`` such words and few words spoiled. Ordinary Vietnamese and English never
    qualify: their words are syllables already, or stay non-syllables after decoding. Short runs are
    unreliable; prefer ``encoding_for_font`` when the font is known.
    """
    tokens = nfc(text).split()
    if not tokens:
        return None
    best: tuple[int, MojibakeGuess] | None = None
    for encoding in ("tcvn3", "vni", "viqr"):
        improved = spoiled = changed = 0
        decoded_tokens = []
        for token in tokens:
            decoded = decode_legacy(token, encoding)
            decoded_tokens.append(decoded)
            if decoded == token:
                continue
            changed += 1
            before, after = _word(token), _word(decoded)
            valid_before = bool(before) and is_vietnamese_syllable(before)
            valid_after = bool(after) and is_vietnamese_syllable(after)
            improved += valid_after and not valid_before
            spoiled += valid_before and not valid_after
        if improved < min_words or improved < 0.6 * changed or spoiled * 4 > improved:
            continue
        confidence = round((improved - spoiled) / changed * (1 - 0.5**improved), 3)
        guess = MojibakeGuess(encoding, confidence, " ".join(decoded_tokens))
        score = improved - spoiled
        if best is None or score > best[0]:
            best = (score, guess)
    return best[1] if best else None
