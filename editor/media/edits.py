"""Geometry of non-destructive edits: EXIF orientation, extra 90° rotations and crops.

Edits are stored as data (rotation steps, crop fractions of the displayed image) and applied only when a
rendition or thumbnail is made; the original file is never rewritten. The eight EXIF orientations and our
rotations form the dihedral group of the square, so orientation + rotation collapse into *one* Pillow transpose,
applied to the small image after resizing (cheap), while the crop is mapped back to stored-pixel coordinates so
it can be cut during the resize itself.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from PIL import Image

T = Image.Transpose
Crop = tuple[float, float, float, float]

# EXIF Orientation tag value -> the transpose that makes the stored pixels upright.
ORIENTATION_TRANSPOSE: dict[int, T] = {
    2: T.FLIP_LEFT_RIGHT,
    3: T.ROTATE_180,
    4: T.FLIP_TOP_BOTTOM,
    5: T.TRANSPOSE,
    6: T.ROTATE_270,
    7: T.TRANSVERSE,
    8: T.ROTATE_90,
}

# Crop presets offered by the UI; None means a free crop.
ASPECT_RATIOS: dict[str, tuple[int, int] | None] = {
    "free": None,
    "3:2": (3, 2),
    "4:3": (4, 3),
    "16:9": (16, 9),
    "1:1": (1, 1),
}

_S = 10  # side of the integer square the maps work on, so compositions compare exactly
_Map = Callable[[int, int], tuple[int, int]]
_MAPS: dict[T | None, _Map] = {  # where a stored point lands in the transposed image
    None: lambda x, y: (x, y),
    T.FLIP_LEFT_RIGHT: lambda x, y: (_S - x, y),
    T.FLIP_TOP_BOTTOM: lambda x, y: (x, _S - y),
    T.ROTATE_90: lambda x, y: (y, _S - x),  # Pillow's ROTATE_90 is counter-clockwise
    T.ROTATE_180: lambda x, y: (_S - x, _S - y),
    T.ROTATE_270: lambda x, y: (_S - y, x),  # clockwise
    T.TRANSPOSE: lambda x, y: (y, x),
    T.TRANSVERSE: lambda x, y: (_S - y, _S - x),
}
_PROBE = (1, 3)  # a point whose 8 images are distinct, so it identifies the transform
_SWAPS = {T.ROTATE_90, T.ROTATE_270, T.TRANSPOSE, T.TRANSVERSE}


def _identify(point: tuple[int, int]) -> T | None:
    for op, fn in _MAPS.items():
        if fn(*_PROBE) == point:
            return op
    raise AssertionError("not a symmetry of the square")  # unreachable: the maps are closed under composition


def compose(first: T | None, then: T | None) -> T | None:
    """The single transpose equal to applying ``first`` and then ``then``."""
    return _identify(_MAPS[then](*_MAPS[first](*_PROBE)))


def inverse(op: T | None) -> T | None:
    for cand in _MAPS:
        if compose(op, cand) is None:
            return cand
    raise AssertionError("unreachable")


def swaps_axes(op: T | None) -> bool:
    return op in _SWAPS


def normalise_orientation(value: object) -> int:
    """A usable EXIF orientation (1-8); anything else (corrupt, a tuple, 0, 9) counts as upright."""
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def display_transpose(orientation: int, rotation_steps: int = 0) -> T | None:
    """The transpose that shows stored pixels upright and then turns them ``rotation_steps`` × 90° clockwise."""
    op = ORIENTATION_TRANSPOSE.get(normalise_orientation(orientation))
    for _ in range(rotation_steps % 4):
        op = compose(op, T.ROTATE_270)
    return op


def displayed_size(size: tuple[int, int], op: T | None) -> tuple[int, int]:
    return (size[1], size[0]) if swaps_axes(op) else size


def crop_to_stored(crop: Crop | None, op: T | None) -> Crop:
    """Map a crop given as fractions of the displayed image to fractions of the stored image."""
    if crop is None:
        return (0.0, 0.0, 1.0, 1.0)
    inv = _MAPS[inverse(op)]
    # Work on the unit square through the integer map: scale fractions by _S and back.
    corners = [_apply_fraction(inv, crop[0], crop[1]), _apply_fraction(inv, crop[2], crop[3])]
    xs = sorted(c[0] for c in corners)
    ys = sorted(c[1] for c in corners)
    return (xs[0], ys[0], xs[1], ys[1])


def _apply_fraction(fn: _Map, x: float, y: float) -> tuple[float, float]:
    # The maps are affine with coefficients 0/±1 and offsets 0/_S: evaluate at 0 and _S to get them exactly.
    ox, oy = fn(0, 0)
    ax = (fn(_S, 0)[0] - ox, fn(_S, 0)[1] - oy)
    ay = (fn(0, _S)[0] - ox, fn(0, _S)[1] - oy)
    return (ox / _S + ax[0] / _S * x + ay[0] / _S * y, oy / _S + ax[1] / _S * x + ay[1] / _S * y)


def validate_crop(crop: Crop | None) -> None:
    if crop is None:
        return
    if len(crop) != 4:
        raise ValueError(f"crop needs 4 fractions (left, top, right, bottom), got {crop!r}")
    left, top, right, bottom = crop
    if not (0.0 <= left < right <= 1.0 and 0.0 <= top < bottom <= 1.0):
        raise ValueError(f"crop {crop!r} is not a box of fractions with 0 <= left < right <= 1, 0 <= top < bottom <= 1")


def centred_crop(
    width: int, height: int, ratio: tuple[int, int] | float | str | None, *, match_orientation: bool = True
) -> Crop | None:
    """The largest centred crop of a ``width``×``height`` (displayed) image with aspect ``ratio``.

    ``ratio`` is (w, h), a float w/h, a preset name from ASPECT_RATIOS or None (free: no crop). With
    ``match_orientation`` a landscape ratio on a portrait photo is turned (3:2 becomes 2:3), which is what a
    reporter choosing "3:2" on an upright photo means. Returns fractions (left, top, right, bottom).
    """
    if isinstance(ratio, str):
        if ratio not in ASPECT_RATIOS:
            raise ValueError(f"unknown aspect ratio {ratio!r}; choose one of {', '.join(ASPECT_RATIOS)}")
        ratio = ASPECT_RATIOS[ratio]
    if ratio is None:
        return None
    if width <= 0 or height <= 0:
        raise ValueError("image size must be positive")
    r = Fraction(ratio[0], ratio[1]) if isinstance(ratio, tuple) else Fraction(ratio).limit_denominator(10_000)
    if r <= 0:
        raise ValueError("aspect ratio must be positive")
    if match_orientation and (r > 1) != (width > height) and r != 1 and width != height:
        r = 1 / r
    image_ratio = Fraction(width, height)
    if image_ratio > r:  # too wide: keep full height
        w = float(r / image_ratio)
        return ((1 - w) / 2, 0.0, (1 + w) / 2, 1.0)
    h = float(image_ratio / r)
    return (0.0, (1 - h) / 2, 1.0, (1 + h) / 2)


def fit_size(size: tuple[int, int], max_width: int | None, max_height: int | None) -> tuple[int, int]:
    """``size`` scaled down (never up) to fit the box, keeping its aspect ratio; at least 1×1."""
    w, h = size
    scale = 1.0
    if max_width is not None:
        scale = min(scale, max_width / w)
    if max_height is not None:
        scale = min(scale, max_height / h)
    if scale >= 1.0:
        return (w, h)
    return (max(1, round(w * scale)), max(1, round(h * scale)))
