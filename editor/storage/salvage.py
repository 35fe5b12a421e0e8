"""Get a reporter's work back out of a damaged project file.

Every time a project opens, saves or autosaves, the article text and its photo map are also kept as a small
"last good" record in the cache folder (a few KB; never the photos). When a project later fails to open, ``salvage``
builds a new project from whatever can still be read: the article from the damaged file (saved or autosaved), else
from the last good record, else from the raw pages that survive (``editor.storage.pages``: a truncated file that
SQLite refuses whole still holds the article's first pages; a cut JSON text is closed after its last complete
value, so the kicker, title and first paragraphs come back). Each photo comes from the damaged file's blobs, else
from the cache of extracted originals, always only when its bytes match its hash. A photo that cannot be found
anywhere, or whose bytes are damaged, becomes a paragraph that keeps its caption and credit, so no words are lost.
The report says in the reader's language what was recovered and what was lost.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from editor.errors import InputError
from editor.files.atomic import atomic_output
from editor.files.paths import cache_dir
from editor.messages import Message, msg, render
from editor.model.article import Article, Figure, Paragraph
from editor.model.interchange import article_from_data, article_from_json_text
from editor.storage import integrity, pages, versions
from editor.storage.last_good import last_good
from editor.storage.project import DAMAGE_ERRORS, Project


@dataclass
class SalvageReport:
    article_from: str  # "saved", "autosave", "last-good" or "pages"
    photos_recovered: list[str] = field(default_factory=list)
    photos_lost: list[str] = field(default_factory=list)
    text_complete: bool = True  # False: the article was cut (read from surviving pages) and its end is lost
    saved_at: str = ""  # of the last good record, when the article came from it
    destination: str = ""
    versions_recovered: list[int] = field(default_factory=list)  # hand-off versions carried over, by number
    versions_lost: list[int] = field(default_factory=list)  # unreadable, or a photo they sent is gone

    def summary(self, language: str | None = None) -> str:
        """What was recovered and what was lost, in the reader's language (for the app and the CLI)."""
        what: Message = msg(f"storage.salvage_from_{self.article_from.replace('-', '_')}", saved_at=self.saved_at)
        parts = [render(msg("storage.salvage_summary", what=what, name=Path(self.destination).name), language)]
        if self.photos_recovered:
            parts.append(render(msg("storage.salvage_photos_ok", count=len(self.photos_recovered)), language))
        if self.photos_lost:
            names = ", ".join(self.photos_lost)
            parts.append(render(msg("storage.salvage_photos_lost", count=len(self.photos_lost), names=names), language))
        if not self.text_complete:
            parts.append(render(msg("storage.salvage_text_cut"), language))
        if self.versions_recovered:
            parts.append(render(msg("versions.salvaged", count=len(self.versions_recovered)), language))
        if self.versions_lost:
            numbers = ", ".join(map(str, self.versions_lost))
            parts.append(render(msg("versions.salvage_lost", count=len(self.versions_lost), numbers=numbers),
                                language))  # fmt: skip
        return " ".join(parts)


@dataclass
class _Damaged:
    """What can still be read from a damaged file, through SQLite and, where SQLite gives up, its raw pages."""

    articles: list[tuple[str, Article, bool]]  # (label, article, complete), autosave first
    photos: dict[str, str]  # name → sha256
    db: sqlite3.Connection | None
    raw: tuple[Any, pages.Pages] | None = None
    roots: dict[str, int] = field(default_factory=dict)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
        if self.raw is not None:
            self.raw[0].close()


def _read_damaged(path: Path) -> _Damaged:
    """(label, article) pairs, autosave first, and the photo map still readable from a damaged file."""
    try:
        db: sqlite3.Connection | None = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        integrity.harden(db)  # type: ignore[arg-type]  # a view or trigger in a crafted file runs nothing here
    except DAMAGE_ERRORS:
        db = None
    found = _Damaged([], {}, db)
    for table, label in (("autosave", "autosave"), ("article", "saved")):
        try:
            row = db.execute(f"SELECT json FROM {table} WHERE id = 1").fetchone() if db else None
            if row:
                found.articles.append((label, article_from_json_text(row[0], require_title=False), True))
        except (*DAMAGE_ERRORS, InputError):
            continue
    with contextlib.suppress(*DAMAGE_ERRORS, AttributeError):
        found.photos = dict(db.execute("SELECT name, sha256 FROM photos").fetchall())  # type: ignore[union-attr]
    if not found.articles or not found.photos:
        _read_pages(path, found)
    return found


