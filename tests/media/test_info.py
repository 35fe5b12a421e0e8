"""Check data: displayed size, effective print resolution, exact and near duplicates."""

from __future__ import annotations

import hashlib

import hostile
import pytest
from PIL import Image, ImageDraw, ImageEnhance

from editor.media.info import DuplicateGroup, dhash, effective_dpi, find_duplicates, hamming, image_info

pytestmark = pytest.mark.timeout(20)


def scene(seed: int, size: tuple[int, int] = (320, 240)) -> Image.Image:
    """Different pictures: shapes placed by the seed on a gradient."""
    im = hostile.photo(size)
    d = ImageDraw.Draw(im)
    w, h = size
    for i in range(6):
        x, y = (seed * 97 + i * 53) % w, (seed * 61 + i * 89) % h
        d.ellipse([x - 30, y - 20, x + 30, y + 20], fill=((seed * 40 + i * 70) % 256, 255 - i * 30, i * 40))
    return im


def test_image_info_reports_the_displayed_size_and_hashes(write) -> None:
    data = hostile.jpeg((64, 48), exif=hostile.exif_bytes(6))
    path = write("s.jpg", data)
    info = image_info(path)
    assert (info.width, info.height, info.format, info.orientation) == (48, 64, "JPEG", 6)
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.path == path.resolve()
    assert 0 <= info.phash < 2**64
    assert info.megapixels == pytest.approx(48 * 64 / 1e6)


def test_effective_dpi() -> None:
    assert effective_dpi(2400, 16.0) == pytest.approx(381.0)
    assert effective_dpi(800, 2.54) == pytest.approx(800.0)
    with pytest.raises(ValueError):
        effective_dpi(800, 0)


def test_dhash_survives_resize_and_recompression_but_not_another_picture() -> None:
    a = scene(1)
    small = a.resize((160, 120), Image.Resampling.LANCZOS)
    darker = ImageEnhance.Brightness(a).enhance(0.9)
    other = scene(2)
    assert hamming(dhash(a), dhash(small)) <= 4
    assert hamming(dhash(a), dhash(darker)) <= 4
    assert hamming(dhash(a), dhash(other)) > 10


def test_find_duplicates_exact_and_near(write) -> None:
    a = hostile.encode(scene(1), "JPEG", quality=90)
    paths = [
        write("a.jpg", a),
        write("a-copy.jpg", a),  # the same file twice
        write("a-small.jpg", hostile.encode(scene(1).resize((200, 150)), "JPEG", quality=70)),  # re-exported
        write("b.jpg", hostile.encode(scene(2), "JPEG")),
        write("c.png", hostile.encode(scene(3), "PNG")),
        # the same picture stored sideways with an orientation tag: displayed identically, so a near duplicate
        write(
            "a-sideways.jpg",
            hostile.encode(scene(1).transpose(Image.Transpose.ROTATE_90), "JPEG", exif=hostile.exif_bytes(6)),
        ),
    ]
    infos = [image_info(p) for p in paths]
    groups = find_duplicates(infos)
    assert DuplicateGroup("exact", (0, 1)) in groups
    near = [g for g in groups if g.kind == "near"]
    assert len(near) == 1 and set(near[0].members) == {0, 1, 2, 5}
    assert find_duplicates(infos[3:5]) == []
