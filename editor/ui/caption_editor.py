"""Editing a caption in place: a small text box over the caption under the photo (double-click the photo).

Enter commits (Shift+Enter is not needed: a caption is one paragraph), Escape cancels, leaving the box commits.
The edit is one undo step, like the same edit made in the inspector.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

from editor.model.article import Figure
from editor.text.normalize import clean_input
from editor.ui.fields import TextField

if TYPE_CHECKING:
    from editor.ui.body_editor import BodyEditor


class CaptionBox(TextField):
    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setStyleSheet("QPlainTextEdit { border: 2px solid #2f6fd6; background: #fffdf6; }")
        self._done = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(commit=True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self._finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the spelling menu does not end the edit
            self._finish(commit=True)

    def _finish(self, *, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        if commit:
            self.committed.emit(self.toPlainText())
        else:
            self.cancelled.emit()
        self.hide()
        self.deleteLater()


def edit_caption_in_place(editor: BodyEditor, index: int) -> CaptionBox | None:
    """Open a caption box over the caption of the photo at block ``index``."""
    body = editor.session.article.body
    if not (0 <= index < len(body)) or not isinstance(body[index], Figure):
        return None
    figure: Figure = body[index]  # type: ignore[assignment]
    doc = editor.document()
    qblock = doc.findBlockByNumber(index)
    block_rect = doc.documentLayout().blockBoundingRect(qblock)
    column = editor.handler._column(doc)
    image = editor.handler._image_rect(figure, column)
    x = int(block_rect.left() + image.left())  # the block rectangle already starts at the document margin
    y = int(block_rect.top() + image.bottom() + 2) - editor.verticalScrollBar().value()
    box = CaptionBox(editor.viewport())
    line = box.fontMetrics().lineSpacing()
    box.setGeometry(QRect(x, y, max(240, int(image.width())), int(line * 3.6)))
    if editor.spelling is not None:
        editor.spelling.attach(box)
    box.setPlainText(figure.caption)
    box.selectAll()

    def commit(text: str) -> None:
        current = editor.session.article.body
        if index < len(current) and current[index] == figure and clean_input(text) != figure.caption:
            changed = replace(figure, caption=clean_input(text),
                              provenance=tuple(p for p in figure.provenance if p[0] != "caption"))  # fmt: skip
            editor.session.edit(editor.session.article.replace_block(index, changed), editor.tr("Edit caption"))
        editor.setFocus()

    box.committed.connect(commit)
    box.cancelled.connect(editor.setFocus)
    box.show()
    box.setFocus()
    editor.ensureCursorVisible()
    return box
