"""The selected photo with its crop frame in the inspector: drag the frame (or use the arrow keys) to choose what
the crop keeps; the frame keeps its shape, so a preset ratio stays exact."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from editor.model.article import Crop

STEP = 0.02  # of the photo, per arrow key


def moved(crop: Crop, dx: float, dy: float) -> Crop:
    """``crop`` shifted by (dx, dy) fractions, kept inside the photo, its size unchanged."""
    left, top, right, bottom = crop
    width, height = right - left, bottom - top
    left = min(max(0.0, left + dx), 1.0 - width)
    top = min(max(0.0, top + dy), 1.0 - height)
    return (left, top, left + width, top + height)


class CropFrame(QWidget):
    cropChanged = Signal(object)  # the crop after a drag or a key press (one edit each)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.crop: Crop | None = None
        self._grab: QPointF | None = None
        self._start: Crop | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Drag the frame to choose what the crop keeps (arrow keys move it too)"))

    def sizeHint(self) -> QSize:
        return QSize(260, 170)

    def set_photo(self, image: QImage | None, crop: Crop | None) -> None:
        """The upright, uncropped photo and its crop (None: no frame)."""
        self.image = image if image is not None and not image.isNull() else None
        self.crop = crop
        self.setCursor(Qt.CursorShape.OpenHandCursor if crop else Qt.CursorShape.ArrowCursor)
        self.update()

    def image_rect(self) -> QRectF:
        area = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        if self.image is None or area.width() <= 0 or area.height() <= 0:
            return area
        scale = min(area.width() / self.image.width(), area.height() / self.image.height())
        width, height = self.image.width() * scale, self.image.height() * scale
        return QRectF(area.left() + (area.width() - width) / 2, area.top() + (area.height() - height) / 2,
                      width, height)  # fmt: skip

    def frame_rect(self) -> QRectF | None:
        if self.crop is None:
            return None
        box = self.image_rect()
        left, top, right, bottom = self.crop
        return QRectF(box.left() + left * box.width(), box.top() + top * box.height(),
                      (right - left) * box.width(), (bottom - top) * box.height())  # fmt: skip

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        box = self.image_rect()
        if self.image is None:
            painter.fillRect(box, QColor("#e9e6df"))
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(box, self.image)
        frame = self.frame_rect()
        if frame is None:
            return
        shade = QColor(0, 0, 0, 140)
        painter.fillRect(QRectF(box.left(), box.top(), box.width(), frame.top() - box.top()), shade)
        painter.fillRect(QRectF(box.left(), frame.bottom(), box.width(), box.bottom() - frame.bottom()), shade)
        painter.fillRect(QRectF(box.left(), frame.top(), frame.left() - box.left(), frame.height()), shade)
        painter.fillRect(QRectF(frame.right(), frame.top(), box.right() - frame.right(), frame.height()), shade)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawRect(frame)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        frame = self.frame_rect()
        if frame is not None and frame.contains(event.position()):
            self._grab, self._start = event.position(), self.crop
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab is None or self._start is None:
            return
        box = self.image_rect()
        delta = event.position() - self._grab
        self.crop = moved(self._start, delta.x() / box.width(), delta.y() / box.height())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._grab is not None:
            self._grab = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            if self.crop != self._start:
                self.cropChanged.emit(self.crop)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: (-STEP, 0), Qt.Key.Key_Right: (STEP, 0), Qt.Key.Key_Up: (0, -STEP),
                 Qt.Key.Key_Down: (0, STEP)}  # fmt: skip
        if self.crop is None or event.key() not in steps:
            super().keyPressEvent(event)
            return
        crop = moved(self.crop, *steps[event.key()])  # type: ignore[arg-type]
        if crop != self.crop:
            self.crop = crop
            self.update()
            self.cropChanged.emit(crop)
