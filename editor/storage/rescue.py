"""Keeping work safe when the project file cannot be written: readable errors and a recovery copy elsewhere.

A failing autosave (full disk, a file removed or damaged under the app, a bug) writes the article, with its photos,
into a recovery project in the recovery folder instead, so a crash still loses only seconds; the start-up offer of
unsaved work finds it like any crashed session's. "Save as…" after a failed save builds a fresh project
(``fresh_copy``) without writing into the file that failed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import traceback
import uuid
from collections.abc import Mapping
from pathlib import Path

from editor.errors import InputError
from editor.files.paths import cache_dir
from editor.messages import msg
from editor.model.article import Article
from editor.storage.lock import LockFile
from editor.storage.project import SUFFIX, Project
from editor.storage.recovery import delete_recovery, sidecar

log = logging.getLogger(__name__)


def error_log() -> Path:
    return cache_dir() / "error.log"


def readable(exc: BaseException) -> InputError:
    """``exc`` as a message a reporter can read: an InputError as it is; anything else is logged with its
    traceback, and the reporter reads that Bản Thảo failed inside (never a Python exception's name)."""
    if isinstance(exc, InputError):
        return exc
    log.error("unexpected failure while writing the article", exc_info=exc)
    try:
        with error_log().open("a", encoding="utf-8") as out:
            out.write("".join(traceback.format_exception(exc)) + "\n")
    except OSError:
        pass
    return InputError(msg("session.internal_error", log=str(error_log())))


def fresh_copy(destination: Path, article: Article, files: Mapping[str, Path], project: Project) -> Project:
    """A complete new project at ``destination`` (written aside, then moved in): the article, and each photo from
    its file or from ``project``. Used when ``project`` itself cannot be written."""
    fd, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=destination.parent)
    os.close(fd)
    part = Path(name)
    try:
        with Project.create(part, article) as fresh:
            for image in article.image_names():
                if image in files and Path(files[image]).is_file():
                    fresh.add_photo(image, files[image])
                else:
                    fresh.add_photo_bytes(image, project.photo_bytes(image))
        os.replace(part, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return Project.open(destination)


class Rescue:
    """A recovery project outside the reporter's file, written when autosaving into that file fails."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path: Path | None = None
        self._lock: LockFile | None = None

    def write(self, article: Article, files: Mapping[str, Path], project: Project | None,
              source: Path | None, origin: Path | None) -> Path:  # fmt: skip
        """Autosave ``article`` into the recovery copy (made on first use); photos from their files or the project."""
        if self.path is None or not self.path.exists():
            target = self.folder / f"{uuid.uuid4().hex}{SUFFIX}"
            lock = LockFile(target)
            lock.acquire()  # ours while the app runs: another app must not offer it as a crashed session's
            try:
                sidecar(target, source, origin)
                Project.create(target, Article(title=article.title)).close()
            except BaseException:
                lock.release()
                delete_recovery(target)
                raise
            self.path, self._lock = target, lock
        with Project.open(self.path) as rescue:
            for name in article.image_names():
                if rescue.photo_sha256(name) is not None:
                    continue
                if name in files and Path(files[name]).is_file():
                    rescue.add_photo(name, files[name])
                elif project is not None:
                    rescue.add_photo_bytes(name, project.photo_bytes(name))
            rescue.autosave(article)
        return self.path

    def drop(self) -> None:
        """The work is safe in the reporter's file again (or was discarded): the copy goes."""
        if self.path is not None:
            delete_recovery(self.path)
        self.release()

    def release(self) -> None:
        """Keep the copy on disk (unsaved work) but let a later start offer it back."""
        if self._lock is not None:
            self._lock.release()
        self.path, self._lock = None, None
