"""Text fields whose Ctrl+Z belongs to the window's undo stack (one history for the whole article).

``TextField`` (several lines) and ``OneLineField`` (a line edit built on ``QPlainTextEdit``, so that a
``QSyntaxHighlighter`` can underline spelling mistakes in it) offer the spelling suggestions in their context menu
once the window's ``Spelling`` is attached to them.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QKeySequence, QTextCursor, QTextOption
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit

if TYPE_CHECKING:
    from editor.ui.spell import Spelling

NEWLINES = ("\r\n", "\n", "\r", "\u2029", "\u2028", "\v")


def is_undo_key(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and (
        event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
    )


def pass_undo_keys(widget: QObject, event: QEvent) -> bool:
    """True when ``event`` is an undo/redo key the widget must leave to the window's actions."""
    if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and is_undo_key(event):
        event.ignore()
        return True
    return False


def one_line(text: str) -> str:
    for newline in NEWLINES:
        text = text.replace(newline, " ")
    return text


class LineField(QLineEdit):
    def event(self, event: QEvent) -> bool:
        if pass_undo_keys(self, event):
            return False
        return super().event(event)


class TextField(QPlainTextEdit):
    # A change that must be its own undo step is about to happen or has just happened (a spelling correction
    # chosen from the menu): the owner stops merging the typing around it into one step.
    stepEnded = Signal()

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.spelling: Spelling | None = None  # set by Spelling.attach

    def event(self, event: QEvent) -> bool:
        if pass_undo_keys(self, event):
            return False
        return super().event(event)

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)

    def end_undo_step(self) -> None:
        self.stepEnded.emit()

    def context_menu(self, pos: QPoint) -> QMenu:
        """The standard menu with the suggestions for the misspelt word at ``pos`` (viewport coordinates)."""
        menu = self.createStandardContextMenu(pos)
        if self.spelling is not None:
            self.spelling.extend_menu(menu, self, self.cursorForPosition(pos))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()


class OneLineField(TextField):
    """A line edit that can carry spelling underlines: one line high, no line breaks, no wrapping.

    The signals and methods the window uses from ``QLineEdit``: ``text``/``setText``, ``textEdited`` (the
    reporter's edits only, not ``setText``) and ``editingFinished`` (Enter, or leaving the field). Enter moves on
    to the next field; a pasted or dropped line break becomes a space.
    """

    textEdited = Signal(str)
    editingFinished = Signal()

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(2)
        self._setting = False
        self._modified = False
        self.textChanged.connect(self._changed)
        self._fit_height()

    # -- QLineEdit's API -----------------------------------------------------------------------------------

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self._setting = True
        try:
            self.setPlainText(one_line(text))
            self.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._setting = False

    def set_text(self, text: str) -> None:
        if self.text() != text:
            self.setText(text)

    # -- one line ------------------------------------------------------------------------------------------

    def _changed(self) -> None:
        if self.document().blockCount() > 1:  # a line break got in some other way (input method, drop)
            cursor = self.textCursor()
            position = cursor.position()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(one_line(self.toPlainText()))  # re-enters _changed once, with one block
            cursor.setPosition(min(position, len(self.toPlainText())))
            self.setTextCursor(cursor)
            return
        if not self._setting:
            self._modified = True
            self.textEdited.emit(self.toPlainText())

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.textCursor().insertText(one_line(source.text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish_editing()
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the context menu does not end the edit
            self._finish_editing()

    def _finish_editing(self) -> None:
        if self._modified:
            self._modified = False
            self.editingFinished.emit()

    # -- one line high -------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        line = self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
        self.setFixedHeight(math.ceil(line) + margins.top() + margins.bottom() + 2)

    def wheelEvent(self, event: object) -> None:
        event.ignore()  # type: ignore[attr-defined]  # the panel scrolls, not the one line
