"""Tệp › Nhập bản Word…, a .docx dropped on the window, ``banthao DRAFT.docx``: a draft becomes a new, untitled article.

The import (``editor.importers``) runs on a worker thread with a progress dialog; the window then holds a new
unsaved article whose title bar names the draft it came from (saving asks for a project name), and the import
report is shown beside it. The pre-send checks run on the result as on any edit.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QProgressDialog, QVBoxLayout, QWidget

from editor.importers.kinds import DRAFT_SUFFIXES, is_draft
from editor.messages import current_language
from editor.ui.session import Session
from editor.ui.settings import Settings
from editor.ui.status import Notifier

if TYPE_CHECKING:
    from editor.importers.docx_reader import Draft
    from editor.importers.report import ImportReport

__all__ = ["DRAFT_SUFFIXES", "ImportActions", "ImportReportDialog", "is_draft"]


def _import(path: Path, folder: Path, profile: object) -> Draft:
    """The Word import, loaded when a reporter first opens a draft (not at start-up)."""
    from editor.importers.api import import_draft

    return import_draft(path, folder, profile)  # type: ignore[arg-type]


class ImportReportDialog(QDialog):
    """What the import recognised, did not recognise and left out; not modal, so the reporter can work beside it."""

    def __init__(self, report: ImportReport, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setWindowTitle(self.tr("Word draft imported"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Imported {0} into a new, unsaved article. Check it, then save it under a name.")
                         .format(report.source.name))  # fmt: skip
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.text = QPlainTextEdit(report.text(current_language()))
        self.text.setReadOnly(True)
        self.text.setMinimumSize(520, 260)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


class Questions(Protocol):
    """What an import asks the reporter, as the file commands ask it (``FileActions``)."""

    def ask_path(self, save: bool, caption: str, filters: str, start: str = "") -> Path | None: ...

    def confirm_close(self, *, close_session: bool = True, quitting: bool = False) -> bool: ...


class ImportActions:
    def __init__(self, session: Session, settings: Settings, notify: Notifier, questions: Questions,
                 profile: Callable[[], object], parent: QWidget) -> None:  # fmt: skip
        self.session = session
        self.settings = settings
        self.notify = notify
        self.questions = questions
        self.profile = profile
        self.parent = parent
        self.jobs = None
        self.progress: QProgressDialog | None = None
        self.report_dialog: ImportReportDialog | None = None
        self.last: Draft | None = None

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ImportActions", text)

    def import_dialog(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in DRAFT_SUFFIXES)
        path = self.questions.ask_path(
            False, self.tr("Import a Word draft"), self.tr("Word drafts ({0})").format(patterns)
        )
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> bool:
        """Ask about unsaved changes, then import ``path`` in the background; False when the reporter cancelled."""
        if not self.questions.confirm_close(close_session=False):
            return False
        self.start(Path(path))
        return True

    def start(self, path: Path) -> None:
        from editor.files.paths import cache_dir
        from editor.ui.workers import Jobs

        folder = cache_dir() / "imports" / uuid.uuid4().hex  # kept: the photos are copied into the project from here
        profile = self.profile()
        progress = QProgressDialog(self.tr("Importing {0}…").format(path.name), "", 0, 0, self.parent)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.progress = progress
        self.notify.status(self.tr("Importing {0}…").format(path.name))
        self.jobs = Jobs(parent=self.parent)
        self.jobs.submit(lambda: _import(path, folder, profile), lambda d: self._done(path, d), self._failed)

    def _finish_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, message: str) -> None:
        self._finish_progress()
        self.notify.clear()
        self.notify.error(self.tr("Cannot import: {0}").format(message))

    def _done(self, path: Path, draft: Draft) -> None:
        self._finish_progress()
        session = self.session
        session.new()  # a fresh recovery project; the photos are registered before the article is shown
        for name, file in draft.photos.items():
            session.photos.import_file(name, file)
        session.source = path  # the title bar says where it came from; path stays None, so saving asks for a name
        session.reset(draft.article, modified=True)
        session.fileChanged.emit()
        self.settings.set("session/open_project", "")
        self.last = draft
        self.notify.status(self.tr("Imported {0}").format(path.name), 5000)
        self.report_dialog = ImportReportDialog(draft.report, self.parent)
        self.report_dialog.show()
