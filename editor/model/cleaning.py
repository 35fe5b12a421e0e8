"""Cleaning text that arrives from other programs (paste, Word drafts): one implementation for every door.

- ``legacy_encoding`` / ``decode_run``: a run set in a legacy Vietnamese font (``.VnTime`` = TCVN3, ``.VnTimeH`` =
  TCVN3 upper case, ``VNI-Times`` = VNI) is decoded by the font's encoding, never by guessing.
- ``tidy_spans``: NFC, no-break spaces as spaces, one space between words, no spaces at the ends (HTML's white-space
  rules, which is also how a reader sees a Word paragraph).
"""

from __future__ import annotations

import re

from editor.model.article import Span, merge_spans
from editor.text.legacy import decode_legacy, encoding_for_font
from editor.text.normalize import clean_input


def legacy_encoding(font: str | None) -> str | None:
    """The legacy encoding a font name implies ('tcvn3', 'tcvn3-upper', 'vni'), or None for Unicode fonts."""
    return encoding_for_font(font) if font else None


def decode_run(text: str, encoding: str | None) -> str:
    """``text`` decoded from ``encoding`` (unchanged when None or when it does not decode)."""
    if encoding is None:
        return text
    try:
        return decode_legacy(text, encoding)  # type: ignore[arg-type]
    except ValueError:
        return text


def tidy_spans(spans: list[Span] | tuple[Span, ...]) -> tuple[Span, ...]:
    """NFC, no leading/trailing spaces, one space between words (HTML white-space rules)."""
    cleaned = []
    for span in spans:
        text = clean_input(span.text.replace("\xa0", " "))
        cleaned.append(Span(text, span.bold, span.italic, span.link))
    merged = list(merge_spans(cleaned))
    out: list[Span] = []
    previous_space = True
    for span in merged:
        text = span.text
        if previous_space:
            text = text.lstrip(" ")
        text = re.sub(r" {2,}", " ", text).replace(" \n", "\n").replace("\n ", "\n")
        if text:
            previous_space = text.endswith((" ", "\n"))
            out.append(Span(text, span.bold, span.italic, span.link))
    while out and out[-1].text.rstrip(" \n") != out[-1].text:
        last = out.pop()
        text = last.text.rstrip(" \n")
        if text:
            out.append(Span(text, last.bold, last.italic, last.link))
            break
    return merge_spans(out)
