"""The export entry point shared by the CLI and the app: input → IR → the writer chosen by the output's suffix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from editor.errors import InputError
from editor.export.options import DocxOptions, HtmlOptions
from editor.export.progress import Progress
from editor.messages import msg
from editor.storage.documents import OpenedArticle, open_article
from editor.text.profile import OutletProfile, default_profile, load_profile

FORMATS = {".docx": "docx", ".html": "html", ".htm": "html"}


def output_format(out: Path) -> str:
    fmt = FORMATS.get(Path(out).suffix.lower())
    if fmt is None:
        raise InputError(msg("export.unsupported-output"), source=out)
    return fmt


def resolve_profile(profile: str | Path | OutletProfile | None) -> OutletProfile:
    if profile is None:
        return default_profile()
    if isinstance(profile, OutletProfile):
        return profile
    return load_profile(profile)


def export(
    source: Path | OpenedArticle,
    out: Path,
    *,
    profile: str | Path | OutletProfile | None = None,
    docx: DocxOptions | None = None,
    html: HtmlOptions | None = None,
) -> Iterator[Progress]:
    """Export ``source`` (a JSON article, a folder holding article.json, a project, or an opened article) to ``out``.

    A generator of progress steps; close it to cancel. The output is written atomically by the writer.
    """
    from editor.export.build import build_document

    out = Path(out)
    fmt = output_format(out)
    if not out.parent.is_dir():
        raise InputError(msg("export.no-output-folder"), source=out.parent)
    chosen = resolve_profile(profile)
    opened = source if isinstance(source, OpenedArticle) else open_article(Path(source))
    try:
        yield Progress(0, 1, msg("export.step.preparing"))
        document = build_document(opened.article, opened.photos, chosen)
        if fmt == "docx":
            from editor.export.docx import export_docx

            yield from export_docx(document, out, docx or DocxOptions())
        else:
            from editor.export.html import export_html

            yield from export_html(document, out, html or HtmlOptions())
    finally:
        if not isinstance(source, OpenedArticle):
            opened.close()
