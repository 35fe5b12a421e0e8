"""The recovery folder: projects holding never-saved articles, and the unsaved work of apps that did not close.

A new or imported article lives in ``cache_dir()/recovery/<id>.banthao`` until its first save, beside a small note
(``<id>.json``) saying where it came from. Each is locked (``lock.py``) while its app runs; one whose lock is stale
and that holds autosaved work is an orphan, offered back at the next start. Work is never thrown away unseen: a
recovery project that cannot be opened is moved to ``recovery/unreadable/`` and reported once, not deleted.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from editor.errors import InputError
from editor.files.atomic import write_text_atomic
from editor.files.paths import cache_dir
from editor.storage.lock import LockFile, Outcome
from editor.storage.project import SUFFIX, Project

log = logging.getLogger(__name__)
UNREADABLE = "unreadable"


def recovery_dir() -> Path:
    folder = cache_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class Orphan:
    """Unsaved work of an app that did not close cleanly."""

    path: Path  # the recovery project
    saved_at: str
    title: str
    source: str  # the JSON it was imported from, or ""
    problem: InputError | None = None  # why it cannot be restored (then ``path`` is where it is kept), else None


def sidecar(target: Path, source: Path | None, project: Path | None) -> None:
    """The note beside a recovery project saying where its article came from (read by ``find_orphans``).

    Best effort: a cache disk too full for these few bytes costs only the name of the source, never the work."""
    data = {"source": str(source) if source else "", "project": str(project) if project else ""}
    try:
        write_text_atomic(target.with_suffix(".json"), json.dumps(data))
    except InputError as error:
        log.warning("recovery note for %s not written: %s", target.name, error.one_line())


def _companions(path: Path) -> tuple[Path, ...]:
    return path, path.with_suffix(".json"), Path(f"{path}-journal")


def delete_recovery(path: Path) -> None:
    for leftover in _companions(path):
        with contextlib.suppress(OSError):
            leftover.unlink()


def find_orphans(folder: Path | None = None) -> list[Orphan]:
    """Recovery projects left by an app that crashed (their lock is stale), newest first.

    One holding no unsaved work is an old leftover and goes. One that cannot be opened is kept: moved to the
    ``unreadable`` folder beside them (with its journal, which SQLite needs to roll back) and listed last, once, with
    its ``problem``, so the reporter learns where it is."""
    folder = folder or recovery_dir()
    orphans: list[Orphan] = []
    unreadable: list[Orphan] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        lock = LockFile(path)
        if lock.acquire() is not Outcome.TAKEN:
            continue  # another running app owns it (or the folder cannot hold locks: leave it alone)
        try:
            with Project.open(path) as project:
                found = project.recovery()
        except InputError as error:
            lock.release()
            unreadable.append(_keep_unreadable(path, error))
            continue
        if found is None:
            lock.release()
            delete_recovery(path)  # nothing unsaved in it: an old leftover
            continue
        orphans.append(Orphan(path, found.saved_at, found.article.title, _source_of(path)))
        lock.release()
    orphans.sort(key=lambda o: o.saved_at, reverse=True)
    return orphans + unreadable


def _source_of(path: Path) -> str:
    try:
        return str(json.loads(path.with_suffix(".json").read_text("utf-8")).get("source", ""))
    except (OSError, ValueError, AttributeError):
        return ""


def _keep_unreadable(path: Path, error: InputError) -> Orphan:
    """Move a recovery project that cannot be opened out of the way, keeping every byte of it."""
    kept_dir = path.parent / UNREADABLE
    kept = kept_dir / path.name
    saved_at = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="milliseconds")
    source = _source_of(path)
    try:
        kept_dir.mkdir(exist_ok=True)
        for old, new in zip(_companions(path), _companions(kept), strict=True):
            if old.exists():
                os.replace(old, new)
    except OSError as exc:  # cannot move it: it stays where it is (and is reported again next time)
        log.warning("unreadable recovery project %s not moved aside: %s", path, exc)
        kept = path
    log.warning("recovery project %s cannot be opened (%s); kept at %s", path.name, error.one_line(), kept)
    return Orphan(kept, saved_at, "", source, error.located(source=kept))
