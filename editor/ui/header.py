"""The article's header fields: kicker, title, sapo, dateline (date/time, zone, live preview), place, authors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from editor.model.article import Article, Author, BylinePosition, Dateline
from editor.text.normalize import clean_input
from editor.ui.fields import LineField, OneLineField, TextField
from editor.ui.session import Session

ZONES = ("Asia/Ho_Chi_Minh", "Asia/Bangkok", "Asia/Tokyo", "Asia/Shanghai", "Europe/Paris", "Europe/London",
         "America/New_York", "America/Los_Angeles", "Australia/Sydney", "UTC")  # fmt: skip


def authors_text(authors: tuple[Author, ...]) -> str:
    return "; ".join(author.display for author in authors)


def parse_authors(text: str, position: BylinePosition) -> tuple[Author, ...]:
    """``Thu Chung; Bài và ảnh: Vân Anh`` → two authors; a role is what comes before a colon."""
    authors = []
    for item in clean_input(text).split(";"):
        role, colon, name = item.partition(":")
        if not colon:
            role, name = "", item
        role, name = " ".join(role.split()), " ".join(name.split())
        if name:
            authors.append(Author(name, role, position))
    return tuple(authors)


class HeaderPanel(QWidget):
    def __init__(self, session: Session, dateline_text: Callable[[datetime], str], default_zone: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.dateline_text = dateline_text
        self._group = 0
        self._loading = False
        self._shown: tuple[object, ...] = ()

        # Kicker and title take spelling underlines, which a QLineEdit cannot show.
        self.kicker = OneLineField()
        self.kicker.setPlaceholderText(self.tr("Kicker (optional)"))
        self.title = OneLineField()
        self.title.setPlaceholderText(self.tr("Title"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.sapo = TextField()
        self.sapo.setPlaceholderText(self.tr("Sapo: the bold lead paragraph"))
        self.sapo.setFixedHeight(int(self.sapo.fontMetrics().lineSpacing() * 4.2))
        sapo_font = QFont(self.sapo.font())
        sapo_font.setBold(True)
        self.sapo.setFont(sapo_font)

        self.has_time = QCheckBox(self.tr("Set"))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(list(dict.fromkeys((default_zone, *ZONES))))
        self.preview = QLabel()
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setStyleSheet("color:#5a5145")
        self.place = LineField()
        self.place.setPlaceholderText(self.tr("Place (optional)"))
        self.authors = LineField()
        self.authors.setPlaceholderText(self.tr("Thu Chung; Bài và ảnh: Vân Anh"))
        self.byline = QComboBox()
        self.byline.addItem(self.tr("at the end"), BylinePosition.END)
        self.byline.addItem(self.tr("under the title"), BylinePosition.TOP)

        when_row = QHBoxLayout()
        for widget in (self.has_time, self.when, self.zone):
            when_row.addWidget(widget)
        when_row.addWidget(self.preview, 1)
        authors_row = QHBoxLayout()
        authors_row.addWidget(self.authors, 1)
        authors_row.addWidget(self.byline)

        form = QFormLayout(self)
        form.setContentsMargins(18, 12, 18, 6)
        form.addRow(self.tr("Kicker"), self.kicker)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Sapo"), self.sapo)
        form.addRow(self.tr("Published"), when_row)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Authors"), authors_row)

        self.kicker.textEdited.connect(lambda text: self._edit("kicker", clean_input(text), self.tr("Edit kicker")))
        self.title.textEdited.connect(lambda text: self._edit("title", clean_input(text), self.tr("Edit title")))
        self.sapo.textChanged.connect(self._sapo_changed)
        self.place.textEdited.connect(self._dateline_changed)
        self.authors.textEdited.connect(self._authors_changed)
        self.byline.currentIndexChanged.connect(self._authors_changed)
        self.has_time.toggled.connect(self._time_toggled)
        self.when.dateTimeChanged.connect(self._dateline_changed)
        self.zone.currentTextChanged.connect(self._zone_changed)
        for field in (self.kicker, self.title, self.place, self.authors):
            field.editingFinished.connect(self._next_group)
        for field in (self.kicker, self.title, self.sapo):
            field.stepEnded.connect(self._next_group)
        session.changed.connect(self._on_article)

    def _next_group(self) -> None:
        self._group += 1

    def _edit(self, field: str, value: object, text: str) -> None:
        if self._loading:
            return
        article = self.session.article.with_fields(**{field: value})
        self.session.edit(article, text, merge_key=(field, self._group), origin=self)

    def _sapo_changed(self) -> None:
        self._edit("sapo", clean_input(self.sapo.toPlainText()), self.tr("Edit sapo"))

    def _authors_changed(self, *_args: object) -> None:
        position = self.byline.currentData() or BylinePosition.END
        self._edit("authors", parse_authors(self.authors.text(), position), self.tr("Edit authors"))

    def zone_info(self) -> ZoneInfo | None:
        try:
            return ZoneInfo(self.zone.currentText().strip())
        except (ValueError, KeyError, OSError):
            return None

    def _zone_changed(self, _text: str) -> None:
        self._group += 1  # a change of zone is its own undo step, not merged with the time typed before
        self._dateline_changed()
        self._group += 1

    def _time_toggled(self, checked: bool) -> None:
        self._group += 1
        if checked and not self._loading and self.session.article.dateline.published is None:
            now = QDateTime.currentDateTime()
            self.when.setDateTime(now.addSecs(-now.time().second()))  # a new dateline starts at "now"
        self._dateline_changed()
        self._group += 1

    def _dateline_changed(self, *_args: object) -> None:
        self.when.setEnabled(self.has_time.isChecked())
        zone = self.zone_info()
        published = None
        if self.has_time.isChecked() and zone is not None:
            from editor.text.dateline import attach_zone

            wall = self.when.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=None)
            published = attach_zone(wall, zone)
        self._update_preview(published)
        location = " ".join(clean_input(self.place.text()).split())
        self._edit("dateline", Dateline(published, location), self.tr("Edit dateline"))

    def _update_preview(self, published: datetime | None) -> None:
        if published is None:
            self.preview.setText(self.tr("(no publication time)"))
            return
        try:
            self.preview.setText(self.dateline_text(published))
        except Exception as exc:  # a broken custom template must not break typing
            self.preview.setText(str(exc))

    # -- model → view --------------------------------------------------------------------------------------

    def _on_article(self, article: Article, origin: object) -> None:
        shown = (article.kicker, article.title, article.sapo, article.dateline, article.authors)
        if origin is self or shown == self._shown:
            self._shown = shown
            return  # typing in the body must not re-render the dateline preview at every keystroke
        self._shown = shown
        self._loading = True
        try:
            for field, widget in ((article.kicker, self.kicker), (article.title, self.title),
                                  (article.dateline.location, self.place)):  # fmt: skip
                if widget.text() != field:
                    widget.setText(field)
            self.sapo.set_text(article.sapo)
            if parse_authors(self.authors.text(), self.byline.currentData()) != article.authors:
                self.authors.setText(authors_text(article.authors))
                if article.authors:
                    self.byline.setCurrentIndex(0 if article.authors[0].position is BylinePosition.END else 1)
            published = article.dateline.published
            self.has_time.setChecked(published is not None)
            self.when.setEnabled(published is not None)
            if published is not None:
                zone = self.zone_info()
                local = published.astimezone(zone) if zone is not None else published
                self.when.setDateTime(QDateTime(local.replace(tzinfo=None)))
            self._update_preview(published)
        finally:
            self._loading = False
        self._group += 1

    def refresh_preview(self) -> None:
        self._update_preview(self.session.article.dateline.published)
