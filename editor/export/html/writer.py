"""``export_html``: renditions from editor.media, the page from the templates, everything written atomically.

Output layout (``OUT`` is the name the reporter chose, e.g. ``bai-viet.html``):

* folder mode (default): ``OUT`` plus ``<OUT stem>_files/`` (``bai-viet_files/``) holding the renditions as
  ``<figure slug>-<width>.<ext>`` (``01-trao-qua-960.jpg``); the page refers to them relatively, with a ``srcset``
  of every width. Each requested width bounds the long side (a portrait photo at 1600 is 1067×1600) and nothing
  is upscaled (a 1200 px original gives ``…-1200.jpg`` instead of 1600).
* self-contained: ``OUT`` alone, each photo once, as a data URI at ``SELF_CONTAINED_WIDTH``.
* fragment: ``OUT`` holds only the ``<article>`` element (no styles, scripts or metadata) for pasting into a CMS,
  with the same ``<OUT stem>_files/`` folder beside it; its image URLs are relative (``bai-viet_files/…``), so upload
  the folder with the fragment or rewrite that prefix.

Atomicity: renditions go into a hidden temporary folder beside ``OUT`` and the page into a temporary file; only when
both are complete is an existing ``_files`` folder moved aside, the new one renamed into place and the page
``os.replace``d over ``OUT``. An error or a closed generator (cancel) removes the temporaries and leaves an existing
``OUT`` and its folder as they were.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from urllib.parse import quote

from editor.errors import InputError
from editor.export.html.render import render_html
from editor.export.html.safety import file_stem
from editor.export.html.view import ImageFile
from editor.export.ir import IRDocument, IRFigure
from editor.export.options import HtmlOptions
from editor.export.photo_errors import checked_photo, photo_error
from editor.export.progress import Progress
from editor.files.atomic import PageStage, write_refusal
from editor.files.paths import cache_dir
from editor.media.batch import render_many
from editor.media.renditions import Recipe, Rendition, RenditionCache, web_recipes
from editor.messages import msg

MODES = ("folder", "self-contained", "fragment")
FILES_SUFFIX = "_files"
SELF_CONTAINED_WIDTH = 960  # one rendition per photo in a single file: sharp in the 42rem column, not too heavy
MAX_WIDTH = 4096


def files_folder_name(out: Path) -> str:
    """The images folder beside ``out``: ``bai-viet.html`` → ``bai-viet_files``."""
    return f"{Path(out).stem}{FILES_SUFFIX}"


def rendition_widths(options: HtmlOptions) -> tuple[int, ...]:
    """The requested widths, ascending; one (the closest to SELF_CONTAINED_WIDTH) in self-contained mode."""
    widths = sorted({w for w in options.widths if isinstance(w, int) and 0 < w <= MAX_WIDTH})
    if not widths:
        raise InputError(
            msg("export.html.bad-widths", widths=list(options.widths), limit=MAX_WIDTH), where="html.widths"
        )
    if options.mode == "self-contained":
        return (min(widths, key=lambda w: (abs(w - SELF_CONTAINED_WIDTH), -w)),)
    return tuple(widths)


def _check_options(out: Path, options: HtmlOptions) -> None:
    if options.mode not in MODES:
        raise InputError(msg("export.html.bad-mode", mode=options.mode, choices=", ".join(MODES)), where="html.mode")
    if not 1 <= options.quality <= 100:
        raise InputError(msg("export.html.bad-quality", quality=options.quality), where="html.quality")
    if not out.parent.is_dir():
        raise InputError(msg("export.no-output-folder"), source=out.parent)
    if out.is_dir():
        raise InputError(msg("export.output-is-folder"), source=out)
    files_dir = out.parent / files_folder_name(out)
    if options.mode != "self-contained" and (files_dir.is_symlink() or files_dir.is_file()):
        raise InputError(msg("export.files-not-folder"), source=files_dir)


def _jobs(doc: IRDocument, widths: tuple[int, ...], quality: int) -> list[tuple[IRFigure, Recipe, Callable[[], Path]]]:
    """One job per figure and width, widest first per photo; a photo's file is asked for (and checked inside its
    root) only when a rendition is not cached under its known hash."""
    jobs = []
    for figure in doc.figures:
        path = partial(checked_photo, figure)
        recipes = web_recipes(reversed(widths), rotation=_quarter_turns(figure.rotation), crop=figure.crop)
        # Each width bounds the long side: a portrait photo's 1600 rendition is 1067×1600, not 1600×2400
        # (taller than any screen, and 2.25× the pixels to make and to download).
        jobs.extend(
            (figure, replace(r, quality=quality, max_height=r.max_width, embed=figure.embed), path) for r in recipes
        )
    return jobs


def web_jobs(doc: IRDocument, options: HtmlOptions) -> list[tuple[IRFigure, Recipe, Callable[[], Path]]]:
    """The renditions an HTML export with ``options`` makes, as ``export_html`` makes them (for pre-rendering)."""
    return _jobs(doc, rendition_widths(options), options.quality)


def _quarter_turns(rotation: int) -> int:
    """IR rotation in degrees (0/90/180/270) → the clockwise quarter turns a Recipe counts (-3..3)."""
    if rotation % 90:
        raise InputError(msg("export.html.bad-rotation", rotation=rotation), where="rotation")
    return (rotation // 90) % 4


def export_html(doc: IRDocument, out: Path, options: HtmlOptions = HtmlOptions()) -> Iterator[Progress]:  # noqa: B008
    """Write ``doc`` as HTML to ``out``; a generator of Progress steps, close it to cancel (see the module doc)."""
    out = Path(out).absolute()
    _check_options(out, options)
    widths = rendition_widths(options)
    jobs = _jobs(doc, widths, options.quality)
    total = len(jobs) + 2
    files_name = files_folder_name(out)
    with_files = options.mode != "self-contained" and bool(jobs)
    url_folder = quote(files_name, safe="") if with_files else ""
    stage: PageStage | None = None
    results = None
    try:
        stage = PageStage(out, out.parent / files_name if with_files else None)
        yield Progress(0, total, msg("export.step.photos"))
        collected: dict[int, dict[int, ImageFile]] = {f.number: {} for f in doc.figures}
        used_names: set[str] = set()
        cache = RenditionCache(cache_dir() / "renditions")
        results = render_many(((path, recipe, f.photo_sha256) for f, recipe, path in jobs), cache=cache)
        for done, (index, result) in enumerate(results, start=1):
            figure = jobs[index][0]
            if isinstance(result, InputError):
                raise photo_error(result, figure)
            files = collected[figure.number]
            if result.width not in files:  # a narrow original gives the same rendition for several widths
                files[result.width] = _place(result, figure, stage.folder, url_folder, used_names)
            yield Progress(done, total, msg("export.step.web-photo", done=done, total=len(jobs)))
        results.close()
        results = None
        images = {number: tuple(files[w] for w in sorted(files)) for number, files in collected.items()}
        yield Progress(total - 1, total, msg("export.step.writing-html"))
        html = render_html(doc, images, fragment=options.mode == "fragment", folder=url_folder, with_urls=with_files,
                           template=options.template)  # fmt: skip
        stage.commit(html.encode("utf-8"))
        yield Progress(total, total, msg("export.step.done", name=out.name))
    except OSError as exc:  # a full disk, no permission, a read-only disk: a clear refusal, the temporaries go
        raise write_refusal(exc, out) from None
    finally:
        if results is not None:
            results.close()  # stops the pool: photos not started are dropped
        if stage is not None:
            stage.discard()


def _place(rendition: Rendition, figure: IRFigure, staging: Path | None, url_folder: str, used: set[str]) -> ImageFile:
    """Write one rendition into the staging folder (or make it a data URI) and say how the page refers to it."""
    if staging is None:
        encoded = base64.b64encode(rendition.data).decode("ascii")
        return ImageFile(f"data:{rendition.mime};base64,{encoded}", rendition.width, rendition.height)
    ext = rendition.ext if rendition.ext in ("jpg", "png") else "jpg"
    stem = f"{file_stem(figure.slug, f'{figure.number:02d}')}-{rendition.width}"
    name = f"{stem}.{ext}"
    if name in used:  # two figures with the same slug (the same photo twice): keep both files apart
        name = f"{stem}-{figure.number}.{ext}"
    used.add(name)
    (staging / name).write_bytes(rendition.data)
    return ImageFile(f"{url_folder}/{name}", rendition.width, rendition.height)
