"""Run work once a widget has painted: background jobs whose Python would take the interpreter lock from the GUI
thread wait until what the reporter is about to see is on screen (a window opening, photos just inserted)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """``then(fn)`` runs ``fn`` on the GUI thread just after ``widget``'s next paint, or after ``limit_ms`` when no
    paint comes (a hidden or minimised window); each ``fn`` once, in the order asked."""

    def __init__(self, widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or widget)
        self.widget = widget
        self._waiting: list[Callable[[], None]] = []

    def then(self, fn: Callable[[], None], limit_ms: int = 300) -> None:
        self._waiting.append(fn)
        if len(self._waiting) == 1:
            self.widget.installEventFilter(self)  # only while something waits: every event passes through here
        QTimer.singleShot(limit_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint and self._waiting:
            QTimer.singleShot(0, self, self._run)  # after this paint, not inside it
        return False

    def _run(self) -> None:
        if not self._waiting:
            return
        self.widget.removeEventFilter(self)
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()
