"""Pixels for the screen, made in workers with Pillow (which releases the GIL) rather than Qt's Python bindings.

``QImage.fromData`` and ``QImage.scaled`` hold the GIL while they decode or scale (measured: a 900 px preview
decode or a smooth scale blocks the GUI thread's Python callbacks for 5-15 ms). Pillow does the heavy part with
the GIL released; only a memcpy into a QImage remains.
"""

from __future__ import annotations

import io

from PySide6.QtGui import QImage


def qimage_from_pil(im: object) -> QImage:
    from PIL import Image

    assert isinstance(im, Image.Image)
    rgb = im if im.mode == "RGB" else im.convert("RGB")
    data = rgb.tobytes()
    image = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``data`` is freed when this function returns


def decode(data: bytes) -> QImage:
    """An encoded rendition (JPEG/PNG/WebP bytes) as a QImage; a null image when undecodable."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as im:
            im.load()
            return qimage_from_pil(im)
    except (OSError, ValueError):
        return QImage()


def smooth_scaled(image: QImage, width: int, height: int) -> QImage:
    """``image`` resized to ``width``×``height`` with a good filter, off the GUI thread."""
    from PIL import Image

    if image.format() != QImage.Format.Format_RGB888:
        image = image.convertToFormat(QImage.Format.Format_RGB888)
    pixels = bytes(image.constBits())
    im = Image.frombuffer("RGB", (image.width(), image.height()), pixels, "raw", "RGB", image.bytesPerLine(), 1)
    return qimage_from_pil(im.resize((max(1, width), max(1, height)), Image.Resampling.BICUBIC))
