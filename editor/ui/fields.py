"""Text fields whose Ctrl+Z belongs to the window's undo stack (one history for the whole article)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


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


class LineField(QLineEdit):
    def event(self, event: QEvent) -> bool:
        if pass_undo_keys(self, event):
            return False
        return super().event(event)


class TextField(QPlainTextEdit):
    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        if pass_undo_keys(self, event):
            return False
        return super().event(event)

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)
