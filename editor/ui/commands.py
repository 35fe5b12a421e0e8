"""Undo commands: every edit swaps one whole Article value for another (the model is immutable).

A command is pushed after the view already shows the change (typing) or before (toolbar actions); ``applied``
tells the first ``redo()`` which of the two. Typing merges into one step per word run: the view passes a
``merge_key`` and consecutive commands with the same key collapse into one.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from editor.model.article import Article


class Session(Protocol):
    """What a command asks of the session (``editor.ui.session.Session``), named here so that the session module,
    which makes the commands, is not imported back."""

    def adopt(self, article: Article, origin: object) -> None: ...

    def apply(self, article: Article, cursor: int | None) -> None: ...


MERGE_ID = 0x4254  # any constant: Qt only calls mergeWith for commands sharing an id


class SetArticle(QUndoCommand):
    def __init__(self, session: Session, before: Article, after: Article, text: str, *,
                 merge_key: Hashable | None = None, applied: bool = False,
                 cursor_before: int | None = None, cursor_after: int | None = None,
                 origin: object = None) -> None:  # fmt: skip
        super().__init__(text)
        self.session = session
        self.origin = origin  # the view that already shows ``after`` (it must not rebuild itself)
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self.cursor_before = cursor_before
        self.cursor_after = cursor_after
        self._skip_first = applied

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetArticle) or other.merge_key != self.merge_key or other.before is not self.after:
            return False
        self.after = other.after
        self.cursor_after = other.cursor_after
        return True

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
            self.session.adopt(self.after, self.origin)
            return
        self.session.apply(self.after, self.cursor_after)

    def undo(self) -> None:
        self.session.apply(self.before, self.cursor_before)
