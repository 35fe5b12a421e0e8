"""The open article in the app: its current value, the undo stack and the signals views listen to.

The project file behind it (its lock, the writer thread, autosave, the recovery folder) belongs to the Qt-free
``editor.storage.workspace.Workspace``; the session hands it the article to write and turns its reports, which the
writer thread posts here, into signals on the GUI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack

from editor.messages import msg, render
from editor.model.article import Article
from editor.model.photos import OpenedArticle
from editor.storage.lock import lock_path
from editor.storage.project import Project
from editor.storage.recovery import Orphan, delete_recovery, find_orphans
from editor.storage.rescue import Rescue
from editor.storage.workspace import Reports, SavedElsewhere, Workspace
from editor.ui.commands import SetArticle
from editor.ui.photos import PhotoStore

# The UI's names for the workspace's recovery and lock helpers (the file actions and tests import them from here).
__all__ = ["Orphan", "SavedElsewhere", "Session", "delete_recovery", "find_orphans", "lock_path", "orphan_unreadable"]


def orphan_unreadable(orphan: Orphan) -> str:
    """What the reporter reads about a crashed session's project that cannot be opened (it is kept, not lost)."""
    problem = orphan.problem.problem if orphan.problem is not None else ""
    return render(msg("session.orphan_unreadable", problem=problem, path=str(orphan.path)))


