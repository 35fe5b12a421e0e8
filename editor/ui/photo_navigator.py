"""The photo navigator: the article's photos in body order beside the text, to jump to one and to reorder them.

Each row shows the photo's thumbnail, its number ("Ảnh 3", as the checks name it), the start of its caption and a
mark when a check fails on it (the tooltip lists the findings). A click or the arrow keys select the photo in the
body and the inspector; Enter also puts the caret there. Dragging a row, Alt+↑/↓ or the buttons under the list move
the photo before another photo's place in the text: one undo step (``commands.photo_moved``).

Rows follow the session's article: only changed rows repaint, and thumbnails are the session's, scaled down once in
a worker (nothing is decoded or smooth-scaled on the GUI thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QDropEvent, QFont, QFontMetrics, QImage, QKeyEvent, QPainter, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.messages import render
from editor.model.article import Article, Figure
from editor.ui.body_editor import FIGURE_MIME
from editor.ui.commands import photo_moved
from editor.ui.imaging import smooth_scaled
from editor.ui.workers import Jobs

if TYPE_CHECKING:
    from editor.ui.body_editor import BodyEditor
    from editor.ui.main_window import MainWindow
    from editor.ui.photos import PhotoStore
    from editor.ui.session import Session

PHOTO_MIME = "application/x-banthao-photo-number"  # "<navigator id>:<photo number>", dropped only on its navigator
ICON = QSize(72, 54)
ROW_HEIGHT = 64
NAVIGATOR_WIDTH = 200
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
        photos.thumbnailReady.connect(self.changed)

    def icon(self, figure: Figure) -> QImage | None:
        """The picture when ready, a null image when the photo cannot be shown, None while it is being made."""
        key = (figure.image, figure.quarter_turns, figure.crop)
        source = self.photos.thumbnail(figure)  # asks for one when the session has none yet
        if source is None:
            self._icons.pop(key, None)  # the session forgot its thumbnails (another article): so does the list
            return None
        if source.isNull():
            return source
        icon = self._icons.get(key)
        if icon is None and key not in self._scaling:
            self._scaling.add(key)
            width, height = fitted(source.size(), ICON * self.scale)

            def done(image: QImage) -> None:
                self._scaling.discard(key)
                image.setDevicePixelRatio(self.scale)
                self._icons[key] = image
                self.changed.emit(figure.image)

            self.jobs.submit(lambda: smooth_scaled(source, width, height), done,
                             lambda _message: self._scaling.discard(key))  # fmt: skip
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

    def set_article(self, article: Article) -> None:
        """Rows for ``article``: unchanged photos keep their rows; only the changed part is replaced."""
        new = [Row(i, block) for i, block in enumerate(article.body) if isinstance(block, Figure)]
        old = self.rows
        if len(new) == len(old):
            self.rows = new
            for number, (was, now) in enumerate(zip(old, new, strict=True)):
                if was.figure is not now.figure:
                    self.dataChanged.emit(self.index(number), self.index(number))
            return
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
        self.refresh()

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
            more = " · " + self.tr("{0} problems").format(len(found)) if found else ""
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

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(ICON.width() + 120, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        style = option.widget.style() if option.widget is not None else None
        painter.save()
        if style is not None:
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text, plain.icon = "", plain.icon.__class__()
            plain.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
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
            icon = style.standardIcon(SEVERITY_ICON[severity], None, option.widget)
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
        self._paint_lines(painter, caption_rect, caption or self.parent().tr("No caption yet"), font)  # type: ignore
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

    @staticmethod
    def _paint_lines(painter: QPainter, rect: QRect, text: str, font: QFont, most: int = 2) -> None:
        """``text`` wrapped into ``rect``, at most ``most`` lines, the last one elided."""
        metrics = QFontMetrics(font)
        layout = QTextLayout(text, font)
        layout.beginLayout()
        lines, used = [], 0
        while len(lines) < most:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            lines.append((line.textStart(), line.textLength()))
            used = line.textStart() + line.textLength()
        layout.endLayout()
        for number, (start, length) in enumerate(lines):
            piece = text[start : start + length].rstrip()
            if number == len(lines) - 1 and used < len(text):
                piece = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, rect.width())
            top = rect.top() + number * metrics.height()
            painter.drawText(QRect(rect.left(), top, rect.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, piece)  # fmt: skip


class PhotoList(QListView):
    """The list: drops between rows move a photo; Alt+↑/↓ move the current one (before the window's own keys)."""

    moveKey = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)  # the model refuses other lists' drags
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def drop_row(self, pos: QPoint) -> int:
        """The photo a drop at ``pos`` lands before (the row count: after the last one)."""
        index = self.indexAt(pos)
        if not index.isValid():
            last = self.model().rowCount() - 1
            below = last >= 0 and pos.y() > self.visualRect(self.model().index(last, 0)).bottom()
            return last + 1 if below or last < 0 else 0
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def dropEvent(self, event: QDropEvent) -> None:
        row = self.drop_row(event.position().toPoint())
        if self.model().dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, row, 0, QModelIndex()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    @staticmethod
    def _move_key(event: QKeyEvent) -> int:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier != Qt.KeyboardModifier.AltModifier:
            return 0
        return {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()), 0)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._move_key(event):  # type: ignore[arg-type]
            event.accept()  # Alt+↑/↓ move the photo of this list, not the window's "Move photo up/down" by a block
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        delta = self._move_key(event)
        if delta:
            self.moveKey.emit(delta)
            return
        super().keyPressEvent(event)


