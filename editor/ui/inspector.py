"""The inspector of the selected photo: caption, credit, alt text, layout, rotation, crop, and value origins.

The credit and creator fields offer the names used before: the saved ones (settings, the outlet's presets), the
article's, and every name typed since the app was opened (``TYPED_NAMES``), so a name typed for photo 1 is offered
for photo 2 at once, before any save.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.checks.alt_text import alt_problem
from editor.model.article import Article, Figure, Layout
from editor.text.normalize import clean_input, nfc
from editor.ui.crop_frame import CropFrame
from editor.ui.fields import LineField, TextField
from editor.ui.name_completer import NameCompleter
from editor.ui.provenance import provenance_note
from editor.ui.rights_panel import RightsPanel
from editor.ui.session import Session

CROPS = ("", "3:2", "4:3", "16:9", "1:1")
# Credit and creator names typed since the app was opened, newest first, for every window's completers (the saved
# ones come from the settings; saving adds the article's credits there).
TYPED_NAMES: list[str] = []


def _names(*groups: Sequence[str]) -> list[str]:
    """The names in order, each once, blanks dropped."""
    return list(dict.fromkeys(n for group in groups for name in group if (n := " ".join(nfc(name).split()))))


class Inspector(QWidget):
    moveRequested = Signal(int, int)  # index, delta
    replaceRequested = Signal(int)
    removeRequested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.index = -1
        self._group = 0
        self._loading = False
        self._saved_names: list[str] = []  # settings + outlet presets, from the window
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.caption = TextField()
        self.caption.setFixedHeight(int(self.caption.fontMetrics().lineSpacing() * 4.5))
        self.credit = LineField()
        self.credit_names = completer = NameCompleter(self)
        self.credit.setCompleter(completer)
        # A name taken from the list is set without textEdited: it is an edit all the same.
        completer.activated[str].connect(lambda text: self._edit("credit", text, self.tr("Edit credit")))
        self.alt = TextField()
        self.alt.setFixedHeight(int(self.alt.fontMetrics().lineSpacing() * 3.5))
        self.alt_warning = QLabel()
        self.alt_warning.setWordWrap(True)
        self.alt_warning.setStyleSheet("color:#a4471b")
        self.layout_box = QComboBox()
        for layout, label in (
            (Layout.FULL, self.tr("Text width")),
            (Layout.WIDE, self.tr("Wide")),
            (Layout.LEFT, self.tr("Left, text wraps")),
            (Layout.RIGHT, self.tr("Right, text wraps")),
        ):
            self.layout_box.addItem(label, layout)  # fmt: skip
        self.crop_box = QComboBox()
        self.crop_box.addItem(self.tr("No crop"), "")
        for ratio in CROPS[1:]:
            self.crop_box.addItem(ratio, ratio)
        self.crop_box.addItem(self.tr("Custom"), "custom")  # a crop made elsewhere (JSON, an older version)
        self.crop_frame = CropFrame()
        rotate_left = QPushButton(self.tr("⟲ Rotate left"))
        rotate_right = QPushButton(self.tr("⟳ Rotate right"))
        self.provenance = QLabel()
        self.provenance.setWordWrap(True)
        self.provenance.setStyleSheet("color:#5a5145")
        up, down = QPushButton(self.tr("▲ Up")), QPushButton(self.tr("▼ Down"))
        replace_button, remove = QPushButton(self.tr("Replace…")), QPushButton(self.tr("Remove"))

        form = QFormLayout()
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("Credit"), self.credit)
        form.addRow(self.tr("Alt text"), self.alt)
        form.addRow("", self.alt_warning)
        form.addRow("", self.provenance)  # under the fields it speaks of
        form.addRow(self.tr("Layout"), self.layout_box)
        form.addRow(self.tr("Crop"), self.crop_box)
        form.addRow("", self.crop_frame)
        rotate = QHBoxLayout()
        rotate.addWidget(rotate_left)
        rotate.addWidget(rotate_right)
        form.addRow(self.tr("Rotate"), rotate)
        order = QHBoxLayout()
        for button in (up, down, replace_button, remove):
            order.addWidget(button)
        self.hint = QLabel(self.tr("Select a photo in the article to edit its caption, credit and alt text."))
        self.hint.setWordWrap(True)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.title)
        body_layout.addLayout(form)
        self.rights = RightsPanel(session, lambda: self.index)  # "Bản quyền & nguồn"
        body_layout.addWidget(self.rights)
        body_layout.addLayout(order)
        outer = QVBoxLayout(self)
        outer.addWidget(self.hint)
        outer.addWidget(self.body)
        outer.addStretch(1)

        self.caption.textChanged.connect(
            lambda: self._edit("caption", self.caption.toPlainText(), self.tr("Edit caption"))
        )
        self.credit.textEdited.connect(lambda text: self._edit("credit", text, self.tr("Edit credit")))
        self.alt.textChanged.connect(lambda: self._edit("alt", self.alt.toPlainText(), self.tr("Edit alt text")))
        self.credit.editingFinished.connect(self._next_group)
        self.credit.editingFinished.connect(lambda: self._remember_typed(self.credit))
        creator = self.rights.fields["creator"]
        creator.editingFinished.connect(lambda: self._remember_typed(creator))
        for field in (self.caption, self.alt):
            field.stepEnded.connect(self._next_group)
        self.layout_box.activated.connect(lambda _i: self._set("layout", self.layout_box.currentData(),
                                                               self.tr("Change layout")))  # fmt: skip
        self.crop_box.activated.connect(self._crop)
        self.crop_frame.cropChanged.connect(lambda crop: self._set("crop", crop, self.tr("Move crop frame")))
        session.photos.thumbnailReady.connect(lambda _name: self._show_crop(self.figure()))
        rotate_left.clicked.connect(lambda: self._rotate(-90))
        rotate_right.clicked.connect(lambda: self._rotate(90))
        up.clicked.connect(lambda: self.moveRequested.emit(self.index, -1))
        down.clicked.connect(lambda: self.moveRequested.emit(self.index, 1))
        replace_button.clicked.connect(lambda: self.replaceRequested.emit(self.index))
        remove.clicked.connect(lambda: self.removeRequested.emit(self.index))
        session.changed.connect(self._on_article)
        self.show_figure(-1)

    def figure(self) -> Figure | None:
        body = self.session.article.body
        if 0 <= self.index < len(body) and isinstance(body[self.index], Figure):
            return body[self.index]  # type: ignore[return-value]
        return None

    def set_credits(self, names: list[str]) -> None:
        """The names saved before (settings, the outlet's presets); typed and article names are added to them."""
        self._saved_names = list(names)
        self._refresh_names()

    def _refresh_names(self) -> None:
        """Fill both completers (never while one is typed into: a photo selected, a name finished, saved names)."""
        figures = self.session.article.figures
        credits = [f.credit for f in figures]
        self.credit_names.set_names(_names(TYPED_NAMES, credits, self._saved_names))
        self.rights.set_names(_names(TYPED_NAMES, [f.rights.creator for f in figures], credits, self._saved_names))

    def _remember_typed(self, field: LineField) -> None:
        name = " ".join(clean_input(field.text()).split())
        if not field.isModified() or not name:
            return  # a pre-filled or loaded name left as it was is not "typed"
        field.setModified(False)
        TYPED_NAMES[:] = _names([name], TYPED_NAMES)[:200]
        self._refresh_names()

    def take_probes(self, probes: Sequence[Any], profile: object) -> list[Figure]:
        """The figures to insert for probed photos: the printed credit as the outlet's ``credit_from`` says
        (photographer, agency or both); notes about metadata that was ignored are kept to show with each photo."""
        from editor.errors import InputError
        from editor.media.prefill import figure_from_metadata

        credit_from = getattr(profile, "credit_from", "credit")
        figures: list[Figure] = []
        noted: list[str] = []
        for probe in probes:
            meta, figure = getattr(probe, "meta", None), probe.figure
            if meta is not None:
                with suppress(InputError, ValueError, TypeError):  # else the probe's own pre-fill stays
                    figure = figure_from_metadata(meta, probe.name, credit_from)
                if meta.warnings:
                    self.rights.photo_notes[probe.name] = tuple(meta.warnings)
                    noted.append(probe.name)
            figures.append(figure)
        if noted:  # after the insert's own status line is cleared
            QTimer.singleShot(0, self, lambda: self._announce_notes(noted))
        return figures

    def _announce_notes(self, names: list[str]) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if bar is None:
            return
        if len(names) == 1:
            notes = self.rights.photo_notes.get(names[0], ())
            text = self.tr("Photo {0}: {1}").format(PurePosixPath(names[0]).name, " ".join(m.render() for m in notes))
        else:
            text = self.tr("{0} photos carry information that could not be read; select one to see what.")
            text = text.format(len(names))
        bar().showMessage(text, 15_000)

    def show_figure(self, index: int) -> None:
        self.index = index
        self._group += 1
        self._refresh_names()
        self._load()

    def retranslate(self) -> None:
        """After a language switch (``editor/ui/language.py``): the heading and provenance are made from the photo."""
        self._load()

    def _load(self) -> None:
        figure = self.figure()
        self.hint.setVisible(figure is None)
        self.body.setVisible(figure is not None)
        if figure is None:
            return
        self._loading = True
        try:
            label = self.tr("Photo")
            self.title.setText(f"<b>{label}</b> {PurePosixPath(figure.image).name}")
            self.caption.set_text(figure.caption)
            if self.credit.text() != figure.credit:
                self.credit.setText(figure.credit)
            self.alt.set_text(figure.alt)
            self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(figure.layout)))
            self._show_crop(figure)
            self._show_alt_warning(figure)
            self._show_provenance(figure)
            self.rights.load()
        finally:
            self._loading = False

    def _show_provenance(self, figure: Figure) -> None:
        """ "Caption, credit: from the photo's information (IPTC)"; the tags themselves in the tooltip."""
        pairs = [(n, o) for n, o in figure.provenance if n in ("caption", "credit", "alt")]
        note, tags = provenance_note(pairs, self._field_name)
        self.provenance.setText(note)
        self.provenance.setToolTip(tags)
        self.provenance.setVisible(bool(note))

    def _uncropped(self, figure: Figure) -> object:
        return self.session.photos.thumbnail(replace(figure, crop=None))

    def _show_crop(self, figure: Figure | None) -> None:
        """The crop list and frame of *this* photo (never the previous photo's choice)."""
        if figure is None:
            return
        image = self._uncropped(figure)
        self.crop_frame.set_photo(image, figure.crop)  # type: ignore[arg-type]
        self.crop_box.setCurrentIndex(max(0, self.crop_box.findData(self._crop_ratio(figure, image))))

    @staticmethod
    def _crop_ratio(figure: Figure, image: object) -> str:
        """The preset the crop has (within 1 %), "custom" for another shape, "" for none."""
        if figure.crop is None:
            return ""
        if image is None or image.isNull():  # type: ignore[attr-defined]
            return "custom"
        left, top, right, bottom = figure.crop
        shape = (right - left) * image.width() / max(1e-9, (bottom - top) * image.height())  # type: ignore
        from editor.media.edits import ASPECT_RATIOS

        for name in CROPS[1:]:
            w, h = ASPECT_RATIOS[name]
            if any(abs(shape - r) / r < 0.01 for r in (w / h, h / w)):
                return name
        return "custom"

    def _field_name(self, name: str) -> str:
        return {"caption": self.tr("caption"), "credit": self.tr("credit"), "alt": self.tr("alt text")}.get(name, name)

    def _show_alt_warning(self, figure: Figure) -> None:
        problem = alt_problem(figure)
        text = {
            "empty": self.tr("No alt text: describe what the photo shows for readers who cannot see it."),
            "caption": self.tr("The alt text repeats the caption: describe what the photo shows instead."),
            "file": self.tr("The alt text is a file name: describe what the photo shows instead."),
        }.get(problem or "", "")
        self.alt_warning.setText(text)
        self.alt_warning.setVisible(bool(text))

    def _next_group(self) -> None:
        self._group += 1

    def _edit(self, field: str, value: str, text: str) -> None:
        if self._loading:
            return
        figure = self.figure()
        if figure is None:
            return
        value = clean_input(value)
        provenance = tuple((k, v) for k, v in figure.provenance if k != field)  # typed over: no longer from the photo
        changed = replace(figure, **{field: value}, provenance=provenance)  # type: ignore[arg-type]
        self._show_alt_warning(changed)
        self._show_provenance(changed)
        self.session.edit(self.session.article.replace_block(self.index, changed), text,
                          merge_key=("figure", self.index, field, self._group), origin=self)  # fmt: skip

    def _set(self, field: str, value: object, text: str, **more: object) -> None:
        figure = self.figure()
        if figure is None or self._loading:
            return
        self._group += 1
        changed = replace(figure, **{field: value}, **more)  # type: ignore[arg-type]
        self.session.edit(self.session.article.replace_block(self.index, changed), text)

    def _rotate(self, degrees: int) -> None:
        figure = self.figure()
        if figure is not None:
            # A crop is relative to the upright photo; after a quarter turn it would frame something else.
            self._set("rotation", (figure.rotation + degrees) % 360, self.tr("Rotate photo"), crop=None)
            self.crop_box.setCurrentIndex(0)

    def _crop(self, _index: int) -> None:
        figure = self.figure()
        if figure is None:
            return
        ratio = self.crop_box.currentData() or None
        if ratio == "custom":
            return  # nothing to apply: the frame below moves it
        crop = None
        if ratio:
            from editor.media.edits import centred_crop

            image = self.session.photos.thumbnail(replace(figure, crop=None))
            if image is None or image.isNull():
                return  # the size is not known yet; the reporter can choose again in a moment
            crop = centred_crop(image.width(), image.height(), ratio)
            if crop is not None and crop[1] > 0:
                # Cut top and bottom: start above the centre, where heads usually are; the frame can be dragged.
                from editor.ui.crop_frame import moved

                crop = moved(crop, 0.0, -crop[1] / 2)
        self._set("crop", crop, self.tr("Crop photo"))
        self._show_crop(self.figure())

    def _on_article(self, article: Article, origin: object) -> None:
        if origin is self:
            return
        self._load()
