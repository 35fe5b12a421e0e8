"""Options of each writer, shared by the CLI, the app's export dialog and the API.

The writers' own settings that an outlet profile decides (fonts, templates) are options too, filled in from the
profile by the export API through the registry; the IR carries only the article.
"""

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
    # Set from the outlet profile by the export API (editor/export/registry.py), not by the reporter:
    profile_font: str = "Times New Roman"  # the house template's body font
    profile_font_size: float = 13.0  # the house template's size when font_size is None
    profile_reference: str = ""  # the profile's reference template (a name under resources/docx, or a path)


@dataclass(frozen=True)
class HtmlOptions:
    mode: str = "folder"  # folder | self-contained | fragment
    widths: tuple[int, ...] = (480, 960, 1600)
    quality: int = 82
    template: str = ""  # the profile's page template under resources/html ("" = the house one); set by the API


@dataclass(frozen=True)
class MarkdownOptions:
    width: int = 1600  # long side of each photo's rendition, in pixels (never upscaled)
    quality: int = 82  # JPEG quality
