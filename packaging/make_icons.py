"""Render the application icon's raster sizes from its SVG source (resources/icons/banthao.svg).

    .venv/bin/python packaging/make_icons.py

Writes ``resources/icons/banthao-N.png`` (the sizes Linux icon themes and Qt use), ``banthao.ico`` (Windows:
16–256 px in one file) and ``banthao.icns`` (macOS). Qt's SVG renderer draws, Pillow writes the containers; the
outputs are committed, so a build needs neither step.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "banthao.svg"))
    if not renderer.isValid():
        print("banthao.svg: not a valid SVG", file=sys.stderr)
        return 2
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        image.save(ICONS / f"banthao-{size}.png", optimize=True)
    images[256].save(ICONS / "banthao.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    images[512].save(ICONS / "banthao.icns")
    print(f"wrote {len(SIZES)} PNG sizes, banthao.ico and banthao.icns into {ICONS.name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
