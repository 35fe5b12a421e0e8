"""The source part of a Bản Thảo DOCX, read: the article it was exported from, and whether the body changed since.

The writer is ``editor.export.docx.source_part`` (which also re-exports ``read_source_article``, the name other
modules use); the format and the body digest live here, on the importers' floor, so both sides share one definition.
The package is read through the importer's safe reader (size caps, no XML entities).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from editor.errors import InputError
from editor.importers.package import DocxPackage
from editor.model.article import Article

SOURCE_NS = "urn:banthao:source-article:1"
SOURCE_VERSION = "1"
RT_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_PICTURE_TAGS = {
    "{http://schemas.openxmlformats.org/drawingml/2006/main}blip",
    "{urn:schemas-microsoft-com:vml}imagedata",
}
_T, _P, _TAB, _BR = (f"{{{W_NS}}}{tag}" for tag in ("t", "p", "tab", "br"))
PICTURE_MARK = "\ufffc"


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """What an exported DOCX says about itself.

    ``article``: the article as exported (photo names as in the article; the photos themselves are the DOCX's
    embedded renditions). ``edited``: True when the body found now differs from the body exported (text changed,
    pictures added or removed), so the DOCX is no longer just an export of ``article``.
    """

    article: Article
    edited: bool
    exported_digest: str
    current_digest: str
    part_name: str


def body_text_lines(body: etree._Element) -> list[str]:
    """The body's plain text, a line per paragraph (NFC, spaces collapsed, empty lines dropped), pictures as U+FFFC.

    Markup Word adds on save (run splits, proofing marks, bookmarks, rsids) does not change it; deleted text
    (``w:delText``) and the fallback copies of ``mc:AlternateContent`` are not read.
    """
    lines: list[str] = []
    current: list[str] = []
    skip_until: etree._Element | None = None
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if skip_until is not None:
            if event == "end" and element is skip_until:
                skip_until = None
            continue
        tag = element.tag
        if event == "start":
            if tag == MC_FALLBACK:
                skip_until = element
            elif tag == _T:
                current.append(element.text or "")
            elif tag in (_TAB, _BR):
                current.append(" ")
            elif tag in _PICTURE_TAGS:
                current.append(PICTURE_MARK)
        elif tag == _P:
            lines.append("".join(current))
            current = []
    lines.append("".join(current))
    tidy = (" ".join(unicodedata.normalize("NFC", line).split()) for line in lines)
    return [line for line in tidy if line]


def body_digest(body: etree._Element) -> str:
    text = "\n".join(body_text_lines(body))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _source_in(root: etree._Element) -> tuple[str, str] | None:
    if root.tag != f"{{{SOURCE_NS}}}source" or root.get("version") != SOURCE_VERSION:
        return None
    article = root.find(f"{{{SOURCE_NS}}}article")
    if article is None or not article.text:
        return None
    return article.text, root.get("bodyDigest") or ""


def read_source_article(docx_path: Path) -> SourceRecord | None:
    """The article a Bản Thảo DOCX was exported from, and whether its body was edited since; None for any other DOCX.

    None too when the source part is present but unreadable (damaged, or a newer format version): the caller then
    reads the document itself. Raises ``InputError`` (one line naming the file) only when ``docx_path`` is not a
    readable DOCX at all. The package is read through the importer's safe reader (size caps, no XML entities).
    """
    with DocxPackage(Path(docx_path)) as package:
        return record_from_package(package)


def record_from_package(package: DocxPackage, body: etree._Element | None = None) -> SourceRecord | None:
    """``read_source_article`` on a package already open (``body``: its parsed ``w:body``, when already read)."""
    from editor.model.interchange import article_from_json_text

    for rel in package.rels(package.main).values():
        if rel.type != RT_CUSTOM_XML or rel.external or not package.has(rel.target):
            continue
        try:
            found = _source_in(package.xml(rel.target))
        except InputError:
            continue
        if found is None:
            continue
        article_json, exported = found
        try:
            article = article_from_json_text(article_json, source=package.path, require_title=False)
        except InputError:
            return None
        if body is None:
            root = package.xml(package.main)
            body = root.find(f"{{{W_NS}}}body")
            body = body if body is not None else root
        current = body_digest(body)
        return SourceRecord(article, current != exported, exported, current, rel.target)
    return None
