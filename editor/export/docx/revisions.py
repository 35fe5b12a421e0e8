"""A DOCX of the new article whose differences from an earlier one are real Word revisions (tracked changes).

The house writer (``BodyWriter``) does the layout: styles, pictures, floating frames, captions. This module only
decides, unit by unit of the aligned diff (``editor.diff``), which runs are inserted (``w:ins``), deleted (``w:del``
with ``w:delText``) or reformatted (``w:rPrChange`` holding the old bold/italic), and marks the paragraph mark of a
whole inserted or deleted paragraph (``w:pPr/w:rPr/w:ins|w:del``), so that Word's "Accept all" gives exactly the new
article and "Reject all" exactly the old one. A figure deleted or inserted is its whole picture paragraph and caption;
a figure that moved (same photo hash) is written as ``w:moveFrom`` where it was and ``w:moveTo`` where it is, each a
whole picture and caption: Word shows a move, and clients that know only insertions and deletions still get both
sides right. Every revision carries one author and one instant, and ids count from 1, so the same inputs give the
same bytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from editor.diff.align import Change
from editor.diff.units import CREDIT, LINK
from editor.diff.words import Fmt, Piece
from editor.errors import InputError
from editor.export.docx import ooxml
from editor.export.docx import template as t
from editor.export.docx.body import _ALIGN, BodyWriter, clean
from editor.export.docx.photos import PhotoStream
from editor.export.docx.properties import set_core_properties
from editor.export.docx.writer import _write, prepare_template
from editor.export.ir import IRDocument, IRFigure
from editor.export.options import DocxOptions
from editor.export.progress import Progress
from editor.messages import msg

_STYLE_OF_KIND = {
    "kicker": t.KICKER, "title": t.TITLE, "dateline": t.DATELINE, "byline_top": t.BYLINE, "sapo": t.SAPO,
    "paragraph": t.BODY, "quote": t.QUOTE, "heading": t.HEADING, "byline_end": t.BYLINE, "source": t.SOURCE,
    "related_heading": t.RELATED_HEADING, "related": t.RELATED,
}  # fmt: skip
_PIECE_TAG = {"insert": "w:ins", "delete": "w:del"}
_WHOLE_TAG = {"insert": "w:ins", "delete": "w:del", "move_from": "w:moveFrom", "move_to": "w:moveTo"}
_RANGE = {"move_from": "w:moveFrom", "move_to": "w:moveTo"}
_TEXT_TAGS = {qn("w:t"): "w:delText", qn("w:instrText"): "w:delInstrText"}


@dataclass(frozen=True)
class Revision:
    """Who made the changes and when (the export instant), stamped on every revision."""

    author: str
    when: datetime

    @property
    def date(self) -> str:
        when = self.when if self.when.tzinfo else self.when.replace(tzinfo=UTC)
        return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class TrackedWriter(BodyWriter):
    """The house writer, writing each unit of the aligned diff with its revisions."""

    def __init__(self, *args: Any, revision: Revision, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.revision = revision
        self._next_id = 1
        self._caption_pieces: tuple[Piece, ...] | None = None

    # --- revision marks -------------------------------------------------------------------------------------

    def mark(self, tag: str) -> etree._Element:
        el = ooxml.element(tag, id=str(self._next_id), author=clean(self.revision.author) or "Bản Thảo",
                           date=self.revision.date)  # fmt: skip
        self._next_id += 1
        return el

    def _run(self, piece: Piece, bold_override: bool | None = None) -> etree._Element:
        bold, italic, _link, style = piece.fmt
        r = ooxml.run(clean(piece.text), style_id=self._style_id(style), bold=bold, italic=italic)
        if bold_override is not None and bold_override != bold:
            _set_bold(r, bold_override)
        if piece.op == "format" and piece.old_fmt is not None:
            old_bold, old_italic, _old_link, old_style = piece.old_fmt
            old = ooxml.run("", style_id=self._style_id(old_style), bold=old_bold, italic=old_italic)
            change = self.mark("w:rPrChange")
            old_rpr = old.find(qn("w:rPr"))
            change.append(old_rpr if old_rpr is not None else OxmlElement("w:rPr"))
            ooxml.rpr_of(r).append(change)  # CT_RPr: rPrChange comes after every property
        if piece.op == "delete":
            _to_deleted_text(r)
        return r

    def _style_id(self, style: str | None) -> str | None:
        if style == CREDIT:
            return self.ids[t.CREDIT]
        if style == LINK:
            return self.ids[t.HYPERLINK]
        return None

    def pieces(self, p: Any, pieces: tuple[Piece, ...], bold_override: bool | None = None) -> None:
        """Append runs for ``pieces``: changed runs inside w:ins/w:del, linked runs inside one w:hyperlink."""
        target = p._p
        link: str | None = None
        holder: etree._Element | None = None
        for piece in pieces:
            if not clean(piece.text):
                continue
            piece_link = piece.fmt[2]
            piece = Piece(piece.op, piece.text, _link_style(piece.fmt), piece.old_fmt and _link_style(piece.old_fmt))
            if piece_link != link:
                link = piece_link
                holder = ooxml.hyperlink(self.link_id(link), []) if link else None
                if holder is not None:
                    target.append(holder)
            parent = holder if holder is not None else target
            r = self._run(piece, bold_override)
            if piece.op in _PIECE_TAG:
                wrapper = self.mark(_PIECE_TAG[piece.op])
                wrapper.append(r)
                parent.append(wrapper)
            else:
                parent.append(r)

    def mark_paragraph(self, p_el: etree._Element, op: str) -> None:
        """The paragraph mark itself inserted/deleted/moved: the paragraph exists on one side only."""
        if op in _WHOLE_TAG:
            ooxml.rpr_of(ooxml.ppr(p_el)).append(self.mark(_WHOLE_TAG[op]))

    # --- units ----------------------------------------------------------------------------------------------

    def text_unit(self, change: Change, byline: Any = None) -> None:
        style = _STYLE_OF_KIND[change.kind]
        p = self.paragraph(style)
        bold_override = None
        if change.kind in ("byline_top", "byline_end") and byline is not None:
            bold_override, alignment = self._byline_format(byline)
            if alignment is not None:
                p.alignment = alignment
        self.pieces(p, change.pieces, bold_override)
        self.mark_paragraph(p._p, change.op)

    def _byline_format(self, byline: Any) -> tuple[bool | None, Any]:
        """What ``BodyWriter.byline`` overrides: bold and alignment only where the style differs from the profile."""
        style = self.document.styles[t.BYLINE]
        style_align = style.paragraph_format.alignment or WD_ALIGN_PARAGRAPH.LEFT
        wanted_align = _ALIGN.get(byline.align, WD_ALIGN_PARAGRAPH.RIGHT)
        bold = byline.bold if byline.bold != bool(style.font.bold) else None
        return bold, (wanted_align if wanted_align != style_align else None)

    def figure_unit(self, figure: IRFigure, rendition: Any, pieces: tuple[Piece, ...], op: str,
                    move_name: str = "") -> None:  # fmt: skip
        """The house figure (picture and caption); a whole inserted/deleted/moved one has every run marked."""
        body = self.document.element.body
        before = len([el for el in body if el.tag != qn("w:sectPr")])
        self._caption_pieces = pieces
        try:
            self.figure(figure, rendition)
        finally:
            self._caption_pieces = None
        if op not in _WHOLE_TAG:
            return
        added = [el for el in body if el.tag != qn("w:sectPr")][before:]
        for el in added:
            self._mark_whole(el, op)
        if op in _RANGE and added:
            self._move_range(added, op, move_name)

    def _move_range(self, added: list[etree._Element], op: str, move_name: str) -> None:
        """One named range around the whole moved figure: Word pairs moveFrom with moveTo by that name."""
        paragraphs = [p for el in added for p in ([el] if el.tag == qn("w:p") else el.iter(qn("w:p")))]
        start = self.mark(f"{_RANGE[op]}RangeStart")
        start.set(qn("w:name"), move_name)
        end = ooxml.element(f"{_RANGE[op]}RangeEnd", id=start.get(qn("w:id")))
        first, last = paragraphs[0], paragraphs[-1]
        first.insert(1 if first.find(qn("w:pPr")) is not None else 0, start)
        last.append(end)

    def _mark_whole(self, el: etree._Element, op: str) -> None:
        tag = _WHOLE_TAG[op]
        for tr in el.iter(qn("w:tr")):  # a floating figure: its table row is inserted/deleted too (CT_TrPr)
            tr_pr = tr.find(qn("w:trPr"))
            if tr_pr is None:
                tr_pr = OxmlElement("w:trPr")
                tr.insert(0, tr_pr)
            tr_pr.append(self.mark("w:ins" if op in ("insert", "move_to") else "w:del"))
        for p_el in [el] if el.tag == qn("w:p") else list(el.iter(qn("w:p"))):
            for r in [r for r in p_el.iter(qn("w:r")) if not _tracked(r)]:
                if op in ("delete", "move_from"):
                    _to_deleted_text(r)
                wrapper = self.mark(tag)
                r.addprevious(wrapper)
                wrapper.append(r)
            self.mark_paragraph(p_el, op)

    def _caption(self, figure: IRFigure, container: Any) -> None:
        pieces = self._caption_pieces
        if pieces is None:
            return super()._caption(figure, container)
        if not any(clean(p.text) for p in pieces) and not self.caption_numbering:
            return None
        p = self.paragraph(t.CAPTION, container)
        ooxml.keep_lines(p._p)
        if self.caption_numbering:
            p._p.append(ooxml.run(f"{self.words.photo} "))
            for r in ooxml.seq_field(self.words.photo, figure.number):
                p._p.append(r)
            if any(clean(piece.text) for piece in pieces):
                p._p.append(ooxml.run(": "))
        self.pieces(p, pieces)
        return None


def _link_style(fmt: Fmt) -> Fmt:
    """A body link's runs take the house hyperlink character style (what ``BodyWriter.spans`` does)."""
    bold, italic, link, style = fmt
    return (bold, italic, link, LINK) if link and style is None else fmt


