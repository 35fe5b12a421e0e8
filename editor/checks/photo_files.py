"""The checks that read the photo originals: a photo that cannot be shown, one too small for the printed frame, and
the same picture twice. They run only with a photo source (the CLI's opened article, the app's project).

The printed frame is the DOCX exporter's: the text column of the outlet's reference document (the house one is A4
with 2 cm margins, a 17 cm column; a floated photo takes about half of it), and a photo shrunk when it would be too
tall for the page (``editor.export.docx.photos.FrameGeometry.fit``). The photo's pixel width is counted after
rotation and crop, so a crop that keeps a quarter of a large photo is judged by the pixels it keeps.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from editor.checks.findings import Finding, Location, Severity
from editor.checks.rules import CheckContext, Unreadable, figures, report, rule
from editor.errors import InputError
from editor.model.article import Figure
from editor.text.profile import OutletProfile

if TYPE_CHECKING:
    from editor.export.docx.photos import FrameGeometry
    from editor.media.info import ImageInfo

# Newsprint is screened at 85–100 lines per inch and wants about twice that in pixels: below 200 ppi a photo prints
# soft, and well below it (a 640 px phone picture across a 17 cm column is 96 ppi) it prints visibly blocky.
MIN_PRINT_PPI = 200
EMU_PER_INCH = 914400
EMU_PER_CM = 360000


@functools.lru_cache(maxsize=8)
def _geometry(reference: str, mtime: float) -> FrameGeometry:
    from editor.export.docx import ooxml
    from editor.export.docx.photos import FrameGeometry
    from editor.export.docx.template import open_template

    document, _ = open_template(Path(reference) if reference else None)
    sect_pr = document.element.body.find(ooxml.qn("w:sectPr"))
    width, height = ooxml.text_area(sect_pr if sect_pr is not None else ooxml.OxmlElement("w:sectPr"))
    return FrameGeometry(width, height)


def print_geometry(profile: OutletProfile) -> FrameGeometry:
    """The text area photos are placed in, read from the outlet's reference document (the house one by default)."""
    from editor.export.docx.template import resolve_reference

    reference = resolve_reference(None, profile.reference_docx)
    if reference is None:
        return _geometry("", 0.0)
    try:
        return _geometry(str(reference), reference.stat().st_mtime)
    except (OSError, InputError):  # a missing or damaged template: the export says so; measure on the house one
        return _geometry("", 0.0)


def shown_pixels(info: ImageInfo, fig: Figure) -> tuple[int, int]:
    """(width, height) in pixels of the picture as placed: after the figure's rotation and crop."""
    width, height = (info.height, info.width) if fig.rotation in (90, 270) else (info.width, info.height)
    if fig.crop is not None:
        left, top, right, bottom = fig.crop
        width, height = round(width * (right - left)), round(height * (bottom - top))
    return max(width, 1), max(height, 1)


def printed_ppi(info: ImageInfo, fig: Figure, geometry: FrameGeometry) -> tuple[float, float]:
    """(pixels per inch, printed width in cm) of the photo in its DOCX frame."""
    width_px, height_px = shown_pixels(info, fig)
    width_emu, _ = geometry.fit(fig.layout, width_px, height_px)
    return width_px / (width_emu / EMU_PER_INCH), width_emu / EMU_PER_CM


@rule
def photo_files(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.photos is None:
        return
    readable: list[tuple[int, int, ImageInfo]] = []
    geometry = print_geometry(ctx.profile)
    for i, number, fig in figures(ctx.article):
        where = Location("body", i, "image")
        info = ctx.info(fig.image)
        if isinstance(info, Unreadable):
            yield _unreadable(info, where, fig)
            continue
        if info is None:
            continue
        readable.append((i, number, info))
        ppi, width_cm = printed_ppi(info, fig, geometry)
        if ppi < MIN_PRINT_PPI:
            yield report("figure.low-resolution", Severity.WARNING, where, pixels=shown_pixels(info, fig)[0],
                         cm=round(width_cm), ppi=f"{ppi:.0f}", needed=MIN_PRINT_PPI)  # fmt: skip
    yield from _duplicates(readable)


def _unreadable(problem: Unreadable, where: Location, fig: Figure) -> Finding:
    if problem.missing:
        return report("figure.missing", Severity.ERROR, where, name=fig.image)
    cause = problem.error.message or problem.error.problem
    return report("figure.unreadable", Severity.ERROR, where, name=fig.image, problem=cause)


def _duplicates(readable: list[tuple[int, int, ImageInfo]]) -> Iterator[Finding]:
    from editor.media.info import find_duplicates

    for group in find_duplicates([info for _, _, info in readable]):
        first = readable[group.members[0]][1]
        for member in group.members[1:]:
            block = readable[member][0]
            kind = "figure.duplicate" if group.kind == "exact" else "figure.near-duplicate"
            yield report(kind, Severity.WARNING, Location("body", block, "image"), first=first)
