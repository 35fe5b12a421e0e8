"""Open an article from any supported input (interchange JSON or project file) with a way to reach its photos."""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import logging
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from editor.errors import InputError
from editor.files.atomic import atomic_output, refusing_write_errors, write_bytes_atomic
from editor.files.paths import cache_dir
from editor.messages import msg
from editor.model.article import Article
from editor.model.interchange import article_to_json_text, image_file_problem, read_article_json
from editor.model.photos import OpenedArticle
from editor.storage.project import SUFFIX, Project

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FolderPhotos:
    """Photos next to an interchange JSON file."""

    base_dir: Path

    @property
    def root(self) -> Path:
        return self.base_dir.resolve()

    def path(self, name: str) -> Path:
        problem = image_file_problem(self.base_dir, name)
        if problem:
            raise InputError(problem, source=self.base_dir)
        return (self.base_dir / name).resolve()


class ProjectPhotos:
    """Photos kept as blobs in a project file, written once to the cache folder under their hash.

    The cache is content-addressed and verified: a photo is written there only after its bytes matched their
    hash in the project, and a cached copy is used only while its bytes match the hash it is filed under (one
    that does not is deleted, logged, and written again). A cache that cannot be written (full, read-only) is
    not an error: the photos go to a private temporary folder for this export instead.
    """

    def __init__(self, project: Project, folder: Path | None = None) -> None:
        self.project = project
        self.names: dict[str, str] = {}  # file path handed out → the photo's name in the article, for messages
        self._fallback: Path | None = None
        try:
            self.folder = (folder or cache_dir() / "originals").resolve()
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.folder = Path(folder or "originals")
            self._use_fallback(exc)

    @property
    def root(self) -> Path:
        """The folder the photo handed out last lies in (the temporary one once the cache has failed)."""
        return self._fallback or self.folder

    def sha256(self, name: str) -> str | None:
        """The hash the project stores for the photo, read without its bytes (renditions are cached under it)."""
        return self.project.photo_sha256(name)

    def path(self, name: str) -> Path:
        digest = self.project.verify_photo(name)  # InputError naming the photo when its bytes are damaged
        # Under its hash (written once, shared by projects) but keeping the photo's own file name, so a message
        # about the file names the photo the reporter knows.
        file_name = PurePosixPath(name).name
        if self._fallback is None:
            target = self.folder / digest / file_name
            try:
                if not _cached_intact(target, digest):
                    target.parent.mkdir(parents=True, exist_ok=True)
                    write_bytes_atomic(target, self.project.photo_bytes(name), raw_errors=True)
                self.names[str(target)] = name
                return target
            except OSError as exc:
                self._use_fallback(exc)
        assert self._fallback is not None
        target = self._fallback / digest / file_name
        try:
            if not target.is_file():
                target.parent.mkdir(parents=True, exist_ok=True)
                write_bytes_atomic(target, self.project.photo_bytes(name), raw_errors=True)
        except OSError:
            label = self.project.photo_label(name)
            raise InputError(msg("storage.no_space_for_photos", photo=label), source=self.project.path) from None
        self.names[str(target)] = name
        return target

    def _use_fallback(self, exc: OSError) -> None:
        log.warning("photo cache %s cannot be written (%s); using a temporary folder", self.folder, exc)
        try:
            self._fallback = Path(tempfile.mkdtemp(prefix="banthao-photos-")).resolve()
        except OSError:
            label = msg("storage.the_photos")
            raise InputError(msg("storage.no_space_for_photos", photo=label), source=self.project.path) from None
        atexit.register(shutil.rmtree, self._fallback, ignore_errors=True)

    def close(self) -> None:
        """Remove the temporary folder, if the cache failed and one was made."""
        if self._fallback is not None:
            shutil.rmtree(self._fallback, ignore_errors=True)
            self._fallback = None

    def explain(self, error: InputError) -> InputError:
        """The same error naming the project file and the photo instead of a cache file."""
        name = self.names.get(error.source or "")
        if name is None:
            return error
        label = self.project.photo_label(name)
        where = error.where if error.where is not None else label
        problem = error.message if error.message else error.problem
        return InputError(problem, source=self.project.path, where=where)


@dataclass
class LockedPhotos:
    """ProjectPhotos for an export thread: every read of the SQLite connection holds the open project's lock
    (``workspace.Workspace.lock``), which the app's writer thread holds for its writes."""

    photos: ProjectPhotos
    lock: threading.RLock
    names: dict[str, str] = field(default_factory=dict)  # cached file path → the photo's name, for messages

    @property
    def root(self) -> Path:
        return self.photos.root

    @property
    def project(self) -> Project:
        """The project the photos come from (hand-off versions read it; see ``editor.handoff.project_of``)."""
        return self.photos.project

    def sha256(self, name: str) -> str | None:
        """The stored hash (export looks its renditions up by it and then needs no copy of the original)."""
        with self.lock:
            return self.photos.sha256(name)

    def path(self, name: str) -> Path:
        with self.lock:
            path = self.photos.path(name)
        self.names[str(path)] = name
        return path

    def explain(self, message: str) -> str:
        """A writer's message with cache file names (sha256.jpg) replaced by the photo's own name."""
        for path, name in self.names.items():
            message = message.replace(path, name)
        return message