class PhotoNavigator(QWidget):
    """The list with its move buttons; it selects photos in ``editor`` and moves them through ``session``."""

    def __init__(self, session: Session, editor: BodyEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editor = editor
        self.thumbnails = Thumbnails(session.photos, self)
        self.model = PhotoModel(self.thumbnails, self)
        self.model.move = self.move_photo
        self.list = PhotoList()
        self.list.setModel(self.model)
        self.list.setItemDelegate(PhotoDelegate(self))
        self.list.setObjectName("photo-navigator")
        self.setMinimumWidth(150)
        self.action: QAction | None = None  # View › Show the photo list, once installed in a window
        self.title = QLabel()
        self.title.setContentsMargins(6, 4, 6, 0)
        self.title.setBuddy(self.list)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(6, 6, 6, 6)
        self.up, self.down = QToolButton(), QToolButton()
        for button, icon, delta in ((self.up, QStyle.StandardPixmap.SP_ArrowUp, -1),
                                    (self.down, QStyle.StandardPixmap.SP_ArrowDown, 1)):  # fmt: skip
            button.setIcon(self.style().standardIcon(icon))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked=False, d=delta: self.move_current(d))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(4, 0, 4, 2)
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        self.count = QLabel()
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self._following = False
        self.list.clicked.connect(lambda index: self.jump(index.row()))
        self.list.activated.connect(lambda index: self.jump(index.row(), focus_text=True))
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.moveKey.connect(self.move_current)
        self.model.rowsInserted.connect(self._update_state)
        self.model.rowsRemoved.connect(self._update_state)
        session.changed.connect(self._on_article)
        editor.figureSelected.connect(self.follow)
        self.retranslate()
        self._on_article(session.article, None)

    def retranslate(self) -> None:
        """Words again in the language of the moment (after a language switch)."""
        self.title.setText(self.tr("Photos in the article"))
        if self.action is not None:
            self.action.setText(self.tr("Show the photo list"))
        self.up.setToolTip(self.tr("Move the photo before the previous one (Alt+↑)"))
        self.down.setToolTip(self.tr("Move the photo after the next one (Alt+↓)"))
        self.up.setAccessibleName(self.tr("Move photo up"))
        self.down.setAccessibleName(self.tr("Move photo down"))
        self.list.setAccessibleName(self.tr("Photos in the article"))
        self.empty.setText(self.tr("No photos yet. Photo › Insert photos… (Ctrl+Shift+I)"))
        self.model.refresh()
        self._update_state()

    def _update_state(self, *_args: object) -> None:
        count = self.model.rowCount()
        self.list.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        self.count.setText(self.tr("{0} photos").format(count) if count else "")
        row = self.list.currentIndex().row() if self.list.currentIndex().isValid() else -1
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < count - 1)

    # -- following the session and the editor --------------------------------------------------------------

    def _on_article(self, article: Article, _origin: object) -> None:
        self.thumbnails.scale = self.devicePixelRatioF()
        self.model.set_article(article)
        self.follow(self.editor.selected_index())

    def set_findings(self, findings: object) -> None:
        """The checks' findings after a run (``ChecksPanel.findings_changed``)."""
        self.model.set_findings(findings, self.session.article.body)

    def follow(self, block: int) -> None:
        """Show the photo the body editor selected (without jumping back to it)."""
        number = next((n for n, row in enumerate(self.model.rows) if row.block == block), -1)
        self._following = True
        try:
            if number >= 0:
                index = self.model.index(number)
                self.list.setCurrentIndex(index)
                self.list.scrollTo(index)
            else:
                self.list.selectionModel().clearSelection()
        finally:
            self._following = False
        self._update_state()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._following and current.isValid():
            self.jump(current.row())
        self._update_state()

    # -- jumping and moving --------------------------------------------------------------------------------

    def jump(self, number: int, *, focus_text: bool = False) -> None:
        """Select photo ``number`` in the body (the inspector shows it) and scroll the text to it."""
        if not 0 <= number < len(self.model.rows):
            return
        block = self.model.rows[number].block
        if self.editor.selected_index() != block:
            self.editor.select_block(block)
        self._scroll_to(block)
        if focus_text:
            self.editor.setFocus()

    def _scroll_to(self, block: int) -> None:
        """The photo's top in view (the caret alone sits at the photo's foot when the photo is tall)."""
        document = self.editor.document()
        rect = document.documentLayout().blockBoundingRect(document.findBlockByNumber(block))
        bar = self.editor.verticalScrollBar()
        height = self.editor.viewport().height()
        if rect.top() < bar.value() or rect.bottom() > bar.value() + height:
            bar.setValue(int(max(0.0, rect.top() - 12)))

    def move_current(self, delta: int) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            number = index.row()
            self.move_photo(number, number - 1 if delta < 0 else number + 2)

    def move_photo(self, photo: int, before: int) -> None:
        """Photo ``photo`` goes just before photo ``before``'s place in the text: one undo step."""
        moved = photo_moved(self.session.article, photo, before)
        if moved is None:
            return
        article, block = moved
        document = self.editor.document()
        source = document.findBlockByNumber(self.model.rows[photo].block)
        # Where the caret goes once the photo is moved: block positions before the target do not change.
        if block < source.blockNumber():
            after = document.findBlockByNumber(block).position()
        else:
            after = document.findBlockByNumber(block + 1).position() - source.length()
        self.session.edit(article, self.tr("Move photo"), cursor_before=source.position(), cursor_after=after)
        self.editor.select_block(block)
        self._scroll_to(block)


