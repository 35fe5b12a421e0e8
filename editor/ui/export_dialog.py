"""The export dialog: format, outlet profile, destination; the export runs in a worker with progress and cancel.

The export generator (``editor.export.api.export``) runs on a QThread; each step reaches the dialog through a
queued signal. Cancel sets a flag the worker reads between steps; it then closes the generator, whose writers
remove their temporary files. Errors arrive as one line naming the file or photo, never a traceback.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.errors import InputError
from editor.model.article import Article
from editor.ui.fields import LineField

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

log = logging.getLogger("editor.ui")
FORMATS = (("docx", ".docx"), ("html", ".html"), ("bundle", ".docx"))


class ExportWorker(QThread):
    progress = Signal(int, int, str)
    succeeded = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, window: MainWindow, article: Article, out: Path, fmt: str, profile: str) -> None:
        super().__init__(window)
        self.session = window.session
        self.settings = window.settings
        self.article = article
        self.out = out
        self.fmt = fmt
        self.profile = profile
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        from editor.export.options import DocxOptions, HtmlOptions

        steps = None
        opened = None
        try:
            opened = self.session.opened_for_export(self.article)
            docx = DocxOptions(bundle=self.fmt == "bundle", font_size=self.settings.get("export/docx_font_size"),
                               quality=self.settings.get("export/photo_quality"))  # fmt: skip
            html = replace(HtmlOptions(), quality=self.settings.get("export/photo_quality"))
            steps = self.make_steps(opened, docx, html)
            for step in steps:
                if self._cancel:
                    steps.close()
                    self.cancelled.emit()
                    return
                self.progress.emit(step.done, step.total, step.message)
        except InputError as error:
            explain = getattr(opened.photos, "explain", None) if opened is not None else None
            self.failed.emit(explain(error.one_line()) if explain else error.one_line())
            return
        except ImportError as exc:
            self.failed.emit(f"{exc.name or exc}: not available in this build")
            return
        except Exception as exc:  # the reporter gets one line; the traceback goes to the log
            log.exception("export failed")
            self.failed.emit(f"{exc.__class__.__name__}: {exc}")
            return
        finally:
            if steps is not None:
                steps.close()
        if self._cancel:
            self.cancelled.emit()
        else:
            self.succeeded.emit(str(self.out))

    def make_steps(self, opened: object, docx: object, html: object) -> object:
        """The export generator (a subclass sends corrections with tracked changes instead)."""
        from editor.export.api import export

        return export(opened, self.out, profile=self.profile, docx=docx, html=html)  # type: ignore[arg-type]


class ExportDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.settings = window.settings
        self.worker: ExportWorker | None = None
        self.setWindowTitle(self.tr("Export the article"))
        self.setMinimumWidth(560)

        self.format = QComboBox()
        self.format.addItem(self.tr("Word document (DOCX)"), "docx")
        self.format.addItem(self.tr("Web page (HTML)"), "html")
        self.format.addItem(self.tr("DOCX + original photos (bundle for the desk)"), "bundle")
        self.format.setCurrentIndex(max(0, self.format.findData(self.settings.get("export/last_format"))))
        self.profile = QComboBox()
        self._fill_profiles()
        self.destination = LineField()
        browse = QPushButton(self.tr("Choose…"))
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(browse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_folder = self.buttons.addButton(self.tr("Open the folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Outlet"), self.profile)
        form.addRow(self.tr("Save to"), row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._update_destination()
        self.format.currentIndexChanged.connect(self._update_destination)
        browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)
        self.open_folder.clicked.connect(self._open_folder)

    def _fill_profiles(self) -> None:
        try:
            from editor.text.profile import list_profiles, load_profile

            for name in list_profiles():
                try:
                    self.profile.addItem(load_profile(name).display_name, name)
                except InputError:
                    continue
        except ImportError:
            pass
        self.profile.setCurrentIndex(max(0, self.profile.findData(self.settings.get("export/profile"))))

    def _suffix(self) -> str:
        return dict(FORMATS)[self.format.currentData()]

    def _update_destination(self) -> None:
        from editor.text.slug import slugify_vi

        current = self.destination.text().strip()
        if current:
            self.destination.setText(str(Path(current).with_suffix(self._suffix())))
            return
        folder = self.settings.get("export/last_folder") or str(Path.home())
        stem = slugify_vi(self.window_.session.article.title, max_length=60) or "bai-viet"
        self.destination.setText(str(Path(folder) / f"{stem}{self._suffix()}"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.destination.text(),
                                              f"*{self._suffix()}")  # fmt: skip
        if name:
            self.destination.setText(str(Path(name).with_suffix(self._suffix())))

    def start(self) -> None:
        out = Path(self.destination.text().strip()).expanduser()
        if not out.name:
            return
        out = out.with_suffix(self._suffix())
        self.settings.set("export/last_folder", str(out.parent))
        self.settings.set("export/last_format", self.format.currentData())
        self.window_.session.photos.flush_imports()  # the worker waits for the copies; they must be started here
        self.worker = self.make_worker(out)
        from editor.ui.versions_dialog import record_from_worker  # every export to the desk is a sent version

        self.worker.succeeded.connect(lambda _path, w=self.worker: record_from_worker(self.window_, w))
        self.worker.progress.connect(self._progress)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.finished.connect(self._finished)
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.export_button.setEnabled(False)
        self.open_folder.setVisible(False)
        self.status.setText(self.tr("Exporting…"))
        self.worker.start()

    def make_worker(self, out: Path) -> ExportWorker:
        return ExportWorker(self.window_, self.window_.session.article, out, self.format.currentData(),
                            self.profile.currentData() or "bao-quang-ninh")  # fmt: skip

    def _progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(message)

    def _succeeded(self, path: str) -> None:
        self.last_output = Path(path)
        self.status.setText(self.tr("Exported to {0}").format(path))
        self.bar.setValue(self.bar.maximum())
        self.open_folder.setVisible(True)
        self.cancel_button.setText(self.tr("Close"))

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Export failed: {0}").format(message))
        self.bar.setVisible(False)

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Export cancelled; nothing was written."))
        self.bar.setVisible(False)

    def _finished(self) -> None:
        self.export_button.setEnabled(True)

    def _cancel(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.destination.text()).parent)))

    def done(self, result: int) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.worker.wait(30_000)
        super().done(result)
