"""Undo and redo: in the Sửa menu they name the edit ("Hoàn tác Gõ chữ"); on the toolbar they keep one word.

``QUndoStack.createUndoAction`` gives one action whose text grows and shrinks with the edit's name: on a toolbar
with text buttons every button after it moved at each edit. The toolbar gets its own pair of actions with a fixed
word (the edit's name goes into the tooltip); both pairs follow the stack's state.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class UndoActions(QObject):
    """``undo``/``redo`` (menu, with the shortcuts) and ``bar_undo``/``bar_redo`` (toolbar, fixed text)."""

    def __init__(self, stack: QUndoStack, parent: QObject, say: Callable[[str], str] = lambda text: text) -> None:
        super().__init__(parent)
        self.stack = stack
        self.say = say  # an edit named before a language switch, said in the language of now
        keys = QKeySequence.StandardKey
        self.undo = self._action(stack.undo, keys.Undo)
        self.redo = self._action(stack.redo, keys.Redo)
        self.bar_undo = self._action(stack.undo)
        self.bar_redo = self._action(stack.redo)
        stack.canUndoChanged.connect(self._update)
        stack.canRedoChanged.connect(self._update)
        stack.undoTextChanged.connect(self._update)
        stack.redoTextChanged.connect(self._update)
        self.retranslate()

    def _action(self, slot: Callable[[], None], shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self.parent())  # type: ignore[call-overload]
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def retranslate(self) -> None:
        self._update()

    def _update(self, *_args: object) -> None:
        if not (shiboken6.isValid(self.stack) and shiboken6.isValid(self.undo)):
            return  # the stack says it is empty while it goes, with the window
        for menu, bar, word, can, name in (
            (self.undo, self.bar_undo, _tr("Undo"), self.stack.canUndo(), self.stack.undoText()),
            (self.redo, self.bar_redo, _tr("Redo"), self.stack.canRedo(), self.stack.redoText()),
        ):
            named = f"{word} {self.say(name)}" if name else word
            menu.setText(named)
            bar.setText(word)
            bar.setToolTip(named)
            for action in (menu, bar):
                action.setEnabled(can)
