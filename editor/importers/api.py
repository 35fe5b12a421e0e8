"""Entry points: a reporter's draft → an article with its photos (in a folder, a project file, or an article JSON).

``import_draft`` is what the CLI and the app call; ``draft_to_project`` and ``draft_to_json`` write the result
atomically (all or nothing: a failed import leaves no partial output and an existing one unchanged).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from editor.errors import InputError
from editor.files.atomic import atomic_output, write_bytes_atomic
from editor.importers.convert import to_docx
from editor.importers.docx_reader import Draft, read_docx
from editor.importers.kinds import CONVERTED_SUFFIXES, DRAFT_SUFFIXES
from editor.importers.package import OLE_MAGIC, sniff
from editor.importers.report import ImportReport
from editor.messages import msg
from editor.model.interchange import article_to_json_text
from editor.storage.project import Project
from editor.text.profile import OutletProfile, default_profile

_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def _encrypted(path: Path) -> bool:
    """An OLE container holding an encrypted OOXML package (what Word writes for a password-protected file)."""
    try:
        with path.open("rb") as handle:
            return handle.read(8) == OLE_MAGIC and _ENCRYPTED in handle.read(8 * 1024 * 1024)
    except OSError:
        return False


def import_draft(path: Path, folder: Path, profile: OutletProfile | None = None) -> Draft:
    """Read the draft at ``path``; its photos are written under ``folder`` (``folder/images/p01.jpg``)."""
    path = Path(path)
    profile = profile or default_profile()
    if not path.exists():
        raise InputError(msg("importers.not_a_file"), source=path)
    suffix = path.suffix.lower()
    report = ImportReport(path)
    kind = sniff(path) if path.is_file() else "other"
    legacy = CONVERTED_SUFFIXES.get(suffix)
    if kind == "ole" and not _encrypted(path):
        legacy = legacy or "DOC"  # an old Word file, whatever its name says
    if legacy is None and suffix not in DRAFT_SUFFIXES:
        raise InputError(msg("importers.unsupported"), source=path)
    if legacy is None:
        return read_docx(path, folder, profile, report)
    with tempfile.TemporaryDirectory(prefix="banthao-import-") as tmp:
        original = Path(tmp) / f"draft{suffix if suffix in CONVERTED_SUFFIXES else '.doc'}"
        shutil.copyfile(path, original)
        try:  # every message names the reporter's file, not the copy LibreOffice was given
            converted = to_docx(original, Path(tmp), legacy)
            report.ok("importers.r_converted", kind=legacy)
            draft = read_docx(converted, folder, profile, report)
        except InputError as error:
            raise error.located(source=path) from None
    return draft


def draft_to_project(path: Path, project_path: Path, profile: OutletProfile | None = None) -> Draft:
    """Import a draft into a new project file holding the article and its photos."""
    project_path = Path(project_path)
    with tempfile.TemporaryDirectory(prefix="banthao-import-") as tmp:
        draft = import_draft(path, Path(tmp), profile)
        with atomic_output(project_path) as out:
            project = Project.create(out, draft.article)
            try:
                for name, photo in draft.photos.items():
                    project.add_photo(name, photo)
                project.save(draft.article)
            finally:
                project.close()
    return draft


def draft_to_json(path: Path, json_path: Path, profile: OutletProfile | None = None) -> Draft:
    """Import a draft into an article JSON with its photos beside it (``images/p01.jpg``…)."""
    json_path = Path(json_path)
    if not json_path.parent.is_dir():
        raise InputError(msg("export.no-output-folder"), source=json_path.parent)
    with tempfile.TemporaryDirectory(prefix=".banthao-import-", dir=json_path.parent) as tmp:
        draft = import_draft(path, Path(tmp), profile)
        if not draft.article.title.strip():  # the interchange format requires one; a project does not
            raise InputError(msg("importers.json_needs_title"), source=path)
        text = article_to_json_text(draft.article).encode("utf-8")
        for name, photo in draft.photos.items():
            target = json_path.parent / name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(photo, target)
            with target.open("rb") as handle:  # on disk before the JSON that names it
                os.fsync(handle.fileno())
        write_bytes_atomic(json_path, text)
    photos = {name: json_path.parent / name for name in draft.photos}
    return Draft(draft.article, photos, draft.report)
