"""The checks panel: the open article's findings, grouped by severity, to be worked through one by one.

Every rule runs in a worker a moment after each edit, the ones that read the photo files too (through the photo
access the window gives, with a cache of what was read, so a photo is decoded once). A result for an article that
has changed since is dropped. Each row says where ("Ảnh 3 — chưa có chú thích."); choosing a row (click, arrow
keys) shows the place without taking the focus from the list, Enter or a double-click goes there, and a row whose
finding has a mechanical fix carries its own "Sửa" button. Messages come from the catalogue and are rendered when
shown (``retranslate`` shows them again in a new language).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.messages import Message, msg
from editor.model.article import Article
from editor.ui.workers import Jobs, own_pool

if TYPE_CHECKING:
    from editor.checks.findings import Finding
    from editor.model.photos import PhotoSource

SEVERITIES = ("error", "warning", "hint")
COLOURS = {"error": "#c62828", "warning": "#e69a00", "hint": "#1e6fc2", "ok": "#2e7d32"}
FINDING = Qt.ItemDataRole.UserRole


class PhotoAccess(Protocol):
    """How the checks worker reaches the article's photo files (the window builds one per run)."""

    token: object  # the same for one project: the photo facts read so far are kept while it stays the same

    def open(self) -> PhotoSource | None: ...  # called in the worker; None when the photos cannot be reached


@dataclass(frozen=True)
class Item:
    severity: str  # error | warning | hint
    text: Message  # rendered when shown, in the language of that moment
    field: str
    block: int | None = None
    finding: Any = None  # the editor.checks Finding


def run_checks(article: Article, profile: object, photos: PhotoSource | None = None, spell: object = None,
               infos: dict[str, Any] | None = None) -> tuple[Finding, ...]:  # fmt: skip
    """Every rule on ``article`` (the photo rules when ``photos`` is given), as the worker runs them."""
    from editor.checks.rules import CheckContext
    from editor.checks.rules import run_checks as run_all

    context = CheckContext(article, profile, photos=photos, spell=spell, infos={} if infos is None else infos)  # type: ignore[arg-type]
    return tuple(run_all(context))


