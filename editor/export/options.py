"""Options of each writer, shared by the CLI, the app's export dialog and the API."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DocxOptions:
    reference: Path | None = None  # a newsroom's own reference DOCX; None = the profile's / the house template
    bundle: bool = False  # also write OUT.zip: the DOCX, the original photos renamed in order, a caption list
    font_size: float | None = None  # None = the profile's (13 pt)
    dpi: int = 300  # rendition resolution at the frame width
    quality: int = 85  # JPEG quality of renditions
    embed_originals: bool = False  # embed the untouched originals instead of renditions
    caption_numbering: bool = False  # "Ảnh 1: …" with a real SEQ field
    deterministic: bool = True  # fixed zip times and no "now": the same input gives the same bytes


@dataclass(frozen=True)
class HtmlOptions:
    mode: str = "folder"  # folder | self-contained | fragment
    widths: tuple[int, ...] = (480, 960, 1600)
    quality: int = 82
