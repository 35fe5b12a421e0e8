"""Before an export replaces anything: which files it would overwrite, and whether Word or LibreOffice holds one open.

Qt-free, so the export dialog and any other front end ask the same questions. Word keeps an owner file
``~$name.docx`` beside an open document (for long names the first one or two letters give way to ``~$``); LibreOffice
keeps ``.~lock.name.docx#``, whose first field is the name of whoever opened it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

FILES_SUFFIX = "_files"  # the HTML writer's images folder beside OUT.html (editor.export.html.writer)


def outputs(out: Path, *, bundle: bool = False, html_mode: str = "folder") -> list[Path]:
    """Every path the export to ``out`` writes: the file itself, the bundle ZIP, the HTML or Markdown images folder."""
    out = Path(out)
    paths = [out]
    suffix = out.suffix.lower()
    if suffix == ".docx" and bundle:
        paths.append(out.with_suffix(".zip"))
    if suffix in (".html", ".htm") and html_mode != "self-contained":
        paths.append(out.with_name(out.stem + FILES_SUFFIX))
    if suffix == ".md":  # the Markdown writer's own photos folder (editor.export.markdown)
        paths.append(out.with_name(out.stem + "_md_files"))
    return paths


def existing(out: Path, *, bundle: bool = False, html_mode: str = "folder") -> list[Path]:
    """The outputs that are already there (and would be replaced)."""
    return [p for p in outputs(out, bundle=bundle, html_mode=html_mode) if p.exists()]


@dataclass(frozen=True)
class Holder:
    """An office program that has ``path`` open: which one, and who (when its lock file says)."""

    path: Path
    program: str  # "Word" | "LibreOffice"
    user: str = ""


def _word_owner_files(path: Path) -> list[Path]:
    name = path.name
    return [path.with_name("~$" + cut) for cut in dict.fromkeys((name, name[1:], name[2:])) if len(cut) > 5]


def _libreoffice_user(lock: Path) -> str:
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").split(",", 1)[0]
    except OSError:
        return ""
    return " ".join(first.split())[:60]


def held_open(path: Path) -> Holder | None:
    """Word or LibreOffice has ``path`` open (its lock file sits beside it), or None."""
    path = Path(path)
    lock = path.with_name(f".~lock.{path.name}#")
    if lock.is_file():
        return Holder(path, "LibreOffice", _libreoffice_user(lock))
    for owner in _word_owner_files(path):
        if owner.is_file():
            return Holder(path, "Word")
    return None
