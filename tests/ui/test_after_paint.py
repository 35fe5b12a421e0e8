"""AfterPaint: work that waits for a widget's next paint, with a time limit when no paint comes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel

from editor.ui.after_paint import AfterPaint


class PaintLog(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("painted")
        return False


def test_work_runs_after_the_next_paint_in_order_and_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("Ảnh 1")
    qtbot.addWidget(label)
    log: list[str] = []
    spy = PaintLog(log)
    label.installEventFilter(spy)
    waiter = AfterPaint(label)
    waiter.then(lambda: log.append("first"), limit_ms=5_000)
    waiter.then(lambda: log.append("second"), limit_ms=5_000)
    label.show()
    qtbot.waitUntil(lambda: "second" in log, timeout=3_000)  # long before the limit: the paint started them
    assert log.index("painted") < log.index("first") < log.index("second")
    label.update()
    qtbot.wait(100)
    assert log.count("first") == 1 and log.count("second") == 1


def test_work_runs_at_the_limit_when_nothing_paints(qtbot) -> None:  # type: ignore[no-untyped-def]
    hidden = QLabel("never shown")
    qtbot.addWidget(hidden)
    ran: list[str] = []
    AfterPaint(hidden).then(lambda: ran.append("ran"), limit_ms=50)
    qtbot.waitUntil(lambda: ran == ["ran"], timeout=2_000)
