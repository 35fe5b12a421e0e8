"""Word styles as the importer needs them: a style's role (title, caption, quote…) and the formatting it gives runs.

Word stores built-in style names in English whatever the UI language (``caption``, ``heading 1``) but localises the
style id (``Beschriftung``, ``Chuthich``); LibreOffice and Google Docs vary again. Roles are matched on both, with the
localised names reporters' machines use, and inherited through ``w:basedOn``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# role → names (casefolded, without spaces, accents and digits) that mean it
_ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "caption": ("caption", "chuthich", "chuthichanh", "beschriftung", "legende", "didascalia", "leyenda",
                "bijschrift", "podpis", "legenda", "figurecaption", "imagecaption", "photocaption", "figure",
                "abbildung", "captionedfigurecaption", "tieude anh"),
    "credit": ("photocredit", "credit", "tacgiaanh", "nguonanh"),
    "title": ("title", "tieude", "titre", "titel", "titolo", "titulo", "tit", "tenbai", "headline"),
    "subtitle": ("subtitle",),
    "kicker": ("kicker", "titphu", "overline", "tieudephu", "suptitle"),
    "sapo": ("sapo", "lead", "chapo", "standfirst", "dek", "tomtat", "dauvao"),
    "dateline": ("dateline",),
    "quote": ("quote", "intensequote", "blocktext", "blockquote", "quotations", "trichdan", "zitat", "citation"),
    "byline": ("byline", "author", "tacgia", "butdanh"),
    "source": ("sourceline", "nguon"),
    "related_heading": ("relatedheading", "tinlienquan"),
    "related": ("relatedlink",),
    "list": ("listparagraph", "listbullet", "listnumber", "list"),
}  # fmt: skip


def _key(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def role_of_name(name: str) -> str | None:
    """'caption', 'title', 'heading', … for a style name or id in any of the languages we know; None otherwise."""
    key = _key(name)
    if not key:
        return None
    letters = key.rstrip("0123456789")
    digits = key[len(letters) :]
    if letters in ("heading", "uberschrift", "kop", "naglowek", "demuc") and digits:
        return "title" if digits == "0" else "heading"
    if letters == "titre" and digits:
        return "heading"
    for role, names in _ROLE_NAMES.items():
        if key in names or letters in names:
            return role
    return None


@dataclass(frozen=True, slots=True)
class Style:
    style_id: str
    name: str
    role: str | None
    heading_level: int  # 0 when not a heading
    bold: bool | None
    italic: bool | None
    size: float | None  # points
    font: str | None


class Styles:
    """Paragraph and character styles of a document, with inheritance resolved."""

    def __init__(self, root: etree._Element | None) -> None:
        self._raw: dict[str, etree._Element] = {}
        self._cache: dict[str, Style] = {}
        self.default_size: float = 11.0
        self.default_font: str | None = None
        self.default_style = ""
        if root is None:
            return
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if defaults is not None:
            self.default_size = _size(defaults) or self.default_size
            self.default_font = _font(defaults)
        for style in root.iter(f"{W}style"):
            style_id = style.get(f"{W}styleId") or ""
            self._raw[style_id] = style
            if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true"):
                self.default_style = style_id

    def get(self, style_id: str | None) -> Style:
        style_id = style_id or self.default_style
        found = self._cache.get(style_id)
        if found is None:
            found = self._cache[style_id] = self._resolve(style_id, depth=0)
        return found

    def _resolve(self, style_id: str, depth: int) -> Style:
        raw = self._raw.get(style_id)
        if raw is None or depth > 20:
            return Style(style_id, style_id, role_of_name(style_id), 0, None, None, None, None)
        name_el = raw.find(f"{W}name")
        name = name_el.get(f"{W}val") if name_el is not None else style_id
        based = raw.find(f"{W}basedOn")
        parent = self._resolve(based.get(f"{W}val") or "", depth + 1) if based is not None else None
        role = role_of_name(name or "") or role_of_name(style_id)
        level = _heading_level(raw, name or style_id) if role in ("heading", "title") else 0
        if role is None and parent is not None and parent.role not in ("title", "list"):
            role, level = parent.role, parent.heading_level
        rpr = raw.find(f"{W}rPr")
        return Style(
            style_id,
            name or style_id,
            role,
            level,
            _flag(rpr, "b") if _flag(rpr, "b") is not None else (parent.bold if parent else None),
            _flag(rpr, "i") if _flag(rpr, "i") is not None else (parent.italic if parent else None),
            _size(rpr) or (parent.size if parent else None),
            _font(rpr) or (parent.font if parent else None),
        )


def _heading_level(raw: etree._Element, name: str) -> int:
    outline = raw.find(f"{W}pPr/{W}outlineLvl")
    if outline is not None and (outline.get(f"{W}val") or "").isdigit():
        return int(outline.get(f"{W}val") or "0") + 1
    digits = "".join(ch for ch in name if ch.isdigit())
    return int(digits) if digits else 1


def _flag(rpr: etree._Element | None, tag: str) -> bool | None:
    if rpr is None:
        return None
    element = rpr.find(f"{W}{tag}")
    if element is None:
        return None
    return (element.get(f"{W}val") or "true").lower() not in ("0", "false", "off", "none")


def _size(rpr: etree._Element | None) -> float | None:
    if rpr is None:
        return None
    element = rpr.find(f"{W}sz")
    value = element.get(f"{W}val") if element is not None else None
    try:
        return int(value) / 2 if value else None
    except ValueError:
        return None


def _font(rpr: etree._Element | None) -> str | None:
    if rpr is None:
        return None
    fonts = rpr.find(f"{W}rFonts")
    if fonts is None:
        return None
    for attribute in ("ascii", "hAnsi", "cs", "eastAsia"):
        value = fonts.get(f"{W}{attribute}")
        if value:
            return value
    return None


run_flag, run_size, run_font = _flag, _size, _font
