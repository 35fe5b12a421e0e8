"""IR blocks → paragraphs in house styles: a thin translator, every editorial decision was made by the IR builder.

Text from the IR is stripped of characters XML cannot hold (the IR builder already cleans input, but an IR built by
hand may not be clean, and lxml would raise in the middle of a document).
"""

from __future__ import annotations

import io
from typing import Any

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Emu
from docx.table import Table
from docx.text.paragraph import Paragraph

from editor.errors import InputError
from editor.export.docx import ooxml
from editor.export.docx import template as t
from editor.export.docx.image_parts import remember_image_digests
from editor.export.docx.photos import FrameGeometry, caption_height
from editor.export.ir import IRByline, IRDocument, IRFigure, IRHeading, IRParagraph, IRQuote
from editor.export.photo_errors import photo_error
from editor.media.renditions import Rendition
from editor.messages import msg
from editor.messages.log import log_cause
from editor.model.article import Layout, Span
from editor.text.normalize import strip_xml_illegal
from editor.text.profile import DocumentWords

ALT_TEXT_LIMIT = 2000  # alt text is a sentence or two; a pasted 10 MB caption is not alt text
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def clean(text: str) -> str:
    return strip_xml_illegal(text)


def clip(text: str, limit: int) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class BodyWriter:
    """Appends the article to an emptied template document, in reading order."""

    def __init__(self, document: Document, ids: t.StyleIds, geometry: FrameGeometry, *,
                 caption_numbering: bool = False) -> None:  # fmt: skip
        self.document = document
        self.ids = ids
        self.geometry = geometry
        self.caption_numbering = caption_numbering
        self._body: Any = document._body  # python-docx's block container (add_paragraph, part)
        self._table_last = False  # a floating table must be followed by a paragraph before anything else
        self._link_ids: dict[str, str] = {}
        self.words = DocumentWords()  # the document's own words; head() takes the profile's
        remember_image_digests()  # python-docx would otherwise re-hash every photo for each one added

    # --- paragraphs and runs ------------------------------------------------------------------------------------

    def paragraph(self, style: str, container: Any = None) -> Paragraph:
        container = container if container is not None else self._body
        if container is self._body:
            self._table_last = False
        p = container.add_paragraph()
        ooxml.set_paragraph_style(p._p, self.ids[style])
        return p

    def text(self, style: str, text: str) -> Paragraph | None:
        text = clean(text)
        if not text.strip():
            return None
        p = self.paragraph(style)
        p._p.append(ooxml.run(text))
        return p

    def link_id(self, url: str) -> str:
        url = clean(url)
        if url not in self._link_ids:
            self._link_ids[url] = self.document.part.relate_to(url, RT.HYPERLINK, is_external=True)
        return self._link_ids[url]

    def spans(self, p: Paragraph, spans: tuple[Span, ...]) -> None:
        for span in spans:
            text = clean(span.text)
            if not text:
                continue
            if span.link:
                r = ooxml.run(text, style_id=self.ids[t.HYPERLINK], bold=span.bold, italic=span.italic)
                p._p.append(ooxml.hyperlink(self.link_id(span.link), [r]))
            else:
                p._p.append(ooxml.run(text, bold=span.bold, italic=span.italic))

    # --- the article ---------------------------------------------------------------------------------------------

    def head(self, doc: IRDocument) -> None:
        self.words = doc.words
        self.text(t.KICKER, doc.kicker)
        self.text(t.TITLE, doc.title)
        self.text(t.DATELINE, doc.dateline_line)
        self.byline(doc.byline_top)
        self.text(t.SAPO, doc.sapo)

    def block(self, block: IRParagraph | IRHeading | IRQuote) -> None:
        if isinstance(block, IRHeading):
            self.text(t.HEADING, block.text)
        elif isinstance(block, IRQuote | IRParagraph) and clean(block.text).strip():
            self.spans(self.paragraph(t.QUOTE if isinstance(block, IRQuote) else t.BODY), block.spans)

    def tail(self, doc: IRDocument) -> None:
        self.byline(doc.byline_end)
        self.text(t.SOURCE, doc.source_line)
        related = [(clean(title).strip(), url) for title, url in doc.related if clean(title).strip()]
        if related:
            self.text(t.RELATED_HEADING, doc.related_heading or doc.words.related)
            for title, url in related:
                p = self.paragraph(t.RELATED)
                if not url:  # a title waiting for its address: plain text, never left out
                    p._p.append(ooxml.run(title))
                    continue
                r = ooxml.run(title, style_id=self.ids[t.HYPERLINK])
                p._p.append(ooxml.hyperlink(self.link_id(url), [r]))
        body = self.document.element.body
        # Word wants a paragraph after a table at the end of the body, and at least one paragraph in a body.
        if self._table_last or body.find(qn("w:p")) is None:
            self.paragraph(t.BODY)

    def byline(self, byline: IRByline) -> None:
        """One paragraph per credit line; bold and alignment follow the profile, overriding the style only if needed."""
        style = self.document.styles[t.BYLINE]
        style_bold = bool(style.font.bold)
        style_align = style.paragraph_format.alignment or WD_ALIGN_PARAGRAPH.LEFT
        wanted_align = _ALIGN.get(byline.align, WD_ALIGN_PARAGRAPH.RIGHT)
        for line in byline.lines:
            p = self.text(t.BYLINE, line)
            if p is None:
                continue
            if wanted_align != style_align:
                p.alignment = wanted_align
            if byline.bold != style_bold:
                for r in p.runs:
                    r.bold = byline.bold

    # --- figures ---------------------------------------------------------------------------------------------------

    def figure(self, figure: IRFigure, rendition: Rendition) -> None:
        box_w, _box_h = self.geometry.box(figure.layout)
        text = "".join(part for part, _credit in figure.caption_parts)
        reserve = caption_height(text, box_w, self._caption_points())
        width, height = self.geometry.fit(figure.layout, rendition.width, rendition.height, reserve)
        if figure.layout in (Layout.LEFT, Layout.RIGHT):
            if self._table_last:  # two adjacent tables would merge into one in Word
                self.paragraph(t.BODY)
            # The caption's line length was reckoned at the box width: a photo shrunk for it keeps the box wide.
            shrunk = height < self.geometry.fit(figure.layout, rendition.width, rendition.height)[1]
            table_width = max(width, box_w) if shrunk else width
            tbl = ooxml.floating_table(round(table_width / ooxml.EMU_PER_TWIP), figure.layout.value)
            self._append_block(tbl)
            cell = Table(tbl, self._body).cell(0, 0)
            picture_p = cell.paragraphs[0]
            ooxml.set_paragraph_style(picture_p._p, self.ids[t.FIGURE])
            self._picture(picture_p, figure, rendition, width, height)
            self._caption(figure, cell)
            self._table_last = True
        else:
            picture_p = self.paragraph(t.FIGURE)
            self._picture(picture_p, figure, rendition, width, height)
            self._caption(figure, None)

    def _caption_points(self) -> float:
        """The Caption style's font size (pt), as the template sets it (12 pt by default)."""
        by_id = {style.style_id: style for style in self.document.styles}
        for name in (t.CAPTION, t.BODY):
            style = by_id.get(self.ids[name])
            while style is not None and style.font.size is None:
                style = style.base_style
            if style is not None:
                return float(style.font.size.pt)
        return 12.0

    def _append_block(self, element: Any) -> None:
        body = self.document.element.body
        sect_pr = body.find(qn("w:sectPr"))
        if sect_pr is not None:
            sect_pr.addprevious(element)
        else:
            body.append(element)

    def _picture(self, p: Paragraph, figure: IRFigure, rendition: Rendition, width: int, height: int) -> None:
        # keepNext + keepLines set directly, not only through the style: a newsroom template may lack them, and a
        # photo at the foot of a page with its caption on the next is the one layout fault desks always complain of.
        ooxml.keep_with_next(p._p)
        run = p.add_run()
        try:
            run.add_picture(io.BytesIO(rendition.data), width=Emu(width), height=Emu(height))
        except Exception as exc:  # python-docx's own header parser on an embedded original it does not understand
            log_cause(figure.image_name, exc)
            raise photo_error(InputError(msg("photo.cannot-place-docx")), figure) from None
        inline = run._r.findall(f".//{qn('wp:inline')}")[-1]
        alt = clip(figure.alt, ALT_TEXT_LIMIT) or clip(figure.caption_text, ALT_TEXT_LIMIT)
        ooxml.set_alt_text(inline, alt, f"{self.words.photo} {figure.number}")
        ooxml.set_picture_name(inline, f"{clean(figure.slug)}.{rendition.ext}")

    def _caption(self, figure: IRFigure, container: Any) -> None:
        parts = [(clean(text), is_credit) for text, is_credit in figure.caption_parts]
        parts = [(text, is_credit) for text, is_credit in parts if text]
        if not parts and not self.caption_numbering:
            return
        p = self.paragraph(t.CAPTION, container)
        ooxml.keep_lines(p._p)
        if self.caption_numbering:
            p._p.append(ooxml.run(f"{self.words.photo} "))
            for r in ooxml.seq_field(self.words.photo, figure.number):
                p._p.append(r)
            if parts:
                p._p.append(ooxml.run(": "))
        for text, is_credit in parts:
            p._p.append(ooxml.run(text, style_id=self.ids[t.CREDIT] if is_credit else None))
