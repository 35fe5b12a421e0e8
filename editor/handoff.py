"""Corrections for the desk: compare the article with a reference (REF) and export the changes.

A layer above export and storage (REF may be a project version), beside the checks.

REF is a version number of the project (``3``, ``v3``), an article ``.json``, a ``.banthao`` project (its saved
article) or a DOCX that Bản Thảo exported (the source article it carries). Both sides go through the same IR
builder and outlet profile as a plain export, then ``editor.diff`` aligns them and the DOCX revisions writer marks
every difference. A REF that cannot be read, is not an article or comes from a newer format is one ``InputError``
naming it.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from editor.diff import Change, align, units_from_article, units_from_ir
from editor.diff.words import Seg, similarity
from editor.errors import InputError
from editor.export.progress import Progress
from editor.messages import msg
from editor.model.article import Article
from editor.model.interchange import read_article_json
from editor.model.photos import OpenedArticle, PhotoSource
from editor.storage.documents import LockedPhotos, open_article
from editor.storage.project import SUFFIX, Project
from editor.text.profile import OutletProfile

_VERSION_REF = re.compile(r"^[vV#]?(\d{1,9})$")
OTHER_ARTICLE_BELOW = 0.2  # word likeness under which REF is probably another article


@dataclass
class Side:
    """One side of a comparison: the article, a way to its photos, and each photo's hash."""

    article: Article
    photos: PhotoSource | None
    hashes: dict[str, str]
    label: str
    close: Callable[[], None] = field(default=lambda: None)


def file_hashes(article: Article, photos: PhotoSource) -> dict[str, str]:
    hashes = {}
    for name in article.image_names():
        try:
            hashes[name] = hashlib.sha256(photos.path(name).read_bytes()).hexdigest()
        except (InputError, OSError):
            hashes[name] = name  # unreadable photo: known by its name; the export says what is wrong with it
    return hashes


def project_of(opened: OpenedArticle | None) -> Project | None:
    """The project behind an opened article: its own, or the one its photo source reads (the app's export)."""
    if opened is None:
        return None
    for candidate in (getattr(opened, "owner", None), getattr(opened.photos, "project", None)):
        if isinstance(candidate, Project):
            return candidate
    return None


def _app_lock(opened: OpenedArticle | None) -> Any:
    """The open project's lock when ``opened`` is the app's (``LockedPhotos``), else None: the app's writer thread
    writes the same SQLite connection (autosave, photo copies) while an export thread reads it."""
    return getattr(getattr(opened, "photos", None), "lock", None)


def project_lock(opened: OpenedArticle | None) -> contextlib.AbstractContextManager[object]:
    """Held around every hand-off read of the app's project (nothing to hold for a file opened here)."""
    lock = _app_lock(opened)
    return lock if lock is not None else contextlib.nullcontext()


def side_of(opened: OpenedArticle) -> Side:
    project = project_of(opened)
    if project is not None:
        with project_lock(opened):
            hashes = {name: d for name in opened.article.image_names() if (d := project.photo_sha256(name))}
    else:
        hashes = file_hashes(opened.article, opened.photos)
    return Side(opened.article, opened.photos, hashes, str(opened.source))


def open_ref(ref: str | Path, current: OpenedArticle | None = None, warnings: list[str] | None = None) -> Side:
    """The reference side named by ``ref`` (see the module docstring)."""
    text = str(ref).strip()
    number = _VERSION_REF.match(text)
    if number and not Path(text).exists():
        project = project_of(current)
        if project is None:
            raise InputError(msg("versions.number_needs_project", ref=text), source=text)
        from editor.storage.versions import VersionPhotos, load_version

        with project_lock(current):
            version = load_version(project, int(number.group(1)))
        photos: PhotoSource = VersionPhotos(project, version.photos)
        lock = _app_lock(current)
        if lock is not None:  # the version's photos are read from the same connection, later, by the writer
            photos = LockedPhotos(photos, lock)  # type: ignore[arg-type]
        return Side(version.article, photos, dict(version.photos), f"#{version.info.number}")
    path = Path(text)
    if not path.exists():
        raise InputError(msg("versions.ref_missing"), source=path)
    suffix = path.suffix.lower()
    if path.is_dir() or suffix == ".json":
        opened = open_article(path)
        return Side(opened.article, opened.photos, file_hashes(opened.article, opened.photos), str(path))
    if suffix == SUFFIX:
        opened = open_article(path)
        side = side_of(opened)
        side.close = opened.close
        return side
    if suffix == ".docx":
        return _docx_ref(path, current, warnings)
    raise InputError(msg("versions.ref_unsupported"), source=path)


def _docx_ref(path: Path, current: OpenedArticle | None, warnings: list[str] | None = None) -> Side:
    """The source article a Bản Thảo DOCX carries. Its photos: the current article's where the name is the same,
    else the picture embedded in that DOCX (the n-th picture for the n-th figure)."""
    try:
        from editor.export.docx.source_part import read_source_article  # type: ignore[import-not-found]
    except ImportError:
        raise InputError(msg("versions.docx_no_source"), source=path) from None
    try:
        record = read_source_article(path)
    except InputError:
        raise
    except Exception as exc:  # a zip that is not one, damaged XML: one line naming the file
        raise InputError(msg("versions.docx_unreadable", problem=f"{type(exc).__name__}: {exc}"), source=path) from None
    if record is None:
        raise InputError(msg("versions.docx_no_source"), source=path)
    article = record.article
    if getattr(record, "edited", False) and warnings is not None:
        warnings.append(str(msg("versions.docx_edited", ref=path.name)))
    current_names = set(current.article.image_names()) if current is not None else set()
    current_hashes = side_of(current).hashes if current is not None else {}
    photos = DocxPhotos(path, article, current.photos if current is not None else None, current_names)
    hashes = {name: current_hashes.get(name) or f"docx:{path.name}:{name}" for name in article.image_names()}
    return Side(article, photos, hashes, str(path))


