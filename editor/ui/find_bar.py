"""The find and replace bar above the body (Sửa › Tìm, Ctrl+F; Thay thế, Ctrl+H) and the Cut/Copy/Paste commands.

Matching lives in the core (``editor.checks.find``); this bar keeps the list of matches, selects the current one in
the widget that shows it (body editor, header field, or the photo's caption/credit in the inspector) and pushes each
replace, and Replace all, as one undo step through the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from editor.checks.find import FindOptions, Match, find, replace_matches, replace_one

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow as MainWindow  # the main window: its session, editor, header, inspector


class FindBar(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.matches: list[Match] = []
        self.current = -1
        self.query = QLineEdit()
        self.query.setObjectName("find-query")
        self.query.setPlaceholderText(self.tr("Find"))
        self.replacement = QLineEdit()
        self.replacement.setObjectName("find-replacement")
        self.replacement.setPlaceholderText(self.tr("Replace with"))
        self.ignore_marks = QCheckBox(self.tr("Ignore diacritics"))
        self.whole = QCheckBox(self.tr("Whole syllables"))
        self.count = QLabel()
        self.previous_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.replace_button = QPushButton(self.tr("Replace match"))
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        close = QPushButton(self.tr("Close"))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        for widget in (self.query, self.replacement, self.ignore_marks, self.whole, self.count, self.previous_button,
                       self.next_button, self.replace_button, self.replace_all_button, close):  # fmt: skip
            row.addWidget(widget)
            if isinstance(widget, QCheckBox | QPushButton):  # a click leaves the caret in the query, as in Word
                widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.query.textEdited.connect(lambda _text: self.search(select=True))
        self.query.returnPressed.connect(self.next)
        self.replacement.returnPressed.connect(self.replace)
        self.ignore_marks.toggled.connect(lambda _on: self.search(select=True))
        self.whole.toggled.connect(lambda _on: self.search(select=True))
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.hide)
        # Typing in the article re-finds a moment later, off the keystroke's path (find costs up to ~10 ms).
        self._refind = QTimer(self, singleShot=True, interval=150)
        self._refind.timeout.connect(lambda: self.isVisible() and self.search(select=False))
        window.session.changed.connect(lambda *_args: self.isVisible() and self._refind.start())
        self.hide()

    # -- menu ----------------------------------------------------------------------------------------------

    def install(self, menu: QMenu) -> None:
        """Cut/Copy/Paste (on the focused text widget) and Find/Replace/Next/Previous in the Edit menu."""
        menu.addSeparator()
        for text, slot, key in ((self.tr("Cut"), "cut", QKeySequence.StandardKey.Cut),
                                (self.tr("Copy"), "copy", QKeySequence.StandardKey.Copy),
                                (self.tr("Paste"), "paste", QKeySequence.StandardKey.Paste)):  # fmt: skip
            action = menu.addAction(text)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, name=slot: self._clipboard(name))
        menu.addSeparator()
        for text, slot, keys in ((self.tr("Find…"), self.open_find, ["Ctrl+F"]),
                                 (self.tr("Find and replace…"), self.open_replace, ["Ctrl+H"]),
                                 (self.tr("Find next"), self.next, ["F3"]),
                                 (self.tr("Find previous"), self.previous, ["Shift+F3"])):  # fmt: skip
            action = menu.addAction(text)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)

    def _clipboard(self, name: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            getattr(widget, name)()

    def open_find(self, *, replacing: bool = False) -> None:
        self.replacement.setVisible(replacing)
        self.replace_button.setVisible(replacing)
        self.replace_all_button.setVisible(replacing)
        self.show()
        selected = self.window_.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected and not self.query.text():
            self.query.setText(selected)
        self.query.setFocus()
        self.query.selectAll()
        self.search(select=False)

    def open_replace(self) -> None:
        self.open_find(replacing=True)

    def keyPressEvent(self, event: object) -> None:
        if getattr(event, "key", lambda: None)() == Qt.Key.Key_Escape:
            self.hide()
            self.window_.editor.setFocus()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    # -- finding -------------------------------------------------------------------------------------------

    def options(self) -> FindOptions:
        return FindOptions(ignore_diacritics=self.ignore_marks.isChecked(), whole_syllables=self.whole.isChecked())

    def search(self, *, select: bool) -> None:
        """Find again (the article or the query changed); keep the current match where it was, or the next one."""
        before = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
        self.matches = find(self.window_.session.article, self.query.text(), self.options())
        self.current = self._index_from(before) if self.matches else -1
        if select and self.current >= 0:
            self._select(self.matches[self.current])
        self._show_count()

    def _index_from(self, before: Match | None) -> int:
        """The match at or after the one shown before (same field), else the same place in the list."""
        if before is None:
            return 0
        for i, m in enumerate(self.matches):
            if m.location == before.location and m.start >= before.start:
                return i
        return min(max(self.current, 0), len(self.matches) - 1)

    def retranslate(self) -> None:
        """After a language switch (``editor/ui/language.py``): the count is made from the matches."""
        self._show_count()

    def _show_count(self) -> None:
        if not self.query.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("Not found"))
        else:
            self.count.setText(self.tr("{0} of {1}").format(self.current + 1, len(self.matches)))

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open_find()
        if not self.matches:
            self.search(select=False)
        if not self.matches:
            return
        self.current = (self.current + direction) % len(self.matches) if self.current >= 0 else 0
        self._select(self.matches[self.current])
        self._show_count()

    # -- replacing -----------------------------------------------------------------------------------------

    def replace(self) -> None:
        """Replace the current match (one undo step) and move on to the next one."""
        if not (0 <= self.current < len(self.matches)):
            self.next()
            return
        match = self.matches[self.current]
        after = replace_one(self.window_.session.article, match, self.replacement.text())
        if after != self.window_.session.article:
            self.window_.session.edit(after, self.tr("Replace match"))
        self.search(select=False)
        if self.matches:
            self.current = min(self.current, len(self.matches) - 1)
            self._select(self.matches[self.current])
            self._show_count()

    def replace_all(self) -> None:
        article = self.window_.session.article
        matches = find(article, self.query.text(), self.options())
        after = replace_matches(article, matches, self.replacement.text())
        if after != article:
            self.window_.session.edit(after, self.tr("Replace all"))
        self.window_.statusBar().showMessage(self.tr("Replaced {0}").format(len(matches)), 6000)
        self.search(select=False)

    # -- showing a match -----------------------------------------------------------------------------------

    def _select(self, match: Match) -> None:
        window, loc = self.window_, match.location
        focus = QApplication.focusWidget()
        keep = focus if focus is not None and self.isAncestorOf(focus) else None  # the reporter types on in the bar
        header = {"title": window.header.title, "kicker": window.header.kicker, "sapo": window.header.sapo}
        if loc.field in header:
            select_in(header[loc.field], match.start, match.end)
        elif loc.part == "text":
            editor = window.editor
            qblock = editor.document().findBlockByNumber(loc.block or 0)
            cursor = editor.textCursor()
            cursor.setPosition(qblock.position() + match.start)
            cursor.setPosition(qblock.position() + match.end, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            editor.ensureCursorVisible()
        else:  # a caption or credit: the photo in the inspector
            window.editor.select_block(loc.block or 0)
            window.inspector.show_figure(loc.block or 0)
            window.side.setCurrentWidget(window.inspector)
            widget = window.inspector.caption if loc.part == "caption" else window.inspector.credit
            QTimer.singleShot(0, self, lambda: (select_in(widget, match.start, match.end), keep and keep.setFocus()))
            select_in(widget, match.start, match.end)
        if keep is not None:
            keep.setFocus()


def select_in(widget: QWidget, start: int, end: int) -> None:
    """Select ``start:end`` of a one-line or plain-text field, leaving the focus in the find bar."""
    if isinstance(widget, QLineEdit):
        widget.setSelection(start, end - start)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
