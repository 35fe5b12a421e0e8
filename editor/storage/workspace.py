"""The open project, Qt-free: one owner for the project file, its lock, its writer queue and its recovery.

Every open article has a project file. A saved article lives in the reporter's ``*.banthao``; a new or imported
(JSON) article lives in a recovery project (``recovery.py``) until its first save, so autosave and crash recovery
work the same way for both. Photos are copied in on the writer thread (``writer.py``) as soon as the owner asks
(``copy_waiting``), and at the latest before a save, an autosave or an export. The app's session keeps the article
value, the undo stack and the signals, and hands this class each article to write.

Threads: the owner's thread opens, saves and closes; the writer thread creates recovery projects, copies photos in
and autosaves; ``lock`` serialises every use of the project's SQLite connection. Reports of writer jobs reach the
owner through ``post`` (the app posts them to its GUI thread; without one they run on the writer thread).
"""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from editor.errors import InputError
from editor.messages import msg, render
from editor.model.article import Article
from editor.model.photos import OpenedArticle
from editor.storage.documents import PROJECT, LockedPhotos, ProjectPhotos, input_kind, open_article, resolve_input
from editor.storage.lock import LockFile, Outcome
from editor.storage.project import SUFFIX, Project, free_name
from editor.storage.recovery import Orphan, delete_recovery, recovery_dir, sidecar
from editor.storage.rescue import Rescue, fresh_copy, readable
from editor.storage.writer import Post, Writer
from editor.text.normalize import nfc

WAIT_SECONDS = 60  # how long a save waits for photo copies still running on the writer thread


def local_time(saved_at: str) -> str:
    """A save time (UTC ISO text) as the reporter's clock shows it: 19/12/2020 16:25."""
    try:
        return datetime.fromisoformat(saved_at).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return saved_at


class SavedElsewhere(InputError):
    """The project file was saved by another window (or app) after this workspace opened or saved it."""

    def __init__(self, path: Path, saved_at: str) -> None:
        super().__init__(msg("session.saved_elsewhere", when=saved_at), source=path.name)
        self.saved_at = saved_at


class ProjectInUse(InputError):
    """Another window or app holds the project's lock."""

    def __init__(self, path: Path) -> None:
        super().__init__(msg("storage.in_use"), source=path)


def _ignore(*_args: object) -> None:
    return None


@dataclass
class Reports:
    """What the workspace tells its owner about work on the writer thread (delivered through ``post``)."""

    photo_failed: Callable[[str], None] = _ignore  # a photo could not be copied in: the message
    photos_copied: Callable[[], None] = _ignore  # no photo is waiting or being copied any more
    write_failed: Callable[[str], None] = _ignore  # the recovery project of a new article could not be made


@dataclass(frozen=True)
class Opened:
    """What ``open`` found: the article to show, and whether it is autosaved work brought back (unsaved)."""

    article: Article
    restored: bool = False


