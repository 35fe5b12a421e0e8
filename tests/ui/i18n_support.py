"""Helpers for the language tests: every piece of interface text under a widget, and modal dialogs met as hands do.

``modal(trigger, inspect)`` runs ``trigger`` (a menu action, a button) and, once the dialog it opens is up, calls
``inspect(dialog)`` and closes it: the dialog runs its real ``exec()`` loop, so nothing is built by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from editor.ui.i18n import I18N_DIR, read_catalogue

# The real static message boxes, kept before tests/ui/conftest.py replaces them with failures.
MESSAGE_BOXES = {name: QMessageBox.__dict__[name] for name in ("question", "warning", "information", "critical")}


def interface_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every label, button, tooltip, placeholder, title, menu and action under ``root``."""
    for widget in (root, *root.findChildren(QWidget)):
        kind = type(widget).__name__
        for getter in ("toolTip", "statusTip", "whatsThis", "windowTitle"):
            yield f"{kind}.{getter}", getattr(widget, getter)()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield f"{kind}.placeholder", widget.placeholderText()  # their text is the article, not the interface
        elif isinstance(widget, QLabel | QAbstractButton):
            yield f"{kind}.text", widget.text()
        if isinstance(widget, QGroupBox):
            yield f"{kind}.title", widget.title()
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(widget.count()):
                yield f"{kind}.item", widget.itemText(i)
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield f"{kind}.tab", widget.tabText(i)
        if isinstance(widget, QMenu):
            yield "QMenu.title", widget.title()
    for action in root.findChildren(QAction):
        for getter in ("text", "toolTip", "statusTip", "iconText"):
            yield f"QAction.{getter}", getattr(action, getter)()


def _clean(text: str) -> str:
    return " ".join(re.sub(r"&(?=\S)", "", text).split())


def _pattern(source: str) -> re.Pattern[str]:
    """A source string with its {0}/%1/%n fields as wildcards, to recognise it once formatted."""
    parts = re.split(r"\{\d*\}|%\d|%n", _clean(source))
    return re.compile(".+".join(re.escape(p) for p in parts) + r"$", re.DOTALL)


def untranslated(texts: list[tuple[str, str]], language: str) -> list[tuple[str, str]]:
    """Texts that belong to the other language: English sources shown in Vietnamese, Vietnamese shown in English."""
    table = {s: t for s, t in read_catalogue(I18N_DIR / "vi.tsv").items() if _clean(s) != _clean(t)}
    wrong = table.keys() if language == "vi" else table.values()
    # A template such as "Bản {0}" is too loose to recognise: its fixed words must say something on their own.
    patterns = [(_pattern(w), w) for w in wrong if len(_clean(re.sub(r"\{\d*\}|%\d|%n", "", w))) > 5 or
                (len(_clean(w)) > 1 and not re.search(r"\{\d*\}|%\d|%n", w))]  # fmt: skip
    found = []
    for where, text in texts:
        shown = _clean(text)
        if shown and any(p.match(shown) for p, _ in patterns):
            found.append((where, text))
    return found


def modal(trigger: Callable[[], object], inspect: Callable[[QWidget], None], *, answer: str = "reject") -> None:
    """Run ``trigger``; when it opens a modal dialog, ``inspect`` it, then close it (reject, or press ``answer``)."""
    state: dict[str, object] = {"tries": 0, "error": None}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        state["tries"] = int(state["tries"]) + 1  # type: ignore[call-overload]
        if dialog is None:
            if int(state["tries"]) < 200:  # type: ignore[call-overload]
                QTimer.singleShot(25, poll)
            return
        try:
            inspect(dialog)
        except BaseException as exc:  # reported after the dialog closed, so the loop never hangs
            state["error"] = exc
        finally:
            button = next((b for b in dialog.findChildren(QAbstractButton) if _clean(b.text()) == answer), None)
            if button is not None:
                button.click()
            elif isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    QTimer.singleShot(0, poll)
    trigger()
    if state["error"] is not None:
        raise state["error"]  # type: ignore[misc]
    assert int(state["tries"]) < 200, "no dialog opened"  # type: ignore[call-overload]


def shoot(widget: QWidget, folder: Path, name: str) -> Path:
    widget.adjustSize()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path
