"""Article details kept apart from the header: syndication source, keywords and related links (Tin liên quan).

Related links are a list: pick an item to edit it in the two fields below, and each button (add, save changes,
move up or down, remove) is one undo step on the Article.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.export.build import related_item
from editor.model.article import Article, RelatedLink
from editor.text.normalize import clean_input
from editor.ui.fields import LineField
from editor.ui.session import Session


def parse_keywords(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for k in (" ".join(p.split()) for p in clean_input(text).split(",")) if k))


def related_link(title: str, url: str) -> RelatedLink:
    """A related link from the two fields, as it enters the model: NFC, one line, spaces collapsed."""
    return RelatedLink(" ".join(clean_input(title).split()), "".join(clean_input(url).split()))


class DetailsPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._group = 0
        self._loading = False
        self._shown_related: tuple[RelatedLink, ...] | None = None
        self.source = LineField()
        self.source.setPlaceholderText(self.tr("e.g. Theo TTXVN"))
        self.keywords = LineField()
        self.keywords.setPlaceholderText(self.tr("comma-separated"))
        self.related = QListWidget()
        self.related.setAlternatingRowColors(True)
        self.related.setWordWrap(True)  # the title, then the address under it
        self.related.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.link_title = LineField()
        self.link_title.setPlaceholderText(self.tr("Title of the related story"))
        self.link_url = LineField()
        self.link_url.setPlaceholderText("https://…")
        self.add_button = QPushButton(self.tr("Add"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove"))

        form = QFormLayout()
        form.addRow(self.tr("Source line"), self.source)
        form.addRow(self.tr("Keywords"), self.keywords)
        fields = QFormLayout()
        fields.addRow(self.tr("Title"), self.link_title)
        fields.addRow(self.tr("Address"), self.link_url)
        buttons = QGridLayout()
        for i, button in enumerate((self.add_button, self.save_button, self.remove_button)):
            buttons.addWidget(button, 0, i)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Related links")))
        layout.addWidget(self.related, 1)
        layout.addLayout(fields)
        layout.addLayout(buttons)

        self.source.textEdited.connect(lambda text: self._edit("source", " ".join(clean_input(text).split()),
                                                               self.tr("Edit source line")))  # fmt: skip
        self.keywords.textEdited.connect(lambda text: self._edit("keywords", parse_keywords(text),
                                                                 self.tr("Edit keywords")))  # fmt: skip
        for field in (self.source, self.keywords):
            field.editingFinished.connect(self._next_group)
        self.related.currentRowChanged.connect(self._picked)
        self.add_button.clicked.connect(self.add_link)
        self.save_button.clicked.connect(self.save_link)
        self.up_button.clicked.connect(lambda: self.move_link(-1))
        self.down_button.clicked.connect(lambda: self.move_link(1))
        self.remove_button.clicked.connect(self.remove_link)
        self.link_url.returnPressed.connect(lambda: self.save_link() if self.related.currentRow() >= 0
                                            else self.add_link())  # fmt: skip
        self.link_title.textChanged.connect(self._update_buttons)
        self.link_url.textChanged.connect(self._update_buttons)
        session.changed.connect(self._on_article)
        self._update_buttons()

    # -- source and keywords ---------------------------------------------------------------------------------

    def _next_group(self) -> None:
        self._group += 1

    def _edit(self, field: str, value: object, text: str) -> None:
        if self._loading:
            return
        self.session.edit(self.session.article.with_fields(**{field: value}), text, merge_key=(field, self._group),
                          origin=self)  # fmt: skip

    # -- related links: each action one undo step ------------------------------------------------------------

    def _links(self) -> list[RelatedLink]:
        return list(self.session.article.related)

    def _push(self, links: list[RelatedLink], text: str, row: int) -> None:
        self.session.edit(self.session.article.with_fields(related=tuple(links)), text)
        self.select(row)

    def add_link(self) -> None:
        link = related_link(self.link_title.text(), self.link_url.text())
        if not (link.title or link.url):
            return
        links = self._links()
        row = self.related.currentRow()
        row = row + 1 if 0 <= row < len(links) else len(links)
        links.insert(row, link)
        self._push(links, self.tr("Add related link"), row)
        self.related.setCurrentRow(-1)  # ready for the next one
        self.link_title.clear()
        self.link_url.clear()
        self.link_title.setFocus()

    def save_link(self) -> None:
        row, links = self.related.currentRow(), self._links()
        link = related_link(self.link_title.text(), self.link_url.text())
        if not (0 <= row < len(links)) or not (link.title or link.url) or links[row] == link:
            return
        links[row] = link
        self._push(links, self.tr("Edit related link"), row)

    def move_link(self, step: int) -> None:
        row, links = self.related.currentRow(), self._links()
        target = row + step
        if not (0 <= row < len(links) and 0 <= target < len(links)):
            return
        links[row], links[target] = links[target], links[row]
        self._push(links, self.tr("Move related link"), target)

    def remove_link(self) -> None:
        row, links = self.related.currentRow(), self._links()
        if not (0 <= row < len(links)):
            return
        del links[row]
        self._push(links, self.tr("Remove related link"), min(row, len(links) - 1))

    def select(self, row: int) -> None:
        """Show item ``row`` in the fields (the checks panel points here); -1 clears the choice."""
        self.related.setCurrentRow(row if 0 <= row < self.related.count() else -1)
        self._picked(self.related.currentRow())

    def _picked(self, row: int) -> None:
        links = self._links()
        if 0 <= row < len(links):
            self.link_title.setText(links[row].title)
            self.link_url.setText(links[row].url)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.related.currentRow(), self.related.count()
        typed = bool(self.link_title.text().strip() or self.link_url.text().strip())
        self.add_button.setEnabled(typed)
        self.save_button.setEnabled(0 <= row < count and typed)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _fill_related(self, related: tuple[RelatedLink, ...]) -> None:
        row = self.related.currentRow()
        self.related.blockSignals(True)
        try:
            self.related.clear()
            for link in related:
                shown, url, change = related_item(link.title, link.url)
                text = f"{link.title or url}\n{link.url}" if link.url else link.title
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.ToolTipRole, shown if not change else self._explain(change, url))
                self.related.addItem(item)
            self.related.setCurrentRow(min(row, len(related) - 1))
        finally:
            self.related.blockSignals(False)
        self._update_buttons()

    def _explain(self, change: str, url: str) -> str:
        if change == "none":
            return self.tr("No address yet: exported as plain text")
        if change == "https":
            return self.tr("Exported as {0}").format(url)
        return self.tr("Not a web address: exported as plain text")

    def _on_article(self, article: Article, origin: object) -> None:
        if article.related != self._shown_related:
            self._shown_related = article.related
            self._fill_related(article.related)
        if origin is self:
            return
        self._loading = True
        try:
            if self.source.text() != article.source:
                self.source.setText(article.source)
            if parse_keywords(self.keywords.text()) != article.keywords:
                self.keywords.setText(", ".join(article.keywords))
        finally:
            self._loading = False
