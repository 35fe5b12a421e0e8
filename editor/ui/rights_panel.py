"""The inspector's "Bản quyền & nguồn" section: who made the photo, who owns it, where it came from, how it was made.

Edits go to the session's undo stack like the caption's: typing in one field is one undo step (until the field
loses focus), each choice from a list is one step. A value typed over a pre-filled one no longer claims to come
from the photo (its provenance entry is dropped); the rest say where they came from, as captions do ("từ thông tin
trong ảnh (IPTC)"; the tag itself in the tooltip). Parts of a photo's metadata that were ignored on import (a damaged
XMP packet, an oversized IPTC block) are told under the form while that photo is selected.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from editor.messages import Message
from editor.model.article import Article, Figure
from editor.model.rights import DigitalSourceType, Rights, SourceKind
from editor.text.normalize import clean_input
from editor.ui.fields import LineField, one_line
from editor.ui.name_completer import NameCompleter
from editor.ui.provenance import provenance_note
from editor.ui.session import Session

TEXT_FIELDS = ("creator", "copyright", "usage_terms", "license_url", "source_url")
DEFAULT_OFFSET = timezone(timedelta(hours=7))
_TAKEN = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:[ ,]+(\d{1,2})[:h](\d{2}))?\s*$")
# The short list a reporter chooses from; a photo may carry another NewsCodes value, shown by its name.
DIGITAL_SOURCES = (
    DigitalSourceType.DIGITAL_CAPTURE,
    DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA,
    DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
    DigitalSourceType.ALGORITHMICALLY_ENHANCED,
    DigitalSourceType.DIGITAL_ART,
    DigitalSourceType.COMPOSITE,
    DigitalSourceType.SCREEN_CAPTURE,
    DigitalSourceType.PRINT,
)


def _enum(kind: type, value: object) -> object:
    return kind(value) if value else None


def _value(member: SourceKind | DigitalSourceType | None) -> str | None:
    return member.value if member is not None else None


def parse_taken(text: str, previous: datetime | None) -> datetime | None:
    """``dd/mm/yyyy [hh:mm]`` or ISO 8601 as an aware instant (the previous offset kept, else GMT+7); ValueError."""
    text = text.strip()
    if not text:
        return None
    zone = previous.tzinfo if previous is not None and previous.tzinfo is not None else DEFAULT_OFFSET
    m = _TAKEN.match(text)
    if m:
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        hour, minute = (int(m[4]), int(m[5])) if m[4] else (0, 0)
        return datetime(year, month, day, hour, minute, tzinfo=zone)
    value = datetime.fromisoformat(text)
    return value if value.utcoffset() is not None else value.replace(tzinfo=zone)


def format_taken(value: datetime | None) -> str:
    if value is None:
        return ""
    offset = value.utcoffset() or timedelta()
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    zone = f"GMT{hours:+d}" + (f":{abs(rest) // 60:02d}" if rest else "")
    return f"{value:%d/%m/%Y %H:%M} ({zone})"


class RightsPanel(QGroupBox):
    """Edits ``Figure.rights`` of the figure ``figure()`` returns (the inspector's selection)."""

    def __init__(self, session: Session, figure_index: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Rights && source"))
        self.session = session
        self.figure_index = figure_index
        self._group = 0
        self._loaded = -1  # the block shown; a new one starts a new undo step
        self._loading = False
        self.fields: dict[str, LineField] = {name: LineField() for name in TEXT_FIELDS}
        self.creator_names = completer = NameCompleter(self)
        self.fields["creator"].setCompleter(completer)
        completer.activated[str].connect(lambda text: self._edit_text("creator", text))  # set without textEdited
        self.fields["copyright"].setPlaceholderText("© …")
        for name in ("license_url", "source_url"):
            self.fields[name].setPlaceholderText("https://…")
        self.source = QComboBox()
        self.source.addItem(self.tr("— not said —"), None)
        for kind, label in self._source_labels().items():
            self.source.addItem(label, kind.value)  # Qt keeps plain text, not the enum
        self.kind = QComboBox()
        self._fill_kinds(None)
        self.taken = LineField()
        self.taken.setPlaceholderText(self.tr("dd/mm/yyyy hh:mm"))
        self.taken_problem = QLabel()
        self.taken_problem.setStyleSheet("color:#a4471b")
        self.taken_problem.setVisible(False)
        self.provenance = QLabel()
        self.provenance.setWordWrap(True)
        self.provenance.setStyleSheet("color:#5a5145")
        self.notes = QLabel()  # what the photo's metadata held that could not be used
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color:#a4471b")
        self.notes.setVisible(False)
        self.photo_notes: dict[str, tuple[Message, ...]] = {}  # image name → notes, from the inspector's insert

        form = QFormLayout(self)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Creator"), self.fields["creator"])
        form.addRow(self.tr("Copyright"), self.fields["copyright"])
        form.addRow(self.tr("Made by"), self.kind)
        form.addRow(self.tr("Source link"), self.fields["source_url"])
        form.addRow(self.tr("Usage terms"), self.fields["usage_terms"])
        form.addRow(self.tr("Licence page"), self.fields["license_url"])
        form.addRow(self.tr("Taken"), self.taken)
        form.addRow("", self.taken_problem)
        form.addRow(self.provenance)
        form.addRow(self.notes)

        for name, line in self.fields.items():
            line.textEdited.connect(lambda text, n=name: self._edit_text(n, text))
            line.editingFinished.connect(self._next_group)
        self.source.activated.connect(lambda _i: self._choose("source", _enum(SourceKind, self.source.currentData())))
        self.kind.activated.connect(
            lambda _i: self._choose("digital_source_type", _enum(DigitalSourceType, self.kind.currentData()))
        )
        self.taken.editingFinished.connect(self._edit_taken)
        session.changed.connect(self._on_article)

    # -- labels --------------------------------------------------------------------------------------------------

    def _source_labels(self) -> dict[SourceKind, str]:
        return {
            SourceKind.STAFF: self.tr("Our photographer or reporter"),
            SourceKind.AGENCY: self.tr("News agency (TTXVN, Reuters…)"),
            SourceKind.HANDOUT: self.tr("Provided by the people in the story"),
            SourceKind.READER: self.tr("Sent by a reader"),
            SourceKind.SOCIAL: self.tr("Social media"),
            SourceKind.ARCHIVE: self.tr("Archive photo"),
            SourceKind.SCREENSHOT: self.tr("Screenshot"),
        }

    def _kind_labels(self) -> dict[DigitalSourceType, str]:
        return {
            DigitalSourceType.DIGITAL_CAPTURE: self.tr("Camera or phone"),
            DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA: self.tr("Made by AI"),
            DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA: self.tr("Photo with AI-made parts"),
            DigitalSourceType.ALGORITHMICALLY_ENHANCED: self.tr("Enhanced by software (denoise, upscale)"),
            DigitalSourceType.DIGITAL_ART: self.tr("Drawing or graphic"),
            DigitalSourceType.COMPOSITE: self.tr("Montage of photos"),
            DigitalSourceType.SCREEN_CAPTURE: self.tr("Screen capture"),
            DigitalSourceType.PRINT: self.tr("Scanned from a print"),
        }

    def _fill_kinds(self, current: DigitalSourceType | None) -> None:
        self.kind.clear()
        self.kind.addItem(self.tr("— not said —"), None)
        labels = self._kind_labels()
        for kind in DIGITAL_SOURCES:
            self.kind.addItem(labels[kind], kind.value)
        if current is not None and current not in labels:
            self.kind.addItem(current.value, current.value)  # a value read from the photo, outside the short list

    def field_label(self, name: str) -> str:
        return {
            "creator": self.tr("creator"),
            "copyright": self.tr("copyright"),
            "usage_terms": self.tr("usage terms"),
            "license_url": self.tr("licence page"),
            "digital_source_type": self.tr("made by"),
            "taken": self.tr("taken"),
        }.get(name, name)

    # -- model ---------------------------------------------------------------------------------------------------

    def figure(self) -> Figure | None:
        body, index = self.session.article.body, self.figure_index()
        if 0 <= index < len(body) and isinstance(body[index], Figure):
            return body[index]  # type: ignore[return-value]
        return None

    def set_names(self, names: list[str]) -> None:
        """Creators and credits used before (the completer of the creator field)."""
        self.creator_names.set_names(names)

    def load(self) -> None:
        figure = self.figure()
        if figure is None:
            return
        if self.figure_index() != self._loaded:
            self._loaded = self.figure_index()
            self._group += 1
        self._loading = True
        try:
            rights = figure.rights
            for name, line in self.fields.items():
                if line.text() != getattr(rights, name):
                    line.setText(getattr(rights, name))
            self.source.setCurrentIndex(max(0, self.source.findData(_value(rights.source))))
            kind = _value(rights.digital_source_type)
            if self.kind.findData(kind) < 0:
                self._fill_kinds(rights.digital_source_type)
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
            if not self.taken.hasFocus():
                self.taken.setText(format_taken(rights.taken))
                self.taken_problem.setVisible(False)
            pairs = [(k, v) for k, v in figure.provenance if k in Rights.__dataclass_fields__]
            note, tags = provenance_note(pairs, self.field_label)
            self.provenance.setText(note)
            self.provenance.setToolTip(tags)
            self.provenance.setVisible(bool(note))
            notes = list(dict.fromkeys(m.render() for m in self.photo_notes.get(figure.image, ())))
            self.notes.setText("\n".join(notes))
            self.notes.setVisible(bool(notes))
        finally:
            self._loading = False

    def _next_group(self) -> None:
        self._group += 1

    def _push(self, figure: Figure, rights: Rights, changed: tuple[str, ...], text: str, merge: str | None) -> None:
        provenance = tuple((k, v) for k, v in figure.provenance if k not in changed)
        after = replace(figure, rights=rights, provenance=provenance)
        index = self.figure_index()
        key = ("rights", index, merge, self._group) if merge else None
        self.session.edit(self.session.article.replace_block(index, after), text, merge_key=key,
                          origin=self if merge else None)  # fmt: skip

    def _edit_text(self, name: str, value: str) -> None:
        figure = self.figure()
        if figure is None or self._loading:
            return
        value = clean_input(one_line(value))
        try:
            rights = replace(figure.rights, **{name: value})
        except (TypeError, ValueError):
            return  # too long: the field keeps the text, the model keeps the last good value
        self._push(figure, rights, (name,), self.tr("Edit %s") % self.field_label(name), merge=name)

    def _choose(self, name: str, value: object) -> None:
        """A choice from a list: browsing it with the arrow keys stays one undo step."""
        figure = self.figure()
        if figure is None or self._loading:
            return
        rights = replace(figure.rights, **{name: value})
        label = self.tr("Set photo source") if name == "source" else self.tr("Set how the photo was made")
        self._push(figure, rights, (name,), label, merge=name)

    def _edit_taken(self) -> None:
        figure = self.figure()
        if figure is None or self._loading:
            return
        try:
            taken = parse_taken(self.taken.text(), figure.rights.taken)
        except ValueError:
            self.taken_problem.setText(self.tr("Write the date as dd/mm/yyyy hh:mm, e.g. 19/12/2020 08:30."))
            self.taken_problem.setVisible(True)
            return
        self.taken_problem.setVisible(False)
        if taken != figure.rights.taken:
            self._group += 1
            self._push(figure, replace(figure.rights, taken=taken), ("taken",), self.tr("Edit time taken"), merge=None)
        self.taken.setText(format_taken(taken))

    def _on_article(self, article: Article, origin: object) -> None:
        if origin is not self:
            self.load()
