"""Geometry of non-destructive edits: orientation algebra, crop mapping, aspect-ratio crops."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from editor.media.edits import (
    ORIENTATION_TRANSPOSE,
    centred_crop,
    compose,
    crop_to_stored,
    display_transpose,
    displayed_size,
    fit_size,
    inverse,
)

OPS = [None, *Image.Transpose]


def _pixels(im: Image.Image) -> bytes:
    return im.tobytes()


def _apply(im: Image.Image, op: Image.Transpose | None) -> Image.Image:
    return im.transpose(op) if op is not None else im


@pytest.fixture(scope="module")
def asym() -> Image.Image:
    im = Image.new("L", (3, 2))
    im.putdata(range(1, 7))  # type: ignore[arg-type]
    return im


@pytest.mark.parametrize(("a", "b"), list(itertools.product(OPS, OPS)))
def test_compose_matches_pillow(asym: Image.Image, a: Image.Transpose | None, b: Image.Transpose | None) -> None:
    assert _pixels(_apply(_apply(asym, a), b)) == _pixels(_apply(asym, compose(a, b)))
    assert compose(a, inverse(a)) is None


@pytest.mark.parametrize(("orientation", "steps"), list(itertools.product(range(0, 10), range(-3, 4))))
def test_display_transpose_is_orientation_then_clockwise_turns(asym: Image.Image, orientation: int, steps: int) -> None:
    expected = _apply(asym, ORIENTATION_TRANSPOSE.get(orientation))
    for _ in range(steps % 4):
        expected = expected.transpose(Image.Transpose.ROTATE_270)
    got = _apply(asym, display_transpose(orientation, steps))
    assert (got.size, _pixels(got)) == (expected.size, _pixels(expected))
    assert displayed_size(asym.size, display_transpose(orientation, steps)) == expected.size


fractions = st.integers(0, 10).map(lambda v: v / 10)


@given(op=st.sampled_from(OPS), x=st.tuples(fractions, fractions), y=st.tuples(fractions, fractions))
def test_crop_to_stored_selects_the_same_pixels(
    op: Image.Transpose | None, x: tuple[float, float], y: tuple[float, float]
) -> None:
    if x[0] == x[1] or y[0] == y[1]:
        return
    crop = (min(x), min(y), max(x), max(y))
    stored = Image.new("L", (10, 10))
    stored.putdata(range(100))  # type: ignore[arg-type]
    shown = _apply(stored, op)
    expected = shown.crop(tuple(round(c * 10) for c in crop))  # type: ignore[arg-type]
    sc = crop_to_stored(crop, op)
    got = _apply(stored.crop(tuple(round(c * 10) for c in sc)), op)  # type: ignore[arg-type]
    assert _pixels(got) == _pixels(expected)


def test_centred_crop_for_presets() -> None:
    assert centred_crop(6000, 4000, "3:2") == (0.0, 0.0, 1.0, 1.0)
    assert centred_crop(6000, 4000, "1:1") == pytest.approx((1 / 6, 0.0, 5 / 6, 1.0))
    assert centred_crop(6000, 4000, "16:9") == pytest.approx((0.0, (1 - 0.84375) / 2, 1.0, (1 + 0.84375) / 2))
    assert centred_crop(4000, 3000, (3, 2)) == pytest.approx((0.0, 1 / 18, 1.0, 17 / 18))
    # On an upright photo "4:3" means 3:4 unless asked otherwise.
    assert centred_crop(3000, 4000, "4:3") == (0.0, 0.0, 1.0, 1.0)
    assert centred_crop(3000, 4000, "4:3", match_orientation=False) == pytest.approx(
        (0.0, 0.5 - 9 / 32, 1.0, 0.5 + 9 / 32)
    )
    assert centred_crop(3000, 4000, "free") is None
    assert centred_crop(3000, 4000, 1.0) == pytest.approx((0.0, 0.125, 1.0, 0.875))
    with pytest.raises(ValueError):
        centred_crop(3000, 4000, "5:4")


@given(w=st.integers(1, 20000), h=st.integers(1, 20000), ratio=st.sampled_from([(3, 2), (4, 3), (16, 9), (1, 1)]))
def test_centred_crop_has_the_ratio_and_is_centred(w: int, h: int, ratio: tuple[int, int]) -> None:
    box = centred_crop(w, h, ratio)
    assert box is not None
    left, top, right, bottom = box
    assert 0 <= left < right <= 1 and 0 <= top < bottom <= 1
    assert left == pytest.approx(1 - right) and top == pytest.approx(1 - bottom)
    got = (right - left) * w / ((bottom - top) * h)
    want = ratio[0] / ratio[1]
    assert got == pytest.approx(want, rel=1e-9) or got == pytest.approx(1 / want, rel=1e-9)
    assert max(right - left, bottom - top) == pytest.approx(1.0)  # the largest such crop


def test_fit_size() -> None:
    assert fit_size((6000, 4000), 2400, None) == (2400, 1600)
    assert fit_size((4000, 6000), 2400, 2400) == (1600, 2400)
    assert fit_size((100, 50), 2400, 2400) == (100, 50)
    assert fit_size((20000, 20), 256, 256) == (256, 1)
