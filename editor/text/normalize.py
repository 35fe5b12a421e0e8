"""The one NFC helper used at every input boundary, and XML-safe text."""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 cannot hold: C0 controls except tab/newline/CR, lone surrogates, U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def nfc(text: str) -> str:
    """Text in Unicode NFC (also repairs NFD and UniKey's "Unicode tổ hợp" composite form)."""
    return unicodedata.normalize("NFC", text)


def has_xml_illegal(text: str) -> bool:
    return _XML_ILLEGAL.search(text) is not None


def strip_xml_illegal(text: str) -> str:
    """Drop characters that neither DOCX nor HTML can carry (NUL, C0 controls, lone surrogates)."""
    return _XML_ILLEGAL.sub("", text)


def clean_input(text: str) -> str:
    """What every boundary does to incoming text: NFC and no XML-illegal characters."""
    return nfc(strip_xml_illegal(text))