def _read_pages(path: Path, found: _Damaged) -> None:
    """Fill in from the raw pages what SQLite could not read (a truncated file fails as a whole)."""
    found.raw = pages.open_pages(path)
    if found.raw is None:
        return
    reader = found.raw[1]
    found.roots = pages.schema(reader)
    if not found.articles:
        for table, label in (("autosave", "autosave"), ("article", "saved")):
            for row in reader.rows(found.roots.get(table, 0)):
                text = row.values[1] if len(row.values) > 1 and isinstance(row.values[1], str) else ""
                article = _article_from_prefix(text, complete=row.complete)
                if article is not None:
                    found.articles.append(("pages" if not row.complete else label, article, row.complete))
    if not found.photos:
        for row in reader.rows(found.roots.get("photos", 0)):
            if row.complete and len(row.values) == 2 and all(isinstance(v, str) for v in row.values):
                found.photos[str(row.values[0])] = str(row.values[1])


def _read_versions(path: Path, found: _Damaged) -> tuple[list[versions.SentRow], list[int]]:
    """The hand-off versions that still read whole, through SQLite or else the raw pages; the numbers of the rest."""
    rows: list[tuple[object, tuple[object, ...]]] | None = None
    if found.db is not None:
        with contextlib.suppress(*DAMAGE_ERRORS, UnicodeDecodeError):
            columns = ", ".join(versions.VERSION_COLUMNS)
            rows = [(r[0], tuple(r[1:])) for r in found.db.execute(f"SELECT id, {columns} FROM versions ORDER BY id")]
    if rows is None:
        if found.raw is None:
            found.raw = pages.open_pages(path)
            found.roots = pages.schema(found.raw[1]) if found.raw is not None else {}
        root = found.roots.get("versions", 0)
        rows = [] if found.raw is None or not root else [
            (row.rowid, row.values[1:]) for row in found.raw[1].rows(root) if row.complete and row.values
        ]  # fmt: skip  # the id column aliases the rowid: SQLite stores NULL in its place
    kept, lost = [], []
    for number, values in rows:
        row = versions.SentRow.checked(number, values)
        if row is None:
            lost.append(number if isinstance(number, int) else 0)
        else:
            kept.append(row)
    return kept, lost


def _version_blobs(found: _Damaged, rows: list[versions.SentRow], report: SalvageReport) -> tuple[list, dict]:
    """The versions whose every photo's bytes are still found (checked against their hashes), and those bytes."""
    blobs: dict[str, bytes] = {}
    kept = []
    for row in rows:
        for digest in row.photos.values():
            if digest not in blobs and (data := _blob(found, digest)) is not None:
                blobs[digest] = data
        if all(digest in blobs for digest in row.photos.values()):
            kept.append(row)
            report.versions_recovered.append(row.number)
        else:
            report.versions_lost.append(row.number)
    return kept, blobs


def _article_from_prefix(text: str, *, complete: bool) -> Article | None:
    """The article in ``text``; when the text was cut, the article up to its last complete value."""
    if not text.lstrip().startswith("{"):
        return None
    with contextlib.suppress(InputError, ValueError):
        return article_from_json_text(text, require_title=False)
    if complete:
        return None
    data = _close_json_prefix(text)
    if not isinstance(data, dict):
        return None
    body = list(data.get("body") or []) if isinstance(data.get("body"), list) else []
    while body and isinstance(body[-1], dict) and not (body[-1].get("text") or body[-1].get("spans")):
        body.pop()  # a block cut right after its type: nothing of it survives
    while True:  # the block cut in the middle may lack what a block needs: drop blocks from the end until it reads
        with contextlib.suppress(InputError, ValueError, TypeError):
            return article_from_data({**data, "body": body}, require_title=False)
        if not body:
            return None
        body.pop()


