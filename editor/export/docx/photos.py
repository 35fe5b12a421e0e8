"""Photo frames and the renditions that fill them.

A frame is the box a photo occupies on the page: the text column's width for full and wide layouts, about half of
it for photos floated left or right, and never taller than 60 % of the text height (40 % when floated), so a
portrait photo and its caption fit on one page. The rendition is sized for that box at the requested resolution
(300 dpi by default), so the DOCX carries print-quality pixels and nothing more. Renditions come from the photo
pipeline (``editor.media``), made in parallel and streamed: only the few photos in flight and the ones already
placed are held in memory.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from editor.errors import InputError
from editor.export.ir import IRFigure
from editor.export.photo_errors import photo_error
from editor.files.paths import cache_dir
from editor.media import hashing
from editor.media.batch import render_many
from editor.media.renditions import Recipe, Rendition, RenditionCache, make_rendition
from editor.media.safe_open import check_file, decoding, open_bytes, quiet, read_file
from editor.messages import msg
from editor.messages.log import log_cause
from editor.model.article import Layout

EMU_PER_INCH = 914400
FLOAT_FRACTION = 0.48  # a floated photo takes about half the column, leaving room for the text beside it
MAX_HEIGHT_FRACTION = 0.6  # of the text height: a portrait photo plus a few caption lines fit on a page
# A floated photo is a side picture, kept shorter: its frame cannot split, and should rarely push text to the next page.
FLOAT_MAX_HEIGHT_FRACTION = 0.4
MIN_HEIGHT_FRACTION = 0.2  # a photo shrunk for a long caption keeps at least this share of the text height
EMU_PER_POINT = 12700
_ORIGINAL_FORMATS = {"JPEG": ("image/jpeg", "jpg"), "PNG": ("image/png", "png")}


@dataclass(frozen=True)
class FrameGeometry:
    """The text area of the template's section (EMU) and the print resolution renditions are made for."""

    text_width: int
    text_height: int
    dpi: int = 300

    def box(self, layout: Layout) -> tuple[int, int]:
        """(max width, max height) in EMU of a photo with this layout."""
        if layout in (Layout.LEFT, Layout.RIGHT):
            return round(self.text_width * FLOAT_FRACTION), round(self.text_height * FLOAT_MAX_HEIGHT_FRACTION)
        return self.text_width, round(self.text_height * MAX_HEIGHT_FRACTION)

    def pixels(self, layout: Layout) -> tuple[int, int]:
        """The rendition's bounding box in pixels: the frame at ``dpi``."""
        width, height = self.box(layout)
        return (max(1, math.ceil(width / EMU_PER_INCH * self.dpi)), max(1, math.ceil(height / EMU_PER_INCH * self.dpi)))

    def fit(self, layout: Layout, width_px: int, height_px: int, reserve: int = 0) -> tuple[int, int]:
        """The frame in EMU: the full box width with the photo's shape, shrunk only when it would be too tall.

        ``reserve`` is the height its caption needs below it (EMU): photo and caption must fit one page together,
        or keep-with-next cannot keep them and the caption goes over to the next page.
        """
        box_w, box_h = self.box(layout)
        if reserve:
            room = self.text_height - reserve
            box_h = min(box_h, max(room, round(self.text_height * MIN_HEIGHT_FRACTION)))
        width, height = box_w, round(box_w * height_px / width_px)
        if height > box_h:
            width, height = round(box_h * width_px / height_px), box_h
        return max(width, 1), max(height, 1)


def caption_height(text: str, width: int, points: float) -> int:
    """A generous estimate (EMU) of a caption's height at ``width`` EMU in a ``points`` font: Times-like
    Vietnamese text averages under half an em a character, a line is 1.25 em, plus the spacing around the photo."""
    if not text.strip():
        return 0
    per_line = max(8, int(width / EMU_PER_POINT / (points * 0.5)))
    lines = sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))
    return round(((lines + 1) * points * 1.25 + 24) * EMU_PER_POINT)


