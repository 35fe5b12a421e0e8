"""The export dialog: what the command line offers (format, outlet, reference template, bundle, HTML mode), then the
export in a worker with progress and cancel.

Before it writes, the dialog says how many errors the checks hold (and offers to look at them first), and asks
before replacing a file that is there already, warning when Word or LibreOffice holds it open. Both questions are
asked inside the dialog (the Export button turns into "Replace" / "Export anyway"), so no second window opens.

The export generator (``editor.export.api.export``) runs on a QThread; each step reaches the dialog through a
queued signal. Cancel sets a flag the worker reads between steps; it then closes the generator, whose writers
remove their temporary files. Errors arrive as one line naming the file or photo, never a traceback.

The dialog gets an ``ExportNeeds`` (the session, the settings, the outlet profile, how to show the checks, what to do
after an export), not the window; ``ExportDialog(window)`` still works for anything that offers ``export_needs()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.errors import InputError
from editor.export.destination import existing, held_open
from editor.export.options import DocxOptions, HtmlOptions
from editor.model.article import Article
from editor.ui.fields import LineField
from editor.ui.session import Session
from editor.ui.settings import Settings

log = logging.getLogger("editor.ui")
HTML_MODES = ("folder", "self-contained", "fragment")


class ExportWorker(QThread):
    progress = Signal(int, int, str)
    succeeded = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, session: Session, article: Article, out: Path, profile: str, docx: DocxOptions,
                 html: HtmlOptions, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.article = article
        self.out = out
        self.profile = profile
        self.docx = docx
        self.html = html
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        steps = None
        opened = None
        try:
            opened = self.session.opened_for_export(self.article)
            steps = self.make_steps(opened)
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

    def make_steps(self, opened: Any) -> Any:
        """The export generator (the corrections dialog's worker writes tracked changes instead)."""
        from editor.export.api import export

        return export(opened, self.out, profile=self.profile, docx=self.docx, html=self.html)


def count_errors(article: Article, profile: object) -> int:
    """How many findings of the pre-send checks are errors (what the desk would send back)."""
    try:
        from editor.checks.findings import Severity
        from editor.checks.rules import CheckContext, run_checks
    except ImportError:
        return 0
    return sum(f.severity is Severity.ERROR for f in run_checks(CheckContext(article, profile)))  # type: ignore[arg-type]


@dataclass(frozen=True)
class ExportNeeds:
    """What the export dialog needs from the window, and nothing more."""

    session: Session
    settings: Settings
    profile: Callable[[], object]  # the window's outlet profile
    show_checks: Callable[[], None]  # "look at the checks first": the checks panel, run again
    parent: QWidget | None = None
    exported: Callable[[ExportWorker], None] = lambda _worker: None  # an export to the desk finished
    # Every rule's findings, the photo rules included (ChecksPanel.findings_for); without it, the text rules only.
    findings: Callable[[Article, object, Callable[[tuple[Any, ...]], None]], None] | None = None
    checks_ran: Any = None  # a signal after each run of the checks panel (the photos arrived, say): count again


class ExportDialog(QDialog):
    REFERENCE_ROW, BUNDLE_ROW, HTML_ROW = 2, 3, 4  # rows of the form shown for one format only

    def __init__(self, needs: ExportNeeds | Any, parent: QWidget | None = None) -> None:
        if not isinstance(needs, ExportNeeds):
            needs = needs.export_needs()  # a window (tests, older callers) hands over the narrow set
        super().__init__(parent or needs.parent)
        self.needs = needs
        self.session = needs.session
        self.settings = needs.settings
        self.worker: ExportWorker | None = None
        self.errors = 0
        self._counting = 0  # bumped at each count: a late answer for an earlier choice is dropped
        self._counting_started = self._counted_once = False
        self._confirmed: tuple[object, ...] | None = None  # the choices the reporter said "replace" / "anyway" to
        self.setWindowTitle(self.tr("Export the article"))
        self.setMinimumWidth(600)

        self.checks_note = QLabel()
        self.checks_note.setWordWrap(True)
        self.look_button = QPushButton(self.tr("Look at the checks first"))
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("QFrame { background: #fdecea; border-radius: 4px; }")
        banner_row = QHBoxLayout(banner)
        banner_row.addWidget(self.checks_note, 1)
        banner_row.addWidget(self.look_button)
        self.banner = banner

        self.format = QComboBox()
        self.suffixes: dict[str, str] = {}
        for key, suffix, label in self.formats():
            self.format.addItem(label, key)
            self.suffixes[key] = suffix
        self.profile = QComboBox()
        self._fill_profiles()
        self.reference = LineField()
        self.reference.setPlaceholderText(self.tr("the outlet's house template"))
        self.reference.setText(self.settings.get("export/reference"))
        reference_browse = QPushButton(self.tr("Choose…"))
        reference_row = QHBoxLayout()
        reference_row.addWidget(self.reference, 1)
        reference_row.addWidget(reference_browse)
        self.bundle = QCheckBox(self.tr("Also make a ZIP for the desk (the DOCX and the original photos)"))
        self.html_mode = QComboBox()
        self.html_mode.addItem(self.tr("Page and an images folder beside it"), "folder")
        self.html_mode.addItem(self.tr("One self-contained file"), "self-contained")
        self.html_mode.addItem(self.tr("Fragment for the CMS (the article only)"), "fragment")
        self.html_mode.setCurrentIndex(max(0, self.html_mode.findData(self.settings.get("export/html_mode"))))
        last = self.settings.get("export/last_format")
        self.bundle.setChecked(last == "bundle")
        self.format.setCurrentIndex(max(0, self.format.findData("docx" if last == "bundle" else last)))
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

        self.form = QFormLayout()
        self.form.addRow(self.tr("Format"), self.format)
        self.form.addRow(self.tr("Outlet"), self.profile)
        self.form.addRow(self.tr("Reference template"), reference_row)
        self.form.addRow("", self.bundle)
        self.form.addRow(self.tr("HTML page"), self.html_mode)
        self.form.addRow(self.tr("Save to"), row)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addLayout(self.form)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._update_destination()
        self._show_options()
        self._count_errors()
        if needs.checks_ran is not None:
            needs.checks_ran.connect(self._recount)
        self.format.activated.connect(self._format_chosen)
        self.profile.activated.connect(self._count_errors)
        for combo in (self.format, self.profile, self.html_mode):
            combo.currentIndexChanged.connect(self._changed)
        self.bundle.toggled.connect(self._changed)
        self.destination.textChanged.connect(self._changed)
        self.reference.textChanged.connect(self._changed)
        browse.clicked.connect(self._browse)
        reference_browse.clicked.connect(self._browse_reference)
        self.look_button.clicked.connect(self.look_at_checks)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)
        self.open_folder.clicked.connect(self._open_folder)

    # -- choices -------------------------------------------------------------------------------------------

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

    def fmt(self) -> str:
        return self.format.currentData() or "docx"

    def formats(self) -> list[tuple[str, str, str]]:
        """(key, suffix, label) of every output format, listed from the writer registry (as the CLI does)."""
        try:
            from editor.export.registry import writers
        except ImportError:  # before the writer registry: the two writers every build has
            return [("docx", ".docx", self.tr("Word document (DOCX)")), ("html", ".html", self.tr("Web page (HTML)"))]
        return [(w.key, w.suffix, w.label()) for w in writers()]

    def _suffix(self) -> str:
        return self.suffixes.get(self.fmt(), ".docx")

    def _format_chosen(self) -> None:
        self._update_destination()
        self._show_options()

    def _show_options(self) -> None:
        docx, html = self.fmt() == "docx", self.fmt() == "html"
        for row, visible in ((self.REFERENCE_ROW, docx), (self.BUNDLE_ROW, docx), (self.HTML_ROW, html)):
            self.form.setRowVisible(row, visible)

    def _update_destination(self) -> None:
        from editor.text.slug import slugify_vi

        current = self.destination.text().strip()
        if current:
            self.destination.setText(str(Path(current).with_suffix(self._suffix())))
            return
        folder = self.settings.get("export/last_folder") or str(Path.home())
        stem = slugify_vi(self.session.article.title, max_length=60) or "bai-viet"
        self.destination.setText(str(Path(folder) / f"{stem}{self._suffix()}"))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.destination.text(),
            f"*{self._suffix()}",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )  # the dialog asks itself
        if name:
            self.destination.setText(str(Path(name).with_suffix(self._suffix())))

    def _browse_reference(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Reference template"), self.reference.text(),
                                              self.tr("Word documents (*.docx)"))  # fmt: skip
        if name:
            self.reference.setText(name)

    def _count_errors(self) -> None:
        profile = self.needs.profile()
        name = self.profile.currentData()
        if name:
            try:
                from editor.text.profile import load_profile

                profile = load_profile(name)
            except InputError:
                pass
        article = self.session.article
        self._counting += 1
        if self.needs.findings is None or not self._counting_started:
            self._counting_started = True
            self._show_errors(count_errors(article, profile))  # the text rules at once (alone without the panel)
        if self.needs.findings is not None:  # then every rule, the photo ones too, from the checks worker
            counting = self._counting
            self.needs.findings(article, profile, lambda found: self._counted(counting, found))

    def _recount(self, _findings: object = None) -> None:
        if self.needs.findings is not None and self.isVisible():  # a closed dialog (kept by its parent) counts no more
            self._count_errors()

    def _counted(self, counting: int, findings: tuple[Any, ...]) -> None:
        from editor.checks.findings import Severity

        if counting == self._counting:  # not an answer for an outlet chosen before the one chosen now
            self._show_errors(sum(f.severity is Severity.ERROR for f in findings))

    def _show_errors(self, errors: int) -> None:
        first, self._counted_once = not self._counted_once, True
        if errors == self.errors and not first:
            return  # the same count: an "anyway" already said still holds
        self.errors = errors
        self.banner.setVisible(self.errors > 0)
        self.checks_note.setText(self.tr("The checks hold {0} error(s) that the desk would send back.")
                                 .format(self.errors))  # fmt: skip
        self._changed()

    def _changed(self) -> None:
        """Any new choice takes back a "replace" or "anyway" said to the old ones, and the question about them."""
        if self._confirmed is not None:
            self.status.clear()
        self._confirmed = None
        if self.worker is None or not self.worker.isRunning():
            self.export_button.setText(self.tr("Export anyway") if self.errors else self.tr("Export"))

    def look_at_checks(self) -> None:
        """Close the dialog and show the checks panel, so the errors can be put right before exporting."""
        self.needs.show_checks()
        self.reject()

    def options(self) -> tuple[DocxOptions, HtmlOptions]:
        reference = self.reference.text().strip()
        docx = DocxOptions(reference=Path(reference).expanduser() if reference else None,
                           bundle=self.bundle.isChecked(), font_size=self.settings.get("export/docx_font_size"),
                           quality=self.settings.get("export/photo_quality"))  # fmt: skip
        html = HtmlOptions(
            mode=self.html_mode.currentData() or "folder", quality=self.settings.get("export/photo_quality")
        )
        return docx, html

    # -- replacing files -----------------------------------------------------------------------------------

    def _ask_first(self, out: Path, docx: DocxOptions, html: HtmlOptions) -> bool:
        """True when the reporter must answer first: a file would be replaced, or the checks hold errors."""
        key = (out, docx, html)
        if self._confirmed == key:
            return False
        there = existing(out, bundle=docx.bundle, html_mode=html.mode)
        holder = held_open(out) if out.exists() else None
        if not there and not self.errors:
            return False
        lines = []
        if holder is not None:
            who = f" ({holder.user})" if holder.user else ""
            lines.append(self.tr("{0} is open in {1}{2}: close it there first, or the desk may get the copy that "
                                 "program saves over it.").format(out.name, holder.program, who))  # fmt: skip
        if there:
            names = ", ".join(p.name + ("/" if p.is_dir() else "") for p in there)
            self.export_button.setText(self.tr("Replace anyway") if holder else self.tr("Replace"))
            lines.append(self.tr("Already there: {0}. Press “{1}” to write over it.")
                         .format(names, self.export_button.text()))  # fmt: skip
        else:
            lines.append(self.tr("The checks hold {0} error(s). Press “{1}” to export as it is.")
                         .format(self.errors, self.export_button.text()))  # fmt: skip
        self.status.setText("\n".join(lines))
        self._confirmed = key
        return True

    # -- running -------------------------------------------------------------------------------------------

    def start(self) -> None:
        out = Path(self.destination.text().strip()).expanduser()
        if not out.name:
            return
        out = out.with_suffix(self._suffix())
        docx, html = self.options()
        if docx.reference is not None and not docx.reference.is_file():
            self.status.setText(self.tr("No reference template at {0}").format(docx.reference))
            return
        if self._ask_first(out, docx, html):
            return
        self.settings.set("export/last_folder", str(out.parent))
        self.settings.set("export/last_format", self.fmt())
        self.settings.set("export/html_mode", html.mode)
        self.settings.set("export/reference", str(docx.reference or ""))
        self.session.photos.flush_imports()  # the worker waits for the copies; they must be started here
        self.worker = self.make_worker(out, docx, html)
        self.worker.succeeded.connect(lambda _path, w=self.worker: self.needs.exported(w))  # a sent version
        self.worker.progress.connect(self._progress)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.finished.connect(self._finished)
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.export_button.setEnabled(False)
        self.open_folder.setVisible(False)
        self.cancel_button.setText(self.tr("Cancel"))  # while it runs, even after an earlier export said "Close"
        self.status.setText(self.tr("Exporting…"))
        self.worker.start()

    def make_worker(self, out: Path, docx: DocxOptions, html: HtmlOptions) -> ExportWorker:
        return ExportWorker(self.session, self.session.article, out, self.profile.currentData() or "bao-quang-ninh",
                            docx, html, self.needs.parent)  # fmt: skip

    def _progress(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(message)

    def _succeeded(self, path: str) -> None:
        self.last_output = Path(path)
        self.status.setText(self.tr("Exported to {0}").format(path))
        self.bar.setValue(self.bar.maximum())
        self.open_folder.setVisible(True)

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Export failed: {0}").format(message))
        self.bar.setVisible(False)

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Export cancelled; nothing was written."))
        self.bar.setVisible(False)

    def _finished(self) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self._changed()

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
