"""Where a finding of the checks panel points, in the window: show it, go there, fix it.

Showing (a row chosen by a click or the arrow keys) never moves the keyboard focus: the body scrolls to the block
and marks it (a photo is selected, and the photo inspector shows it behind the checks tab); a header field is
marked where it is. Going (Enter or a double-click on a row) focuses the field, switching to the tab that holds it.
A fix is one undo step named after it; the focus stays where it was, so the reporter can go on down the list.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from editor.model.article import Figure

if TYPE_CHECKING:
    from editor.checks.findings import Finding, Location
    from editor.model.photos import PhotoSource

PHOTO_FIELDS = ("caption", "credit", "alt")
RIGHTS_FIELDS = ("creator", "copyright", "source_url", "usage_terms", "license_url")


class PlaceMark(QWidget):
    """A frame drawn over the place a finding points to (mouse clicks go through it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor("#e69a00")
        fill = QColor(colour)
        fill.setAlpha(28)
        painter.setBrush(fill)
        painter.setPen(QPen(colour, 2))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 4, 4)


class CheckPlaces(QObject):
    """Show, go to and fix the places findings point to, with the window's parts handed in (no window)."""

    def __init__(self, session: Any, header: Any, editor: Any, inspector: Any, details: Any, side: QTabWidget,
                 panel: QWidget, parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session, self.header, self.editor = session, header, editor
        self.inspector, self.details, self.side, self.panel = inspector, details, side, panel
        self.revealing = False  # the window keeps the checks tab while a row shows a photo
        self.mark: PlaceMark | None = None
        self.marked: object = None  # what the mark is on: a widget, or the body block number
        session.changed.connect(lambda *_: self.clear_mark())
        side.currentChanged.connect(lambda _i: None if side.currentWidget() is panel else self.clear_mark())

    # -- show, go, fix ----------------------------------------------------------------------------------------

    def reveal(self, finding: Finding) -> None:
        """Show the place of ``finding`` and mark it; the focus stays where it is (in the list)."""
        where = finding.location
        if where.field == "body" and where.block is not None and self._in_body(where.block):
            self._show_block(where.block)
        elif where.field == "related" and where.block is not None:
            self.details.select(where.block)  # behind its tab: Enter goes there
            self.clear_mark()
        else:
            widget = self._widget(where)
            if widget is not None and widget.isVisible():
                self._mark_widget(widget)
            else:
                self.clear_mark()

    def go(self, finding: Finding) -> None:
        """Take the reporter to the place: its field gets the focus (in the tab that holds it)."""
        where = finding.location
        widget = self._widget(where)
        folded = getattr(self.header, "folded", False)
        if folded and widget is not None and widget is not self.header.title and self.header.isAncestorOf(widget):
            self.header.fold(False)  # the header folded away on a small screen: its field comes back to view
        self.reveal(finding)
        if where.field == "body" and self._is_photo(where.block):
            self.side.setCurrentWidget(self.inspector)
        elif where.field in ("related", "source", "keywords"):
            self.side.setCurrentWidget(self.details)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def fix(self, finding: Finding) -> None:
        """Apply the finding's fix as one undo step, then show where it changed (the focus does not move)."""
        from editor.checks.fixes import apply_finding_fix, fix_label

        article = apply_finding_fix(self.session.article, finding)
        if article == self.session.article:
            return
        focus = QApplication.focusWidget()
        caret = self.editor.textCursor().position()
        self.session.edit(article, fix_label(finding.fix or "").render(), cursor_before=caret, cursor_after=caret)
        if focus is not None and focus.isVisible() and QApplication.focusWidget() is not focus:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)  # a rebuilt view must not hand the focus to the kicker
        QTimer.singleShot(0, self, lambda: self.reveal(finding))

    # -- the places -------------------------------------------------------------------------------------------

    def _in_body(self, block: int) -> bool:
        return 0 <= block < len(self.session.article.body)

    def _is_photo(self, block: int | None) -> bool:
        return block is not None and self._in_body(block) and isinstance(self.session.article.body[block], Figure)

    def _widget(self, where: Location) -> QWidget | None:
        header = self.header
        if where.field == "dateline":
            return header.place if where.part == "location" else header.when
        fields = {"title": header.title, "kicker": header.kicker, "sapo": header.sapo, "authors": header.authors,
                  "source": self.details.source, "keywords": self.details.keywords,
                  "related": self.details.link_url if where.part == "url" else self.details.link_title}  # fmt: skip
        if where.field in fields:
            return fields[where.field]
        if where.field == "body" and self._is_photo(where.block):
            if where.part in PHOTO_FIELDS:
                return getattr(self.inspector, where.part)
            rights = getattr(self.inspector, "rights", None)
            if rights is not None and where.part in RIGHTS_FIELDS:
                return rights.fields.get(where.part)
            if rights is not None and where.part in ("source", "taken"):
                return getattr(rights, where.part, None)
            return self.inspector.caption
        if where.field == "body":
            return self.editor
        return None

    def _show_block(self, block: int) -> None:
        if self._is_photo(block):
            with self._keeping_tab():
                self.editor.select_block(block)
            self.inspector.show_figure(block)
        else:
            qblock = self.editor.document().findBlockByNumber(block)
            cursor = self.editor.textCursor()
            cursor.setPosition(qblock.position())
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()
        self._mark_block(block)

    @contextlib.contextmanager
    def _keeping_tab(self) -> Iterator[None]:
        self.revealing = True
        try:
            yield
        finally:
            self.revealing = False
            if self.side.currentWidget() is not self.panel:
                self.side.setCurrentWidget(self.panel)

    # -- the mark ---------------------------------------------------------------------------------------------

    def clear_mark(self) -> None:
        if self.mark is not None:
            self.mark.hide()
            self.mark.deleteLater()
        self.mark, self.marked = None, None

    def _mark_widget(self, widget: QWidget) -> None:
        self._place_mark(widget, widget.rect(), widget)

    def _mark_block(self, block: int) -> None:
        document = self.editor.document()
        qblock = document.findBlockByNumber(block)
        rect = document.documentLayout().blockBoundingRect(qblock).toAlignedRect()
        rect.translate(-self.editor.horizontalScrollBar().value(), -self.editor.verticalScrollBar().value())
        viewport = self.editor.viewport()
        self._place_mark(viewport, QRect(2, rect.top(), viewport.width() - 4, rect.height()), block)

    def _place_mark(self, parent: QWidget, rect: QRect, what: object) -> None:
        self.clear_mark()
        self.mark = PlaceMark(parent)
        self.mark.setGeometry(rect)
        self.mark.show()
        self.mark.raise_()
        self.marked = what


