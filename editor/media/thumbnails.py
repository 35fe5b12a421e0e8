"""Thumbnails for the UI, made by the rendition path (same orientation, crop and colour handling).

JPEG draft mode decodes a 24 MP photo at 1/8 scale (750×500) for a 256 px thumbnail, so a thumbnail costs tens of
milliseconds and 30 photos appear almost at once on two cores. The UI runs this off its thread and turns the
bytes into a QImage there (this module stays Qt-free).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from editor.errors import InputError
from editor.media.batch import render_many
from editor.media.renditions import Recipe, Rendition, RenditionCache, make_rendition

THUMBNAIL_SIZE = 256
THUMBNAIL_QUALITY = 80  # a small preview on screen: artefacts invisible, a third smaller than q85


def thumbnail_recipe(
    size: int = THUMBNAIL_SIZE, rotation: int = 0, crop: tuple[float, float, float, float] | None = None
) -> Recipe:
    return Recipe(max_width=size, max_height=size, fmt="auto", quality=THUMBNAIL_QUALITY, rotation=rotation, crop=crop)


def make_thumbnail(
    path: Path, size: int = THUMBNAIL_SIZE, rotation: int = 0, crop: tuple[float, float, float, float] | None = None
) -> Rendition:
    """A thumbnail fitting a ``size``×``size`` square (never upscaled), upright, with the user's edits."""
    return make_rendition(path, thumbnail_recipe(size, rotation, crop))


def make_thumbnails(
    paths: Iterable[Path],
    size: int = THUMBNAIL_SIZE,
    *,
    cache: RenditionCache | None = None,
    workers: int | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Iterator[tuple[int, Rendition | InputError]]:
    """Thumbnails of many photos on all cores, yielded (index, result) as they are ready."""
    recipe = thumbnail_recipe(size)
    return render_many(((p, recipe) for p in paths), cache=cache, workers=workers, cancel=cancel)
