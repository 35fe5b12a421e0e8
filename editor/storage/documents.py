"""Open an article from any supported input (interchange JSON or project file) with a way to reach its photos."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from editor.errors import InputError
from editor.files.atomic import atomic_output, write_bytes_atomic
from editor.files.paths import cache_dir
from editor.messages import msg
from editor.model.article import Article
from editor.model.interchange import article_to_json_text, image_file_problem, read_article_json
from editor.model.photos import OpenedArticle
from editor.storage.project import SUFFIX, Project


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
    """Photos kept as blobs in a project file, written once to the cache folder under their hash."""

    def __init__(self, project: Project, folder: Path | None = None) -> None:
        self.project = project
        self.folder = (folder or cache_dir() / "originals").resolve()
        self.folder.mkdir(parents=True, exist_ok=True)

    @property
    def root(self) -> Path:
        return self.folder

    def path(self, name: str) -> Path:
        digest = self.project.photo_sha256(name)
        if digest is None:
            raise InputError(msg("project.photo-not-in-project", name=name), source=self.project.path)
        # Under its hash (written once, shared by projects) but keeping the photo's own file name, so a message
        # about the file names the photo the reporter knows.
        target = self.folder / digest / PurePosixPath(name).name
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(target, self.project.photo_bytes(name))
        return target


def resolve_input(path: Path) -> Path:
    """A folder stands for the ``article.json`` inside it."""
    path = Path(path)
    if path.is_dir() and (path / "article.json").is_file():
        return path / "article.json"
    return path


def open_article(path: Path) -> OpenedArticle:
    """Open a JSON article (photos beside it) or a project file (photos inside it)."""
    path = resolve_input(path)
    if not path.exists():
        raise InputError(msg("file.missing"), source=path)
    if path.suffix.lower() == SUFFIX:
        project = Project.open(path)
        # Headless commands work on the saved state; only the app offers autosaved work back.
        return OpenedArticle(project.load(), ProjectPhotos(project), path, project)
    if path.suffix.lower() == ".json":
        return OpenedArticle(read_article_json(path), FolderPhotos(path.parent), path)
    raise InputError(msg("file.unsupported-type"), source=path)


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
    with Project.open(Path(project_path)) as project:
        article = project.load()
        if not article.title.strip():  # a draft may lack one; the interchange format requires it
            raise InputError(msg("convert.untitled"), source=project_path, where="title")
        json_path.parent.mkdir(parents=True, exist_ok=True)
        for name in article.image_names():
            target = json_path.parent / name
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(target, project.photo_bytes(name))
    write_bytes_atomic(json_path, article_to_json_text(article).encode("utf-8"))
    return article