_verified_files: dict[tuple[str, int, int, int], str] = {}  # (path, size, mtime, inode) → sha256, this process


def _cached_intact(target: Path, digest: str) -> bool:
    """True when ``target`` holds exactly the bytes of ``digest``; a file that does not is removed (and logged)."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return False
    key = (str(target), st.st_size, st.st_mtime_ns, st.st_ino)
    if _verified_files.get(key) == digest:
        return True
    actual = hashlib.sha256()
    with target.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            actual.update(chunk)
    if actual.hexdigest() == digest:
        _verified_files[key] = digest
        return True
    log.warning("cached photo %s does not match its hash; removed", target)
    with contextlib.suppress(OSError):
        target.unlink()
    return False


@dataclass
class _ProjectOwner:
    """What an opened project holds: the file, and the temporary photo folder if the cache could not be used."""

    project: Project
    photos: ProjectPhotos

    def close(self) -> None:
        self.photos.close()
        self.project.close()


def explain(opened: OpenedArticle, error: InputError) -> InputError:
    """An exporter's error naming the article's photo and the project, never a cache file."""
    return opened.photos.explain(error) if isinstance(opened.photos, ProjectPhotos) else error


def resolve_input(path: Path) -> Path:
    """A folder stands for the ``article.json`` inside it."""
    path = Path(path)
    if path.is_dir() and (path / "article.json").is_file():
        return path / "article.json"
    return path


PROJECT, JSON = "project", "json"


def input_kind(path: Path) -> str:
    """What an input is, by its suffix: ``PROJECT`` or ``JSON``; InputError for a missing or unsupported file.

    ``path`` is already resolved (``resolve_input``). The one dispatch every opener (CLI, app) goes through."""
    if not path.exists():
        raise InputError(msg("file.missing"), source=path)
    if path.suffix.lower() == SUFFIX:
        return PROJECT
    if path.suffix.lower() == ".json":
        return JSON
    raise InputError(msg("file.unsupported-type"), source=path)


def open_article(path: Path) -> OpenedArticle:
    """Open a JSON article (photos beside it) or a project file (photos inside it)."""
    path = resolve_input(path)
    if input_kind(path) == PROJECT:
        project = Project.open(path)
        # Headless commands work on the saved state; only the app offers autosaved work back.
        photos = ProjectPhotos(project)
        return OpenedArticle(project.load(), photos, path, _ProjectOwner(project, photos))
    return OpenedArticle(read_article_json(path), FolderPhotos(path.parent), path)


def json_to_project(json_path: Path, project_path: Path) -> Article:
    """Make a project holding the article and the original bytes of every photo (atomic: all or nothing)."""
    json_path = resolve_input(json_path)
    article = read_article_json(json_path)
    photos = FolderPhotos(json_path.parent)
    with atomic_output(Path(project_path)) as tmp:
        project = Project.create(tmp, article)
        try:
            for name in article.image_names():
                project.add_photo(name, photos.path(name))
            project.save(article)
        finally:
            project.close()
    return article


def project_to_json(project_path: Path, json_path: Path) -> Article:
    """Write the article JSON and every original photo (byte-identical) beside it, under their names."""
    json_path = Path(json_path)
    created: list[Path] = []  # files and folders this conversion made, removed again if it fails
    with Project.open(Path(project_path)) as project:  # refuses a project with a damaged photo, naming it
        article = project.load()
        if not article.title.strip():  # a draft may lack one; the interchange format requires it
            raise InputError(msg("convert.untitled"), source=project_path, where="title")
        try:
            with refusing_write_errors(json_path):
                _make_dirs(json_path.parent, created)
                for name in article.image_names():
                    target = json_path.parent / name
                    _make_dirs(target.parent, created)
                    existed = target.exists()
                    write_bytes_atomic(target, project.photo_bytes(name), raw_errors=True)
                    if not existed:
                        created.append(target)
                write_bytes_atomic(json_path, article_to_json_text(article).encode("utf-8"), raw_errors=True)
        except BaseException:
            for path in reversed(created):
                with contextlib.suppress(OSError):
                    path.rmdir() if path.is_dir() else path.unlink()
            raise
    return article


def _make_dirs(folder: Path, created: list[Path]) -> None:
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
        created.append(path)
