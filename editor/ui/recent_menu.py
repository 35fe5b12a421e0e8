"""Tệp › Mở gần đây: the recent files as the settings hold them, rebuilt whenever that list changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from editor.ui.settings import Settings

KEY = "files/recent"


class RecentMenu(QMenu):
    """Follows ``files/recent`` through ``Settings.changed``; choosing an entry calls ``open_path``."""

    def __init__(self, title: str, settings: Settings, open_path: Callable[[Path], object],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(title, parent)
        self.settings = settings
        self.open_path = open_path
        settings.changed.connect(self._setting_changed)
        self.aboutToShow.connect(self.fill)  # a file may have gone since the list was written
        self.fill()

    def _setting_changed(self, key: str, _value: object) -> None:
        if key == KEY:
            self.fill()

    def fill(self) -> None:
        self.clear()
        for item in self.settings.get(KEY):
            if Path(item).exists():
                self.addAction(item, lambda item=item: self.open_path(Path(item)))
        if self.isEmpty():
            self.addAction(self.tr("(none)")).setEnabled(False)

    def retranslate(self) -> None:
        self.fill()
