"""A project file is input from someone else: open it defensively and verify every photo against its hash.

Defensive opening (``harden``, ``check_schema``):
- SQLite's own guards: ``trusted_schema=OFF`` (functions in a schema may only be innocuous ones), cell-size checks,
  no extension loading, and SQLite's defensive mode where the Python build exposes ``setconfig`` (3.12+, which
  also switches triggers and views off). Python 3.11 has no ``setconfig``, so an authorizer does the same job:
  nothing may run from inside a trigger or a view, and nobody may attach databases, create triggers, views or
  virtual tables, or make the schema writable.
- The schema must be exactly ours. What "ours" means is not written down twice: ``project.expected_tables`` reads
  it from a fresh project made in memory by ``Project.create`` itself, so a new table or a migration in
  ``project.py`` is followed here.
  Views, triggers, virtual tables and tables we never create are refused; an extra index is harmless and ignored.
- The checks run on a read-only connection, so a file that fails them is never written to.

Photos (``damaged_photos``): every photo the article shows needs a photo row, a blob, a declared size equal to the
blob's length, more than zero bytes, and bytes whose sha256 is the blob's key. A damaged photo is named by its
number and name in the article, never by a cache path.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from editor.errors import InputError
from editor.messages import Message, msg

MAX_BLOB_BYTES = 512 * 1024 * 1024  # the safe opener's limit for one photo file
_HEX64 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1 << 20
# Tables SQLite itself creates (ANALYZE statistics, AUTOINCREMENT counters): harmless, never ours to check.
_SQLITE_INTERNAL = re.compile(r"sqlite_(stat\d|sequence)")
# Tables every project format has had since the first; an older format may lack newer tables, never these.
CORE_TABLES = frozenset({"meta", "article", "autosave", "blobs", "photos"})

Column = tuple[str, str, int, int, int]  # name, declared type, not null, primary key position, hidden


# -- defensive connection ------------------------------------------------------------------------------------


_DENIED_ACTIONS = frozenset(
    getattr(sqlite3, name)
    for name in (
        "SQLITE_ATTACH",
        "SQLITE_CREATE_TRIGGER",
        "SQLITE_CREATE_TEMP_TRIGGER",
        "SQLITE_CREATE_VIEW",
        "SQLITE_CREATE_TEMP_VIEW",
        "SQLITE_CREATE_VTABLE",
    )
    if hasattr(sqlite3, name)
)
_DENIED_PRAGMAS = frozenset({"writable_schema", "trusted_schema", "cell_size_check"})


def _authorize(action: int, arg1: str | None, _arg2: str | None, _db: str | None, source: str | None) -> int:
    if source is not None:  # the statement runs on behalf of a trigger or a view: we never create either
        return sqlite3.SQLITE_DENY
    if action in _DENIED_ACTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _DENIED_PRAGMAS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def harden(db: sqlite3.Connection) -> None:
    """Make ``db`` refuse what a crafted file could make it do (see the module doc)."""
    setconfig = getattr(db, "setconfig", None)  # Python 3.12+
    if setconfig is not None:
        for name, value in (
            ("SQLITE_DBCONFIG_DEFENSIVE", True),
            ("SQLITE_DBCONFIG_TRUSTED_SCHEMA", False),
            ("SQLITE_DBCONFIG_ENABLE_TRIGGER", False),
            ("SQLITE_DBCONFIG_ENABLE_VIEW", False),
            ("SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION", False),
        ):
            if hasattr(sqlite3, name):
                with contextlib.suppress(sqlite3.Error):  # an option this SQLite library lacks: the rest still hold
                    setconfig(getattr(sqlite3, name), value)
    if hasattr(db, "enable_load_extension"):
        db.enable_load_extension(False)
    db.execute("PRAGMA trusted_schema = OFF")
    db.execute("PRAGMA cell_size_check = ON")
    db.set_authorizer(_authorize)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A hardened connection that cannot write to ``path`` (the file is checked before anything is written)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    harden(db)
    return db


# -- the schema ----------------------------------------------------------------------------------------------


def read_tables(db: sqlite3.Connection) -> dict[str, tuple[Column, ...]]:
    """Each ordinary table of ``db`` and its columns (``table_xinfo`` also lists hidden and generated ones)."""
    names = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    tables = {}
    for name in names:
        if _SQLITE_INTERNAL.fullmatch(name):
            continue
        rows = db.execute('SELECT name, type, "notnull", pk, hidden FROM pragma_table_xinfo(?)', (name,))
        tables[name] = tuple((r[0], r[1].upper(), r[2], r[3], r[4]) for r in rows)
    return tables


def check_schema(
    db: sqlite3.Connection, source: Path, version: int, current_version: int, expected: dict[str, tuple[Column, ...]]
) -> None:
    """Refuse a file whose schema is not exactly ``expected`` (what ``Project.create`` makes; InputError naming the
    object that differs)."""

    def refuse(kind: str, name: str) -> InputError:
        return InputError(msg("storage.untrusted_object", kind=msg(f"storage.kind_{kind}"), name=name), source=source)

    for kind, name, sql in db.execute("SELECT type, name, sql FROM sqlite_master").fetchall():
        if kind in ("view", "trigger"):
            raise refuse(kind, name)
        if kind != "table" or _SQLITE_INTERNAL.fullmatch(name):
            continue  # an index is harmless: it changes how fast a query runs, never what it returns
        if (sql or "").lstrip().upper().startswith("CREATE VIRTUAL"):
            raise refuse("virtual", name)
        if name not in expected:
            raise refuse("table", name)
    found = read_tables(db)
    required = set(expected) if version == current_version else CORE_TABLES & set(expected)
    for name in sorted(required - set(found)):
        raise InputError(msg("storage.missing_table", name=name), source=source)
    for name, columns in found.items():
        wanted = expected[name]
        # An older format may lack columns a migration adds; the current one has exactly ours.
        ok = columns == wanted if version == current_version else set(columns) <= set(wanted)
        if not ok:
            raise InputError(msg("storage.wrong_columns", name=name), source=source)


# -- the photos ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DamagedPhoto:
    number: int  # the photo's number in the article (1 = its first figure)
    name: str
    reason: Message

    def label(self) -> Message:
        return photo_label(self.number, self.name)


def photo_label(number: int, name: str) -> Message:
    """ "Ảnh 2 (images/cong-an.jpg)"; a photo the article no longer shows (number 0) by its name alone."""
    if number < 1:
        return msg("storage.photo_name", name=name)
    return msg("common.photo", number=number, name=name)


def numbered_photos(figure_names: list[str]) -> Iterator[tuple[int, str]]:
    """(number, name) of each photo at its first figure, numbered as the exports number figures."""
    seen: set[str] = set()
    for number, name in enumerate(figure_names, start=1):
        if name not in seen:
            seen.add(name)
            yield number, name


def blob_digest(db: sqlite3.Connection, rowid: int) -> str:
    """sha256 of a blob read in 1 MB pieces (a 500 MB blob never sits in memory whole)."""
    digest = hashlib.sha256()
    with db.blobopen("blobs", "data", rowid, readonly=True) as blob:
        while chunk := blob.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def photo_problem(db: sqlite3.Connection, name: str, *, hashes: bool = True) -> tuple[Message | None, str | None]:
    """(what is wrong with photo ``name``, or None; its verified sha256, or None). Without ``hashes`` only the
    cheap facts are checked (row, blob, sizes) and no sha256 is returned as verified."""
    row = db.execute(
        "SELECT p.sha256, b.rowid, b.size, length(b.data), typeof(b.data) FROM photos p"
        " LEFT JOIN blobs b ON b.sha256 = p.sha256 WHERE p.name = ?",
        (name,),
    ).fetchone()
    if row is None or row[1] is None:
        return msg("storage.reason_missing"), None
    digest, rowid, declared, actual, kind = row
    if kind not in ("blob", "text") or actual is None:
        return msg("storage.reason_missing"), None
    if actual == 0:
        return msg("storage.reason_empty"), None
    if declared != actual:
        return msg("storage.reason_size", declared=declared, actual=actual), None
    if actual > MAX_BLOB_BYTES:
        return msg("storage.reason_too_large", size=actual // 2**20), None
    if not isinstance(digest, str) or not _HEX64.fullmatch(digest):
        return msg("storage.reason_hash"), None
    if not hashes:
        return None, None
    if blob_digest(db, rowid) != digest:
        return msg("storage.reason_hash"), None
    return None, digest


def damaged_photos(
    db: sqlite3.Connection, figure_names: list[str], *, hashes: bool = True
) -> tuple[list[DamagedPhoto], set[str]]:
    """The damaged photos of an article (in article order) and the sha256 of every photo verified intact."""
    damaged, verified = [], set()
    for number, name in numbered_photos(figure_names):
        problem, digest = photo_problem(db, name, hashes=hashes)
        if problem is not None:
            damaged.append(DamagedPhoto(number, name, problem))
        elif digest is not None:
            verified.add(digest)
    return damaged, verified


def damage_error(damaged: list[DamagedPhoto], source: Path) -> InputError:
    """One line naming the damaged photos as the article numbers them."""
    if len(damaged) == 1:
        return InputError(msg("storage.photo_damaged", photo=damaged[0].label(), reason=damaged[0].reason),
                          source=source)  # fmt: skip
    labels = ", ".join(str(d.label()) for d in damaged)
    return InputError(msg("storage.photos_damaged", photos=labels), source=source)


# -- a file verified before and not changed since -------------------------------------------------------------
#
# Hashing every photo costs about a second per 100-300 MB; the app reopens the last project at every start. A
# project this app verified and closed is remembered by (path, size, modification time, inode, SQLite's change
# counter), as the rendition cache remembers an original's hash: while all are unchanged its photos are not hashed
# again at open (the cheap checks still run, and every photo is still verified when it is used). A file mailed,
# copied, edited by anything else or damaged by a write differs in one of them, and is verified in full.


def _stamp_path(path: Path) -> Path | None:
    from editor.files.paths import cache_dir

    try:
        key = hashlib.sha256(str(Path(path).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    except (OSError, RuntimeError):
        return None
    return cache_dir() / "verified" / key


def _stat_key(path: Path) -> str:
    """Size, modification time, inode, and SQLite's file change counter (header bytes 24-27, bumped by every
    commit), so a change inside the same clock tick as our last write is still seen."""
    with Path(path).open("rb") as handle:
        st = os.fstat(handle.fileno())
        handle.seek(24)
        counter = handle.read(4).hex()
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}:{counter}"


def verified_before(path: Path) -> bool:
    """True when ``path`` is unchanged since this app last found (or made) all its photos intact."""
    stamp = _stamp_path(path)
    try:
        return stamp is not None and stamp.read_text("ascii") == _stat_key(path)
    except (OSError, UnicodeDecodeError):
        return False


def remember_verified(path: Path) -> None:
    """Remember that ``path``, as it is now, holds only intact photos (best effort; a cache may be full)."""
    stamp = _stamp_path(path)
    if stamp is None:
        return
    with contextlib.suppress(OSError):
        stamp.parent.mkdir(parents=True, exist_ok=True)
        tmp = stamp.with_name(f".{stamp.name}.tmp")
        tmp.write_text(_stat_key(path), "ascii")
        os.replace(tmp, stamp)


def forget_verified(path: Path) -> None:
    stamp = _stamp_path(path)
    if stamp is not None:
        with contextlib.suppress(OSError):
            stamp.unlink()
