"""The open article: its current value, the undo stack, the project file behind it and its recovery.

Every session has a project file. A saved article lives in the reporter's ``*.banthao``; a new or imported
(JSON) article lives in a recovery project under ``cache_dir()/recovery`` until its first save, so autosave and
crash recovery work the same way for both. Photos are copied into the project as soon as they arrive.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtGui import QUndoStack

from editor.errors import InputError
from editor.files.paths import cache_dir
from editor.messages import msg, render
from editor.model.article import Article
from editor.storage.documents import FolderPhotos, OpenedArticle, ProjectPhotos, resolve_input
from editor.storage.project import SUFFIX, Project, Recovery
from editor.ui.commands import SetArticle
from editor.ui.photos import PhotoStore
from editor.ui.safekeeping import Rescue, fresh_copy, readable, sidecar


def recovery_dir() -> Path:
    folder = cache_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def lock_path(path: Path) -> Path:
    return path.parent / f".~{path.name}.lock"


@dataclass
class Orphan:
    """Unsaved work of an app that did not close cleanly."""

    path: Path  # the recovery project
    saved_at: str
    title: str
    source: str  # the JSON it was imported from, or ""


class _LockedPhotos:
    """ProjectPhotos for an export thread: every read of the SQLite connection holds the store's lock."""

    def __init__(self, photos: ProjectPhotos, store: PhotoStore) -> None:
        self._photos = photos
        self._store = store
        self.names: dict[str, str] = {}  # cached file path → the photo's name in the article, for messages

    @property
    def root(self) -> Path:
        return self._photos.root

    def path(self, name: str) -> Path:
        with self._store.lock:
            path = self._photos.path(name)
        self.names[str(path)] = name
        return path

    def explain(self, message: str) -> str:
        """A writer's message with cache file names (sha256.jpg) replaced by the photo's own name."""
        for path, name in self.names.items():
            message = message.replace(path, name)
        return message


