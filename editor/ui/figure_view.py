"""Draws a figure inside the body editor as it will be exported: the photo, then caption and credit under it.

Qt asks this handler for the size and the painting of each object character (``QTextObjectInterface``). The
caption line comes from the outlet profile's ``caption_parts`` (the same function the exporters use), so the
reporter sees "… . Ảnh: Vân Anh" exactly as the desk will.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QObject, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)

from editor.model.article import Figure, Layout
from editor.ui.body_doc import FIGURE_ID, FigureRegistry
from editor.ui.imaging import smooth_scaled
from editor.ui.photos import PhotoStore
from editor.ui.workers import Jobs

CAPTION_GAP = 6.0
PLACEHOLDER_RATIO = 2 / 3
SELECTION = QColor("#2f6fd6")


def caption_html(parts: list[tuple[str, bool]]) -> str:
    """Caption segments as rich text: the caption in italics, the credit in bold (the house Caption styles)."""
    out = []
    for text, is_credit in parts:
        html = escape(text).replace("\n", "<br>")
        out.append(f"<b>{html}</b>" if is_credit else html)
    return "".join(out)


class FigureHandler(QPyTextObject):
    repaint = Signal()

    # QPyTextObject, not (QObject, QTextObjectInterface): PySide6 6.12's qobject_cast cannot see the interface on a
    # Python subclass of the latter, so Qt would silently ignore the handler and draw nothing.

    def __init__(self, registry: FigureRegistry, photos: PhotoStore,
                 caption_parts: Callable[[Figure], list[tuple[str, bool]]],
                 empty_caption: Callable[[], str], parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.registry = registry
        self.photos = photos
        self.caption_parts = caption_parts
        self.empty_caption = empty_caption
        self.selected_id = 0
        self.max_height = 460.0  # a tall photo must not push the text off the screen (the window sets it to fit)
        self._captions: dict[tuple[str, str, int], QTextDocument] = {}
        self._sizes: dict[tuple[int, float, int | None, float], tuple[Figure, QSizeF]] = {}
        self._scaled_cache: dict[tuple[int, int, int], QImage] = {}
        self._scaling: set[tuple[int, int, int]] = set()
        self.jobs = Jobs(parent=self)
        font = QFont()
        font.setPointSizeF(10.5)
        font.setItalic(True)
        font.setBold(True)
        self._metrics = QFontMetricsF(font)

    # -- geometry ------------------------------------------------------------------------------------------

    def _figure(self, fmt: QTextFormat) -> tuple[int, Figure | None]:
        ident = int(fmt.property(FIGURE_ID) or 0)
        return ident, self.registry.get(ident)

    @staticmethod
    def _column(document: QTextDocument) -> float:
        width = document.textWidth()
        if width <= 0:
            width = 640.0
        return max(160.0, width - 2 * document.documentMargin() - 2)

    def _image_rect(self, figure: Figure, column: float) -> QRectF:
        width = column if figure.layout in (Layout.FULL, Layout.WIDE) else column * 0.5
        image = self.photos.thumbnail(figure)
        ratio = image.height() / image.width() if image is not None and not image.isNull() else PLACEHOLDER_RATIO
        if image is not None and not image.isNull():
            width = min(width, max(image.width(), 1) * 4.0)  # never blow a tiny picture up beyond recognition
        limit = min(column * 1.2, self.max_height)  # a tall photo must not push the text off the screen
        height = min(width * ratio, limit)
        width = height / ratio if width * ratio > limit else width
        x = column - width if figure.layout is Layout.RIGHT else 0.0
        if figure.layout in (Layout.FULL, Layout.WIDE):
            x = (column - width) / 2
        return QRectF(x, 0, width, height)

    def _caption_doc(self, figure: Figure, width: int) -> QTextDocument:
        key = (figure.caption, figure.credit, figure.rights, width)
        doc = self._captions.get(key)
        if doc is None:
            if len(self._captions) > 400:
                self._captions.clear()
            doc = QTextDocument()
            doc.setDocumentMargin(0)
            font = QFont()
            font.setPointSizeF(10.5)
            font.setItalic(True)
            doc.setDefaultFont(font)
            parts = self.caption_parts(figure)  # the builder's composition: caption, labels, credit
            if parts:
                doc.setHtml(caption_html(parts))
            else:
                doc.setHtml(f"<span style='color:#8a8a8a'>{escape(self.empty_caption())}</span>")
            doc.setTextWidth(width)
            self._captions[key] = doc
        return doc

    def intrinsicSize(self, document: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        ident, figure = self._figure(fmt)
        column = self._column(document)
        if figure is None:
            return QSizeF(column, 24)
        # Qt asks three or four times per figure while laying out an insert; the answer only changes with the
        # figure, the column, its picture or the height limit.
        image = self.photos.thumbnail(figure)
        key = (ident, column, image.cacheKey() if image is not None else None, self.max_height)
        known = self._sizes.get(key)
        if known is not None and known[0] is figure:
            return QSizeF(known[1])
        rect = self._image_rect(figure, column)
        caption = self._caption_doc(figure, int(rect.width()))
        size = QSizeF(column, rect.height() + CAPTION_GAP + caption.size().height())
        if len(self._sizes) > 400:
            self._sizes.clear()
        self._sizes[key] = (figure, size)
        return size

    def _scaled(self, image: QImage, rect: QRectF) -> QImage | None:
        """The picture smooth-scaled to its on-screen size, made once in a worker; None until it is ready.

        Smooth scaling at every paint (or even once on the GUI thread) costs milliseconds per photo.
        """
        size = rect.size().toSize()
        key = (image.cacheKey(), size.width(), size.height())
        scaled = self._scaled_cache.get(key)
        if scaled is None and key not in self._scaling:
            if len(self._scaled_cache) > 60:
                self._scaled_cache.clear()
            self._scaling.add(key)

            def done(result: QImage) -> None:
                self._scaling.discard(key)
                self._scaled_cache[key] = result
                self.repaint.emit()

            width, height = size.width(), size.height()
            self.jobs.submit(lambda: smooth_scaled(image, width, height), done,
                             lambda _message: self._scaling.discard(key))  # fmt: skip
        return scaled

    def forget_captions(self) -> None:
        """The caption form changed (another outlet profile): lay every caption out again."""
        self._captions.clear()
        self._sizes.clear()

    # -- painting ------------------------------------------------------------------------------------------

    def drawObject(self, painter: QPainter, rect: QRectF, document: QTextDocument, pos: int,
                   fmt: QTextFormat) -> None:  # fmt: skip
        ident, figure = self._figure(fmt)
        if figure is None:
            return
        column = self._column(document)
        image_rect = self._image_rect(figure, column).translated(rect.topLeft())
        image = self.photos.thumbnail(figure)
        painter.save()
        if image is not None and not image.isNull():
            scaled = self._scaled(image, image_rect)
            if scaled is not None:
                painter.drawImage(image_rect.topLeft(), scaled)
            else:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
                painter.drawImage(image_rect, image)  # fast and a little rough, for the moment it takes to smooth it
        else:
            painter.fillRect(image_rect, QColor("#e9e6df"))
            painter.setPen(QColor("#6b675f"))
            text = self.tr("Loading photo…") if image is None else self.tr("Cannot show this photo")
            painter.drawText(image_rect, Qt.AlignmentFlag.AlignCenter, f"{text}\n{figure.image}")
        if ident == self.selected_id:
            painter.setPen(QPen(SELECTION, 3))
            painter.drawRect(image_rect.adjusted(-2, -2, 2, 2))
        caption = self._caption_doc(figure, int(image_rect.width()))
        painter.translate(QPointF(image_rect.left(), image_rect.bottom() + CAPTION_GAP))
        caption.drawContents(painter)
        painter.restore()