def _tracked(r: etree._Element) -> bool:
    parent = r.getparent()
    return parent is not None and parent.tag in {qn(tag) for tag in (*_PIECE_TAG.values(), *_WHOLE_TAG.values())}


def _to_deleted_text(r: etree._Element) -> None:
    for el in r.iter():
        if el.tag in _TEXT_TAGS:
            el.tag = qn(_TEXT_TAGS[el.tag])


def _set_bold(r: etree._Element, bold: bool) -> None:
    props = ooxml.rpr_of(r)
    for tag in ("w:b", "w:bCs"):
        ooxml.insert_ordered(props, OxmlElement(tag) if bold else ooxml.element(tag, val="0"), ooxml.RPR_ORDER)


def _figure_sides(change: Change) -> list[tuple[IRFigure, tuple[Piece, ...], str]]:
    """What a figure change writes: (IR figure, caption pieces, whole-figure op) in page order."""
    old = change.old.ref if change.old is not None else None
    new = change.new.ref if change.new is not None else None
    if change.op in ("equal", "changed"):
        return [(new, change.pieces, "")]
    if change.op == "insert":
        return [(new, change.pieces, "insert")]
    if change.op == "delete":
        return [(old, change.pieces, "delete")]
    # A moved or replaced photo: each place holds one whole side (the old caption where it was, the new where it
    # is), left unmarked here so the whole-figure mark (moveFrom/moveTo, del/ins) covers caption and picture alike.
    old_pieces = tuple(Piece("equal", p.text, p.old_fmt or p.fmt) for p in change.pieces if p.op != "insert")
    new_pieces = tuple(Piece("equal", p.text, p.fmt) for p in change.pieces if p.op != "delete")
    if change.op == "move_from":
        return [(old, old_pieces, "move_from")]
    if change.op == "move_to":
        return [(new, new_pieces, "move_to")]
    return [(old, old_pieces, "delete"), (new, new_pieces, "insert")]  # replace_photo: another photo here