def _close_json_prefix(text: str) -> object:
    """Parse the longest prefix of ``text`` that ends after a complete value, closing the open containers."""
    stack: list[str] = []  # "{" or "["
    expect_key = False
    best: tuple[int, list[str]] | None = None
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '"':
            end = i + 1
            while end < n and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            if end >= n:
                break  # the string was cut
            i = end + 1
            if stack and stack[-1] == "{" and expect_key:
                expect_key = False
                continue
            best = (i, list(stack))
            continue
        if ch in "{[":
            stack.append(ch)
            expect_key = ch == "{"
        elif ch in "}]":
            if not stack:
                break
            stack.pop()
            best = (i + 1, list(stack))
        elif ch == ",":
            expect_key = bool(stack) and stack[-1] == "{"
        elif ch not in " \t\r\n:":
            end = i
            while end < n and text[end] not in ",}] \t\r\n":
                end += 1
            if end >= n:
                break  # a number or literal that may have been cut
            i = end
            best = (i, list(stack))
            continue
        i += 1
    if best is None:
        return None
    cut, open_containers = best
    closers = "".join("}" if c == "{" else "]" for c in reversed(open_containers))
    try:
        return json.loads(text[:cut] + closers)
    except ValueError:
        return None


def _blob(found: _Damaged, digest: str) -> bytes | None:
    """The photo's bytes, from the damaged file or the cache of originals, only when they match ``digest``."""
    if found.db is not None:
        try:
            row = found.db.execute("SELECT data FROM blobs WHERE sha256 = ?", (digest,)).fetchone()
            if row and row[0] and hashlib.sha256(row[0]).hexdigest() == digest:
                return bytes(row[0])
        except DAMAGE_ERRORS:
            pass
    if found.raw is not None and "blobs" in found.roots:
        for row in found.raw[1].rows(found.roots["blobs"], wanted={digest}):
            data = row.values[2] if row.complete and len(row.values) == 3 else None
            if isinstance(data, bytes) and data and hashlib.sha256(data).hexdigest() == digest:
                return data
    with contextlib.suppress(OSError):
        for candidate in (cache_dir() / "originals" / digest).glob("*"):
            with contextlib.suppress(OSError):
                data = candidate.read_bytes()
                if data and hashlib.sha256(data).hexdigest() == digest:
                    return data
    return None


def salvage(damaged: Path, destination: Path) -> SalvageReport:
    """Build a new project at ``destination`` from what can be read of ``damaged``; InputError if nothing can."""

    found = _read_damaged(Path(damaged))
    record = last_good(damaged)
    try:
        complete = [(label, article) for label, article, whole in found.articles if whole]
        if complete:
            source, article = complete[0]
        elif record is not None:  # a whole earlier copy beats the beginning of the latest one
            article, source = record.article, "last-good"
        elif found.articles:
            source, article = "pages", found.articles[0][1]
        else:
            raise InputError(msg("storage.salvage_nothing"), source=damaged)
        photos = {**record.photos, **found.photos} if record is not None else dict(found.photos)
        report = SalvageReport(source, text_complete=source != "pages", destination=str(destination))
        if source == "last-good" and record is not None:
            report.saved_at = record.saved_at
        body = []
        recovered: dict[str, bytes] = {}
        lost: set[str] = set()
        for block in article.body:
            if isinstance(block, Figure):
                data = recovered.get(block.image)
                digest = photos.get(block.image)
                if data is None and digest and block.image not in lost:
                    data = _blob(found, digest)
                if data is None:
                    if block.image not in lost:
                        lost.add(block.image)
                        report.photos_lost.append(block.image)
                    credit = f"Ảnh: {block.credit}" if block.credit else ""
                    # Words inside the article follow the document (Vietnamese), not the reader's interface.
                    text = f"{render(msg('storage.lost_photo_text', name=block.image), 'vi')} {block.caption} {credit}"
                    body.append(Paragraph.plain(" ".join(text.split())))
                    continue
                recovered[block.image] = data
            body.append(block)
        article = article.with_fields(body=tuple(body))
        report.photos_recovered = list(recovered)
        sent, unreadable = _read_versions(Path(damaged), found)
        sent, sent_blobs = _version_blobs(found, sent, report)
        report.versions_lost = sorted(report.versions_lost + unreadable)
        with atomic_output(Path(destination)) as tmp:
            project = Project.create(tmp, article)
            try:
                for name, data in recovered.items():
                    project.add_photo_bytes(name, data)
                project.save(article)
                versions.put_rows(project, sent, sent_blobs)
            finally:
                project.close()
        return report
    finally:
        found.close()


def salvage_default_destination(damaged: Path) -> Path:
    """``bai.banthao`` → ``bai (khôi phục).banthao`` beside it, never overwriting."""
    base = damaged.with_name(f"{damaged.stem} (khôi phục){damaged.suffix}")
    counter = 2
    while base.exists():
        base = damaged.with_name(f"{damaged.stem} (khôi phục {counter}){damaged.suffix}")
        counter += 1
    return base
