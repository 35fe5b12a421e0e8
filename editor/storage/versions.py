"""Hand-off versions: every export to the desk is remembered inside the project file.

A version row holds when it was sent, the file name and format, the outlet profile, the article exactly as sent
(interchange JSON) and the photo map (name → sha256). The photo bytes are already in the ``blobs`` table, and
``Project.save`` keeps every blob a version refers to, so a version costs a few KB of text and never a photo.

Listing reads only the small columns (no article text, no blobs), so the versions dialog opens at once on a project
with dozens of versions. A damaged row is skipped with a message; the others still work.

Schema history (``PRAGMA user_version``): 1 = article, autosave, blobs, photos, meta; 2 = + ``versions``.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any, TypeAlias

from editor.errors import InputError
from editor.messages import msg
from editor.model.article import Article
from editor.model.interchange import article_from_json_text, article_to_json_text

# editor.storage.project.Project, which imports this module for its schema (not imported back: no import circle)
Project: TypeAlias = Any

VERSIONS_TABLE = """
CREATE TABLE versions (
    id INTEGER PRIMARY KEY,
    sent_at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    profile TEXT NOT NULL,
    title TEXT NOT NULL,
    json TEXT NOT NULL,
    photos TEXT NOT NULL
)
"""
# Blobs that some version still refers to (``photos`` is a JSON object name → sha256; a damaged one counts as empty).
VERSION_BLOBS_SQL = (
    "SELECT j.value FROM versions v, json_each(CASE WHEN json_valid(v.photos) THEN v.photos ELSE '{}' END) j"
)
FORMATS = ("docx", "html", "bundle", "changes")


def migrate(db: sqlite3.Connection, from_version: int) -> None:
    """Bring a project file from ``from_version`` to the current schema, in the caller's transaction."""
    if from_version < 2:
        exists = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'versions'").fetchone()
        if not exists:
            db.execute(VERSIONS_TABLE)


def has_versions_table(db: sqlite3.Connection) -> bool:
    try:
        found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'versions'").fetchone()
        return found is not None
    except sqlite3.Error:
        return False


@dataclass(frozen=True, slots=True)
class VersionInfo:
    """One line of the versions list: everything but the article itself."""

    number: int
    sent_at: str  # UTC ISO 8601
    file_name: str
    format: str
    profile: str
    title: str

    def local_time(self) -> str:
        try:
            return datetime.fromisoformat(self.sent_at).astimezone().strftime("%d/%m/%Y %H:%M")
        except ValueError:
            return self.sent_at


@dataclass(frozen=True, slots=True)
class Version:
    info: VersionInfo
    article: Article
    photos: dict[str, str]  # name → sha256, as sent


@dataclass(frozen=True, slots=True)
class Listing:
    versions: tuple[VersionInfo, ...]
    skipped: tuple[str, ...] = ()  # one message per damaged row


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def record(project: Project, article: Article, *, file_name: str, fmt: str, profile: str,
           sent_at: str | None = None) -> int:  # fmt: skip
    """Remember ``article`` as sent to the desk; returns the new version's number (1, 2, …)."""
    photos = {name: digest for name in article.image_names() if (digest := project.photo_sha256(name))}
    missing = [name for name in article.image_names() if name not in photos]
    if missing:
        raise InputError(msg("versions.photo_missing", name=missing[0]), source=project.path)
    with project._write() as db:
        cursor = db.execute(
            "INSERT INTO versions (sent_at, file_name, format, profile, title, json, photos)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (sent_at or _now(), file_name, fmt, profile, article.title.strip(), article_to_json_text(article),
             json.dumps(photos, ensure_ascii=False, sort_keys=True)),
        )  # fmt: skip
        return int(cursor.lastrowid or 0)


def list_versions(project: Project) -> Listing:
    """Every version, oldest first, without reading article texts or photos; damaged rows are skipped."""
    try:
        rows = project._db.execute(
            "SELECT id, sent_at, file_name, format, profile, title FROM versions ORDER BY id"
        ).fetchall()
    except sqlite3.Error as exc:
        return Listing((), (str(msg("versions.unreadable", problem=str(exc))),))
    versions, skipped = [], []
    for row in rows:
        try:
            number, sent_at, file_name, fmt, profile, title = row
            if not isinstance(number, int) or not all(isinstance(v, str) for v in row[1:]):
                raise TypeError
            versions.append(VersionInfo(number, sent_at, file_name, fmt, profile, title))
        except (TypeError, ValueError):
            skipped.append(str(msg("versions.row_damaged", number=row[0] if row else "?")))
    return Listing(tuple(versions), tuple(skipped))


