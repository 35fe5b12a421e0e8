"""Get a reporter's work back out of a damaged project file.

Every time a project opens, saves or autosaves, the article text and its photo map are also kept as a small
"last good" record in the cache folder (a few KB; never the photos). When a project later fails to open, ``salvage``
builds a new project from whatever can still be read: the article from the damaged file (saved or autosaved), else
from the last good record; each photo from the damaged file's blobs, else from the cache of extracted originals. A
photo that cannot be found anywhere becomes a paragraph that keeps its caption and credit, so no words are lost.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from editor.errors import InputError
from editor.files.atomic import atomic_output
from editor.files.paths import cache_dir
from editor.messages import msg
from editor.model.article import Article, Figure, Paragraph
from editor.model.interchange import article_from_json_text
from editor.storage.last_good import last_good
from editor.storage.project import DAMAGE_ERRORS, Project


@dataclass
class SalvageReport:
    article_from: str  # "saved", "autosave" or "last-good"
    photos_recovered: list[str] = field(default_factory=list)
    photos_lost: list[str] = field(default_factory=list)


def _read_damaged(path: Path) -> tuple[list[tuple[str, Article]], dict[str, str], sqlite3.Connection | None]:
    """(label, article) pairs, autosave first, and the photo map still readable from a damaged file."""
    try:
        db = sqlite3.connect(f"file:{path.resolve()}?mode=ro&immutable=1", uri=True)
    except DAMAGE_ERRORS:
        return [], {}, None
    articles: list[tuple[str, Article]] = []
    for table, label in (("autosave", "autosave"), ("article", "saved")):
        try:
            row = db.execute(f"SELECT json FROM {table} WHERE id = 1").fetchone()
            if row:
                articles.append((label, article_from_json_text(row[0], require_title=False)))
        except (*DAMAGE_ERRORS, InputError):
            continue
    photos: dict[str, str] = {}
    with contextlib.suppress(*DAMAGE_ERRORS):
        photos = dict(db.execute("SELECT name, sha256 FROM photos").fetchall())
    return articles, photos, db


def _blob(db: sqlite3.Connection | None, digest: str) -> bytes | None:
    if db is not None:
        try:
            row = db.execute("SELECT data FROM blobs WHERE sha256 = ?", (digest,)).fetchone()
            if row and hashlib.sha256(row[0]).hexdigest() == digest:
                return bytes(row[0])
        except DAMAGE_ERRORS:
            pass
    for candidate in (cache_dir() / "originals" / digest).glob("*"):
        with contextlib.suppress(OSError):
            data = candidate.read_bytes()
            if hashlib.sha256(data).hexdigest() == digest:
                return data
    return None


def salvage(damaged: Path, destination: Path) -> SalvageReport:
    """Build a new project at ``destination`` from what can be read of ``damaged``; InputError if nothing can."""

    articles, photos, db = _read_damaged(Path(damaged))
    record = last_good(damaged)
    try:
        if articles:
            source, article = articles[0]
        elif record is not None:
            article, source = record.article, "last-good"
        else:
            raise InputError(msg("salvage.nothing"), source=damaged)
        if record is not None:
            photos = {**record.photos, **photos}
        report = SalvageReport(source)
        body = []
        recovered: dict[str, bytes] = {}
        for block in article.body:
            if isinstance(block, Figure):
                data = recovered.get(block.image)
                digest = photos.get(block.image)
                if data is None and digest:
                    data = _blob(db, digest)
                if data is None:
                    report.photos_lost.append(block.image)
                    credit = f"Ảnh: {block.credit}" if block.credit else ""
                    lost = f"[Ảnh bị mất: {block.image}] {block.caption} {credit}"
                    body.append(Paragraph.plain(" ".join(lost.split())))
                    continue
                recovered[block.image] = data
            body.append(block)
        article = article.with_fields(body=tuple(body))
        report.photos_recovered = list(recovered)
        with atomic_output(Path(destination)) as tmp:
            project = Project.create(tmp, article)
            try:
                for name, data in recovered.items():
                    project.add_photo_bytes(name, data)
                project.save(article)
            finally:
                project.close()
        return report
    finally:
        if db is not None:
            db.close()


def salvage_default_destination(damaged: Path) -> Path:
    """``bai.banthao`` → ``bai (khôi phục).banthao`` beside it, never overwriting."""
    base = damaged.with_name(f"{damaged.stem} (khôi phục){damaged.suffix}")
    counter = 2
    while base.exists():
        base = damaged.with_name(f"{damaged.stem} (khôi phục {counter}){damaged.suffix}")
        counter += 1
    return base
