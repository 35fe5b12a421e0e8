"""The library's own words (Pillow's, SQLite's, Python's) go to a log file, never into a reporter's message.

``log_cause(source, exc)`` records why an input was refused; ``open_log_file()`` (called once by the CLI and the app)
sends those records to ``banthao.log`` in the cache folder. Without it they go nowhere (tests, library use).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger("editor")
log.addHandler(logging.NullHandler())
LOG_NAME = "banthao.log"
_handler: logging.Handler | None = None


def log_cause(source: str | os.PathLike[str] | None, exc: BaseException) -> None:
    """Keep the technical reason behind a refusal (``exc``'s type and text) in the log file."""
    text = " ".join(str(exc).split())[:500]
    log.info("%s: %s: %s", source or "-", type(exc).__name__, text)


def open_log_file(folder: Path) -> Path | None:
    """Append ``editor.*`` records of level INFO and above to ``folder/banthao.log``; the path, or None."""
    global _handler
    path = Path(folder) / LOG_NAME
    if _handler is not None:
        return path
    try:
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    handler.setLevel(logging.INFO)
    log.addHandler(handler)
    log.setLevel(min(log.level or logging.INFO, logging.INFO))
    _handler = handler
    return path
