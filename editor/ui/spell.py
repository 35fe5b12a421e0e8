"""Spell-check underlines (red wavy) and the suggestions menu, when a Vietnamese dictionary is installed.

The checker loads in a worker after the window is shown; until then, and without a dictionary, nothing is
underlined and the menu says so. Names the reporter adds go to a user list kept in the settings.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QWidget

from editor.ui.body_doc import OBJECT_CHAR
from editor.ui.workers import Jobs


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.checker: object | None = None
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(QColor("#d0201a"))

    def highlightBlock(self, text: str) -> None:
        if self.checker is None or not text or OBJECT_CHAR in text:
            return
        for miss in self.checker.check(text):  # type: ignore[attr-defined]
            self.setFormat(miss.start, miss.end - miss.start, self.underline)


class Spelling(QObject):
    """Owns the checker and the highlighters of the text fields that get underlines.

    The body passes its document; the other fields (title, kicker, sapo, captions) are ``TextField``s given to
    ``attach``, which also gives them the suggestions menu. A highlighter dies with its document (the in-place
    caption box is short-lived) and is then forgotten.
    """

    unavailable = Signal(str)  # why nothing is underlined (no dictionary installed)

    def __init__(self, documents: list[QTextDocument], user_words: Callable[[], list[str]],
                 save_words: Callable[[list[str]], None], parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.highlighters = [SpellHighlighter(doc) for doc in documents]
        self.checker: object | None = None
        self.user_words = user_words
        self.save_words = save_words
        self.jobs = Jobs(parent=self)
        self.status = ""

    FOLLOWED = ("text/spell_check", "text/tone_style", "export/profile")  # the profile may name the tone style

    def follow(self, settings: QObject, profile: Callable[[], object], delay_ms: int = 300) -> None:
        """Check as the settings say (on or off, which tone-mark style), now and whenever they change."""
        self._settings, self._profile = settings, profile
        settings.changed.connect(self._setting_changed)  # type: ignore[attr-defined]
        if settings.get("text/spell_check"):  # type: ignore[attr-defined]
            QTimer.singleShot(delay_ms, self, self.reload)  # after the window is shown

    def _setting_changed(self, key: str, _value: object) -> None:
        if key == "export/profile" and self._settings.get("text/tone_style") != "profile":  # type: ignore
            return  # the outlet does not decide the style
        if key in self.FOLLOWED:
            self.reload()

    def reload(self) -> None:
        if not self._settings.get("text/spell_check"):  # type: ignore[attr-defined]
            self.enable(None)
            return
        style = self._settings.get("text/tone_style")  # type: ignore[attr-defined]
        if style == "profile":
            style = getattr(self._profile(), "tone_style", "old")
        self.load(style)

    def attach(self, field: QWidget) -> SpellHighlighter:
        """Underline ``field`` (a ``TextField``) and give it the suggestions menu; works before or after loading."""
        highlighter = SpellHighlighter(field.document())  # type: ignore[attr-defined]
        highlighter.checker = self.checker
        self.highlighters.append(highlighter)
        field.spelling = self  # type: ignore[attr-defined]
        if self.checker is not None:
            highlighter.rehighlight()
        return highlighter

    def _live_highlighters(self) -> list[SpellHighlighter]:
        self.highlighters = [h for h in self.highlighters if shiboken6.isValid(h)]
        return self.highlighters

    def load(self, tone_style: str = "old") -> None:
        words = self.user_words()

        def work() -> object:
            from editor.text.spell import SpellChecker

            return SpellChecker.open(tone_style=tone_style if tone_style in ("old", "new") else "old",  # type: ignore
                                     user_words=words)  # fmt: skip

        self.jobs.submit(work, self._loaded, self._failed)

    def _loaded(self, checker: object) -> None:
        if not getattr(checker, "available", False):
            from editor.messages import render
            from editor.text.spell import UNAVAILABLE

            self.status = render(UNAVAILABLE)
            self.unavailable.emit(self.status)
            return
        self.enable(checker)

    def _failed(self, message: str) -> None:
        self.status = message

    def enable(self, checker: object | None) -> None:
        self.checker = checker
        for highlighter in self._live_highlighters():
            highlighter.checker = checker
            highlighter.rehighlight()

    def add_word(self, word: str) -> None:
        if self.checker is None:
            return
        self.checker.add_word(word)  # type: ignore[attr-defined]
        self.save_words(list(self.checker.user_words))  # type: ignore[attr-defined]
        for highlighter in self._live_highlighters():
            highlighter.rehighlight()

    def extend_menu(self, menu: QMenu, editor: QWidget, cursor: QTextCursor) -> None:
        """Suggestions for the misspelt word under ``cursor`` at the top of ``menu``."""
        if self.checker is None:
            return
        block = cursor.block()
        offset = cursor.positionInBlock()
        misses = [m for m in self.checker.check(block.text()) if m.start <= offset <= m.end]  # type: ignore
        if not misses:
            return
        miss = misses[0]
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.checker.suggest(miss.word, limit=6)  # type: ignore[attr-defined]

        def replace_with(text: str) -> None:
            end_step = getattr(editor, "end_undo_step", None)  # the correction is an undo step of its own
            if end_step is not None:
                end_step()
            edit = QTextCursor(block)
            edit.setPosition(block.position() + miss.start)
            edit.setPosition(block.position() + miss.end, QTextCursor.MoveMode.KeepAnchor)
            edit.insertText(text)
            if end_step is not None:
                end_step()

        for suggestion in suggestions:
            action = menu.addAction(suggestion)
            action.triggered.connect(lambda _=False, s=suggestion: replace_with(s))
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            menu.insertAction(first, action)
        if not suggestions:
            none = menu.addAction(self.tr("(no suggestions)"))
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = menu.addAction(self.tr("Add “{0}” to the word list").format(miss.word))
        add.triggered.connect(lambda: self.add_word(miss.word))
        menu.insertAction(first, add)
        menu.insertSeparator(first)
        menu.setProperty("spell-word", miss.word)
