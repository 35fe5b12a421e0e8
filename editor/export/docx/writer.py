"""``export_docx``: IR → DOCX on the house (or a newsroom's) template, as a generator of progress steps.

Order of work: open and check the template, write the head of the article, then each block; a figure waits for its
rendition (made in parallel, in the background, from the first step), so text and photos overlap. Nothing touches
``out`` until the whole document is built; it is then written to a temporary file beside ``out`` and moved over it,
so a failure or a cancellation (closing the generator) leaves an existing ``out`` unchanged and no temporary file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from docx.document import Document
from docx.oxml import parse_xml

from editor.errors import InputError
from editor.export.docx import ooxml
from editor.export.docx import template as t
from editor.export.docx.body import BodyWriter, clean
from editor.export.docx.bundle import write_bundle
from editor.export.docx.package import save_document
from editor.export.docx.photos import FrameGeometry, PhotoStream
from editor.export.docx.properties import language_tag, set_core_properties
from editor.export.docx.source_part import attach_source_part
from editor.export.ir import IRDocument, IRFigure
from editor.export.options import DocxOptions
from editor.export.progress import Progress
from editor.files.atomic import atomic_output, write_refusal
from editor.messages import Message, msg


def _apply_house_font(document: Document, font: str, size: float) -> None:
    """Rebuild the house styles for another font or size, so headings and captions keep their proportions."""
    from editor.export.docx import make_reference  # not at import time: it is also run as a script (-m)

    font = clean(font).strip() or make_reference.FONT
    if (font, size) == (make_reference.FONT, 13.0):
        return
    styles = document.styles.element
    fresh = parse_xml(make_reference.styles_xml(size, font=font).encode("utf-8"))
    for child in list(styles):
        styles.remove(child)
    for child in list(fresh):
        styles.append(child)


def _apply_font_size(document: Document, size: float) -> None:
    """A newsroom template keeps its fonts; only an explicit size option changes its Normal style."""
    normal = document.styles[t.NORMAL].element
    ooxml.set_size(ooxml.rpr_of(normal), size)
    ooxml.set_size(ooxml.doc_defaults_rpr(document.styles.element), size)


def prepare_template(doc: IRDocument, options: DocxOptions) -> tuple[Document, t.StyleIds, FrameGeometry]:
    reference = t.resolve_reference(options.reference, options.profile_reference)
    document, source = t.open_template(reference)
    ids = t.style_ids(document, source)
    if reference is None:
        _apply_house_font(document, options.profile_font, options.font_size or options.profile_font_size)
    elif options.font_size:
        _apply_font_size(document, options.font_size)
    ooxml.set_default_language(document.styles.element, language_tag(doc.lang))
    body = document.element.body
    ooxml.clear_body(body)
    sect_pr = body.find(ooxml.qn("w:sectPr"))
    width, height = ooxml.text_area(sect_pr) if sect_pr is not None else ooxml.text_area(ooxml.OxmlElement("w:sectPr"))
    return document, ids, FrameGeometry(width, height, dpi=max(72, min(int(options.dpi), 1200)))


def _progress_message(figure: IRFigure, total: int) -> Message:
    return msg("export.step.placing-photo", number=figure.number, total=total)


def export_docx(doc: IRDocument, out: Path, options: DocxOptions = DocxOptions()) -> Iterator[Progress]:  # noqa: B008
    """Write ``doc`` to ``out`` (and ``out.zip`` with ``options.bundle``), yielding a progress step per photo."""
    out = Path(out)
    figures = doc.figures
    total = len(figures) + 2
    yield Progress(0, total, msg("export.step.template"))
    if not out.parent.is_dir():
        raise InputError(msg("export.no-output-folder"), source=out.parent)
    if options.bundle and out.suffix.lower() == ".zip":
        raise InputError(msg("export.bundle-same-name"), source=out)
    document, ids, geometry = prepare_template(doc, options)
    stream = PhotoStream(figures, geometry, quality=options.quality, embed_originals=options.embed_originals)
    try:
        writer = BodyWriter(document, ids, geometry, caption_numbering=options.caption_numbering)
        writer.head(doc)
        placed = 0
        for block in doc.blocks:
            if isinstance(block, IRFigure):
                writer.figure(block, stream.get(placed))
                placed += 1
                yield Progress(placed, total, _progress_message(block, len(figures)))
            else:
                writer.block(block)
        writer.tail(doc)
        if doc.source_json:
            attach_source_part(document, doc.source_json)
        set_core_properties(document, doc, deterministic=options.deterministic)
    finally:
        stream.close()
    yield Progress(total - 1, total, msg("export.step.writing-docx"))
    _write(document, doc, out, options)
    yield Progress(total, total, msg("export.step.docx-done"))


def _write(document: Document, doc: IRDocument, out: Path, options: DocxOptions) -> None:
    try:
        with atomic_output(out) as tmp_docx:
            save_document(document, tmp_docx, deterministic=options.deterministic)
            os.chmod(tmp_docx, 0o644)
            if options.bundle:
                with atomic_output(out.with_suffix(".zip")) as tmp_zip:
                    write_bundle(doc, tmp_docx, out.name, tmp_zip, deterministic=options.deterministic)
                    os.chmod(tmp_zip, 0o644)
    except InputError:
        raise
    except OSError as exc:
        raise write_refusal(exc, out) from None
