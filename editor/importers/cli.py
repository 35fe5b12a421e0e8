"""``convert DRAFT.docx OUT.banthao|OUT.json``: the import, its report on stderr, exit codes as for every command."""

from __future__ import annotations

import sys
from pathlib import Path

from editor.errors import InputError
from editor.importers.api import draft_to_json, draft_to_project
from editor.importers.kinds import is_draft
from editor.importers.package import OLE_MAGIC
from editor.messages import msg, render
from editor.storage.project import SUFFIX


def handles(source: Path) -> bool:
    """True for drafts by name (.docx, .odt, .doc, .rtf) and for Word's OLE files whatever their name."""
    if is_draft(source):
        return True
    try:
        with Path(source).open("rb") as handle:
            return handle.read(8) == OLE_MAGIC
    except OSError:
        return False


def convert_draft(source: Path, target: Path) -> int:
    suffix = target.suffix.lower()
    if suffix == SUFFIX:
        draft = draft_to_project(source, target)
    elif suffix == ".json":
        draft = draft_to_json(source, target)
    else:
        raise InputError(msg("importers.convert_targets"), source=target)
    for line in draft.report.lines():
        print(line, file=sys.stderr)
    print(render(msg("importers.done", source=source, target=target)), file=sys.stderr)
    return 0
