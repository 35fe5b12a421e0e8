"""Text commands of the Sửa and Định dạng menus: whole-article ones (tone-mark style, smart quotes), one undo step
each, the legacy-font conversion of a selection and the link dialog.

They walk the article with the checks' traversal (``editor.checks.text_fields.map_text``), so Sửa › "Dùng ngoặc kép
cong" changes exactly the fields the pre-send check's smart-quotes fix changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from editor.checks.text_fields import map_text
from editor.model.article import Article
from editor.ui import body_doc as bd
from editor.ui.body_editor import BodyEditor
from editor.ui.session import Session
from editor.ui.settings import Settings
from editor.ui.status import Notifier


def map_article_text(article: Article, fn: Callable[[str], str]) -> Article:
    """Every text field a reporter wrote passed through ``fn`` (the same fields as every check and fix)."""
    return map_text(article, fn)


def tone_style_command(style: str) -> Callable[[str], str]:
    from editor.text.tone import convert_tone_style

    return lambda text: convert_tone_style(text, style)  # type: ignore[arg-type]


def smart_quotes_command() -> Callable[[str], str]:
    from editor.text.hygiene import smart_quotes

    return smart_quotes


class TextCommands:
    """Gets the session, the body editor (the selection, the caret), the settings, the outlet profile, a notifier."""

    def __init__(self, session: Session, editor: BodyEditor, settings: Settings, profile: Callable[[], object],
                 notify: Notifier) -> None:  # fmt: skip
        self.session, self.editor, self.settings, self.profile, self.notify = session, editor, settings, profile, notify

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("TextCommands", text)

    def link(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        current = self.editor.textCursor().charFormat().anchorHref()
        ask = self.tr("Address (empty removes the link):")
        url, ok = QInputDialog.getText(self.editor.window(), self.tr("Link"), ask, text=current or "https://")
        if ok:
            url = url.strip()
            self.editor.set_link("" if url in ("", "https://") else url)

    def convert_legacy(self) -> None:
        """Re-read the selected text as TCVN3 or VNI mojibake (on the reporter's command, never guessed silently)."""
        from editor.text.legacy import detect_mojibake

        cursor = self.editor.textCursor()
        text = cursor.selectedText().replace("\u2029", "\n")
        guess = detect_mojibake(text, min_words=1) if text else None
        if guess is None:
            self.notify.status(self.tr("Select text typed in a TCVN3 or VNI font first."), 6000)
            return
        self.editor.new_group()
        cursor.insertText(guess.decoded.replace("\n", bd.LINE_BREAK))
        self.editor.new_group()

    def apply_tone_style(self) -> None:
        style = self.settings.get("text/tone_style")
        if style == "profile":
            style = getattr(self.profile(), "tone_style", "old")
        article = map_article_text(self.session.article, tone_style_command(style))
        self.session.edit(article, self.tr("Tone-mark style"))

    def apply_smart_quotes(self) -> None:
        self.session.edit(map_article_text(self.session.article, smart_quotes_command()), self.tr("Curly quotes"))
