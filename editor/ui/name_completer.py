"""Names used before, offered as the reporter types a credit or a photographer's name: matched with or without
diacritics and in any case ("van anh" and "VÂN" both find "Vân Anh"), inserted as the name is written."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

from editor.checks.rights import fold  # the one folding of a person's name (case, marks, đ, spacing)

MATCH_ROLE = Qt.ItemDataRole.UserRole + 1


class NameCompleter(QCompleter):
    """A completer whose names match on the name as written and on its folded form, one per line of the match
    text: Qt's own "contains" test then finds either, and the popup and the field show the name as written."""

    def __init__(self, parent: QObject | None = None) -> None:
        self.model_of_names = QStandardItemModel(parent)
        super().__init__(self.model_of_names, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionRole(MATCH_ROLE)

    def set_names(self, names: Iterable[str]) -> None:
        self.model_of_names.clear()
        for name in names:
            item = QStandardItem(name)
            item.setData(f"{name}\n{fold(name)}", MATCH_ROLE)
            item.setEditable(False)
            self.model_of_names.appendRow(item)

    def names(self) -> list[str]:
        model = self.model_of_names
        return [model.item(row).text() for row in range(model.rowCount())]

    def pathFromIndex(self, index: QModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")
