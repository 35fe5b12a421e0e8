"""A new figure's fields pre-filled from the photo's metadata: the caption, the printed credit, the alt text, rights.

IPTC keeps two names apart: the photographer (2:80 By-line, XMP dc:creator, EXIF Artist) and the credit line the
supplier asks to be printed (2:110 Credit, photoshop:Credit; failing that 2:115 Source, photoshop:Source: the agency
that supplied it). The photographer always goes into ``Rights.creator``; the printed credit (``Figure.credit``, the
"Ảnh: …" after the caption) follows the outlet's ``credit_from``:

- ``"credit"``: the credit line, else the photographer ("Ảnh: Reuters", most Vietnamese outlets);
- ``"creator"``: the photographer, else the credit line;
- ``"creator/credit"``: both, as TTXVN prints them ("Ảnh: Dương Giang/TTXVN"), unless the credit line already
  names the photographer.

Each pre-filled value says where it came from (``Figure.provenance``), a combined credit names both tags.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from editor.media.metadata import PhotoMetadata, rights_from_metadata
from editor.model.article import Figure

CreditFrom = Literal["credit", "creator", "creator/credit"]
CREDIT_FROM: tuple[str, ...] = ("credit", "creator", "creator/credit")


def credit_line(meta: PhotoMetadata) -> tuple[str, str] | None:
    """The supplier's credit line and its tag: 2:110 Credit, else 2:115 Source when it is not the photographer."""
    if meta.credit:
        return meta.credit, meta.sources.get("credit", "metadata")
    if meta.supplier and _fold(meta.supplier) != _fold(meta.creator or ""):
        return meta.supplier, meta.sources.get("supplier", "metadata")
    return None


def printed_credit(meta: PhotoMetadata, credit_from: str = "credit") -> tuple[str, str] | None:
    """The credit to print with the caption, and where it came from, as the outlet's ``credit_from`` says."""
    line = credit_line(meta)
    creator = (meta.creator, meta.sources.get("creator", "metadata")) if meta.creator else None
    if line is None or creator is None:
        return line or creator
    if credit_from == "creator":
        return creator
    if credit_from == "creator/credit":
        if _fold(creator[0]) in _fold(line[0]):  # "Dương Giang/TTXVN" already: print it as the supplier wrote it
            return line
        return f"{creator[0]}/{line[0]}", f"{creator[1]} + {line[1]}"
    return line


def figure_from_metadata(meta: PhotoMetadata, name: str, credit_from: str = "credit") -> Figure:
    """A new figure for the photo ``name``: caption, printed credit, alt text and rights, each with its origin."""
    values = {"caption": (meta.caption, meta.sources.get("caption")), "alt": (meta.alt, meta.sources.get("alt"))}
    credit = printed_credit(meta, credit_from)
    if credit is not None:
        values["credit"] = credit
    changes: dict[str, str] = {}
    provenance: list[tuple[str, str]] = []
    for field_name, (value, source) in values.items():
        if value:
            changes[field_name] = value
            provenance.append((field_name, source or "metadata"))
    rights, more = rights_from_metadata(meta)  # creator, copyright, terms, web statement, source type, taken
    return replace(Figure(image=name), **changes, provenance=(*provenance, *more), rights=rights)  # type: ignore


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())
