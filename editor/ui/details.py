"""Article details kept apart from the header: syndication source, keywords and related links (Tin liên quan)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from editor.model.article import Article, RelatedLink
from editor.text.normalize import clean_input
from editor.ui.fields import LineField, TextField
from editor.ui.session import Session


def related_text(related: tuple[RelatedLink, ...]) -> str:
    return "\n".join(f"{link.title} | {link.url}" for link in related)


def parse_related(text: str) -> tuple[RelatedLink, ...]:
    """One link a line: ``Title | https://…``; a line without a URL is kept as a title waiting for one."""
    links = []
    for line in clean_input(text).splitlines():
        title, bar, url = line.rpartition("|")
        if not bar:
            title, url = line, ""
        title, url = " ".join(title.split()), url.strip()
        if title or url:
            links.append(RelatedLink(title, url))
    return tuple(links)


def parse_keywords(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for k in (" ".join(p.split()) for p in clean_input(text).split(",")) if k))


class DetailsPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._group = 0
        self._loading = False
        self.source = LineField()
        self.source.setPlaceholderText(self.tr("e.g. Theo TTXVN"))
        self.keywords = LineField()
        self.keywords.setPlaceholderText(self.tr("comma-separated"))
        self.related = TextField()
        self.related.setPlaceholderText(self.tr("One link per line: Title | https://…"))
        form = QFormLayout()
        form.addRow(self.tr("Source line"), self.source)
        form.addRow(self.tr("Keywords"), self.keywords)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Related links (Tin liên quan)")))
        layout.addWidget(self.related, 1)
        self.source.textEdited.connect(lambda text: self._edit("source", " ".join(clean_input(text).split()),
                                                               self.tr("Edit source line")))  # fmt: skip
        self.keywords.textEdited.connect(lambda text: self._edit("keywords", parse_keywords(text),
                                                                 self.tr("Edit keywords")))  # fmt: skip
        self.related.textChanged.connect(lambda: self._edit("related", parse_related(self.related.toPlainText()),
                                                            self.tr("Edit related links")))  # fmt: skip
        for field in (self.source, self.keywords):
            field.editingFinished.connect(self._next_group)
        session.changed.connect(self._on_article)

    def _next_group(self) -> None:
        self._group += 1

    def _edit(self, field: str, value: object, text: str) -> None:
        if self._loading:
            return
        self.session.edit(self.session.article.with_fields(**{field: value}), text, merge_key=(field, self._group),
                          origin=self)  # fmt: skip

    def _on_article(self, article: Article, origin: object) -> None:
        if origin is self:
            return
        self._loading = True
        try:
            if self.source.text() != article.source:
                self.source.setText(article.source)
            if parse_keywords(self.keywords.text()) != article.keywords:
                self.keywords.setText(", ".join(article.keywords))
            if parse_related(self.related.toPlainText()) != article.related:
                self.related.set_text(related_text(article.related))
        finally:
            self._loading = False
