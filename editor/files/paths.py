"""Where the app keeps caches and recovery files (overridable for tests and portable installs)."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


def cache_dir() -> Path:
    """The per-user cache folder (renditions, thumbnails, extracted originals); safe to delete at any time."""
    override = os.environ.get("BANTHAO_CACHE_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "BanThao" / "cache"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches" / "BanThao"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "banthao"
    with contextlib.suppress(OSError):  # a read-only or full home: each cache user falls back on its own
        base.mkdir(parents=True, exist_ok=True)
    return base
