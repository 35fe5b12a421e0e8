"""Preferences generated from the settings spec: one row per visible setting, typed by the spec."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.ui.fields import LineField
from editor.ui.settings import SPEC, Setting, Settings

# A language is named in itself; tone styles by their examples; the rest is translated when shown.
CHOICE_LABELS = {"vi": "Tiếng Việt", "en": "English", "profile": QT_TRANSLATE_NOOP("Preferences", "as the outlet does"),
                 "old": "hòa, khỏe, thủy", "new": "hoà, khoẻ, thuỷ"}  # fmt: skip
TRANSLATED_CHOICES = {"profile"}
RANGES = {"export/docx_font_size": (10.0, 20.0), "export/photo_quality": (50, 95), "files/autosave_seconds": (1, 120)}


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for spec in SPEC:
            if spec.visible:
                editor = self._editor(spec, settings.get(spec.key))
                self.editors[spec.key] = editor
                form.addRow(QCoreApplication.translate("Settings", spec.doc), editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _editor(self, spec: Setting, value: Any) -> QWidget:
        if spec.key == "export/profile":
            box = QComboBox()
            try:
                from editor.text.profile import list_profiles, load_profile

                for name in list_profiles():
                    box.addItem(load_profile(name).display_name, name)
            except Exception:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(value)))
            return box
        if spec.choices:
            box = QComboBox()
            for choice in spec.choices:
                label = CHOICE_LABELS.get(choice, choice)
                if choice in TRANSLATED_CHOICES:
                    label = QCoreApplication.translate("Preferences", label)
                box.addItem(label, choice)
            box.setCurrentIndex(max(0, box.findData(value)))
            return box
        if spec.type is bool:
            check = QCheckBox()
            check.setChecked(bool(value))
            return check
        if spec.type is int:
            spin = QSpinBox()
            low, high = RANGES.get(spec.key, (0, 10_000))
            spin.setRange(int(low), int(high))
            spin.setValue(int(value))
            return spin
        if spec.type is float:
            dspin = QDoubleSpinBox()
            low, high = RANGES.get(spec.key, (0.0, 10_000.0))
            dspin.setRange(float(low), float(high))
            dspin.setSingleStep(0.5)
            dspin.setValue(float(value))
            return dspin
        line = LineField()
        line.setText(str(value))
        return line

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QSpinBox | QDoubleSpinBox):
                out[key] = editor.value()
            elif isinstance(editor, LineField):
                out[key] = editor.text().strip()
        return out

    def accept(self) -> None:
        for key, value in self.values().items():
            self.settings.set(key, value)
        self.settings.sync()
        super().accept()
