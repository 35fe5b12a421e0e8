"""The interface language switched in place: no window is rebuilt, so the article, its undo stack, the project and
its lock, the caret, the open panels and dialogs all stay as they are.

``switch_language(language)`` installs the translators, then walks every top-level widget: each piece of interface
text (labels, buttons, tooltips, placeholders, titles, tabs, list entries of fixed choices, menus, actions) that is a
catalogue string of the old language — our ``vi.tsv``, Qt's ``qt_vi.tsv``, the core's messages — is put back to its
English source and translated again, formatted ones (``{0} photos``) with their values kept. Text the reporter typed is
never touched (a field's text, an editable list). Last, every object of the tree offering ``retranslate()`` is called:
the widgets whose words are made from state (the window's title and undo actions, the counts, the findings) say them
again themselves; a widget of a new kind only needs that method when the walk cannot recognise its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from editor.ui.i18n import I18N_DIR, install_translators, interface_language, read_catalogue, read_qt_catalogue

FIELD = re.compile(r"\{(\d+)\}")
CONTEXT = "Language"  # our catalogue answers in any context


class Words:
    """Recognises a text of one language and says it in another: ``say(text)`` → the new text, or None."""

    def __init__(self, old: str, new: str) -> None:
        self.old, self.new = old, new
        self.exact: dict[str, tuple[str, str]] = {}  # shown text → (context, English source)
        self.messages: dict[str, str] = {}  # core message shown → the same message in the new language
        self.patterns: list[tuple[re.Pattern[str], str]] = []  # formatted texts: fields as named groups
        ours, qt, pairs = _catalogues()
        for source, vietnamese in ours.items():
            shown = vietnamese if old == "vi" else source
            self.exact.setdefault(shown, ("", source))  # a Vietnamese word standing for two sources: either reads
            if FIELD.search(source) and len(FIELD.sub("", shown).strip()) > 5:
                self.patterns.append((_pattern(shown), source))
        for (context, source), vietnamese in qt.items():
            self.exact.setdefault(vietnamese if old == "vi" else source, (context, source))
        for vietnamese, english in pairs:
            self.messages[vietnamese if old == "vi" else english] = english if new == "en" else vietnamese

    def say(self, text: str) -> str | None:
        if not text or not text.strip():
            return None
        found = self.exact.get(text)
        if found is not None:
            return QCoreApplication.translate(found[0] or CONTEXT, found[1])
        if text in self.messages:
            return self.messages[text]
        for pattern, source in self.patterns:
            match = pattern.fullmatch(text)
            if match:
                values = {int(k[1:]): v for k, v in match.groupdict().items()}
                said = QCoreApplication.translate(CONTEXT, source)
                return FIELD.sub(lambda m, values=values: values.get(int(m.group(1)), m.group(0)), said)
        return None


@cache
def _catalogues() -> tuple[dict[str, str], dict[tuple[str, str], str], tuple[tuple[str, str], ...]]:
    from editor.messages.catalogue import CATALOGUE

    ours = {s: t for s, t in read_catalogue(I18N_DIR / "vi.tsv").items() if t and s != t}
    qt = {k: t for k, t in read_qt_catalogue(I18N_DIR / "qt_vi.tsv").items() if t and k[1] != t}
    pairs = tuple((vi, en) for vi, en in CATALOGUE.values() if "{" not in vi and vi != en)
    return ours, qt, pairs


def _pattern(shown: str) -> re.Pattern[str]:
    parts, seen, at = [], set(), 0
    for match in FIELD.finditer(shown):
        parts.append(re.escape(shown[at : match.start()]))
        name = f"f{match.group(1)}"
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        at = match.end()
    parts.append(re.escape(shown[at:]))
    return re.compile("".join(parts), re.DOTALL)


def _swap(words: Words, get: Callable[[], str], put: Callable[[str], None]) -> None:
    said = words.say(get())
    if said is not None:
        put(said)


def retranslate_tree(root: QWidget, words: Words) -> None:
    """Say every piece of interface text under ``root`` in the new language, then let ``retranslate()`` hooks run."""
    for widget in (root, *root.findChildren(QWidget)):
        _retranslate_widget(widget, words)
    for action in root.findChildren(QAction):
        _swap(words, action.text, action.setText)
        for get, put in ((action.toolTip, action.setToolTip), (action.statusTip, action.setStatusTip),
                         (action.iconText, action.setIconText)):  # fmt: skip
            _swap(words, get, put)  # read after the text: an implicit tooltip has followed it already
    hooks = [o for o in (*root.findChildren(QObject), root) if callable(getattr(o, "retranslate", None))]
    for hooked in hooks:
        hooked.retranslate()  # type: ignore[attr-defined]


def _retranslate_widget(widget: QWidget, words: Words) -> None:
    for get, put in ((widget.toolTip, widget.setToolTip), (widget.statusTip, widget.setStatusTip),
                     (widget.whatsThis, widget.setWhatsThis), (widget.windowTitle, widget.setWindowTitle)):  # fmt: skip
        _swap(words, get, put)
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):  # their text is the article's, never ours
        _swap(words, widget.placeholderText, widget.setPlaceholderText)
    elif isinstance(widget, QLabel):
        _swap(words, widget.text, widget.setText)
    elif isinstance(widget, QAbstractButton) and not (isinstance(widget, QToolButton) and widget.defaultAction()):
        _swap(words, widget.text, widget.setText)  # a tool button showing an action follows the action
    if isinstance(widget, QGroupBox):
        _swap(words, widget.title, widget.setTitle)
    if isinstance(widget, QComboBox) and not widget.isEditable():  # an editable list holds names typed
        for i in range(widget.count()):
            _swap(words, lambda i=i: widget.itemText(i), lambda text, i=i: widget.setItemText(i, text))
        _swap(words, widget.placeholderText, widget.setPlaceholderText)
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            _swap(words, lambda i=i: widget.tabText(i), lambda text, i=i: widget.setTabText(i, text))
            _swap(words, lambda i=i: widget.tabToolTip(i), lambda text, i=i: widget.setTabToolTip(i, text))
    if isinstance(widget, QMenu):
        _swap(words, widget.title, widget.setTitle)


def switch_language(language: str) -> bool:
    """Speak ``language`` from now on, in every window as it stands; False when it was spoken already."""
    app = QApplication.instance()
    old = interface_language()
    from editor.messages import current_language

    if app is None or (language == old and current_language() == language):
        return False
    install_translators(app, language)  # type: ignore[arg-type]
    words = _words(old, interface_language())
    for top in app.topLevelWidgets():  # type: ignore[union-attr]
        if top.parentWidget() is None:  # a dialog or a menu is walked with its window
            retranslate_tree(top, words)
    return True


@cache
def _words(old: str, new: str) -> Words:
    return Words(old, new)


def warm_up() -> None:
    """Build both word tables ahead, in a worker at start: the first undo entry's name asks for one (40 ms of
    regular expressions on the first keystroke otherwise)."""
    for old, new in (("en", "vi"), ("vi", "en")):
        _words(old, new)


def said_now(text: str) -> str:
    """``text`` said in the interface language of now, when it was said in the other one (an undo entry's name made
    before a switch); else as it is."""
    now = interface_language()
    return _words("en" if now == "vi" else "vi", now).say(text) or text