def load_version(project: Project, number: int) -> Version:
    """The article and photo map of version ``number`` (InputError when it is missing or damaged)."""
    try:
        row = project._db.execute(
            "SELECT id, sent_at, file_name, format, profile, title, json, photos FROM versions WHERE id = ?",
            (int(number),),
        ).fetchone()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise InputError(msg("versions.unreadable", problem=str(exc)), source=project.path) from None
    if row is None:
        raise InputError(msg("versions.no_such", number=number), source=project.path)
    try:
        info = VersionInfo(*row[:6])
        article = article_from_json_text(row[6], source=str(project.path), require_title=False)
        photos = json.loads(row[7])
        if not isinstance(photos, dict) or not all(isinstance(v, str) for v in photos.values()):
            raise ValueError("photo map")
    except (InputError, ValueError, TypeError):
        raise InputError(msg("versions.row_damaged", number=number), source=project.path) from None
    return Version(info, article, photos)


def latest_number(project: Project) -> int | None:
    listing = list_versions(project)
    return listing.versions[-1].number if listing.versions else None


def blob_bytes(project: Project, digest: str) -> bytes:
    """The original bytes stored under ``digest`` (a version's photo, whether or not the article still uses it)."""
    row = project._query_one("SELECT data FROM blobs WHERE sha256 = ?", (digest,), what=f"photo {digest[:12]}")
    if row is None:
        raise InputError(msg("versions.photo_gone", digest=digest[:12]), source=project.path)
    return bytes(row[0])


class VersionPhotos:
    """A ``PhotoSource`` for a version's photos: blobs written once to the cache of originals under their hash."""

    def __init__(self, project: Project, photos: dict[str, str], folder: Path | None = None) -> None:
        from editor.files.paths import cache_dir

        self.project = project
        self.photos = dict(photos)
        self.folder = (folder or cache_dir() / "originals").resolve()
        self.folder.mkdir(parents=True, exist_ok=True)

    @property
    def root(self) -> Path:
        return self.folder

    def sha256(self, name: str) -> str | None:
        """The photo's hash as the version recorded it: its renditions are found in the cache without a copy."""
        return self.photos.get(name)

    def path(self, name: str) -> Path:
        digest = self.photos.get(name)
        if digest is None:
            raise InputError(msg("versions.photo_missing", name=name), source=self.project.path)
        target = self.folder / digest / PurePosixPath(name).name
        if not target.is_file():
            from editor.files.atomic import write_bytes_atomic

            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(target, blob_bytes(self.project, digest))
        return target


VERSION_COLUMNS = ("sent_at", "file_name", "format", "profile", "title", "json", "photos")


@dataclass(frozen=True)
class SentRow:
    """One row of the versions table as stored, checked to read back (salvage copies it into a new project)."""

    number: int
    values: tuple[str, ...]  # VERSION_COLUMNS, in order
    photos: dict[str, str]  # name → sha256

    @classmethod
    def checked(cls, number: object, values: tuple[object, ...]) -> SentRow | None:
        """The row when every value is what ``record`` writes and its article reads; else None."""
        if not isinstance(number, int) or len(values) != len(VERSION_COLUMNS):
            return None
        if not all(isinstance(v, str) for v in values):
            return None
        texts = tuple(str(v) for v in values)
        try:
            article_from_json_text(texts[5], require_title=False)
            photos = json.loads(texts[6])
        except (InputError, ValueError, TypeError):
            return None
        if not isinstance(photos, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in
                                                    photos.items()):  # fmt: skip
            return None
        return cls(number, texts, photos)


def put_rows(project: Project, rows: list[SentRow], blobs: dict[str, bytes]) -> None:
    """Store salvaged versions under their old numbers, with the photo bytes they refer to (``blobs``: sha256 →
    bytes, each already checked against its hash)."""
    with project._write() as db:
        for digest, data in blobs.items():
            db.execute("INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)", (digest, len(data), data))
        for row in rows:
            db.execute(
                f"INSERT INTO versions (id, {', '.join(VERSION_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (row.number, *row.values),
            )


def restore_photo_rows(project: Project, version: Version) -> None:
    """Before a version is brought back: each of its photos the article had dropped is listed again (bytes kept)."""
    with project._write() as db:
        for name, digest in version.photos.items():
            if project.photo_sha256(name) is None:
                if db.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (digest,)).fetchone() is None:
                    raise InputError(msg("versions.photo_gone", digest=digest[:12]), source=project.path)
                db.execute("INSERT INTO photos (name, sha256) VALUES (?, ?)", (name, digest))
