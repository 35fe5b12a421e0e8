"""The main window: header fields over the body editor, the photo inspector and checks at the side, counts below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.model.article import Article, Figure
from editor.ui.body_editor import BodyEditor
from editor.ui.check_places import CheckPlaces, session_photos
from editor.ui.checks_panel import ChecksPanel
from editor.ui.details import DetailsPanel
from editor.ui.files import FileActions
from editor.ui.header import HeaderPanel
from editor.ui.import_actions import DRAFT_SUFFIXES
from editor.ui.inspector import Inspector
from editor.ui.photo_actions import PhotoActions
from editor.ui.session import Session
from editor.ui.settings import Settings
from editor.ui.spell import Spelling
from editor.ui.status import CountsLabel, Notifier
from editor.ui.window_menus import WindowMenus


class MainWindow(WindowMenus, QMainWindow):
    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.language = self.settings.get("ui/language")
        self._profile = None
        self.session = Session(self)
        self.header = HeaderPanel(self.session, self._dateline_text, self.settings.get("article/time_zone"))
        self.editor = BodyEditor(self.session, self._caption_parts)
        self.inspector = Inspector(self.session)
        self.checks = ChecksPanel(self.language, photos=session_photos(self.session),
                                  spell=lambda: getattr(getattr(self, "spelling", None), "checker", None))  # fmt: skip
        self.counts = CountsLabel()
        self.photos_status = QLabel()
        # The parts get what they need, not the window (the window is only where they are put together).
        self.notify = Notifier(self.statusBar(), self)
        self.files = FileActions(self.session, self.settings, self.notify, self.profile, self)
        self.imports = self.files.imports
        prefill = lambda probes: self.inspector.take_probes(probes, self.profile())  # noqa: E731 - the outlet's credit
        self.photo_actions = PhotoActions(self.session, self.editor, self.notify, self, prefill)

        self._lay_out()

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(int(self.settings.get("files/autosave_seconds") * 1000))
        self.autosave_timer.timeout.connect(self._autosave)

        self._build_actions()
        self.session.changed.connect(self._on_article)
        self.session.stack.cleanChanged.connect(self._update_title)
        self.session.fileChanged.connect(self._update_title)
        self._shown_title: str | None = None
        self.session.photos.thumbnailReady.connect(self._update_photo_status)
        self.session.photos.importsFinished.connect(self._imports_finished)
        self.session.photos.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.autosave_warning = QLabel()
        self.autosave_warning.setStyleSheet("color:#a4471b; font-weight:bold")
        self.autosave_warning.setVisible(False)
        self.statusBar().addPermanentWidget(self.autosave_warning)
        self.session.autosaveFailed.connect(self._autosave_failed)
        self.session.autosaveRecovered.connect(self._autosave_recovered)
        self.editor.figureSelected.connect(self._figure_selected)
        self.editor.figureActivated.connect(self._edit_caption_in_place)
        self.editor.photosDropped.connect(self.photo_actions.insert_paths)
        self.editor.imagePasted.connect(self.photo_actions.insert_image)
        self.editor.picturesRefused.connect(lambda message: self.files.show_info(message))
        self.editor.pasteNoted.connect(lambda message: self.statusBar().showMessage(message, 20000))
        self.editor.picturesPasted.connect(lambda paths, at: self.photo_actions.insert_paths(paths, at[0], at))
        self.editor.fileDropped.connect(lambda path: self.files.open_path(Path(path)))
        self.inspector.moveRequested.connect(self.photo_actions.move)
        self.inspector.replaceRequested.connect(self.photo_actions.replace)
        self.inspector.removeRequested.connect(self.photo_actions.remove)
        self.places = CheckPlaces(self.session, self.header, self.editor, self.inspector, self.details, self.side,
                                  self.checks, self)  # fmt: skip
        self.checks.reveal.connect(self.places.reveal)
        self.checks.go.connect(self.places.go)
        self.checks.fix.connect(self.places.fix)
        self.session.photos.importsFinished.connect(self.checks.refresh)  # the photo-file checks read them now
        self._refresh_credits()
        self._update_title()
        self.spelling = Spelling([self.editor.document()],
                                 lambda: self.settings.get("text/user_words"),
                                 lambda words: self.settings.set("text/user_words", words), self)  # fmt: skip
        self.editor.spelling = self.spelling  # also lends it to the in-place caption box
        for field in (self.header.kicker, self.header.title, self.header.sapo, self.inspector.caption):
            self.spelling.attach(field)
        self.spelling.unavailable.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.settings.changed.connect(self._setting_changed)  # first: the profile is fresh when spelling asks
        self.spelling.follow(self.settings, self.profile)  # loads in a moment, and again when a setting says so
        self._shown_once = False
        QTimer.singleShot(600, self._warm_up)
        from editor.ui.prerender import IdlePrerender  # print and web renditions made in idle time (issue 17)

        self.prerender = IdlePrerender(self, self.session, self.settings, self.profile)

    def showEvent(self, event: QShowEvent) -> None:
        """The first show holds the thumbnails back until the body has painted once (half a second at most)."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.session.photos.hold_thumbnails(500)
            self.photo_actions.after_paint.then(self.session.photos.release_thumbnails, 500)

    def _warm_up(self) -> None:
        """Import the photo pipeline and build the language word tables in a worker once the window is up (a fifth
        of a second the first photo would otherwise pay, 40 ms the first keystroke), keeping start-up lean."""
        from editor.ui.workers import Jobs

        def work() -> None:
            import editor.media.metadata
            import editor.media.prerender
            import editor.media.thumbnails  # noqa: F401
            from editor.ui.language import warm_up

            warm_up()

        Jobs(parent=self).submit(work, lambda _result: None)

    # -- profile -------------------------------------------------------------------------------------------

    def profile(self) -> object:
        if self._profile is None:
            from editor.text.profile import default_profile, load_profile

            try:
                self._profile = load_profile(self.settings.get("export/profile"))
            except Exception:
                self._profile = default_profile()
        return self._profile

    def set_profile(self, name: str) -> None:
        self.settings.set("export/profile", name)  # the window follows the setting (_profile_changed)

    def _profile_changed(self) -> None:
        self._profile = None
        self.editor.handler.forget_captions()
        self.editor.document().markContentsDirty(0, self.editor.document().characterCount())
        self.header.refresh_preview()
        self._refresh_credits()
        self.checks.schedule(self.session.article, self.profile())

    def _setting_changed(self, key: str, value: object) -> None:
        """What the window shows or does because of a setting (written by Preferences or anywhere else)."""
        if key == "export/profile":
            self._profile_changed()
        elif key == "files/autosave_seconds":
            self.autosave_timer.setInterval(int(float(value) * 1000))  # type: ignore[arg-type]
        elif key == "files/credits":
            self._refresh_credits()
        elif key == "ui/language":
            self._speak(str(value))

    def choose_language(self, language: str) -> None:
        """Xem › Tiếng Việt / English: kept for the next start, and spoken now even if the setting said so already
        (a window built before its translator was installed)."""
        self.settings.set("ui/language", language)
        self._speak(language)

    def _speak(self, language: str) -> None:
        """The interface in ``language`` now, in place: the article, its undo steps and the project stay open."""
        from editor.ui.language import switch_language

        self.language = language
        switch_language(language)

    def export_needs(self) -> object:
        """The few things the export dialogs need from the window."""
        from editor.ui import versions_dialog as versions
        from editor.ui.export_dialog import ExportNeeds

        return ExportNeeds(self.session, self.settings, self.profile, self._show_checks, self,
                           lambda worker: versions.record_from_worker(self.session, self.notify, worker),
                           self.checks.findings_for, self.checks.findings_changed)  # fmt: skip

    def show_versions(self) -> None:
        from editor.ui import versions_dialog as versions

        versions.show_versions(self.session, self._dateline_text, self)

    def send_corrections(self) -> None:
        from editor.ui import versions_dialog as versions

        versions.send_corrections(self.export_needs())

    def export(self) -> None:
        from editor.ui.export_dialog import ExportDialog

        ExportDialog(self.export_needs()).exec()

    def _show_checks(self) -> None:
        self.side.setCurrentWidget(self.checks)
        self.checks.schedule(self.session.article, self.profile())

    def _caption_parts(self, figure: Figure) -> list[tuple[str, bool]]:
        from editor.export.build import figure_caption_parts

        return figure_caption_parts(figure, self.profile())  # type: ignore[arg-type]

    def _dateline_text(self, instant: object) -> str:
        from editor.text.dateline import format_dateline

        return format_dateline(instant, self.profile().dateline)  # type: ignore[arg-type, attr-defined]

    # -- actions -------------------------------------------------------------------------------------------

    def show_about(self) -> None:
        from editor.files.paths import cache_dir
        from editor.ui.about import AboutDialog

        AboutDialog(self, str(cache_dir() / "error.log")).exec()

    def _lay_out(self) -> None:
        """Header and body in the centre, the side panels (photo, checks, details) in a scrolling pane at the right."""
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.editor, 1)
        self.side = QTabWidget()
        self.side.addTab(self.inspector, self.tr("Photo"))
        self.side.addTab(self.checks, self.tr("Checks"))
        self.details = DetailsPanel(self.session)
        self.side.addTab(self.details, self.tr("Details"))
        # The side panels scroll rather than set the window's minimum height: on a 1366×768 screen the inspector
        # and the details tab are taller than the room left, and the window must still fit the screen.
        side_scroll = self.side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setWidget(self.side)
        self.side.currentChanged.connect(lambda _i: QTimer.singleShot(0, self, self._fit_side))
        QTimer.singleShot(0, self, self._fit_side)  # at start too: a narrow window must not squeeze the pane away
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(centre)
        splitter.addWidget(side_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 340])
        self.setCentralWidget(splitter)
        self.statusBar().addWidget(self.counts, 1)
        self.statusBar().addPermanentWidget(self.photos_status)
        self.setAcceptDrops(True)
        self.fit_to_screen()

    # -- window size -----------------------------------------------------------------------------------------

    WANTED_SIZE = (1280, 860)

    def available(self) -> QRect:
        screen = self.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, *self.WANTED_SIZE)

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """The usual size, or as much of the screen as is free (a 1366×768 laptop keeps its status bar on screen)."""
        area = available or self.available()
        frame_w = max(0, self.frameGeometry().width() - self.geometry().width())
        frame_h = max(0, self.frameGeometry().height() - self.geometry().height())
        width = min(self.WANTED_SIZE[0], area.width() - frame_w)
        height = min(self.WANTED_SIZE[1], area.height() - frame_h)
        self.resize(max(640, width), max(420, height))
        self.move(area.left() + (area.width() - self.frameGeometry().width()) // 2,
                  area.top() + (area.height() - self.frameGeometry().height()) // 2)  # fmt: skip

    def restore_geometry(self, geometry: bytes, available: QRect | None = None) -> bool:
        """Restore the last geometry only when it fits the free screen now (a bigger monitor may be gone)."""
        area = available or self.available()
        restored = bool(geometry) and self.restoreGeometry(QByteArray(geometry))
        if restored and (self.isMaximized() or area.contains(self.frameGeometry()) or area.contains(self.geometry())):
            return True
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMaximized)
        self.fit_to_screen(area)
        return False

    def fold_header(self, folded: bool) -> None:
        """Only the title stays above the body, to give a small screen's height to the text."""
        self.header.fold(folded)
        self.settings.set("window/header_folded", bool(folded))
        QTimer.singleShot(0, self, self._fit_photos_to_view)

    def _fit_photos_to_view(self) -> None:
        """Photos in the body at most ~60 % of its visible height (and 460 px), so text stays in view beside one."""
        wanted = float(max(160, min(460, int(self.editor.viewport().height() * 0.6))))
        handler = self.editor.handler
        if abs(handler.max_height - wanted) >= 1:
            handler.max_height = wanted
            self.editor.document().markContentsDirty(0, self.editor.document().characterCount())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        QTimer.singleShot(0, self, self._fit_photos_to_view)

    # -- reactions -----------------------------------------------------------------------------------------

    def _on_article(self, article: Article, _origin: object) -> None:
        if article.title != self._shown_title:
            self._update_title()
        self.counts.schedule(article)
        self.checks.schedule(article, self.profile())
        self.autosave_timer.start()
        self._update_photo_status()

    def retranslate(self) -> None:
        """After a language switch: the words made from state (the walk in ``language.py`` did the rest)."""
        self._update_title()
        self._update_photo_status()
        self.editor.handler.forget_captions()  # painted words (a photo without caption) are painted again
        self.editor.document().markContentsDirty(0, self.editor.document().characterCount())
        self.header.refresh_preview()
        self.checks.schedule(self.session.article, self.profile())

    def _update_title(self, *_args: object) -> None:
        """The article's title as typed (a file name only says where it is kept)."""
        title = " ".join(self.session.article.title.split())
        self._shown_title = self.session.article.title
        if len(title) > 70:
            title = title[:69].rstrip() + "…"
        name = self.session.display_name()  # the project, or the file it came from (a Word draft, a JSON)
        shown = title or self.tr("Untitled")
        self.setWindowTitle(f"{shown}[*] — {name} — Bản Thảo" if name else f"{shown}[*] — Bản Thảo")
        self.setWindowModified(not self.session.stack.isClean())

    def _update_photo_status(self, *_args: object) -> None:
        figures = len(self.session.article.figures)
        pending = len(self.session.photos.pending)
        text = self.tr("{0} photos").format(figures)
        if pending:
            text += " · " + self.tr("copying {0} into the project…").format(pending)
        self.photos_status.setText(text)

    def _imports_finished(self) -> None:
        self._update_photo_status()
        self.autosave_timer.start()

    def _autosave(self) -> None:
        try:
            if not self.session.autosave() and not self.session.stack.isClean():
                self.autosave_timer.start()  # busy (photos still copying): try again shortly
        except Exception as exc:  # autosave must never interrupt typing
            from editor.storage.rescue import readable

            self._autosave_failed(readable(exc).one_line())

    def _autosave_failed(self, message: str) -> None:
        """Said once (the session reports only the first failure of a run); the mark stays until it works again."""
        self.autosave_warning.setText(self.tr("⚠ Autosave is not working"))
        self.autosave_warning.setToolTip(message)
        self.autosave_warning.setVisible(True)
        self.statusBar().showMessage(message, 30000)

    def _autosave_recovered(self) -> None:
        from editor.messages import text

        self.autosave_warning.setVisible(False)
        self.statusBar().showMessage(text("session.autosave_back"), 5000)

    def _fit_side(self) -> None:
        """The side pane as wide as its content needs: it scrolls down on a small screen, never cuts sideways."""
        bar = self.side_scroll.verticalScrollBar().sizeHint().width()
        self.side_scroll.setMinimumWidth(self.side.minimumSizeHint().width() + bar + 2)

    def _figure_selected(self, index: int) -> None:
        QTimer.singleShot(0, self, self._fit_side)
        self.inspector.show_figure(index)
        if index >= 0 and not self.places.revealing:  # a checks row shows a photo: the list stays in view
            self.side.setCurrentWidget(self.inspector)

    def _edit_caption_in_place(self, index: int) -> None:
        from editor.ui.caption_editor import edit_caption_in_place

        self.side.setCurrentWidget(self.inspector)
        edit_caption_in_place(self.editor, index)

    def _refresh_credits(self) -> None:
        names = list(self.settings.get("files/credits"))
        names += [f.credit for f in self.session.article.figures if f.credit]
        names += list(getattr(self.profile(), "preset_credits", ()))
        self.inspector.set_credits(list(dict.fromkeys(n for n in names if n)))

    # -- window events -------------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        photos = [p for p in paths if p.suffix.lower() not in (".json", ".banthao", *DRAFT_SUFFIXES) and not p.is_dir()]
        others = [p for p in paths if p not in photos]
        if others:
            self.files.open_path(others[0])
        elif photos:
            self.photo_actions.insert_paths(photos, self.editor.insertion_index())
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_close(quitting=True):
            event.ignore()
            return
        self.settings.set("window/geometry", bytes(self.saveGeometry().data()))
        self.prerender.close()
        event.accept()

    def selected_figure(self) -> Figure | None:
        index = self.editor.selected_index()
        body = self.session.article.body
        return body[index] if 0 <= index < len(body) and isinstance(body[index], Figure) else None  # type: ignore
