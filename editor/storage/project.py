"""The project file (``*.banthao``): SQLite as the application file format.

One file holds the article (interchange JSON text) and the original photos as content-addressed blobs (sha256), so a
project can be mailed and loses nothing when the source folder is gone. SQLite rewrites only the pages that change, so
saving a one-character edit costs the same whatever the photos weigh, and its rollback journal makes every save
all-or-nothing even when the process is killed mid-write. The journal mode stays DELETE (not WAL) so that a closed
project is always exactly one file.

Tables:
- ``article``: the saved article (one row).
- ``autosave``: unsaved work written every few seconds of idle; newer than ``article`` after a crash → offer restore.
- ``photos``: photo name inside the article (``images/p01.jpg``) → sha256 of its original bytes.
- ``blobs``: sha256 → original bytes, byte-identical to what the reporter brought.
- ``meta``: key/value facts (app version that wrote it, created time).
- ``versions``: every hand-off to the desk (schema 2; see ``editor/storage/versions.py``, which also migrates).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from editor import __version__
from editor.errors import InputError
from editor.files.atomic import refusing_write_errors, write_bytes_atomic, write_refusal
from editor.messages import Message, msg
from editor.messages.log import log_cause
from editor.model.article import Article
from editor.model.interchange import article_from_json_text, article_to_json_text
from editor.storage import integrity, versions
from editor.storage.last_good import remember_last_good

SCHEMA_VERSION = 2  # 2: the versions table
APPLICATION_ID = 0x42545448  # "BTTH": lets `file` and our own open tell a project from any other SQLite file
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".banthao"
MEMORY = ":memory:"  # SQLite's in-memory database, never a file (``expected_tables`` builds one)
# What a damaged file can raise from SQLite: its own errors, or undecodable text in a damaged row.
DAMAGE_ERRORS = (sqlite3.Error, UnicodeDecodeError)

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE article (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, saved_at TEXT NOT NULL);
CREATE TABLE autosave (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL, saved_at TEXT NOT NULL);
CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE photos (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL REFERENCES blobs (sha256));
"""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def free_name(wanted: str, taken: set[str]) -> str:
    """``wanted``, or ``stem-2.ext``, ``stem-3.ext``… the first not in ``taken``."""
    if wanted not in taken:
        return wanted
    stem, dot, ext = wanted.rpartition(".")
    if not dot:
        stem, ext = wanted, ""
    counter = 2
    while f"{stem}-{counter}{dot}{ext}" in taken:
        counter += 1
    return f"{stem}-{counter}{dot}{ext}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True, slots=True)
class Recovery:
    """Unsaved work found in a project: the autosaved article and when it was written."""

    article: Article
    saved_at: str