def install_navigator(window: MainWindow, view_menu: Any) -> PhotoNavigator:
    """The navigator at the left of the body editor, under the header (which sets the column's width, so the window
    needs no more room: on a 1366×768 screen the body gives up the width, the side pane keeps its own), listed in
    the View menu (Ctrl+Shift+P). It shows itself when the article has photos and hides when it has none, unless
    the reporter turned it off there."""
    editor = window.editor
    navigator = PhotoNavigator(window.session, editor)
    column = editor.parentWidget().layout()
    pane = QSplitter(Qt.Orientation.Horizontal)
    pane.setObjectName("body-with-photos")
    pane.setChildrenCollapsible(False)
    column.replaceWidget(editor, pane)
    pane.addWidget(navigator)
    pane.addWidget(editor)
    pane.setStretchFactor(0, 0)
    pane.setStretchFactor(1, 1)
    pane.setSizes([NAVIGATOR_WIDTH, 10_000])
    action = navigator.action = QAction(window)
    action.setCheckable(True)
    action.setChecked(True)
    action.setShortcut("Ctrl+Shift+P")
    view_menu.addAction(action)

    def fit(*_args: object) -> None:
        navigator.setVisible(action.isChecked() and bool(navigator.model.rows))

    def toggled(checked: bool) -> None:
        navigator.setVisible(checked)  # turned on: shown even before the first photo (it says how to add one)
        if checked:
            navigator.list.setFocus()

    action.triggered.connect(toggled)
    navigator.model.rowsInserted.connect(fit)
    navigator.model.rowsRemoved.connect(fit)
    navigator.retranslate()
    fit()
    signal = getattr(window.checks, "findings_changed", None)  # the checks panel's findings, once it offers them
    if signal is not None:
        signal.connect(navigator.set_findings)
    return navigator