class _Poster(QObject):
    """Runs callables posted from the writer thread on the GUI thread (a queued signal). It has no Qt parent: a
    window closed while a write runs must not delete the object the writer is about to post through."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _run(report: Callable[[], None]) -> None:
        try:
            report()
        except RuntimeError as error:  # the window that asked was closed meanwhile: nobody is left to tell
            if "already deleted" not in str(error):
                raise


class Session(QObject):
    changed = Signal(object, object)  # article, origin (the view already showing it) or None
    cursorHint = Signal(int)
    fileChanged = Signal()
    autosaveFailed = Signal(str)  # once when autosave starts failing (not at every retry)
    autosaveRecovered = Signal()  # autosave works again after failing

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.article = Article()
        self.stack = QUndoStack(self)
        self._poster = _Poster()
        reports = Reports(
            photo_failed=lambda message: self.photos.failed.emit(message),
            photos_copied=lambda: self.photos.importsFinished.emit(),
            write_failed=lambda message: self.autosaveFailed.emit(message),
        )
        self.workspace = Workspace(post=self._poster.call.emit, reports=reports)
        self.photos = PhotoStore(self.workspace, self)
        self._autosave_failing = False

    # -- what the workspace holds, as the UI reads it ------------------------------------------------------

    @property
    def project(self) -> Project | None:
        return self.workspace.project

    @property
    def path(self) -> Path | None:
        """The reporter's project file; None until the first save."""
        return self.workspace.path

    @property
    def source(self) -> Path | None:
        """The JSON (or Word draft) the article came from."""
        return self.workspace.source

    @source.setter
    def source(self, value: Path | None) -> None:
        self.workspace.source = value

    @property
    def recovery(self) -> Path | None:
        """The recovery project holding a never-saved article."""
        return self.workspace.recovery

    @property
    def rescue(self) -> Rescue:
        return self.workspace.rescue

    @property
    def active(self) -> bool:
        """An article is open (its project may still be being created on the writer thread)."""
        return self.workspace.active

    def display_name(self) -> str:
        return self.workspace.display_name()

    @contextlib.contextmanager
    def locked_project(self) -> Iterator[Project | None]:
        """The project (or None) for the block, its connection to this thread alone (the writer waits)."""
        with self.workspace.locked() as project:
            yield project

    def known_hashes(self, article: Article | None = None) -> dict[str, str]:
        """The sha256 of each photo of ``article`` (default: the current one) already in the project."""
        return self.workspace.photo_hashes((article or self.article).image_names())

    def photo_path(self, name: str) -> Path:
        """A file holding the photo's original bytes (where it was brought from, or a verified cache copy)."""
        return self.workspace.photo_path(name)

    # -- edits ---------------------------------------------------------------------------------------------

    def edit(self, after: Article, text: str, *, merge_key: Hashable | None = None, origin: object = None,
             cursor_before: int | None = None, cursor_after: int | None = None) -> None:  # fmt: skip
        if after is self.article or after == self.article:
            return
        self.stack.push(SetArticle(self, self.article, after, text, merge_key=merge_key, applied=origin is not None,
                                   cursor_before=cursor_before, cursor_after=cursor_after, origin=origin))  # fmt: skip

    def adopt(self, article: Article, origin: object = None) -> None:
        self.article = article
        self.changed.emit(article, origin)

    def apply(self, article: Article, cursor: int | None = None) -> None:
        self.article = article
        self.changed.emit(article, None)
        if cursor is not None:
            self.cursorHint.emit(cursor)

    def reset(self, article: Article, *, modified: bool = False) -> None:
        self.stack.clear()
        self.photos.forget_thumbnails()
        self.apply(article, 0)
        if modified:
            self.stack.resetClean()

    # -- files ---------------------------------------------------------------------------------------------

    def new(self, article: Article | None = None) -> None:
        self.close(discard=True)
        self.workspace.new(article or Article())
        self.fileChanged.emit()
        self.reset(article or Article())

    def open(self, path: Path, *, ask_restore: Callable[[str], bool],
             ask_locked: Callable[[str], bool]) -> bool:  # fmt: skip
        """Open a project or an interchange JSON; False when the reporter declined (locked file)."""
        self.photos.jobs.wait(10_000)  # thumbnails of the article now open read its project, about to close
        opened = self.workspace.open(path, ask_restore=ask_restore, ask_locked=ask_locked)
        if opened is None:
            return False
        self._autosave_failing = False
        self.photos.pump_imports()  # the photos beside a JSON
        self.reset(opened.article, modified=opened.restored)
        self.fileChanged.emit()
        return True

    def restore_orphan(self, orphan: Orphan) -> None:
        """Adopt an orphaned recovery project as this session's (the reporter chose to restore it)."""
        self.photos.jobs.wait(10_000)
        article = self.workspace.restore_orphan(orphan)
        self._autosave_failing = False
        self.reset(article, modified=True)
        self.fileChanged.emit()

    def saved_elsewhere(self) -> str | None:
        """When another window saved this session's file since this one read or wrote it (its time), else None."""
        return self.workspace.saved_elsewhere()

    def save(self, *, overwrite: bool = False) -> None:
        """Save into the project file. The previous save stays intact when writing fails (one transaction);
        ``SavedElsewhere`` when another window saved the file meanwhile, unless ``overwrite``."""
        self.workspace.save(self.article, overwrite=overwrite)
        self.stack.setClean()

    def save_as(self, destination: Path) -> None:
        self.workspace.save_as(self.article, destination)
        self.stack.setClean()
        self.fileChanged.emit()

    def autosave(self, *, wait: bool = False) -> bool:
        """Write unsaved work into the project on the writer thread (an fsync never stalls typing); True if queued.

        ``wait`` blocks until it is on disk (tests, quitting).
        """
        if self.stack.isClean() or not self.workspace.autosave(self.article, self._autosaved):
            return False
        if wait:
            self.workspace.writer.wait(30)
        return True

    def _autosaved(self, problem: str | None) -> None:
        if problem is None:
            if self._autosave_failing:
                self._autosave_failing = False
                self.autosaveRecovered.emit()
        elif not self._autosave_failing:
            self._autosave_failing = True  # say it once, not at every retry a few seconds apart
            self.autosaveFailed.emit(problem)

    def close(self, *, discard: bool = False) -> None:
        """Close the project; ``discard`` drops unsaved work (the reporter said so, or nothing changed)."""
        if not self.workspace.active and self.workspace.project is None:
            return
        self.photos.jobs.wait(10_000)  # thumbnails still reading the project
        self.workspace.close(keep_unsaved=not discard and not self.stack.isClean())
        self._autosave_failing = False

    # -- export --------------------------------------------------------------------------------------------

    def opened_for_export(self, article: Article | None = None) -> OpenedArticle:
        """The article with its photos as exporters read them (waits for photos still being copied in).

        Safe to call from a worker thread when ``article`` is a snapshot taken on the GUI thread.
        """
        return self.workspace.opened_for_export(article or self.article)
