"""Regenerate the sample article's photos: synthetic scenes drawn with Pillow, so they are ours to redistribute.

Run from the repository root: ``python resources/sample/make_photos.py``. Deterministic (fixed seeds).
p01 carries IPTC IIM caption / by-line / credit / city (UTF-8, declared by 1:90) in an APP13 block;
p02 is stored sideways with EXIF orientation 6 (its pixels are turned 90° counter-clockwise; a viewer that honours
EXIF shows it upright).
"""

from __future__ import annotations

import io
import random
import struct
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
SIZE = (3000, 2000)


def _scene(seed: int, sky: tuple[int, int, int], ground: tuple[int, int, int]) -> Image.Image:
    rng = random.Random(seed)
    width, height = SIZE
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.45, 0.6))
    for y in range(horizon):  # sky gradient
        t = y / horizon
        draw.line([(0, y), (width, y)], fill=tuple(int(c * (0.75 + 0.25 * t)) for c in sky))
    for y in range(horizon, height):
        t = (y - horizon) / (height - horizon)
        draw.line([(0, y), (width, y)], fill=tuple(int(c * (1.0 - 0.35 * t)) for c in ground))
    sun_x, sun_y = rng.randint(200, width - 200), rng.randint(120, horizon // 2)
    draw.ellipse([sun_x - 90, sun_y - 90, sun_x + 90, sun_y + 90], fill=(255, 236, 180))
    for _ in range(6):  # hills
        cx, r = rng.randint(0, width), rng.randint(300, 700)
        shade = tuple(max(0, int(c * rng.uniform(0.55, 0.8))) for c in ground)
        draw.ellipse([cx - r, horizon - r // 3, cx + r, horizon + r], fill=shade)
    for _ in range(14):  # houses with roofs
        x, w = rng.randint(0, width - 200), rng.randint(120, 260)
        h = rng.randint(100, 220)
        base = horizon + rng.randint(40, 360)
        wall = (rng.randint(200, 250), rng.randint(190, 240), rng.randint(160, 220))
        draw.rectangle([x, base - h, x + w, base], fill=wall)
        draw.polygon([(x - 20, base - h), (x + w // 2, base - h - 90), (x + w + 20, base - h)], fill=(150, 50, 40))
        draw.rectangle([x + w // 3, base - 70, x + 2 * w // 3, base], fill=(90, 60, 40))
    for _ in range(40):  # people / trees as small strokes
        x, y = rng.randint(0, width), rng.randint(horizon, height - 40)
        draw.ellipse([x, y, x + 24, y + 24], fill=(60, 40, 30))
        draw.rectangle([x + 4, y + 24, x + 20, y + 80], fill=rng.choice([(200, 30, 30), (30, 60, 160), (240, 200, 40)]))
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    noise = Image.effect_noise(SIZE, 60).convert("RGB")
    return Image.blend(image, noise, 0.10)


def _iptc_app13(fields: list[tuple[int, int, str]]) -> bytes:
    """An APP13 Photoshop 3.0 segment holding an IPTC IIM block (8BIM resource 0x0404)."""
    iim = bytearray(b"\x1c\x01\x5a\x00\x03\x1b\x25\x47")  # 1:90 coded character set = ESC % G (UTF-8)
    for record, dataset, text in fields:
        data = text.encode("utf-8")
        iim += bytes([0x1C, record, dataset]) + struct.pack(">H", len(data)) + data
    if len(iim) % 2:
        iim += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim)) + bytes(iim)
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def _save_jpeg(image: Image.Image, path: Path, *, exif: bytes | None = None, app13: bytes | None = None) -> None:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88, optimize=True, exif=exif or b"")
    data = buffer.getvalue()
    if app13:
        data = data[:2] + app13 + data[2:]  # right after SOI; readers accept APP13 anywhere before the scan
    path.write_bytes(data)


def main() -> None:
    out = HERE / "images"
    out.mkdir(exist_ok=True)
    _save_jpeg(
        _scene(1, (110, 160, 220), (90, 150, 70)),
        out / "p01-trao-qua.jpg",
        app13=_iptc_app13(
            [
                (2, 120, "Lãnh đạo phường trao quà cho các hộ nghèo trên địa bàn."),
                (2, 80, "Vân Anh"),
                (2, 110, "Báo Quảng Ninh"),
                (2, 90, "Uông Bí"),
                (2, 55, "20201218"),
            ]
        ),
    )
    sideways = _scene(2, (170, 190, 230), (120, 140, 80)).rotate(90, expand=True)  # stored turned left
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    _save_jpeg(sideways, out / "p02-duong-lang.jpg", exif=exif.tobytes())
    _save_jpeg(_scene(3, (200, 170, 150), (110, 130, 90)), out / "p03-nha-van-hoa.jpg")


if __name__ == "__main__":
    main()
