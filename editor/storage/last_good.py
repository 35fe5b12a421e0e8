"""The "last good" record: after every clean open, save or autosave of a project, its article text and photo map
are kept as a small JSON file in the cache folder (a few KB; never the photos), so ``salvage`` can get a reporter's
words back when the project file itself is later damaged beyond reading.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from editor.errors import InputError
from editor.files.atomic import write_text_atomic
from editor.files.paths import cache_dir
from editor.model.article import Article
from editor.model.interchange import article_from_json_text


def _record_path(project_path: Path) -> Path:
    key = hashlib.sha256(str(Path(project_path).resolve()).encode("utf-8")).hexdigest()[:24]
    folder = cache_dir() / "last-good"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{key}.json"


def remember_last_good(project_path: Path, article_json: str, photos: dict[str, str], saved_at: str) -> None:
    """Keep the article text and photo map of a project that just opened or saved cleanly (best effort)."""
    record = {"project": str(Path(project_path).resolve()), "saved_at": saved_at, "article": article_json,
              "photos": photos}  # fmt: skip
    with contextlib.suppress(OSError, InputError):  # a full cache disk costs only this safety copy
        target = _record_path(project_path)
        if _same_record(target, record):
            return  # opened again unchanged (a CLI re-export, say): no write and fsync for the same words
        write_text_atomic(target, json.dumps(record, ensure_ascii=False), raw_errors=True)


def _same_record(target: Path, record: dict[str, object]) -> bool:
    try:
        kept = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(kept, dict) and all(kept.get(k) == record[k] for k in ("project", "article", "photos"))


def forget_last_good(project_path: Path) -> None:
    """Drop the record of a project (its file is gone for good, or a test wants salvage to use the pages alone)."""
    with contextlib.suppress(OSError):
        _record_path(project_path).unlink()


@dataclass(frozen=True)
class LastGood:
    article: Article
    photos: dict[str, str]  # name → sha256
    saved_at: str


def last_good(project_path: Path) -> LastGood | None:
    """The last good record of a project, or None when there is none (or it is unreadable)."""
    try:
        record = json.loads(_record_path(project_path).read_text(encoding="utf-8"))
        article = article_from_json_text(record["article"], require_title=False)
        return LastGood(article, dict(record.get("photos", {})), str(record.get("saved_at", "")))
    except (OSError, ValueError, KeyError, TypeError, InputError):
        return None
