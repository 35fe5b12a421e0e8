"""Which renditions an article's exports will need, so they can be made in idle time before Export is clicked.

``wanted_renditions`` returns, for every figure, the DOCX print rendition (the frame of its layout at the
template's text width, with its crop and turn) and then the HTML widths, exactly as the writers would ask the
rendition cache for them (the same ``recipe_for`` and ``web_jobs``), so a pre-rendered entry is a hit at export
time. The original's file is asked of the photo source only when a rendition must be made. Qt-free; the app's
scheduler is ``editor.ui.prerender`` and the worker ``editor.media.prerender``.
"""

from __future__ import annotations

import threading
from functools import partial

from editor.export.build import build_document
from editor.export.ir import IRDocument
from editor.export.options import DocxOptions, HtmlOptions
from editor.export.registry import writer
from editor.media.prerender import Wanted
from editor.model.photos import OpenedArticle
from editor.text.profile import OutletProfile

_geometries: dict[DocxOptions, object] = {}
_geometries_lock = threading.Lock()


def _geometry(doc: IRDocument, options: DocxOptions) -> object:
    """The frame geometry of the template ``options`` name (opening a template costs tens of ms: kept)."""
    from editor.export.docx.writer import prepare_template

    with _geometries_lock:
        if options not in _geometries:
            _geometries[options] = prepare_template(doc, options)[2]
        return _geometries[options]


def wanted_renditions(opened: OpenedArticle, profile: OutletProfile, *, docx: DocxOptions | None = None,
                      html: HtmlOptions | None = None, web: bool = True) -> list[Wanted]:  # fmt: skip
    """Every rendition a DOCX export (and, with ``web``, an HTML export) of ``opened`` will look up: print first."""
    from editor.export.docx.photos import checked_path, recipe_for

    doc = build_document(opened.article, opened.photos, profile)
    docx_options = writer("docx").for_profile(docx or DocxOptions(), profile)
    geometry = _geometry(doc, docx_options)
    wanted = [
        Wanted(partial(checked_path, f), recipe_for(f, geometry, docx_options.quality), f.photo_sha256, f.image_name)  # type: ignore[arg-type]
        for f in doc.figures
    ]
    if web:
        from editor.export.html.writer import web_jobs

        html_options = writer("html").for_profile(html or HtmlOptions(), profile)
        jobs = web_jobs(doc, html_options)
        wanted += [Wanted(path, recipe, f.photo_sha256, f.image_name) for f, recipe, path in jobs]
    return wanted