def quarter_turns(rotation: int) -> int:
    """The IR's clockwise degrees (0/90/180/270) as the pipeline's quarter turns."""
    return (int(rotation) // 90) % 4


def recipe_for(figure: IRFigure, geometry: FrameGeometry, quality: int) -> Recipe:
    max_w, max_h = geometry.pixels(figure.layout)
    try:
        # Baseline JPEG: Word gains nothing from progressive, which costs several times the encode.
        return Recipe(
            max_w,
            max_h,
            fmt="auto",
            quality=max(1, min(int(quality), 100)),
            rotation=quarter_turns(figure.rotation),
            crop=figure.crop,
            progressive=False,
            embed=figure.embed,
        )
    except (TypeError, ValueError) as exc:  # a crop that is not a box of fractions, from a hand-built IR
        log_cause(figure.image_name, exc)
        raise photo_error(InputError(msg("photo.cannot-frame")), figure) from None


def checked_path(figure: IRFigure) -> Path:
    """The photo's file, refused (InputError naming it) unless it is a regular file inside the article's folder."""
    try:
        return check_file(figure.original(), figure.roots())
    except InputError as error:
        raise photo_error(error, figure) from None


def rendition_cache() -> RenditionCache | None:
    try:
        return RenditionCache(cache_dir() / "renditions")
    except OSError:
        return None


def original_as_rendition(figure: IRFigure) -> Rendition | None:
    """The untouched original when Word can show it as it is (upright JPEG/PNG, no crop or turn), else None."""
    path = figure.original()
    _resolved, data = read_file(path, figure.roots())
    im = open_bytes(data, path)
    with decoding(path):
        with quiet():
            orientation = im.getexif().get(0x0112, 1)
        if im.format not in _ORIGINAL_FORMATS or orientation not in (0, 1) or figure.rotation % 360 or figure.crop:
            return None
        im.load()  # a truncated original must be refused here, not shown as a broken picture in Word
        mime, ext = _ORIGINAL_FORMATS[im.format]
        return Rendition(data, im.width, im.height, mime, ext, hashing.sha256_bytes(data))


def _renumbered(made: Iterator[tuple[int, Rendition | InputError]],
                indices: list[int]) -> Iterator[tuple[int, Rendition | InputError]]:  # fmt: skip
    """``made``'s results under the figure numbers they were made for; closing this closes ``made``."""
    try:
        for done, result in made:
            yield indices[done], result
    finally:
        close = getattr(made, "close", None)
        if close is not None:
            close()


class PhotoStream:
    """Renditions in article order, made in parallel; ``get(i)`` waits for figure i and buffers early finishers.

    A figure whose original's hash is known (a project) and whose rendition is cached is placed without its file
    ever being asked for. A worker rendering an original of unknown hash hashes it and files the rendition itself.
    """

    def __init__(self, figures: Sequence[IRFigure], geometry: FrameGeometry, *, quality: int = 85,
                 embed_originals: bool = False, workers: int | None = None) -> None:  # fmt: skip
        self.figures = list(figures)
        self._ready: dict[int, Rendition | InputError] = {}
        if embed_originals:
            for figure in self.figures:  # refuse a path outside the article folder before any worker reads it
                checked_path(figure)
            self._results: Iterator[tuple[int, Rendition | InputError]] = self._originals(geometry, quality)
            return
        cache = rendition_cache()
        # The file is asked for (and refused when outside the article's folder, before any worker reads it) only
        # when the rendition is not in the cache under the original's known hash.
        jobs = [(partial(checked_path, f), recipe_for(f, geometry, quality), f.photo_sha256) for f in self.figures]
        known = [i for i, job in enumerate(jobs) if job[2]] if cache is not None else []
        if known and cache is not None:  # a re-export: the cached photos are read all at once, before any worker
            hits = cache.fetch_all([(jobs[i][2], jobs[i][1]) for i in known])  # type: ignore[misc]
            self._ready.update((i, hit) for i, hit in zip(known, hits, strict=True) if hit is not None)
        rest = [i for i in range(len(jobs)) if i not in self._ready]
        made = render_many([jobs[i] for i in rest], cache=cache, workers=workers)
        self._results = _renumbered(made, rest)

    def _originals(self, geometry: FrameGeometry, quality: int) -> Iterator[tuple[int, Rendition | InputError]]:
        for index, figure in enumerate(self.figures):
            try:
                original = original_as_rendition(figure)
                if original is None:  # needs turning or cropping: a full-resolution rendition instead
                    recipe = Recipe(
                        None,
                        None,
                        fmt="auto",
                        quality=max(quality, 92),
                        rotation=quarter_turns(figure.rotation),
                        crop=figure.crop,
                        embed=figure.embed,
                    )
                    original = make_rendition(figure.original(), recipe)
                yield index, original
            except InputError as exc:
                yield index, exc

    def get(self, index: int) -> Rendition:
        while index not in self._ready:
            try:
                done, result = next(self._results)
            except StopIteration:
                raise photo_error(InputError(msg("photo.no-rendition")), self.figures[index]) from None
            self._ready[done] = result
        result = self._ready.pop(index)
        if isinstance(result, InputError):
            raise photo_error(result, self.figures[index])
        return result

    def close(self) -> None:
        """Stop the workers (photos not started are dropped): called on success, error and cancellation alike."""
        close = getattr(self._results, "close", None)
        if close is not None:
            close()