class Project:
    """An open project file. Use as a context manager or call ``close()``.

    Photos are added as soon as the reporter brings them (``add_photo``), so they are safe in the file before the
    first explicit save; ``save`` then writes the article and drops photos no article refers to any more.
    """

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection
        self.verified: set[str] = set()  # sha256 of blobs whose bytes were checked against it
        self._intact = False  # every photo was found intact at open: remembered at close (see integrity)
        self._numbers: dict[str, int] = {}  # photo name → its number in the article, for messages

    # -- opening --------------------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, article: Article) -> Project:
        """A new project at ``path`` holding ``article`` (its photos must be added before they are exported)."""
        path = Path(path)
        if str(path) != MEMORY and path.exists():
            path.unlink()
        db = _connect(path)
        try:
            db.execute("BEGIN")  # one transaction: one journal and one set of syncs for the whole new file
            for statement in filter(str.strip, _SCHEMA.split(";")):
                db.execute(statement)
            versions.migrate(db, 1)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [("created_at", _now()), ("written_by", f"Bản Thảo {__version__}")],
            )
            db.execute(
                "INSERT INTO article (id, json, saved_at) VALUES (1, ?, ?)", (article_to_json_text(article), _now())
            )
            db.commit()
        except BaseException:
            db.close()
            raise
        return cls(path, db)

    @classmethod
    def open(cls, path: Path) -> Project:
        """Open an existing project, or raise InputError saying plainly what is wrong with the file."""
        path = Path(path)
        _check_header(path)
        _check_trusted(path)  # on a read-only connection: a file we cannot trust is never written to
        try:
            db = _connect(path)
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except DAMAGE_ERRORS as exc:
            raise _damaged(exc, path) from None
        project = cls(path, db)
        try:
            if version < SCHEMA_VERSION:
                project._migrate(version)
            article = project.load()  # fail now, at open, rather than later in the UI
            project.verify(article, hashes=not integrity.verified_before(path))
        except BaseException:
            db.close()
            raise
        project._remember(article)
        return project

    def verify(self, article: Article, *, hashes: bool = True) -> None:
        """Check every photo of ``article`` against its hash and size; InputError naming the damaged ones.

        ``hashes=False`` (a file unchanged since we last verified it) checks rows and sizes only; each photo's
        bytes are then still checked against its hash when it is used (``photo_bytes``, ``verify_photo``).
        """
        self._number(article)
        try:
            damaged, verified = integrity.damaged_photos(self._db, [f.image for f in article.figures], hashes=hashes)
        except DAMAGE_ERRORS as exc:
            raise _damaged(exc, self.path) from None
        self.verified |= verified
        if damaged:
            integrity.forget_verified(self.path)
            raise integrity.damage_error(damaged, self.path)
        self._intact = True

    def close(self) -> None:
        self._db.close()
        if self._intact:  # nothing found damaged while open: the next open need not hash the photos again
            integrity.remember_verified(self.path)

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the article ----------------------------------------------------------------------------------------

    def load(self) -> Article:
        """The saved article."""
        row = self._query_one("SELECT json FROM article WHERE id = 1", what=msg("project.part.article"))
        if row is None:
            raise InputError(msg("project.no-article"), source=self.path)
        return self._article_from(row[0], "article")

    def recovery(self) -> Recovery | None:
        """Autosaved work newer than the last explicit save, if any (what the app offers to restore)."""
        row = self._query_one("SELECT json, saved_at FROM autosave WHERE id = 1", what=msg("project.part.autosave"))
        if row is None:
            return None
        return Recovery(self._article_from(row[0], "autosave"), row[1])

    def saved_at(self) -> str | None:
        """When the article was last saved (UTC ISO text), or None when that cannot be read."""
        try:
            row = self._query_one("SELECT saved_at FROM article WHERE id = 1", what=msg("project.part.article"))
        except InputError:
            return None
        return row[0] if row else None

    def _article_from(self, text: str, table: str) -> Article:
        try:
            article = article_from_json_text(text, source=self.path, require_title=False)  # drafts may lack one
        except InputError as error:
            raise error.located(where_prefix=table) from None
        missing = [name for name in article.image_names() if self.photo_sha256(name) is None]
        if missing:
            self._number(article)
            raise self._damaged(missing[0], msg("storage.reason_missing"))
        return article

    def _number(self, article: Article) -> None:
        self._numbers = {name: n for n, name in integrity.numbered_photos([f.image for f in article.figures])}

    def photo_label(self, name: str) -> Message:
        """ "Ảnh 2 (images/cong-an.jpg)": the photo as the article numbers it, for messages."""
        return integrity.photo_label(self._numbers.get(name, 0), name)

    def _damaged(self, name: str, reason: object) -> InputError:
        self._intact = False
        integrity.forget_verified(self.path)
        number = self._numbers.get(name, 0)
        return integrity.damage_error([integrity.DamagedPhoto(number, name, reason)], self.path)  # type: ignore[arg-type]

    def save(self, article: Article) -> None:
        """Write the article as the saved state, in one transaction; unreferenced photos are dropped."""
        self._require_photos(article)
        self._number(article)
        with self._write() as db:
            db.execute(
                "UPDATE article SET json = ?, saved_at = ? WHERE id = 1", (article_to_json_text(article), _now())
            )
            db.execute("DELETE FROM autosave")
            self._drop_unreferenced(db, article)
        self._remember(article)

    def autosave(self, article: Article) -> None:
        """Keep unsaved work in the file without touching the saved article; costs milliseconds, not photo size."""
        self._require_photos(article)
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO autosave (id, json, saved_at) VALUES (1, ?, ?)",
                (article_to_json_text(article), _now()),
            )
        self._remember(article)

    def discard_autosave(self) -> None:
        with self._write() as db:
            db.execute("DELETE FROM autosave")

    def save_as(self, destination: Path, article: Article) -> Project:
        """Save, then write a complete copy to ``destination`` atomically; returns the project opened there."""
        self.save(article)
        destination = Path(destination)
        tmp: Path | None = None
        try:
            with refusing_write_errors(destination):
                fd, tmp_name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=destination.parent)
                os.close(fd)
                tmp = Path(tmp_name)
                target = _connect(tmp)
                try:
                    with target:
                        self._db.backup(target)
                finally:
                    target.close()
                os.replace(tmp, destination)
        except BaseException:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    tmp.unlink()
            raise
        return Project.open(destination)

    # -- photos ---------------------------------------------------------------------------------------------

    def add_photo(self, name: str, source: Path) -> str:
        """Store the original bytes of ``source`` under ``name``; returns the sha256. Idempotent."""
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            log_cause(source, exc)
            raise InputError(msg("project.photo-unreadable"), source=source) from None
        return self.add_photo_bytes(name, data)

    def add_photo_bytes(self, name: str, data: bytes) -> str:
        """Store ``data`` under its own sha256 (computed here, so the key never lies); a damaged blob already
        stored under that key is replaced by these good bytes rather than kept."""
        digest = hashlib.sha256(data).hexdigest()
        with self._write() as db:
            row = db.execute("SELECT rowid, size, length(data) FROM blobs WHERE sha256 = ?", (digest,)).fetchone()
            intact = row is not None and row[1] == row[2] == len(data) and integrity.blob_digest(db, row[0]) == digest
            if not intact:
                db.execute("INSERT OR REPLACE INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                           (digest, len(data), data))  # fmt: skip
            db.execute("INSERT OR REPLACE INTO photos (name, sha256) VALUES (?, ?)", (name, digest))
        self.verified.add(digest)
        return digest

    def photo_names(self) -> list[str]:
        try:
            return [row[0] for row in self._db.execute("SELECT name FROM photos ORDER BY name")]
        except DAMAGE_ERRORS as exc:
            log_cause(self.path, exc)
            raise InputError(
                msg("project.damaged-part", part=msg("project.part.photo-list")), source=self.path
            ) from None

    def photo_sha256(self, name: str) -> str | None:
        row = self._query_one("SELECT sha256 FROM photos WHERE name = ?", (name,), what=msg("project.part.photo-list"))
        return row[0] if row else None

    def photo_bytes(self, name: str) -> bytes:
        row = self._query_one(
            "SELECT b.data, p.sha256 FROM photos p JOIN blobs b ON b.sha256 = p.sha256 WHERE p.name = ?",
            (name,),
            what=msg("project.part.photo", name=name),
        )
        if row is None or row[0] is None:
            raise self._damaged(name, msg("storage.reason_missing"))
        data, digest = bytes(row[0]), row[1]
        if not data:
            raise self._damaged(name, msg("storage.reason_empty"))
        if hashlib.sha256(data).hexdigest() != digest:  # checked on every use: bytes that lie never leave the file
            raise self._damaged(name, msg("storage.reason_hash"))
        self.verified.add(digest)  # type: ignore[arg-type]
        return data

    def verify_photo(self, name: str) -> str:
        """The sha256 of photo ``name`` once its bytes are known to match it (InputError naming the photo if not)."""
        digest = self.photo_sha256(name)
        if digest is None:
            raise self._damaged(name, msg("storage.reason_missing"))
        if digest not in self.verified:
            try:
                problem, _ = integrity.photo_problem(self._db, name)
            except DAMAGE_ERRORS as exc:
                raise _damaged(exc, self.path) from None
            if problem is not None:
                raise self._damaged(name, problem)
            self.verified.add(digest)
        return digest

    def export_photo(self, name: str, destination: Path) -> Path:
        """Write the original bytes of a photo to ``destination`` (atomically) and return it."""
        write_bytes_atomic(destination, self.photo_bytes(name))
        return destination

    def unique_photo_name(self, wanted: str) -> str:
        """``wanted`` or ``stem-2.ext``… so two photos called IMG_0001.jpg from two cameras both fit."""
        return free_name(wanted, set(self.photo_names()))

    def _remember(self, article: Article) -> None:
        """Keep a small last-good copy of the article text outside the file, for salvage after damage."""
        photos = {name: digest for name in article.image_names() if (digest := self.photo_sha256(name))}
        remember_last_good(self.path, article_to_json_text(article), photos, _now())

    # -- internals ------------------------------------------------------------------------------------------

    def _migrate(self, version: int) -> None:
        """An older project gains the newer tables; a read-only one still opens (without versions)."""
        try:
            with self._db:
                versions.migrate(self._db, version)
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.OperationalError:
            pass  # read-only file or folder: open as it is; recording a version will say why it cannot

    def _require_photos(self, article: Article) -> None:
        missing = [name for name in article.image_names() if self.photo_sha256(name) is None]
        if missing:
            raise InputError(msg("project.photo-never-added", name=missing[0]), source=self.path)

    def _drop_unreferenced(self, db: sqlite3.Connection, article: Article) -> None:
        keep = set(article.image_names())
        autosaved = db.execute("SELECT json FROM autosave WHERE id = 1").fetchone()
        if autosaved:
            keep |= set(article_from_json_text(autosaved[0], require_title=False).image_names())
        for (name,) in db.execute("SELECT name FROM photos").fetchall():
            if name not in keep:
                db.execute("DELETE FROM photos WHERE name = ?", (name,))
        keep_blobs = "SELECT sha256 FROM photos"
        if versions.has_versions_table(db):  # a version's photos stay: sending it again must not lose them
            keep_blobs += " UNION " + versions.VERSION_BLOBS_SQL
        db.execute(f"DELETE FROM blobs WHERE sha256 NOT IN ({keep_blobs})")

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction; a full disk, a read-only disk or damage is a clear refusal and the file stays as it was
        (SQLite's rollback journal undoes the partial transaction)."""
        try:
            with self._db:
                yield self._db
        except (sqlite3.Error, OSError) as exc:
            raise write_refusal(exc, self.path) from None
        except UnicodeDecodeError as exc:
            raise _damaged(exc, self.path) from None

    def _query_one(self, sql: str, params: Iterable[object] = (), *, what: Message) -> tuple | None:
        try:
            return self._db.execute(sql, tuple(params)).fetchone()
        except DAMAGE_ERRORS as exc:
            log_cause(self.path, exc)
            raise InputError(msg("project.damaged-part", part=what), source=self.path) from None


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level="DEFERRED", check_same_thread=False)
    integrity.harden(db)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _check_header(path: Path) -> None:
    try:
        if not path.is_file():
            raise InputError(msg("file.not-regular" if path.exists() else "file.missing"), source=path)
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        log_cause(path, exc)
        raise InputError(msg("file.cannot-read"), source=path) from None
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise InputError(msg("project.not-sqlite"), source=path)
    if head[18] == 2 or head[19] == 2:  # WAL: changes would sit in a -wal file, and opening writes the header
        raise InputError(msg("storage.wal"), source=path)


@functools.cache
def expected_tables() -> dict[str, tuple[integrity.Column, ...]]:
    """The tables and columns of a project as ``Project.create`` makes it today (what an opened file must have)."""
    project = Project.create(Path(MEMORY), Article())  # no file, no fsync
    try:
        return integrity.read_tables(project._db)
    finally:
        project.close()


def _check_trusted(path: Path) -> None:
    """Our application id, a format we know, exactly our schema: checked read-only, before anything is written."""
    journal = Path(f"{path}-journal")
    if journal.exists():
        # A save interrupted by a crash left a hot journal: SQLite rolls it back on the first read, which needs a
        # writable connection. It restores the pages as they were before that save; nothing of ours is written.
        try:
            with contextlib.closing(_connect_plain(path)) as db:
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DAMAGE_ERRORS as exc:
            raise _damaged(exc, path) from None
    try:
        db = integrity.connect_read_only(path)
    except DAMAGE_ERRORS as exc:
        raise _damaged(exc, path) from None
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise InputError(msg("storage.not_ours"), source=path)
        if version > SCHEMA_VERSION:
            raise InputError(msg("storage.future_version", version=version, known=SCHEMA_VERSION), source=path)
        if version < 1:
            raise InputError(msg("storage.unknown_version", version=version), source=path)
        integrity.check_schema(db, path, version, SCHEMA_VERSION, expected_tables())
    except DAMAGE_ERRORS as exc:
        raise _damaged(exc, path) from None
    finally:
        db.close()


def _connect_plain(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, check_same_thread=False)
    integrity.harden(db)
    return db


def _damaged(exc: BaseException, source: Path) -> InputError:
    """The reporter's line for an unreadable project; SQLite's own words go to the log."""
    log_cause(source, exc)
    return InputError(msg("storage.damaged"), source=source)
