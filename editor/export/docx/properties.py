"""Document properties (docProps/core.xml): what Word's File › Info and the desk's file browser show.

Word limits these strings to 255 characters (python-docx raises beyond that), so values are clipped, never refused.
Times are the article's publication instant; "now" is written only when the caller asks for non-deterministic output.
"""

from __future__ import annotations

from datetime import UTC, datetime

from docx.document import Document

from editor.export.docx.body import clip
from editor.export.ir import IRDocument

CORE_LIMIT = 255


def language_tag(lang: str) -> str:
    """Word wants a region: "vi" → "vi-VN"."""
    lang = (lang or "vi").strip()
    return "vi-VN" if lang.lower() in ("vi", "vi-vn") else lang


def set_core_properties(document: Document, doc: IRDocument, *, deterministic: bool = True) -> None:
    props = document.core_properties
    element = props._element
    for child in list(element):  # nothing of the template's own properties (its author, its dates) survives
        element.remove(child)
    authors = "; ".join(doc.author_names)
    props.title = clip(doc.title, CORE_LIMIT)
    props.author = clip(authors, CORE_LIMIT)
    props.last_modified_by = clip(authors, CORE_LIMIT)
    props.subject = clip(doc.kicker, CORE_LIMIT)
    props.keywords = clip("; ".join(doc.keywords), CORE_LIMIT)
    props.comments = clip(doc.description, CORE_LIMIT)
    props.language = language_tag(doc.lang)
    props.revision = 1
    if doc.published is not None:
        # python-docx writes the time with a "Z" whatever its zone: hand it UTC.
        published = doc.published.astimezone(UTC).replace(tzinfo=None)
        props.created = published
        props.modified = published
    if not deterministic:
        props.modified = datetime.now(UTC).replace(tzinfo=None)
