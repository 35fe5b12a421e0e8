"""File › Sent versions (Tệp › Các bản đã gửi) and File › Send corrections (Gửi bản sửa).

The versions dialog lists every hand-off recorded in the project (reading no article text and no photo), and shows
what changed between the chosen version and the article now, or another version: header fields, paragraphs with the
changed words marked, captions and credits, photos added, removed, replaced or moved. "Restore this version" puts
the version back as one undo step. The corrections dialog exports a DOCX whose differences from a chosen version
are Word revisions, through the export dialog's worker, and records it as a new version.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.errors import InputError
from editor.messages import current_language
from editor.ui.export_dialog import ExportDialog, ExportNeeds, ExportWorker
from editor.ui.session import Session
from editor.ui.status import Notifier

NOW = -1  # the combo entry standing for the article as it is now


def record_from_worker(session: Session, notify: Notifier, worker: ExportWorker) -> None:
    """An export to the desk finished: remember it as a version (said in the status bar, never an interruption)."""
    from PySide6.QtCore import QCoreApplication

    from editor.storage.versions import record

    fmt = sent_format(worker)
    try:
        with session.locked_project() as project:
            if project is None:
                return
            number = record(project, worker.article, file_name=worker.out.name, fmt=fmt, profile=worker.profile)
    except InputError as error:
        notify.status(
            QCoreApplication.translate("VersionsDialog", "Could not record the sent version: {0}").format(
                error.one_line()
            )
        )
        return
    notify.status(QCoreApplication.translate("VersionsDialog", "Recorded as sent version {0}").format(number), 6000)


def sent_format(worker: ExportWorker) -> str:
    """How the versions list names an export: docx, bundle, html, changes (or another writer's key)."""
    if isinstance(worker, ChangesWorker):
        return "changes"
    try:
        from editor.export.registry import writer_for

        key = writer_for(worker.out).key
    except InputError:
        key = worker.out.suffix.lstrip(".").lower()
    return "bundle" if key == "docx" and getattr(worker.docx, "bundle", False) else key


def _format_label(window: QWidget, fmt: str) -> str:
    labels = {"docx": "DOCX", "html": "HTML", "bundle": window.tr("DOCX + photos"),
              "changes": window.tr("DOCX with tracked changes")}  # fmt: skip
    return labels.get(fmt, fmt)


class VersionsDialog(QDialog):
    """Gets the session, how the window prints a dateline (to compare datelines as printed) and its parent."""

    def __init__(self, session: Session, dateline: Callable[[object], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from editor.storage.versions import list_versions

        self.session = session
        self.dateline = dateline
        self.setWindowTitle(self.tr("Sent versions"))
        self.resize(980, 640)
        project = session.project
        self.listing = list_versions(project) if project is not None else None
        self.list = QListWidget()
        self.against = QComboBox()
        self.against.addItem(self.tr("the article now"), NOW)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        for info in reversed(self.listing.versions if self.listing else ()):
            text = self.tr("No. {0} · {1} · {2} · {3}").format(info.number, info.local_time(), info.file_name,
                                                            _format_label(self, info.format))  # fmt: skip
            item = QListWidgetItem(text)
            item.setData(256, info.number)
            self.list.addItem(item)
            self.against.addItem(self.tr("No. {0}").format(info.number), info.number)
        skipped = list(self.listing.skipped) if self.listing else []
        if self.list.count() == 0:
            skipped.insert(0, self.tr("No version has been sent yet: every export to the desk is recorded here."))
        self.note.setText("\n".join(skipped))
        self.restore = QPushButton(self.tr("Restore this version"))
        self.restore.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Versions sent to the desk")))
        column.addWidget(self.list, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compare with")))
        row.addWidget(self.against, 1)
        right_column.addLayout(row)
        right_column.addWidget(self.view, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(lambda *_: self.show_changes())
        self.against.activated.connect(lambda *_: self.show_changes())
        self.restore.clicked.connect(self.restore_selected)

    def selected(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(256)) if item is not None else None

    def _side(self, number: int) -> Any:
        from editor.handoff import Side

        session = self.session
        if number == NOW:  # hashes straight from the project: never wait here for photos still being copied in
            article = session.article
            return Side(article, None, session.known_hashes(article), self.tr("the article now"))
        from editor.storage.versions import load_version

        version = load_version(session.project, number)
        return Side(version.article, None, dict(version.photos), self.tr("No. {0}").format(number))

    def show_changes(self) -> None:
        from editor.diff.report import lines
        from editor.handoff import compare_articles

        number = self.selected()
        self.restore.setEnabled(number is not None)
        if number is None:
            self.view.clear()
            return
        try:
            old = self._side(number)
            new = self._side(self.against.currentData())
        except InputError as error:
            self.view.setPlainText(error.one_line())
            self.restore.setEnabled(False)
            return
        self.changes = compare_articles(old, new, self.dateline)
        self.lines = lines(self.changes, current_language())
        self.view.setHtml(changes_html(self.changes, current_language(), self.tr("No changes.")))

    def restore_selected(self) -> None:
        from editor.storage.versions import load_version, restore_photo_rows

        number = self.selected()
        project = self.session.project
        if number is None or project is None:
            return
        try:
            version = load_version(project, number)
            with self.session.locked_project():
                restore_photo_rows(project, version)
        except InputError as error:
            self.note.setText(error.one_line())
            return
        self.session.edit(version.article, self.tr("Restore sent version {0}").format(number))
        self.note.setText(self.tr("Version {0} restored (Undo brings the article back).").format(number))
        self.show_changes()


def changes_html(changes: list, language: str, nothing: str) -> str:
    """The compare view: only what changed, each with its label; inserted words green, deleted red and struck."""
    from editor.diff.report import _html_pieces, _photo_name, kind_label, numbered
    from editor.messages import text

    rows = []
    for change, number in numbered(changes):
        if change.op == "equal":
            continue
        label = html.escape(kind_label(change, number, language))
        if change.kind == "figure":
            label += " · " + html.escape(_photo_name(change)) + " · " + html.escape(
                text(f"versions.op.{change.op}", language))  # fmt: skip
        body = _html_pieces(change.pieces)
        colour = {"insert": "#e6f6e6", "delete": "#fbe9e9"}.get(change.op, "#ffffff")
        rows.append(f'<p style="background:{colour}; margin:6px 0"><b>{label}</b><br>{body}</p>')
    style = ("<style>ins{color:#0a6b0a;text-decoration:underline;background:#d4f7d4}"
             "del{color:#a00;text-decoration:line-through;background:#fbd3d3}"
             "mark{background:#fff2a8}</style>")  # fmt: skip
    return style + ("".join(rows) or f"<p>{html.escape(nothing)}</p>")


def show_versions(session: Session, dateline: Callable[[object], str], parent: QWidget) -> VersionsDialog:
    dialog = VersionsDialog(session, dateline, parent)
    dialog.show()
    return dialog


class ChangesWorker(ExportWorker):
    """The export worker, writing the article with every difference from ``ref`` as a Word revision."""

    def __init__(self, session: Session, article: Any, out: Path, profile: str, docx: Any, html: Any, ref: str,
                 author: str, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(session, article, out, profile, docx, html, parent)
        self.ref = ref
        self.author = author
        self.when = datetime.now(UTC).replace(microsecond=0)

    def make_steps(self, opened: Any) -> Any:
        from editor.handoff import export_changes

        return export_changes(opened, self.out, self.ref, profile=self.profile, docx=self.docx, author=self.author,
                              when=self.when)  # fmt: skip


class CorrectionsDialog(ExportDialog):
    """The export dialog, DOCX only, with the version the corrections are measured from."""

    def __init__(self, needs: ExportNeeds | Any) -> None:
        super().__init__(needs)
        from editor.storage.versions import list_versions

        self.setWindowTitle(self.tr("Send corrections as tracked changes"))
        self.format.blockSignals(True)  # the export dialog's format list, narrowed to DOCX
        self.format.clear()
        self.format.addItem(self.tr("Word document with tracked changes (DOCX)"), "docx")
        self.format.blockSignals(False)
        self.since = QComboBox()
        project = self.session.project
        for info in reversed(list_versions(project).versions if project is not None else ()):
            self.since.addItem(self.tr("No. {0} · {1} · {2}").format(info.number, info.local_time(), info.file_name),
                               info.number)  # fmt: skip
        self.form.addRow(self.tr("Changes since"), self.since)  # appended: the form's other rows keep their numbers
        if self.since.count() == 0:
            self.status.setText(self.tr("No version has been sent yet: export the article to the desk first."))
            self.export_button.setEnabled(False)
        stem = Path(self.destination.text()).stem
        self.destination.setText(str(Path(self.destination.text()).with_name(f"{stem}-ban-sua.docx")))

    def make_worker(self, out: Path, docx: Any, html: Any) -> ExportWorker:
        return ChangesWorker(self.session, self.session.article, out, self.profile.currentData() or "bao-quang-ninh",
                             docx, html, str(self.since.currentData()), self.reporter(), self.needs.parent)  # fmt: skip

    def reporter(self) -> str:
        from editor.model.article import BylinePosition
        from editor.ui.header import parse_authors

        names = [a.name for a in parse_authors(self.settings.get("article/default_authors"), BylinePosition.END)
                 if a.name]  # fmt: skip
        names += [a.name for a in self.session.article.authors if a.name.strip()]
        return names[0] if names else "Bản Thảo"


def send_corrections(needs: ExportNeeds | Any) -> CorrectionsDialog:
    dialog = CorrectionsDialog(needs)
    dialog.show()
    return dialog
