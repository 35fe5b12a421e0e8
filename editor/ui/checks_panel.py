"""The checks panel: editorial findings for the open article, refreshed in a worker a moment after each edit.

Findings come from ``editor.checks`` (run without photo files, so nothing is decoded while the reporter types). When
that package is missing, a small built-in list of checks stands in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from editor.model.article import Article, Figure
from editor.ui.workers import Jobs


@dataclass(frozen=True)
class Item:
    severity: str  # error | warning | hint
    message_vi: str
    message_en: str
    field: str
    block: int | None = None
    finding: object = None  # the editor.checks Finding, for its fix


def basic_checks(article: Article) -> list[Item]:
    """Stand-in checks used only when ``editor.checks`` cannot be imported."""
    items = []
    if not article.title.strip():
        items.append(Item("error", "Bài viết chưa có tít.", "The article has no title.", "title"))
    for i, block in enumerate(article.body):
        if isinstance(block, Figure):
            if not block.caption.strip():
                items.append(Item("warning", "Ảnh chưa có chú thích.", "A photo has no caption.", "body", i))
            if not block.credit.strip():
                items.append(Item("warning", "Ảnh chưa ghi nguồn.", "A photo has no credit.", "body", i))
    return items


def run_checks(article: Article, profile: object) -> list[Item]:
    try:
        from editor.checks.rules import CheckContext
        from editor.checks.rules import run_checks as run_all
    except ImportError:
        return basic_checks(article)
    findings = run_all(CheckContext(article, profile))  # type: ignore[arg-type]
    return [Item(f.severity.value, f.message_vi, f.message_en, f.location.field, f.location.block, f)
            for f in findings]  # fmt: skip


class ChecksPanel(QWidget):
    locate = Signal(str, int)  # field, block (-1 when none)
    fix = Signal(object)  # the finding to fix

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
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
        self._show([Item("hint", f"Không chạy được kiểm tra: {message}", f"Checks failed: {message}", "body")])

    def _show(self, items: list[Item]) -> None:
        self._running = False
        self.items = items
        self.list.clear()
        marks = {"error": "⛔", "warning": "⚠", "hint": "ℹ"}
        for item in items:
            text = item.message_vi if self.language == "vi" else item.message_en
            row = QListWidgetItem(f"{marks.get(item.severity, '•')} {text}")
            row.setData(Qt.ItemDataRole.UserRole, item)
            self.list.addItem(row)
        if not items:
            self.list.addItem(QListWidgetItem("✓ " + self.tr("No problems found")))
        if self._pending is not None:
            self.timer.start()

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
