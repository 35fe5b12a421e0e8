"""Which files are reporters' drafts: a list cheap to import (the app's file dialogs and start-up need only this)."""

from __future__ import annotations

from pathlib import Path

# Drafts LibreOffice converts to DOCX first (editor.importers.convert), by the name the messages give them.
CONVERTED_SUFFIXES = {".odt": "ODT", ".doc": "DOC", ".rtf": "RTF", ".fodt": "ODT"}
DRAFT_SUFFIXES = (".docx", ".docm", ".dotx", *CONVERTED_SUFFIXES)


def is_draft(path: Path) -> bool:
    return Path(path).suffix.lower() in DRAFT_SUFFIXES