class Workspace:
    def __init__(self, folder: Path | None = None, *, post: Post | None = None,
                 reports: Reports | None = None) -> None:  # fmt: skip
        self.folder = folder  # the recovery folder (None: ``recovery_dir()``, looked up when first needed)
        self.reports = reports or Reports()
        self.lock = threading.RLock()  # serialises every use of the project's SQLite connection
        self.writer = Writer(post)
        self.project: Project | None = None
        self.path: Path | None = None  # the reporter's project file; None until the first save
        self.source: Path | None = None  # the JSON (or draft) the article came from
        self.recovery: Path | None = None  # the recovery project holding a never-saved article
        self.files: dict[str, Path] = {}  # photo names readable from a file on disk (brought in, beside a JSON)
        self.pending: set[str] = set()  # photo names not yet in the project (waiting, being copied, or reserved)
        self._waiting: dict[str, Path] = {}  # registered photos whose copy has not been asked of the writer yet
        self._names = threading.Lock()  # guards ``pending`` and ``_waiting`` (the SQLite lock can be busy long)
        self._held: LockFile | None = None
        self._epoch = 0  # bumped when the project changes: writer jobs of an earlier one do nothing
        self._autosaving = False
        self._seen_saved_at: str | None = None  # the file's save time when this workspace last read or wrote it
        self.rescue = Rescue(self._folder())

    def _folder(self) -> Path:
        if self.folder is None:
            return recovery_dir()
        self.folder.mkdir(parents=True, exist_ok=True)
        return self.folder

    @property
    def active(self) -> bool:
        """An article is open (its project may still be being created on the writer thread)."""
        return self.path is not None or self.recovery is not None

    def display_name(self) -> str:
        for path in (self.path, self.source):
            if path is not None:
                return path.name
        return ""

    @contextlib.contextmanager
    def locked(self) -> Iterator[Project | None]:
        """The project (None when none is open) with its connection to this thread alone for the block."""
        with self.lock:
            yield self.project

    # -- opening -------------------------------------------------------------------------------------------

    def new(self, article: Article) -> None:
        self.close()
        self._start_recovery(article, source=None)

    def open(self, path: Path, *, ask_restore: Callable[[str], bool] = lambda _saved_at: False,
             ask_locked: Callable[[str], bool] | None = None) -> Opened | None:  # fmt: skip
        """Open a project or an interchange JSON (by suffix, as every opener does); None when the reporter declined
        to open a project another window holds. Without ``ask_locked`` such a project is refused (ProjectInUse)."""
        path = resolve_input(Path(path))
        if input_kind(path) == PROJECT:
            return self._open_project(path, ask_restore, ask_locked)
        opened = open_article(path)
        files = {name: opened.photos.path(name) for name in opened.article.image_names()}  # a missing one: here
        self.close()
        self._start_recovery(opened.article, source=path)
        for name, file in files.items():
            self.register_photo(name, file)
        return Opened(opened.article)

    def _open_project(self, path: Path, ask_restore: Callable[[str], bool],
                      ask_locked: Callable[[str], bool] | None) -> Opened | None:  # fmt: skip
        if self.path is not None and self.path.resolve() == path.resolve():
            self.close()  # reopening the file this workspace holds: its own lock must not count
        lock = LockFile(path)
        if lock.acquire() is Outcome.HELD:
            if ask_locked is None:
                raise ProjectInUse(path)
            if not ask_locked(path.name):
                return None
            # the reporter opens it anyway; an unavailable lock (read-only folder) is not asked about
        try:
            project = Project.open(path)
            found = project.recovery()
            article = project.load()
        except BaseException:
            lock.release()
            raise
        self.close()
        self._take(project, lock, path=path)
        self._seen_saved_at = project.saved_at()
        restore = found is not None and ask_restore(found.saved_at)
        if found is not None and not restore:
            with self.lock:
                project.discard_autosave()
        return Opened(found.article, True) if restore and found else Opened(article)

    def restore_orphan(self, orphan: Orphan) -> Article:
        """Adopt an orphaned recovery project (the reporter chose to restore it); its autosaved article."""
        if orphan.problem is not None:
            raise orphan.problem
        lock = LockFile(orphan.path)
        if lock.acquire() is Outcome.HELD:
            raise ProjectInUse(orphan.path)
        try:
            project = Project.open(orphan.path)
            found = project.recovery()
            article = found.article if found else project.load()
        except BaseException:
            lock.release()
            raise
        self.close()
        self._take(project, lock, recovery=orphan.path, source=Path(orphan.source) if orphan.source else None)
        return article

    def _take(self, project: Project, lock: LockFile, *, path: Path | None = None, recovery: Path | None = None,
              source: Path | None = None) -> None:  # fmt: skip
        self._held = lock
        with self.lock:
            self.project = project
        self.path, self.recovery, self.source = path, recovery, source

    def _start_recovery(self, article: Article, source: Path | None) -> None:
        target = self._folder() / f"{uuid.uuid4().hex}{SUFFIX}"
        sidecar(target, source, None)
        lock = LockFile(target)
        lock.acquire()  # ours while the app runs: another app must not offer it as a crashed session's
        self._held = lock
        self.path, self.source, self.recovery = None, source, target
        # Creating a SQLite file costs several fsyncs (100 ms on a busy disk): the writer thread does it, before the
        # photo copies and autosaves it runs next, so neither start-up nor "New" waits for the disk.
        self._epoch += 1
        epoch = self._epoch

        def create() -> None:
            project = Project.create(target, article)
            with self.lock:
                if self._epoch == epoch and self.project is None:
                    self.project = project
                    return
            project.close()

        self.writer.submit(create, None, lambda error: self.reports.write_failed(error.one_line()))

    # -- photos --------------------------------------------------------------------------------------------

    def register_photo(self, name: str, path: Path) -> None:
        """A photo readable at ``path`` belongs to the article: it waits to be copied in (``copy_waiting``)."""
        with self._names:
            self.files[name] = path
            self.pending.add(name)
            self._waiting[name] = path

    def reserve(self, name: str) -> None:
        """Keep ``name`` taken while its photo is being read (``unique_name`` will not hand it out again)."""
        with self._names:
            self.pending.add(name)

    def unreserve(self, name: str) -> None:
        with self._names:
            self.pending.discard(name)

    def copy_waiting(self) -> None:
        """Ask the writer to copy every waiting photo into the project (any thread)."""
        with self._names:
            waiting, self._waiting = self._waiting, {}
        for name, path in waiting.items():
            self._copy(name, path)

    def _copy(self, name: str, path: Path) -> None:
        def work() -> str:
            data = path.read_bytes()  # outside the lock: reading 10 MB must not hold up an autosave
            with self.lock:
                if self.project is None:
                    raise InputError(msg("session.photo_unavailable", name=name))
                self.project.add_photo_bytes(name, data)
            return name

        def finished(problem: str | None) -> None:
            with self._names:
                self.pending.discard(name)
                settled = not self.pending
            if problem is not None:
                self.reports.photo_failed(problem)
            if settled:
                self.reports.photos_copied()

        self.writer.submit(work, lambda _name: finished(None), lambda error: finished(error.one_line()))

    def settle(self, timeout: float = WAIT_SECONDS) -> bool:
        """Copy in every waiting photo and wait for the writer; False when it is still busy after ``timeout``."""
        self.copy_waiting()
        return self.writer.wait(timeout)

    def unique_name(self, wanted_file: str, taken: Iterable[str]) -> str:
        """``images/<file name>`` for a new photo, numbered (``-2``) past every name in use."""
        base = nfc(PurePosixPath(wanted_file.replace("\\", "/")).name) or "anh.jpg"
        base = "".join(c for c in base if c.isprintable() and c not in '/:*?"<>|') or "anh.jpg"
        return free_name(f"images/{base}", set(taken) | self.known_names())

    def known_names(self) -> set[str]:
        """Photo names this workspace can show and export (files on disk, pending copies, the project's)."""
        with self._names:
            names = set(self.files) | self.pending
        with self.lock:
            if self.project is not None:
                names |= set(self.project.photo_names())
        return names

    def photo_bytes(self, name: str) -> bytes:
        """The original bytes of a photo kept in the project."""
        with self.lock:
            if self.project is None:
                raise InputError(msg("session.photo_unavailable", name=name))
            return self.project.photo_bytes(name)

    def photo_path(self, name: str) -> Path:
        """A file holding the photo's original bytes: where it was brought from, or a verified cache copy."""
        file = self.files.get(name)
        if file is not None and file.is_file():
            return file
        with self.lock:
            if self.project is None:
                raise InputError(msg("session.photo_unavailable", name=name))
            return ProjectPhotos(self.project).path(name)

    def photo_hashes(self, names: Iterable[str]) -> dict[str, str]:
        """The sha256 of each named photo already in the project (never waits for copies still running)."""
        with self.lock:
            if self.project is None:
                return {}
            return {name: digest for name in names if (digest := self.project.photo_sha256(name))}

    # -- saving --------------------------------------------------------------------------------------------

    def saved_elsewhere(self) -> str | None:
        """When another window saved this workspace's file since it last read or wrote it (its time), else None."""
        with self.lock:
            if self.path is None or self.project is None:
                return None
            now = self.project.saved_at()
        seen = self._seen_saved_at
        return now if now is not None and seen is not None and now != seen else None

    def save(self, article: Article, *, overwrite: bool = False) -> None:
        """Save into the project file. The previous save stays intact when writing fails (one transaction);
        ``SavedElsewhere`` when another window saved the file meanwhile, unless ``overwrite``."""
        if self.path is None or self.project is None:
            raise InputError(msg("session.never_saved"))
        _require_title(article)
        self.settle()
        other = None if overwrite else self.saved_elsewhere()
        if other is not None:
            raise SavedElsewhere(self.path, local_time(other))
        try:
            with self.lock:
                self._sync_photos(article, self.project)
                self.project.save(article)
                self._seen_saved_at = self.project.saved_at()
        except Exception as exc:
            raise readable(exc) from exc
        self.rescue.drop()

    def _sync_photos(self, article: Article, project: Project) -> None:
        """Before a save, with the lock held. Saving drops photos the article no longer shows: keep a copy of each
        (in the cache) so that an undo after the save can bring the photo back; photos the article shows again
        (undo after a save) go back into the project."""
        referenced = set(article.image_names())
        for name in project.photo_names():
            if name not in referenced and name not in self.files:
                self.files[name] = ProjectPhotos(project).path(name)
        for name in article.image_names():
            if project.photo_sha256(name) is None and name in self.files:
                project.add_photo(name, self.files[name])

    def save_as(self, article: Article, destination: Path) -> Path:
        """Write a complete project at ``destination`` (``.banthao`` added) and continue in it; the path written."""
        self.settle()
        if self.project is None:
            raise InputError(msg("session.nothing_to_save"))
        _require_title(article)
        destination = Path(destination)
        if destination.suffix.lower() != SUFFIX:
            destination = destination.with_name(destination.name + SUFFIX)
        if self.path is not None and destination.resolve() == self.path.resolve():
            self.save(article)  # its own file: a plain save (its lock is this workspace's)
            return destination
        lock = LockFile(destination)
        if lock.acquire() is Outcome.HELD:
            raise ProjectInUse(destination)
        try:
            with self.lock:
                fresh = self._write_copy(article, destination)
                self.project.close()
                self.project = fresh
                self._seen_saved_at = fresh.saved_at()
        except Exception as exc:
            lock.release()  # a failed save must not leave the destination looking "open in another window"
            raise readable(exc) from exc
        old_recovery = self.recovery
        self._release_lock()
        if old_recovery is not None:
            delete_recovery(old_recovery)
        self.rescue.drop()
        self._held = lock
        self.path, self.recovery = destination, None
        return destination

    def _write_copy(self, article: Article, destination: Path) -> Project:
        """The article and its photos in a complete project at ``destination``. Call with the lock held.

        Normally a save of the current project and a copy of it; when the current project cannot be written (the
        very reason for "Save as…" after a failed save), a fresh project built from the article and the photos.
        """
        assert self.project is not None
        if self.path is not None and self.saved_elsewhere() is not None:
            # Another window saved this file: "Save as…" must not write this window's article into it first.
            return fresh_copy(destination, article, self.files, self.project)
        try:
            self._sync_photos(article, self.project)
            return self.project.save_as(destination, article)
        except InputError:  # the current file is the problem: build the copy without writing into it
            return fresh_copy(destination, article, self.files, self.project)

    def autosave(self, article: Article, report: Callable[[str | None], None] = _ignore) -> bool:
        """Write unsaved work into the project on the writer thread (an fsync never stalls typing); True if queued.

        ``report(None)`` when it is on disk, ``report(message)`` when it is not (the message says whether a
        recovery copy outside the file holds it). Not queued while photos are still being copied in."""
        if not self.active or self.pending or self._autosaving:
            return False
        self._autosaving = True
        epoch, files, source, origin = self._epoch, dict(self.files), self.source, self.path
        name = self.display_name() or render(msg("session.new_article"))

        def work() -> str | None:
            """None when the article is in its project; otherwise what to tell the reporter."""
            with self.lock:
                project = self.project
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

        def done(problem: str | None) -> None:
            self._autosaving = False
            if problem is None:
                self.rescue.drop()
            report(problem)

        self.writer.submit(work, done, lambda error: done(error.one_line()))
        return True

    # -- closing and export --------------------------------------------------------------------------------

    def close(self, *, keep_unsaved: bool = False) -> None:
        """Close the project. ``keep_unsaved``: unsaved work stays on disk (its autosave, its recovery project) to
        be offered back later; otherwise it is dropped (the reporter said so, or nothing changed)."""
        if not self.active and self.project is None:
            return
        self.settle()
        self._epoch += 1
        with self.lock:
            project, self.project = self.project, None
            if project is not None:
                if self.path is not None and not keep_unsaved:
                    with contextlib.suppress(InputError):
                        project.discard_autosave()
                project.close()
        if self.recovery is not None and not keep_unsaved:
            delete_recovery(self.recovery)
        if keep_unsaved:
            self.rescue.release()
        else:
            self.rescue.drop()
        self._seen_saved_at = None
        self._release_lock()
        with self._names:
            self.files.clear()
            self.pending.clear()
            self._waiting.clear()
        self.path = self.source = self.recovery = None

    def _release_lock(self) -> None:
        if self._held is not None:
            self._held.release()
            self._held = None

    def opened_for_export(self, article: Article) -> OpenedArticle:
        """``article`` with its photos as exporters read them (waits for photos still being copied in).

        Safe from a worker thread when ``article`` is a snapshot taken on the owner's thread."""
        self.settle(120)
        with self.lock:
            if self.project is None:
                raise InputError(msg("session.nothing_open"))
            photos = ProjectPhotos(self.project)
        return OpenedArticle(article, LockedPhotos(photos, self.lock), self.path or self.source or Path("bai-viet"))


def _require_title(article: Article) -> None:
    if not article.title.strip():
        raise InputError(msg("session.no_title"))
