"""The checks panel: editorial findings for the open article, refreshed in a worker a moment after each edit.

Findings come from ``editor.checks`` (run without photo files, so nothing is decoded while the reporter types); their
messages come from the catalogue and are rendered when shown (``retranslate`` shows them again in a new language).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from editor.messages import Message, msg, render
from editor.model.article import Article
from editor.ui.workers import Jobs


@dataclass(frozen=True)
class Item:
    severity: str  # error | warning | hint
    text: Message  # rendered when shown, in the language of that moment
    field: str
    block: int | None = None
    finding: object = None  # the editor.checks Finding, for its fix


def run_checks(article: Article, profile: object) -> list[Item]:
    from editor.checks.rules import CheckContext
    from editor.checks.rules import run_checks as run_all

    findings = run_all(CheckContext(article, profile))  # type: ignore[arg-type]
    return [Item(f.severity.value, f.text, f.location.field, f.location.block, f) for f in findings]


class ChecksPanel(QWidget):
    locate = Signal(str, int)  # field, block (-1 when none)
    fix = Signal(object)  # the finding to fix

    def __init__(self, language: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language  # kept for callers; messages follow editor.messages' language of the moment
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("Fix"))
        self.fix_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.fix_button)
        self.jobs = Jobs(parent=self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(700)
        self._pending: tuple[Article, object] | None = None
        self._running = False
        self.timer.timeout.connect(self._run)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.list.currentItemChanged.connect(self._current)
        self.fix_button.clicked.connect(self._fix)
        self.items: list[Item] = []

    def schedule(self, article: Article, profile: object) -> None:
        self._pending = (article, profile)
        self.timer.start()

    def _run(self) -> None:
        if self._running or self._pending is None:
            return
        article, profile = self._pending
        self._pending = None
        self._running = True
        self.jobs.submit(lambda: run_checks(article, profile), self._show, self._failed)

    def _failed(self, message: str) -> None:
        self._running = False
        self._show([Item("hint", msg("check.failed", problem=message), "body")])

    def _show(self, items: list[Item]) -> None:
        self._running = False
        self.items = items
        self.list.clear()
        marks = {"error": "⛔", "warning": "⚠", "hint": "ℹ"}
        for item in items:
            row = QListWidgetItem(f"{marks.get(item.severity, '•')} {render(item.text)}")
            row.setData(Qt.ItemDataRole.UserRole, item)
            self.list.addItem(row)
        if not items:
            self.list.addItem(QListWidgetItem("✓ " + self.tr("No problems found")))
        if self._pending is not None:
            self.timer.start()

    def retranslate(self) -> None:
        """Show the findings again in the language of the moment (after a language switch)."""
        self.fix_button.setText(self.tr("Fix"))
        self._show(self.items)

    def _current(self, row: QListWidgetItem | None, _previous: object) -> None:
        item = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        self.fix_button.setEnabled(bool(item and getattr(item.finding, "fix", None)))

    def _activated(self, row: QListWidgetItem) -> None:
        item = row.data(Qt.ItemDataRole.UserRole)
        if item is not None:
            self.locate.emit(item.field, -1 if item.block is None else item.block)

    def _fix(self) -> None:
        row = self.list.currentItem()
        item = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        if item is not None and item.finding is not None:
            self.fix.emit(item.finding)
