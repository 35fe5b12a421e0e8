"""The navigator's rows: one per photo of the article in body order, with its thumbnail (scaled once in a worker from
the session's own), number, caption start and the checks' findings about it; and the delegate that paints a row.

Rows follow the article without a reset: unchanged photos keep their rows, so typing a caption repaints one row and a
new photo inserts one (the list keeps its scroll position and selection).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QImage, QPainter, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from editor.messages import render
from editor.model.article import Article, Figure
from editor.ui.body_editor import FIGURE_MIME
from editor.ui.imaging import smooth_scaled
from editor.ui.workers import Jobs

if TYPE_CHECKING:
    from editor.ui.photos import PhotoStore

PHOTO_MIME = "application/x-banthao-photo-number"  # "<navigator id>:<photo number>", dropped only on its navigator
ICON = QSize(72, 54)
ROW_HEIGHT = 64
BLOCK_ROLE = Qt.ItemDataRole.UserRole
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
CAPTION_ROLE = Qt.ItemDataRole.UserRole + 3
SEVERITY_ORDER = ("error", "warning", "hint")
# Marks drawn by the style (no font glyph, so no empty boxes on any platform).
SEVERITY_ICON = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
                 "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
                 "hint": QStyle.StandardPixmap.SP_MessageBoxInformation}  # fmt: skip


@dataclass(frozen=True)
class Row:
    block: int  # index in Article.body
    figure: Figure


class Thumbnails(QObject):
    """Small pictures for the rows, scaled once in a worker from the session's own thumbnails."""

    changed = Signal(str)  # photo name

    def __init__(self, photos: PhotoStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.photos = photos
        self.jobs = Jobs(parent=self)
        self.scale = 1.0  # the screen's device pixel ratio
        self._icons: dict[tuple[Any, ...], QImage] = {}
        self._scaling: set[tuple[Any, ...]] = set()
        self.made = 0  # scaled pictures made so far (each photo once, whatever the edits)
        self._waiting: set[str] = set()  # photos a row asked for before the session had a picture of them
        photos.thumbnailReady.connect(self._arrived)

    def _arrived(self, name: str) -> None:
        """The session has a new picture of ``name``: only rows still waiting for one change. A sharper preview of a
        photo whose row picture is made changes nothing here, and repainting the list for each of 30 previews cost
        up to 50 ms a time while the workers held the interpreter lock."""
        if name in self._waiting:
            self._waiting.discard(name)
            self.changed.emit(name)

    def icon(self, figure: Figure) -> QImage | None:
        """The picture when ready, a null image when the photo cannot be shown, None while it is being made."""
        key = (figure.image, figure.quarter_turns, figure.crop)
        source = self.photos.thumbnail(figure)  # asks for one when the session has none yet
        if source is None:
            self._icons.pop(key, None)  # the session forgot its thumbnails (another article): so does the list
            self._waiting.add(figure.image)
            return None
        if source.isNull():
            return source
        icon = self._icons.get(key)
        if icon is None and key not in self._scaling:
            self._scaling.add(key)
            self.made += 1
            width, height = fitted(source.size(), ICON * self.scale)

            def done(image: QImage) -> None:
                self._scaling.discard(key)
                image.setDevicePixelRatio(self.scale)
                self._icons[key] = image
                self.changed.emit(figure.image)

            # Before the session's previews in the pool's queue: a row's picture is a millisecond's work.
            self.jobs.submit(lambda: smooth_scaled(source, width, height), done,
                             lambda _message: self._scaling.discard(key), priority=2)  # fmt: skip
        return icon


def fitted(size: QSize, box: QSize) -> tuple[int, int]:
    """``size`` scaled to fit inside ``box``, keeping its proportions."""
    if size.width() <= 0 or size.height() <= 0:
        return box.width(), box.height()
    ratio = min(box.width() / size.width(), box.height() / size.height())
    return max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio))