class DocxPhotos:
    """Photos of a REF DOCX's article: the current photo under the same name, else the DOCX's embedded picture."""

    def __init__(self, docx_path: Path, article: Article, current: PhotoSource | None, names: set[str]) -> None:
        from editor.files.paths import cache_dir

        self.docx_path = Path(docx_path)
        self.current = current
        self.names = names
        self.order = {name: index for index, name in enumerate(f.image for f in article.figures)}
        self.folder = cache_dir() / "ref-docx" / hashlib.sha256(str(self.docx_path.resolve()).encode()).hexdigest()[:16]
        self.folder.mkdir(parents=True, exist_ok=True)
        self.folder = self.folder.resolve()

    @property
    def root(self) -> Path:
        return self.folder

    def path(self, name: str) -> Path:
        if self.current is not None and name in self.names:
            source = self.current.path(name)
            target = self.folder / "current" / PurePosixPath(name).name
            if not target.is_file():
                from editor.files.atomic import write_bytes_atomic

                target.parent.mkdir(parents=True, exist_ok=True)
                write_bytes_atomic(target, source.read_bytes())
            return target
        return self._embedded(self.order.get(name, -1), name)

    def _embedded(self, index: int, name: str) -> Path:
        import zipfile

        from lxml import etree

        from editor.files.atomic import write_bytes_atomic

        try:
            with zipfile.ZipFile(self.docx_path) as package:
                body = etree.fromstring(package.read("word/document.xml"))
                rels = etree.fromstring(package.read("word/_rels/document.xml.rels"))
                targets = {r.get("Id"): r.get("Target") for r in rels}
                embeds = [b.get(f"{{{_R}}}embed") for b in body.iter(f"{{{_A}}}blip")]
                member = "word/" + targets[embeds[index]].lstrip("/").removeprefix("word/")
                data = package.read(member)
        except (KeyError, IndexError, OSError, zipfile.BadZipFile, etree.XMLSyntaxError):
            raise InputError(msg("versions.docx_photo_missing", name=name), source=self.docx_path) from None
        target = self.folder / f"{index:03d}{PurePosixPath(member).suffix}"
        if not target.is_file():
            write_bytes_atomic(target, data)
        return target


_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def read_json_ref(path: Path) -> Article:
    return read_article_json(path)


def other_article_warning(old: Side, new: Side) -> str | None:
    """One line when REF looks like another story: the changes are still all marked."""
    story = ("title", "sapo", "paragraph", "quote", "heading", "figure")  # not the outlet's kicker, byline, source
    a = tuple(Seg(u.text + " ") for u in units_from_article(old.article) if u.kind in story)
    b = tuple(Seg(u.text + " ") for u in units_from_article(new.article) if u.kind in story)
    if similarity(a, b) >= OTHER_ARTICLE_BELOW:
        return None
    return str(msg("versions.other_article", ref=old.label, old=old.article.title[:60], new=new.article.title[:60]))


def compare_articles(old: Side, new: Side, dateline: Callable | None = None) -> list[Change]:
    """The article-level comparison (the app's compare view and ``banthao diff``)."""
    return align(units_from_article(old.article, old.hashes, dateline=dateline),
                 units_from_article(new.article, new.hashes, dateline=dateline))  # fmt: skip


def export_changes(source: Path | OpenedArticle, out: Path, ref: str | Path, *,
                   profile: str | Path | OutletProfile | None = None, docx: object = None, author: str = "",
                   when: datetime | None = None, warnings: list[str] | None = None) -> Iterator[Progress]:  # fmt: skip
    """Export ``source`` to ``out`` (.docx) with every difference from ``ref`` as a Word revision."""
    from editor.export.api import resolve_profile
    from editor.export.build import build_document
    from editor.export.docx.revisions import Revision, export_docx_changes
    from editor.export.options import DocxOptions
    from editor.export.registry import writer_for

    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise InputError(msg("versions.changes_docx_only"), source=out)
    if not out.parent.is_dir():
        raise InputError(msg("export.no-output-folder"), source=out.parent)
    chosen = resolve_profile(profile)
    opened = source if isinstance(source, OpenedArticle) else open_article(Path(source))
    old: Side | None = None
    try:
        yield Progress(0, 1, str(msg("versions.progress_compare")))
        new = side_of(opened)
        old = open_ref(ref, opened, warnings)
        warning = other_article_warning(old, new)
        if warning and warnings is not None:
            warnings.append(warning)
        new_doc = build_document(opened.article, opened.photos, chosen)
        old_doc = build_document(old.article, old.photos or opened.photos, chosen)
        changes = align(units_from_ir(old_doc, old.hashes), units_from_ir(new_doc, new.hashes))
        revision = Revision(author.strip() or "Bản Thảo", when or datetime.now(UTC).replace(microsecond=0))
        options = docx if isinstance(docx, DocxOptions) else DocxOptions()
        options = writer_for(out).for_profile(options, chosen)  # fonts and template from the outlet profile
        yield from export_docx_changes(new_doc, old_doc, changes, out, options, revision)
    finally:
        if old is not None:
            old.close()
        if not isinstance(source, OpenedArticle):
            opened.close()
