"""The article's header fields: kicker, title, sapo, dateline (date/time, zone, live preview), place, authors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QMouseEvent
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
SEPARATORS = "/-.: "


def zone_offset(key: str, at: datetime | None = None) -> str:
    """``GMT+7``, ``GMT-4``, ``GMT+5:30`` for the zone at ``at`` (now by default: summer time counts)."""
    offset = (at or datetime.now(ZoneInfo(key))).astimezone(ZoneInfo(key)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"GMT{sign}{hours}" + (f":{rest:02d}" if rest else "")


def now_in(zone: ZoneInfo) -> datetime:
    """The current instant as the wall clock of ``zone`` shows it, to the minute (not the machine's clock)."""
    return datetime.now(zone).replace(second=0, microsecond=0)


class DateTimeField(QDateTimeEdit):
    """A date/time box that takes typed digits at once: ``25/03/2025 08:30`` or ``7/8/2024 9:05``.

    Qt's box inserts a digit into the section only when that section is selected, and treats a separator typed
    right after it moved on by itself as "skip the next section"; both made typing do nothing for a reporter.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing: object = None  # the section being typed into
        self._advanced = False  # the last digit filled its section and Qt moved on by itself

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._typing, self._advanced = None, False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._typing, self._advanced = None, False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in SEPARATORS and self._advanced:
            self._advanced = False
            event.accept()  # already in the next section: the separator only confirms it
            return
        if text.isdigit() and self.currentSection() != self._typing:
            self.setSelectedSection(self.currentSection())  # a typed digit replaces the section, as expected
        before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSection() != before
        self._typing = self.currentSection() if text.isdigit() and not self._advanced else None


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
        self.folded = False

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
        self.when = DateTimeField()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.zone = QComboBox()
        for key in dict.fromkeys((default_zone, *ZONES)):
            self.zone.addItem(self.zone_label(key), key)
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

        form = self.form = QFormLayout(self)
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
        self.zone.currentIndexChanged.connect(self._zone_changed)
        for field in (self.kicker, self.title, self.place, self.authors):
            field.editingFinished.connect(self._next_group)
        for field in (self.kicker, self.title, self.sapo):
            field.stepEnded.connect(self._next_group)
        session.changed.connect(self._on_article)

    def _next_group(self) -> None:
        self._group += 1

    def fold(self, folded: bool) -> None:
        """Every row but the title hidden (small screens), or all shown again."""
        for row in range(self.form.rowCount()):
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            keep = field is not None and field.widget() is self.title
            self.form.setRowVisible(row, keep or not folded)
        self.folded = folded

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

    def retranslate(self) -> None:
        """After a language switch (``editor/ui/language.py``): the zones' names, made with their offsets."""
        for i in range(self.zone.count()):
            self.zone.setItemText(i, self.zone_label(str(self.zone.itemData(i))))

    def zone_label(self, key: str) -> str:
        """``Việt Nam (GMT+7)``: a place a reporter recognises and the offset of today, not ``Asia/Ho_Chi_Minh``."""
        names = {
            "Asia/Ho_Chi_Minh": self.tr("Vietnam"), "Asia/Bangkok": self.tr("Thailand"),
            "Asia/Tokyo": self.tr("Japan"), "Asia/Shanghai": self.tr("China"), "Europe/Paris": self.tr("France"),
            "Europe/London": self.tr("United Kingdom"), "America/New_York": self.tr("New York (USA)"),
            "America/Los_Angeles": self.tr("Los Angeles (USA)"), "Australia/Sydney": self.tr("Sydney (Australia)"),
            "UTC": self.tr("Universal time"),
        }  # fmt: skip
        try:
            offset = zone_offset(key)
        except (ValueError, KeyError, OSError):
            return key
        name = names.get(key) or key.rsplit("/", 1)[-1].replace("_", " ")
        return f"{name} ({offset})"

    def zone_info(self) -> ZoneInfo | None:
        try:
            return ZoneInfo(str(self.zone.currentData() or "").strip())
        except (ValueError, KeyError, OSError):
            return None

    def _zone_changed(self, _index: int) -> None:
        self._group += 1  # a change of zone is its own undo step, not merged with the time typed before
        self._dateline_changed()
        self._group += 1

    def _time_toggled(self, checked: bool) -> None:
        self._group += 1
        if checked and not self._loading and self.session.article.dateline.published is None:
            zone = self.zone_info() or ZoneInfo("Asia/Ho_Chi_Minh")
            self.when.setDateTime(QDateTime(now_in(zone).replace(tzinfo=None)))  # "now" where the reporter is
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
