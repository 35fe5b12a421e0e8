"""Text hygiene on the reporter's command: typographic quotes, single spaces, house tone-mark style.

NFC and XML-illegal characters are handled at every boundary by ``editor.text.normalize``; the functions here
change what the reporter wrote, so the UI applies them only when asked (and the model can undo them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.text.normalize import clean_input, has_xml_illegal, nfc, strip_xml_illegal
from editor.text.tone import ToneStyle, convert_tone_style, tone_style_of

__all__ = [
    "HygieneOptions",
    "clean_input",
    "collapse_spaces",
    "convert_tone_style",
    "has_xml_illegal",
    "nfc",
    "smart_quotes",
    "strip_xml_illegal",
    "tidy",
    "tone_style_of",
]

# Characters after which a quote opens rather than closes.
_OPENERS_BEFORE = set(" \t\n\r\u00a0([{“‘«—–-/")
_SPACES = re.compile(r"[ \u00a0]{2,}")


def smart_quotes(text: str) -> str:
    """Straight quotes → Vietnamese typographic ones: “ ” outside, ‘ ’ nested; apostrophes inside words → ’.

    Direction comes from context (after a space or an opening bracket a quote opens), so nesting follows from
    the text itself: ``"Ông nói: 'Chào'."`` → ``“Ông nói: ‘Chào’.”``.
    """
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch not in "\"'":
            out.append(ch)
            continue
        before = out[-1] if out else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        opening = before == "" or before in _OPENERS_BEFORE
        if ch == "'" and before.isalnum() and after.isalnum():
            out.append("’")  # an apostrophe: rock'n'roll, O'Brien
        elif opening and after not in ("", " ", "\t", "\n"):
            out.append("“" if ch == '"' else "‘")
        else:
            out.append("”" if ch == '"' else "’")
    return "".join(out)


def collapse_spaces(text: str) -> str:
    """Runs of spaces (and no-break spaces) → one space; line breaks and tabs are left alone."""
    return _SPACES.sub(lambda m: "\u00a0" if set(m.group(0)) == {"\u00a0"} else " ", text)


@dataclass(frozen=True)
class HygieneOptions:
    quotes: bool = True
    spaces: bool = True
    tone_style: ToneStyle | None = None  # None: leave tone marks where the reporter put them


def tidy(text: str, options: HygieneOptions | None = None) -> str:
    """The "clean up text" command: NFC, no XML-illegal characters, then the chosen fixes."""
    options = options or HygieneOptions()
    text = clean_input(text)
    if options.spaces:
        text = collapse_spaces(text)
    if options.quotes:
        text = smart_quotes(text)
    if options.tone_style is not None:
        text = convert_tone_style(text, options.tone_style)
    return text
