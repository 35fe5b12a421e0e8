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


def photo_moved(article: Article, photo: int, before: int) -> tuple[Article, int] | None:
    """The article with photo ``photo`` (0-based, body order) moved to just before photo ``before``'s block, or just
    after the last photo's block when ``before`` is the photo count; with the moved block's new index.

    Only the photo moves: the paragraphs keep their order, so the photo lands where the other photo stood in the text
    (the body editor's drag moves a photo the same way). None when nothing would change.
    """
    from editor.model.article import Figure

    blocks = [i for i, block in enumerate(article.body) if isinstance(block, Figure)]
    if not (0 <= photo < len(blocks) and 0 <= before <= len(blocks)) or before in (photo, photo + 1):
        return None
    source = blocks[photo]
    # The other photo's index once this one is lifted out; past the end: the last photo's, which is one place
    # earlier by then, so the photo lands just after it.
    target = blocks[before] - (blocks[before] > source) if before < len(blocks) else blocks[-1]
    return article.move_block(source, target), target