def caption_start(caption: str, limit: int = 160) -> str:
    text = " ".join(caption.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


class PhotoModel(QAbstractListModel):
    """One row per photo of the article, in body order."""

    def __init__(self, thumbnails: Thumbnails, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails
        self.rows: list[Row] = []
        self.marks: dict[int, tuple[Figure, list[Any]]] = {}  # id(figure) → (figure, its findings)
        self.move = lambda photo, before: None  # set by the navigator: performs a move
        thumbnails.changed.connect(self._thumbnail_changed)

    def tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("PhotoNavigator", text)

    # -- following the article -----------------------------------------------------------------------------

    def set_article(self, article: Article) -> bool:
        """Rows for ``article``: unchanged photos keep their rows; only the changed part is replaced. False when
        the photos and their places are the same as before (typing in a paragraph)."""
        body, old = article.body, self.rows
        places = [i for i, block in enumerate(body) if isinstance(block, Figure)]  # at every keystroke: kept lean
        same = len(places) == len(old)
        if same and all(row.block == i and body[i] is row.figure for row, i in zip(old, places, strict=True)):
            return False
        new = [Row(i, body[i]) for i in places]
        if len(new) == len(old):
            self.rows = new
            for number, (was, now) in enumerate(zip(old, new, strict=True)):
                if was.figure is not now.figure:
                    self.dataChanged.emit(self.index(number), self.index(number))
            return True
        start = 0
        while start < min(len(old), len(new)) and old[start].figure is new[start].figure:
            start += 1
        end = 0  # photos kept at the end
        while end < min(len(old), len(new)) - start and old[-1 - end].figure is new[-1 - end].figure:
            end += 1
        if len(old) - end > start:
            self.beginRemoveRows(QModelIndex(), start, len(old) - end - 1)
            self.rows = old[:start] + old[len(old) - end :]
            self.endRemoveRows()
        if len(new) - end > start:
            self.beginInsertRows(QModelIndex(), start, len(new) - end - 1)
            self.rows = new[: len(new) - end] + self.rows[start:]
            self.endInsertRows()
        self.rows = new  # the kept rows' block indices may have shifted
        if end:  # the photos kept after the change have new numbers ("Ảnh 3" became "Ảnh 4")
            self.refresh()
        return True

    def set_findings(self, findings: object, body: tuple[Any, ...]) -> None:
        """Mark the photos the checks found something about (``location.field == "body"`` at a photo's block).

        Findings point at blocks of the article they were run on; the photo found there now carries them, and keeps
        them while it moves (marks belong to the figure, not to the row) until the next run replaces them.
        """
        marks: dict[int, tuple[Figure, list[Any]]] = {}
        for finding in findings or ():  # type: ignore[attr-defined]
            location = getattr(finding, "location", None)
            block = getattr(location, "block", None)
            if getattr(location, "field", None) != "body" or not isinstance(block, int) or not 0 <= block < len(body):
                continue
            figure = body[block]
            if isinstance(figure, Figure):
                marks.setdefault(id(figure), (figure, []))[1].append(finding)
        self.marks = marks
        self.refresh()

    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    def _thumbnail_changed(self, name: str) -> None:
        for number, row in enumerate(self.rows):
            if row.figure.image == name:
                self.dataChanged.emit(self.index(number), self.index(number), [Qt.ItemDataRole.DecorationRole])

    def findings_of(self, figure: Figure) -> list[Any]:
        kept = self.marks.get(id(figure))
        return kept[1] if kept is not None and kept[0] is figure else []

    # -- what the view shows -------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == NUMBER_ROLE:
            return self.tr("Photo {0}").format(index.row() + 1)
        if role == CAPTION_ROLE:
            return caption_start(row.figure.caption)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            caption = caption_start(row.figure.caption) or self.tr("No caption yet")
            found = self.findings_of(row.figure)
            problems = self.tr("1 problem") if len(found) == 1 else self.tr("{0} problems").format(len(found))
            more = f" · {problems}" if found else ""
            return f"{self.data(index, NUMBER_ROLE)}: {caption}{more}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [caption_start(row.figure.caption, 300) or self.tr("No caption yet")]
            lines += ["• " + render(f.text) for f in self.findings_of(row.figure)]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.icon(row.figure)
        if role == SEVERITY_ROLE:
            found = {str(getattr(getattr(f, "severity", ""), "value", "hint")) for f in self.findings_of(row.figure)}
            return next((s for s in SEVERITY_ORDER if s in found), None)
        if role == BLOCK_ROLE:
            return row.block
        return None

    # -- dragging ------------------------------------------------------------------------------------------

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops go between rows, never onto one
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PHOTO_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            mime.setData(PHOTO_MIME, QByteArray(f"{id(self)}:{rows[0]}".encode()))
            mime.setData(FIGURE_MIME, QByteArray(str(self.rows[rows[0]].block).encode()))  # into the text, too
        return mime

    def dragged_photo(self, mime: QMimeData) -> int | None:
        """The photo number a drag from this list carries (None for anything else)."""
        if not mime.hasFormat(PHOTO_MIME):
            return None
        owner, _, number = bytes(mime.data(PHOTO_MIME).data()).decode().partition(":")
        return int(number) if owner == str(id(self)) and number.isdigit() else None

    def canDropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex) -> bool:  # fmt: skip
        return self.dragged_photo(mime) is not None

    def dropMimeData(self, mime: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex) -> bool:  # fmt: skip
        photo = self.dragged_photo(mime)
        if photo is None or action != Qt.DropAction.MoveAction:
            return False
        before = len(self.rows) if row < 0 else row
        self.move(photo, before)
        return True

    def removeRows(self, row: int, count: int, parent: QModelIndex | None = None) -> bool:
        return False  # rows go only when the article says so (the view would remove the dragged row after a move)


class PhotoDelegate(QStyledItemDelegate):
    """Thumbnail at the left; the number (and the mark) above the start of the caption, in two lines at most."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marks: dict[str, QIcon] = {}  # the style's icons, made once
        self._lines: dict[tuple[str, int, str], list[str]] = {}  # a caption's lines at a width

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(ICON.width() + 120, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        style = option.widget.style() if option.widget is not None else None
        painter.save()
        if style is not None:  # the row's background (selection, hover) as the style paints it, without the text
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(4, 4, -4, -4)
        box = QRect(rect.left(), rect.top() + (rect.height() - ICON.height()) // 2, ICON.width(), ICON.height())
        self._paint_picture(painter, box, index.data(Qt.ItemDataRole.DecorationRole), option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        left = box.right() + 8
        severity = index.data(SEVERITY_ROLE)
        mark = 16 if severity else 0
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        line = QFontMetrics(bold).height()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(left, rect.top(), rect.right() - left - mark - 4, line), align, index.data(NUMBER_ROLE))
        if severity and style is not None:
            icon = self._marks.get(severity)
            if icon is None:
                icon = self._marks[severity] = style.standardIcon(SEVERITY_ICON[severity], None, option.widget)
            icon.paint(painter, QRect(rect.right() - mark, rect.top() + (line - mark) // 2, mark, mark))
        caption = index.data(CAPTION_ROLE)
        font = QFont(option.font)
        font.setItalic(not caption)
        painter.setFont(font)
        if not caption:
            text_colour = QColor(text_colour)
            text_colour.setAlpha(150)
            painter.setPen(text_colour)
        caption_rect = QRect(left, rect.top() + line + 2, rect.right() - left, rect.bottom() - rect.top() - line - 2)
        self._paint_lines(painter, caption_rect, caption or self.tr("No caption yet"), font)
        painter.restore()

    @staticmethod
    def _paint_picture(painter: QPainter, box: QRect, image: object, option: QStyleOptionViewItem) -> None:
        if isinstance(image, QImage) and not image.isNull():
            width, height = fitted(image.deviceIndependentSize().toSize(), box.size())
            target = QRect(box.left() + (box.width() - width) // 2, box.top() + (box.height() - height) // 2,
                           width, height)  # fmt: skip
            painter.drawImage(target, image)
            return
        painter.fillRect(box, QColor("#e9e6df"))
        if isinstance(image, QImage) and option.widget is not None:  # a null image: the photo cannot be shown
            icon = option.widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            icon.paint(painter, box.adjusted(box.width() // 2 - 10, box.height() // 2 - 10,
                                             -(box.width() // 2 - 10), -(box.height() // 2 - 10)))  # fmt: skip

    def _paint_lines(self, painter: QPainter, rect: QRect, text: str, font: QFont, most: int = 2) -> None:
        """``text`` wrapped into ``rect``, at most ``most`` lines, the last one elided (laid out once per width)."""
        metrics = QFontMetrics(font)
        key = (text, rect.width(), font.key())
        pieces = self._lines.get(key)
        if pieces is None:
            if len(self._lines) > 500:
                self._lines.clear()
            pieces = self._lines[key] = self._wrapped(text, rect.width(), font, metrics, most)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for number, piece in enumerate(pieces):
            top = rect.top() + number * metrics.height()
            painter.drawText(QRect(rect.left(), top, rect.width(), metrics.height()), align, piece)

    @staticmethod
    def _wrapped(text: str, width: int, font: QFont, metrics: QFontMetrics, most: int) -> list[str]:
        layout = QTextLayout(text, font)
        layout.beginLayout()
        lines, used = [], 0
        while len(lines) < most:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append((line.textStart(), line.textLength()))
            used = line.textStart() + line.textLength()
        layout.endLayout()
        pieces = [text[start : start + length].rstrip() for start, length in lines]
        if lines and used < len(text):
            pieces[-1] = metrics.elidedText(text[lines[-1][0] :], Qt.TextElideMode.ElideRight, width)
        return pieces
