"""The note under pre-filled fields: which values came from the photo's own information, in a reporter's words.

``Figure.provenance`` keeps the technical tags ("IPTC 2:120", "XMP dc:creator", "EXIF Artist", "IPTC 2:80 + IPTC
2:110" for a credit made of two); the note says "Chú thích, nguồn ảnh: từ thông tin trong ảnh (IPTC)" and its
tooltip keeps the tags for whoever checks them against exiftool.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

FAMILIES = ("IPTC", "XMP", "EXIF")


def families(source: str) -> str:
    """The kinds of photo information a tag names ("IPTC", "XMP, IPTC"), "" for none we know."""
    found = [word for word in source.replace("+", " ").split() if word in FAMILIES]
    return ", ".join(dict.fromkeys(found))


def provenance_note(pairs: Iterable[tuple[str, str]], label: Callable[[str], str]) -> tuple[str, str]:
    """(the note, its tooltip) for ``(field, tag)`` pairs; ``label`` names a field as the form does."""
    pairs = list(pairs)
    groups: dict[str, list[str]] = {}
    assumed: list[str] = []
    for name, source in pairs:
        groups.setdefault(families(source), []).append(label(name))
        if "assumed" in source:
            assumed.append(label(name))
    lines = []
    for kind, labels in groups.items():
        what = _capitalised(", ".join(labels))
        if kind:
            lines.append(QCoreApplication.translate("Provenance", "{0}: from the photo's information ({1})")
                         .format(what, kind))  # fmt: skip
        else:
            lines.append(QCoreApplication.translate("Provenance", "{0}: from the photo's information").format(what))
    if assumed:
        text = QCoreApplication.translate("Provenance", "{0}: the photo gives no time zone; Vietnam time assumed")
        lines.append(text.format(_capitalised(", ".join(assumed))))
    tooltip = "\n".join(f"{label(name)}: {source}" for name, source in pairs)
    return "\n".join(lines), tooltip


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
