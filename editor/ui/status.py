"""The status bar's counts (chữ in the title, sapo, body and captions, the number of photos), and the notifier: where
the window's parts tell the reporter something (a status line, a message box), without knowing the window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from editor.model.article import Article, Figure, Heading, Paragraph, Quote
from editor.text.counts import count_parts


class CountsLabel(QLabel):
    """Counted a moment after typing stops, so a keystroke never pays for a count of the whole article."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._article: Article | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._count)

    def schedule(self, article: Article) -> None:
        self._article = article
        self.timer.start()

    def retranslate(self) -> None:
        """Count again in the interface language of now (a language switch)."""
        self._count()

    def count_now(self, article: Article) -> None:
        self._article = article
        self._count()

    def _count(self) -> None:
        article = self._article
        if article is None:
            return
        body = [b.text for b in article.body if isinstance(b, Paragraph | Quote | Heading)]
        figures = [b for b in article.body if isinstance(b, Figure)]
        counts = count_parts(article.title, article.sapo, body, [f.caption for f in figures])
        self.setText(
            self.tr("Title {0} · Sapo {1} · Body {2} · Captions {3} words · {4} photos · ~{5} min read").format(
                counts.title, counts.sapo, counts.body, counts.captions, len(figures), counts.reading_minutes
            )
        )


class Notifier:
    """Status messages and message boxes for the parts of the window (file, photo, import, export commands).

    ``error`` and ``info`` are plain attributes a test may replace (``notify.error = seen.append``): every part that
    tells the reporter something goes through this one object."""

    def __init__(self, bar: QStatusBar, parent: QWidget) -> None:
        self.bar = bar
        self.parent = parent

    def status(self, message: str, timeout_ms: int = 0) -> None:
        self.bar.showMessage(message, timeout_ms)

    def clear(self) -> None:
        self.bar.clearMessage()

    def error(self, message: str) -> None:
        QMessageBox.warning(self.parent, "Bản Thảo", message)

    def info(self, message: str) -> None:
        QMessageBox.information(self.parent, "Bản Thảo", message)