class SessionPhotos:
    """The session's photos for the checks worker, through the same access the export uses (opened in the worker).

    While photos are still being copied into the project, none is read (opening would wait for the copies): the
    facts read before still count, the rest waits for ``importsFinished``, which runs the checks again."""

    def __init__(self, session: Any, article: Any) -> None:
        self.session, self.article = session, article
        project = getattr(session, "project", None)
        self.token = (id(project), str(getattr(session, "path", "")))
        self.available = project is not None
        self.arriving = bool(getattr(getattr(session, "photos", None), "pending", ()))

    def open(self) -> PhotoSource | None:
        if not self.available:
            return None
        if self.arriving:
            return _Arriving()
        try:
            return self.session.opened_for_export(self.article).photos
        except Exception:  # the project closed meanwhile, or cannot be read: the photo rules wait for next time
            return None


class _Arriving:
    """A photo source while copies are under way: every photo not read before waits (``PhotoNotReady``)."""

    root = Path()

    def path(self, name: str) -> Path:
        from editor.checks.rules import PhotoNotReady

        raise PhotoNotReady(name)


def session_photos(session: Any) -> Callable[[], SessionPhotos | None]:
    """A provider for ``ChecksPanel(photos=…)``: called on the GUI thread at each run."""
    return lambda: SessionPhotos(session, session.article)