def export_docx_changes(new_doc: IRDocument, old_doc: IRDocument, changes: list[Change], out: Path,
                        options: DocxOptions, revision: Revision) -> Iterator[Progress]:  # fmt: skip
    """Write the merged document of ``changes`` (from ``align(units_from_ir(old), units_from_ir(new))``)."""
    out = Path(out)
    if not out.parent.is_dir():
        raise InputError(msg("export.no-output-folder"), source=out.parent)
    figures = [side for c in changes if c.kind == "figure" for side in _figure_sides(c)]
    total = len(figures) + 2
    yield Progress(0, total, msg("export.step.template"))
    document, ids, geometry = prepare_template(new_doc, options)
    stream = PhotoStream([f for f, _, _ in figures], geometry, quality=options.quality,
                         embed_originals=options.embed_originals)  # fmt: skip
    try:
        writer = TrackedWriter(document, ids, geometry, caption_numbering=options.caption_numbering,
                               revision=revision)  # fmt: skip
        writer.words = new_doc.words  # the document's own words, as head() takes them in the plain writer
        placed = 0
        for change in changes:
            if change.kind == "figure":
                for figure, pieces, op in _figure_sides(change):
                    move_name = f"move-{(change.unit.photo or '')[:16]}"  # moveFrom and moveTo pair by name
                    writer.figure_unit(figure, stream.get(placed), pieces, op, move_name)
                    placed += 1
                    yield Progress(placed, total, msg("export.step.placing-photo", number=placed, total=len(figures)))
            else:
                side = new_doc if change.new is not None else old_doc
                byline = side.byline_top if change.kind == "byline_top" else side.byline_end
                writer.text_unit(change, byline)
        body = document.element.body
        if writer._table_last or body.find(qn("w:p")) is None:
            writer.paragraph(t.BODY)
        source_json = getattr(new_doc, "source_json", "")  # the article travels inside every DOCX we export
        if source_json:
            from editor.export.docx.source_part import attach_source_part  # type: ignore[import-not-found]

            attach_source_part(document, source_json)
        set_core_properties(document, new_doc, deterministic=options.deterministic)
    finally:
        stream.close()
    yield Progress(total - 1, total, msg("export.step.writing-docx"))
    _write(document, new_doc, out, options)
    yield Progress(total, total, msg("export.step.docx-done"))
