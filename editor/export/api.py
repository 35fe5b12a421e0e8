"""The export entry point shared by the CLI and the app: an opened article → IR → the writer for the output's suffix.

Export never opens files itself: the caller opens the input (``editor.storage.documents.open_article`` for a
path, the app's session for the open project) and passes the ``OpenedArticle``; the writer is chosen from
``editor.export.registry`` by the output's suffix.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from editor.errors import InputError
from editor.export.options import DocxOptions, HtmlOptions
from editor.export.progress import Progress
from editor.export.registry import writer_for
from editor.messages import msg
from editor.model.photos import OpenedArticle
from editor.text.profile import OutletProfile, default_profile, load_profile


def resolve_profile(profile: str | Path | OutletProfile | None) -> OutletProfile:
    if profile is None:
        return default_profile()
    if isinstance(profile, OutletProfile):
        return profile
    return load_profile(profile)


def export(
    source: OpenedArticle,
    out: Path,
    *,
    profile: str | Path | OutletProfile | None = None,
    options: Any = None,
    docx: DocxOptions | None = None,
    html: HtmlOptions | None = None,
) -> Iterator[Progress]:
    """Export an opened article to ``out`` with the writer registered for its suffix.

    ``options`` are that writer's options (default: its defaults); ``docx``/``html`` are kept for callers that
    prepare both and let the suffix decide. A generator of progress steps; close it to cancel. The writer writes
    atomically, so a failed or cancelled export leaves an existing ``out`` as it was.
    """
    if not isinstance(source, OpenedArticle):
        raise TypeError("export() takes an OpenedArticle: open the input with editor.storage.documents.open_article")
    from editor.export.build import build_document

    out = Path(out)
    chosen_writer = writer_for(out)
    if not out.parent.is_dir():
        raise InputError(msg("export.no_folder"), source=out.parent)
    if options is None:
        options = {"docx": docx, "html": html}.get(chosen_writer.key) or chosen_writer.options()
    chosen = resolve_profile(profile)
    yield Progress(0, 1, msg("export.preparing"))
    document = build_document(source.article, source.photos, chosen)
    yield from chosen_writer.export(document, out, chosen_writer.for_profile(options, chosen))
