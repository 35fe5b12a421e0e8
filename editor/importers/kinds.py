"""Which files are reporters' drafts: a list cheap to import (the app's file dialogs and start-up need only this)."""

from __future__ import annotations

from pathlib import Path

from editor.importers.convert import CONVERTED_SUFFIXES

DRAFT_SUFFIXES = (".docx", ".docm", ".dotx", *CONVERTED_SUFFIXES)


def is_draft(path: Path) -> bool:
    return Path(path).suffix.lower() in DRAFT_SUFFIXES