class SavedElsewhere(InputError):
    """The project file was saved by another window (or app) after this session opened or saved it."""

    def __init__(self, path: Path, saved_at: str) -> None:
        super().__init__(msg("session.saved_elsewhere", when=saved_at), source=path.name)
        self.saved_at = saved_at


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
        self.photos = PhotoStore(self)
        self.path: Path | None = None  # the reporter's project file; None until the first save
        self.source: Path | None = None  # the JSON the article came from
        self.recovery: Path | None = None  # the cache project holding a never-saved article
        self._lock: QLockFile | None = None
        self._autosaving = False
        self._autosave_failing = False
        self._epoch = 0
        self._seen_saved_at: str | None = None  # the file's save time when this session last read or wrote it
        self.rescue = Rescue(recovery_dir())

    @property
    def project(self) -> Project | None:
        return self.photos.project

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

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        if self.source is not None:
            return self.source.name
        return ""

    def new(self, article: Article | None = None) -> None:
        self.close(discard=True)
        self._open_recovery_project(article or Article(), source=None)
        self.reset(article or Article())

    def open(self, path: Path, *, ask_restore: Callable[[str], bool],
             ask_locked: Callable[[str], bool]) -> bool:  # fmt: skip
        """Open a project or an interchange JSON; False when the reporter declined (locked file)."""
        path = resolve_input(Path(path))
        if not path.exists():
            raise InputError(self.tr("no such file"), source=path)
        if path.suffix.lower() == SUFFIX:
            return self._open_project(path, ask_restore, ask_locked)
        if path.suffix.lower() == ".json":
            from editor.model.interchange import read_article_json

            article = read_article_json(path)
            self.close(discard=True)
            self._open_recovery_project(article, source=path)
            folder = FolderPhotos(path.parent)
            for name in article.image_names():
                file = folder.path(name)
                self.photos.files[name] = file
                self.photos.import_file(name, file)
            self.reset(article)
            return True
        raise InputError(self.tr("expected an article .json or a .banthao project"), source=path)

    def _open_project(self, path: Path, ask_restore: Callable[[str], bool], ask_locked: Callable[[str], bool]) -> bool:
        if self.path is not None and self.path.resolve() == path.resolve():
            self.close(discard=True)  # reopening the file this window holds: its own lock must not count
        lock = QLockFile(str(lock_path(path)))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError and not ask_locked(path.name):
                return False
            lock = None  # a read-only folder or a file the reporter opens anyway: no lock
        try:
            project = Project.open(path)
            found: Recovery | None = project.recovery()
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        self.close(discard=True)
        self._lock = lock
        self.photos.project = project
        self.path, self.source, self.recovery = path, None, None
        article = project.load()
        self._seen_saved_at = self._saved_at(project)
        restore = found is not None and ask_restore(found.saved_at)
        if found is not None and not restore:
            with self.photos.lock:
                project.discard_autosave()
        self.reset(found.article if restore and found else article, modified=restore)
        self.fileChanged.emit()
        return True

    def _open_recovery_project(self, article: Article, source: Path | None) -> None:
        ident = uuid.uuid4().hex
        target = recovery_dir() / f"{ident}{SUFFIX}"
        sidecar(target, source, None)
        lock = QLockFile(str(lock_path(target)))
        lock.setStaleLockTime(0)
        lock.tryLock(0)
        self._lock = lock
        self.path, self.source, self.recovery = None, source, target
        # Creating a SQLite file costs several fsyncs (100 ms on a busy disk): the writer thread does it, before the
        # photo copies and autosaves it runs next, so neither start-up nor "New" waits for the disk.
        self._epoch += 1
        epoch, stored = self._epoch, article

        def create() -> None:
            try:
                project = Project.create(target, stored)
            except Exception as exc:
                raise readable(exc) from exc
            with self.photos.lock:
                if self._epoch == epoch and self.photos.project is None:
                    self.photos.project = project
                    return
            project.close()

        self.photos.writer.submit(create, lambda _result: None, self.autosaveFailed.emit)
        self.fileChanged.emit()

    @property
    def active(self) -> bool:
        """An article is open (its project may still be being created on the writer thread)."""
        return self.path is not None or self.recovery is not None

    def restore_orphan(self, orphan: Orphan) -> None:
        """Adopt an orphaned recovery project as this session's (the reporter chose to restore it)."""
        self.close(discard=True)
        lock = QLockFile(str(lock_path(orphan.path)))
        lock.setStaleLockTime(0)
        lock.tryLock(0)
        project = Project.open(orphan.path)
        found = project.recovery()
        self._lock = lock
        self.photos.project = project
        self.path, self.recovery = None, orphan.path
        self.source = Path(orphan.source) if orphan.source else None
        self.reset(found.article if found else project.load(), modified=True)
        self.fileChanged.emit()

    @staticmethod
    def _saved_at(project: Project) -> str | None:
        try:
            row = project._query_one("SELECT saved_at FROM article WHERE id = 1", what="the article")
        except InputError:
            return None
        return row[0] if row else None

    def saved_elsewhere(self) -> str | None:
        """When another window saved this session's file since this one read or wrote it (its time), else None."""
        if self.path is None or self.project is None:
            return None
        with self.photos.lock:
            return self.saved_elsewhere_locked()

    def saved_elsewhere_locked(self) -> str | None:
        """``saved_elsewhere`` with the store's lock already held."""
        now = self._saved_at(self.project) if self.project is not None else None
        return now if now is not None and self._seen_saved_at is not None and now != self._seen_saved_at else None

    def save(self, *, overwrite: bool = False) -> None:
        """Save into the project file. The previous save stays intact when writing fails (one transaction);
        ``SavedElsewhere`` when another window saved the file meanwhile, unless ``overwrite``."""
        if self.path is None or self.project is None:
            raise InputError(self.tr("the article has never been saved: use Save As"))
        self._require_title()
        self.photos.wait_for_imports()
        other = None if overwrite else self.saved_elsewhere()
        if other is not None:
            from editor.ui.files import local_time

            raise SavedElsewhere(self.path, local_time(other))
        try:
            with self.photos.lock:
                self._keep_dropped_photos(self.project)
                self._restore_missing_photos(self.project)
                self.project.save(self.article)
                self._seen_saved_at = self._saved_at(self.project)
        except Exception as exc:
            raise readable(exc) from exc
        self.rescue.drop()
        self.stack.setClean()

    def _keep_dropped_photos(self, project: Project) -> None:
        """Saving drops photos the article no longer shows; keep a copy of each (in the cache) so that an undo
        after the save can bring the photo back. Call with the lock held."""
        referenced = set(self.article.image_names())
        for name in project.photo_names():
            if name not in referenced and name not in self.photos.files:
                self.photos.files[name] = ProjectPhotos(project).path(name)

    def _restore_missing_photos(self, project: Project) -> None:
        """Photos the article shows again (undo after a save) go back into the project. Call with the lock held."""
        for name in self.article.image_names():
            if project.photo_sha256(name) is None and name in self.photos.files:
                project.add_photo(name, self.photos.files[name])

    def save_as(self, destination: Path) -> None:
        self.photos.wait_for_imports()
        if self.project is None:
            raise InputError(self.tr("nothing to save"))
        self._require_title()
        destination = Path(destination)
        if destination.suffix.lower() != SUFFIX:
            destination = destination.with_name(destination.name + SUFFIX)
        lock = QLockFile(str(lock_path(destination)))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0) and lock.error() == QLockFile.LockError.LockFailedError:
            raise InputError(self.tr("that project is open in another window"), source=destination)
        self.photos.wait_for_imports()
        try:
            with self.photos.lock:
                new_project = self._write_copy(destination)
                old, old_recovery = self.project, self.recovery
                old.close()
                self.photos.project = new_project
                self._seen_saved_at = self._saved_at(new_project)
        except Exception as exc:
            lock.unlock()  # a failed save must not leave the destination looking "open in another window"
            raise readable(exc) from exc
        self._release_lock()
        if old_recovery is not None:
            delete_recovery(old_recovery)
        self.rescue.drop()
        self._lock = lock
        self.path, self.recovery = destination, None
        self.stack.setClean()
        self.fileChanged.emit()

    def _write_copy(self, destination: Path) -> Project:
        """The article and its photos in a complete project at ``destination``. Call with the lock held.

        Normally a save of the current project and a copy of it; when the current project cannot be written (the
        very reason for "Save as…" after a failed save), a fresh project built from the article and the photos.
        """
        assert self.project is not None
        if self.path is not None and self.saved_elsewhere_locked() is not None:
            # Another window saved this file: "Save as…" must not write this window's article into it first.
            return fresh_copy(destination, self.article, self.photos.files, self.project)
        try:
            self._keep_dropped_photos(self.project)
            self._restore_missing_photos(self.project)
            return self.project.save_as(destination, self.article)
        except InputError:  # the current file is the problem: build the copy without writing into it
            return fresh_copy(destination, self.article, self.photos.files, self.project)

    def _require_title(self) -> None:
        if not self.article.title.strip():
            raise InputError(self.tr("the article has no title yet; write one before saving"))

    def autosave(self, *, wait: bool = False) -> bool:
        """Write unsaved work into the project on the writer thread (an fsync never stalls typing); True if queued.

        ``wait`` blocks until it is on disk (tests, quitting).
        """
        if not self.active or self.stack.isClean() or self.photos.pending or self._autosaving:
            return False
        article = self.article  # immutable: safe to hand to another thread
        self._autosaving = True
        epoch = self._epoch

        files = dict(self.photos.files)
        source, origin, name = self.source, self.path, self.display_name() or render(msg("session.new_article"))

        def work() -> str | None:
            """None when the article is in its project; otherwise what to tell the reporter."""
            with self.photos.lock:
                project = self.photos.project
                if project is None or self._epoch != epoch:
                    return None
                try:
                    for image in article.image_names():  # back after an undo past a save
                        if project.photo_sha256(image) is None and image in files:
                            project.add_photo(image, files[image])
                    project.autosave(article)
                    return None
                except Exception as exc:
                    problem = readable(exc).one_line()
                try:
                    kept = self.rescue.write(article, files, project, source, origin)
                except Exception as exc:
                    return render(msg("session.rescue_failed", name=name, problem=problem,
                                      rescue=readable(exc).problem))  # fmt: skip
                return render(msg("session.rescue_kept", name=name, problem=problem, folder=str(kept.parent)))

        def done(problem: str | None = None) -> None:
            self._autosaving = False
            if problem is None:
                self.rescue.drop()
                if self._autosave_failing:
                    self._autosave_failing = False
                    self.autosaveRecovered.emit()
            elif not self._autosave_failing:
                self._autosave_failing = True  # say it once, not at every retry a few seconds apart
                self.autosaveFailed.emit(problem)

        def failed(message: str) -> None:
            done(message or render(msg("session.internal_error", log="")))

        self.photos.writer.submit(work, done, failed)
        if wait:
            self.photos.writer.wait(30_000)
        return True

    def close(self, *, discard: bool = False) -> None:
        """Close the project; ``discard`` drops unsaved work (the reporter said so, or nothing changed)."""
        if not self.active and self.project is None:
            return
        self.photos.wait_for_imports()
        self.photos.jobs.wait(10_000)
        self._epoch += 1
        unsaved = not self.stack.isClean()
        with self.photos.lock:
            project = self.photos.project
            if project is not None:
                if self.path is not None and (discard or not unsaved):
                    with contextlib.suppress(InputError):
                        project.discard_autosave()
                project.close()
            self.photos.project = None
        if self.recovery is not None and (discard or not unsaved):
            delete_recovery(self.recovery)
        if discard or not unsaved:
            self.rescue.drop()
        else:
            self.rescue.release()
        self._autosave_failing = False
        self._seen_saved_at = None
        self._release_lock()
        self.photos.files.clear()
        self.photos.pending.clear()
        self.path = self.source = self.recovery = None

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- export --------------------------------------------------------------------------------------------

    def opened_for_export(self, article: Article | None = None) -> OpenedArticle:
        """The article with its photos as exporters read them (waits for photos still being copied in).

        Safe to call from a worker thread when ``article`` is a snapshot taken on the GUI thread and
        ``photos.flush_imports()`` was called on the GUI thread first.
        """
        self.photos.writer.wait(120_000)
        if self.project is None:
            raise InputError(self.tr("no article is open"))
        with self.photos.lock:
            photos = ProjectPhotos(self.project)
        return OpenedArticle(article or self.article, _LockedPhotos(photos, self.photos),
                             self.path or self.source or Path("bai-viet"))  # fmt: skip


def delete_recovery(path: Path) -> None:
    for leftover in (path, path.with_suffix(".json"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def find_orphans() -> list[Orphan]:
    """Recovery projects left by an app that crashed (their lock is stale), newest first."""
    orphans: list[Orphan] = []
    for path in recovery_dir().glob(f"*{SUFFIX}"):
        lock = QLockFile(str(lock_path(path)))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # another running app owns it
        try:
            with Project.open(path) as project:
                found = project.recovery()
        except InputError:
            found = None
        if found is None:
            lock.unlock()
            delete_recovery(path)  # nothing unsaved in it: an old leftover
            continue
        try:
            source = json.loads(path.with_suffix(".json").read_text("utf-8")).get("source", "")
        except (OSError, ValueError):
            source = ""
        orphans.append(Orphan(path, found.saved_at, found.article.title, source))
        lock.unlock()
    orphans.sort(key=lambda o: o.saved_at, reverse=True)
    return orphans