def severity_icon(severity: str, size: int = 16) -> QIcon:
    """A drawn icon (no font glyph, so it looks the same on every platform): a red disc with a cross for errors,
    an amber triangle with a bar for warnings, a blue disc with an "i" for hints, a green disc with a tick."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size * scale / 16, size * scale / 16)
        _draw_mark(painter, severity)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _draw_mark(p: QPainter, severity: str) -> None:
    colour = QColor(COLOURS.get(severity, COLOURS["hint"]))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(colour))
    white = QPen(QColor("white"), 1.9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    if severity == "warning":
        triangle = QPainterPath(QPointF(8, 1.2))
        triangle.lineTo(15.2, 14.4)
        triangle.lineTo(0.8, 14.4)
        triangle.closeSubpath()
        p.drawPath(triangle)
        p.setPen(white)
        p.drawLine(QPointF(8, 5.6), QPointF(8, 9.6))
        p.drawPoint(QPointF(8, 12.2))
        return
    p.drawEllipse(QRectF(1, 1, 14, 14))
    p.setPen(white)
    if severity == "error":
        p.drawLine(QPointF(5.3, 5.3), QPointF(10.7, 10.7))
        p.drawLine(QPointF(10.7, 5.3), QPointF(5.3, 10.7))
    elif severity == "ok":
        tick = QPainterPath(QPointF(4.6, 8.3))
        tick.lineTo(7.1, 10.8)
        tick.lineTo(11.6, 5.6)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(tick)
    else:
        p.drawPoint(QPointF(8, 4.9))
        p.drawLine(QPointF(8, 7.4), QPointF(8, 11.6))


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the column's width (a long finding is read whole, never cut "…")."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != 0:
            return hint
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        spanned = not index.parent().isValid()  # a heading spans both columns
        width = self.view.viewport().width() if spanned else self.view.header().sectionSize(0)
        width -= self.view.indentation() * (0 if spanned else 1) + self.view.iconSize().width() + 16
        if width <= 40:
            return hint
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(hint.width(), max(hint.height(), text.height() + 8))


class ChecksPanel(QWidget):
    reveal = Signal(object)  # a Finding whose row was chosen: show its place, leave the focus in the list
    go = Signal(object)  # a Finding activated (Enter, double-click): take the reporter there
    fix = Signal(object)  # the Finding whose row's Sửa button was pressed
    findings_changed = Signal(object)  # the tuple of Findings after each run (the photo navigator marks photos)

    def __init__(self, language: str = "", parent: QWidget | None = None, *,
                 photos: Callable[[], PhotoAccess | None] | None = None,
                 spell: Callable[[], object] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.language = language  # kept for callers; messages follow editor.messages' language of the moment
        self.photos = photos
        self.spell = spell
        self.list = QTreeWidget()
        self.list.setColumnCount(2)
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setItemsExpandable(False)
        self.list.setIndentation(8)
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        self.list.setIconSize(QSize(16, 16))
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.header().sectionResized.connect(lambda *_: self._relayout.start())
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.list.doItemsLayout)  # wrapped rows take their new heights
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)
        self.jobs = Jobs(own_pool("checks"), self)  # one run at a time, never a second core; the shared pool stays free
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(700)
        self.timer.timeout.connect(self._run)
        self._pending: tuple[Article, object] | None = None
        self._running = False
        self._generation = 0  # bumped by every schedule: a result from an older one is stale
        self._last: tuple[Article, object] | None = None
        self._photo_token: object = None
        self._infos: dict[str, Any] = {}
        self.items: list[Item] = []
        self.findings: tuple[Finding, ...] = ()
        self.buttons: dict[int, QToolButton] = {}  # row of a finding with a fix → its Sửa button
        self._choice: tuple[Finding | None, int] | None = None  # set while the list shows older findings
        self.list.currentItemChanged.connect(self._current)
        self.list.itemClicked.connect(lambda row, _column: self._chosen(row))
        self.list.itemActivated.connect(lambda row, _column: self._activated(row))

    # -- running ---------------------------------------------------------------------------------------------

    def schedule(self, article: Article, profile: object) -> None:
        self._pending = (article, profile)
        self._generation += 1
        self.timer.start()

    def refresh(self, *_args: object) -> None:
        """Run again on the last article (the photos it reads have changed: the copies into the project finished)."""
        if self._pending is None and self._last is not None:
            self.schedule(*self._last)

    def _run(self) -> None:
        if self._running or self._pending is None:
            return
        article, profile = self._pending
        self._last, self._pending = self._pending, None
        self._running = True
        generation = self._generation
        self.jobs.submit(self._checks_job(article, profile), lambda found: self._done(generation, found),
                         lambda why: self._failed(generation, why))  # fmt: skip

    def _checks_job(self, article: Article, profile: object) -> Callable[[], tuple[Finding, ...]]:
        """Every rule on ``article``, to run on the panel's worker with the session's photos as they are now."""
        access = self.photos() if self.photos is not None else None
        if access is not None and access.token != self._photo_token:
            self._photo_token, self._infos = access.token, {}  # another project: nothing read before applies
        infos = self._infos  # only the worker writes it, one run at a time
        spell = self.spell() if self.spell is not None else None

        def work() -> tuple[Finding, ...]:
            photos = access.open() if access is not None else None
            return run_checks(article, profile, photos, spell, infos)

        return work

    def findings_for(self, article: Article, profile: object,
                     on_done: Callable[[tuple[Finding, ...]], None]) -> None:  # fmt: skip
        """Every rule's findings on ``article`` with ``profile``, the photo rules included, for another part (the
        export dialog's error count): the panel's own when its latest run was on these, else a run of their own
        on the panel's worker (one run at a time, sharing what was read of the photos); ``on_done`` on this thread."""
        last = self._last
        if last is not None and last[0] is article and last[1] == profile and not self._running and not self._pending:
            on_done(self.findings)
            return
        self.jobs.submit(self._checks_job(article, profile), on_done, lambda _why: None)  # the panel says a failure

    def _done(self, generation: int, findings: tuple[Finding, ...]) -> None:
        self._running = False
        if generation == self._generation:
            self._show(findings)
        if self._pending is not None:
            self.timer.start()

    def _failed(self, generation: int, message: str) -> None:
        from editor.checks.findings import Finding, Location, Severity

        self._running = False
        if generation == self._generation:
            failed = Finding("check.failed", Severity.HINT, msg("check.failed", problem=message), Location("body"))
            self._show((failed,))
        if self._pending is not None:
            self.timer.start()

    # -- showing ---------------------------------------------------------------------------------------------

    def _show(self, findings: tuple[Finding, ...]) -> None:
        if self._choice is None:  # the list shows self.findings: keep the reporter's row before they change
            self._choice = (self._finding_of(self.list.currentItem()), self._position())
        self.findings = tuple(findings)
        self.items = [Item(f.severity.value, f.text, f.location.field, f.location.block, f) for f in findings]
        # Rows and Sửa buttons for 60 findings take 10-30 ms of the GUI thread: while another tab of a shown
        # window is in front, they are made when this tab is (the navigator's marks come from findings_changed).
        if self.isVisible() or not self.window().isVisible():
            self._list_findings()
        self.findings_changed.emit(self.findings)

    def _list_findings(self) -> None:
        """Show ``findings`` in the list when it still shows earlier ones."""
        if self._choice is None:
            return
        (chosen, position), self._choice = self._choice, None
        self._fill()
        self._choose_again(chosen, position)

    def showEvent(self, event: QShowEvent) -> None:
        self._list_findings()
        super().showEvent(event)

    def _fill(self) -> None:
        self.list.blockSignals(True)  # rebuilding is not the reporter choosing rows
        try:
            self.list.clear()
            self.buttons = {}
            if not self.findings:
                done = QTreeWidgetItem([self.tr("No problems found")])
                done.setIcon(0, severity_icon("ok"))
                done.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.list.addTopLevelItem(done)
                return
            for severity in SEVERITIES:
                rows = [(i, f) for i, f in enumerate(self.findings) if f.severity.value == severity]
                if rows:
                    self._add_group(severity, rows)
            self.list.expandAll()
        finally:
            self.list.blockSignals(False)

    def _group_title(self, severity: str, count: int) -> str:
        names = {"error": self.tr("Errors ({0})"), "warning": self.tr("Warnings ({0})"), "hint": self.tr("Hints ({0})")}
        return names[severity].format(count)

    def _add_group(self, severity: str, rows: list[tuple[int, Finding]]) -> None:
        group = QTreeWidgetItem([self._group_title(severity, len(rows))])
        group.setIcon(0, severity_icon(severity))
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a finding: it is never chosen (see _current)
        font = QFont(self.font())
        font.setBold(True)
        group.setFont(0, font)
        group.setData(0, Qt.ItemDataRole.UserRole + 1, severity)
        self.list.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)
        icon = severity_icon(severity)
        for index, finding in rows:
            row = QTreeWidgetItem(group, [finding.line()])
            row.setIcon(0, icon)
            row.setData(0, FINDING, index)
            row.setToolTip(0, finding.line())
            if finding.fix:
                self._add_fix_button(row, index)

    def _add_fix_button(self, row: QTreeWidgetItem, index: int) -> None:
        from editor.checks.fixes import fix_label

        button = QToolButton()
        button.setText(self.tr("Fix"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # pressing it leaves the focus where it was (the list)
        button.setToolTip(fix_label(self.findings[index].fix or "").render())
        button.clicked.connect(lambda _checked=False, i=index: self._fix(i))
        self.list.setItemWidget(row, 1, button)
        self.buttons[index] = button

    def _choose_again(self, chosen: Finding | None, position: int) -> None:
        """After a run the same finding stays chosen; when it is gone (fixed), the one now in its place, the next
        to work on."""
        rows = self.rows()
        if chosen is None or not rows:
            return
        target = next((r for r in rows if self._finding_of(r) == chosen), rows[min(position, len(rows) - 1)])
        self.list.blockSignals(True)
        self.list.setCurrentItem(target)
        self.list.blockSignals(False)

    def _position(self) -> int:
        current = self.list.currentItem()
        rows = self.rows()
        return rows.index(current) if current in rows else 0

    def retranslate(self) -> None:
        """Show the findings again in the language of the moment (after a language switch)."""
        chosen, position = self.current_finding(), self._position()
        self._fill()
        self._choose_again(chosen, position)

    # -- rows ------------------------------------------------------------------------------------------------

    def rows(self) -> list[QTreeWidgetItem]:
        """The finding rows, top to bottom (group headings left out)."""
        self._list_findings()
        found = []
        for g in range(self.list.topLevelItemCount()):
            group = self.list.topLevelItem(g)
            found.extend(group.child(c) for c in range(group.childCount()))
        return found

    def lines(self) -> list[str]:
        return [row.text(0) for row in self.rows()]

    def row_of(self, finding: Finding) -> QTreeWidgetItem | None:
        return next((row for row in self.rows() if self._finding_of(row) == finding), None)

    def fix_button(self, finding: Finding) -> QToolButton | None:
        self._list_findings()
        index = next((i for i, f in enumerate(self.findings) if f == finding), None)
        return self.buttons.get(index) if index is not None else None

    def _finding_of(self, row: QTreeWidgetItem | None) -> Finding | None:
        index = row.data(0, FINDING) if row is not None else None
        return self.findings[index] if isinstance(index, int) and 0 <= index < len(self.findings) else None

    def current_finding(self) -> Finding | None:
        self._list_findings()
        return self._finding_of(self.list.currentItem())

    def _current(self, row: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if row is not None and row.parent() is None and row.childCount():  # a heading: on to the next finding
            row = self._past_heading(row, previous)
            self.list.blockSignals(True)
            self.list.setCurrentItem(row)
            self.list.blockSignals(False)
        if row is not None:
            self._chosen(row)

    def _past_heading(self, heading: QTreeWidgetItem, previous: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
        """The finding the arrow keys meant: the last one of the group above when going up, else the first below."""
        rows = self.rows()
        if not rows:
            return None
        going_up = previous is not None and previous in rows and previous is heading.child(0)
        if going_up:
            index = rows.index(previous)  # type: ignore[arg-type]
            return rows[index - 1] if index > 0 else previous
        return heading.child(0)

    def _chosen(self, row: QTreeWidgetItem) -> None:
        finding = self._finding_of(row)
        if finding is not None:
            self.reveal.emit(finding)

    def _activated(self, row: QTreeWidgetItem) -> None:
        finding = self._finding_of(row)
        if finding is not None:
            self.go.emit(finding)

    def _fix(self, index: int) -> None:
        finding = self.findings[index] if 0 <= index < len(self.findings) else None
        if finding is None:
            return
        row = self.row_of(finding)
        if row is not None and self.list.currentItem() is not row:
            self.list.blockSignals(True)
            self.list.setCurrentItem(row)
            self.list.blockSignals(False)
        self.fix.emit(finding)
