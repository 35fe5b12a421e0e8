"""The photo navigator: the article's photos in body order beside the text, to jump to one and to reorder them.

Each row shows the photo's thumbnail, its number ("Ảnh 3", as the checks name it), the start of its caption and a
mark when a check fails on it (the tooltip lists the findings). A click or the arrow keys select the photo in the
body and the inspector; Enter also puts the caret there. Dragging a row, Alt+↑/↓ or the buttons under the list move
the photo before another photo's place in the text: one undo step (``commands.photo_moved``).

Rows follow the session's article: only changed rows repaint, and thumbnails are the session's, scaled down once in
a worker (nothing is decoded or smooth-scaled on the GUI thread).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QDrag, QDropEvent, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.model.article import Article
from editor.ui.after_paint import AfterPaint
from editor.ui.commands import photo_moved
from editor.ui.photo_rows import PhotoDelegate, PhotoModel, Thumbnails

if TYPE_CHECKING:
    from editor.ui.body_editor import BodyEditor
    from editor.ui.session import Session

NAVIGATOR_WIDTH = 200


BULK_PHOTOS = 5  # more new photos than this in one edit: the list follows after the body has painted


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

    def startDrag(self, supported: Qt.DropAction) -> None:
        """Drag the current photo, its thumbnail under the pointer (the view's own drag would also try to remove the
        dragged row afterwards; here only the article moves rows)."""
        index = self.currentIndex()
        if not index.isValid():
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        image = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(image, QImage) and not image.isNull():
            pixmap = QPixmap.fromImage(image)
            drag.setPixmap(pixmap)
            drag.setHotSpot(QPoint(int(pixmap.deviceIndependentSize().width() / 2), 8))
        drag.exec(Qt.DropAction.MoveAction)

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
        self._after_body_paint = AfterPaint(editor.viewport(), self)
        self._following_later = False  # a bulk insert's rows wait for the body's paint
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
        if len(article.figures) - len(self.model.rows) > BULK_PHOTOS:
            # Many photos at once (an insert of 30): the body paints them first and the list follows a moment
            # later, in a frame of its own; together they held the event loop for up to 70 ms.
            if not self._following_later:
                self._following_later = True
                self._after_body_paint.then(self._follow_article, 100)
            return
        if not self._following_later:
            self._follow_article(article)

    def _follow_article(self, article: Article | None = None) -> None:
        self._following_later = False
        self.thumbnails.scale = self.devicePixelRatioF()
        if self.model.set_article(article if article is not None else self.session.article):
            self.follow(self.editor.selected_index())

    def set_findings(self, findings: object) -> None:
        """The checks' findings after a run (``ChecksPanel.findings_changed``)."""
        self.model.set_findings(findings, self.session.article.body)

    def follow(self, block: int) -> None:
        """Show the photo the body editor selected (without jumping back to it)."""
        if self._following_later:
            return  # the rows are about to follow the article, and follow the selection then
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
        if block < source.blockNumber():  # up: where the block it goes before starts now
            after = document.findBlockByNumber(block).position()
        else:  # down: where the block it goes after ends now, less the photo's own length
            target = document.findBlockByNumber(block)
            after = target.position() + target.length() - source.length()
        self.session.edit(article, self.tr("Move photo"), cursor_before=source.position(), cursor_after=after)
        self.editor.select_block(block)
        self._scroll_to(block)


def install_navigator(session: Session, editor: BodyEditor, checks: QObject, view_menu: Any) -> PhotoNavigator:
    """The navigator at the left of the body editor, under the header (which sets the column's width, so the window
    needs no more room: on a 1366×768 screen the body gives up the width, the side pane keeps its own), listed in
    the View menu (Ctrl+Shift+P). It shows itself when the article has photos and hides when it has none, unless
    the reporter turned it off there."""
    navigator = PhotoNavigator(session, editor)
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
    for before, after in ((editor, navigator.list), (navigator.list, navigator.up), (navigator.up, navigator.down)):
        QWidget.setTabOrder(before, after)  # Tab from the text reaches the photos before the side pane
    action = navigator.action = QAction(navigator)
    action.setCheckable(True)
    action.setShortcut("Ctrl+Shift+P")
    view_menu.addAction(action)
    turned_off = [False]  # the reporter's choice in the View menu, kept while photos come and go

    def fit(*_args: object) -> None:
        shown = not turned_off[0] and bool(navigator.model.rows)
        navigator.setVisible(shown)
        action.setChecked(shown)

    def toggled(checked: bool) -> None:
        turned_off[0] = not checked
        navigator.setVisible(checked)  # turned on: shown even before the first photo (it says how to add one)
        if checked:
            navigator.list.setFocus()

    action.triggered.connect(toggled)
    navigator.model.rowsInserted.connect(fit)
    navigator.model.rowsRemoved.connect(fit)
    navigator.retranslate()
    fit()
    signal = getattr(checks, "findings_changed", None)  # the checks panel's findings after each run
    if signal is not None:
        signal.connect(navigator.set_findings)
    return navigator
